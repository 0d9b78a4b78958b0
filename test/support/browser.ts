// Debian's Chromium, launched the way this machine allows (never a downloaded browser), and a page that records
// dialogs and outside requests so tests can assert nothing ran and nothing left the machine.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  dialogs: string[];
  requests: string[];
}

/** A page whose google.script.run goes to `handle` (name, JSON args) → JSON result, like the local bridge. */
export async function openScriptRunPage(
  browser: Browser,
  viewport: { width: number; height: number },
  handle: (name: string, argsJson: string) => string | Promise<string>,
  shim: string,
): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport });
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) requests.push(r.url());
  });
  await page.exposeFunction('__gasRun', handle);
  await page.addInitScript(shim);
  return { page, dialogs, requests };
}
