// The built sidebar page in Chromium, its google.script.run going through Apps Script's client rules to a FakeServer.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSidebarPage } from './buildPage';
import { FakeServer, GAS_CLIENT_SHIM } from './fakeServer';
import { launchChromium, openScriptRunPage } from '../support/browser';

export interface Opened { page: Page; server: FakeServer; dialogs: string[]; requests: string[] }

/** One browser and one built page per test file: call at the top of a describe-less file. */
export function sidebarPages(): (server?: FakeServer, beforeLoad?: (server: FakeServer) => void, height?: number) => Promise<Opened> {
  let browser: Browser;
  let pageUrl: string;
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sidebar-')), 'Sidebar.html');
    await buildSidebarPage(file);
    pageUrl = `file://${file}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (server = new FakeServer(), beforeLoad, height = 900) => {
    const { page, dialogs, requests } = await openScriptRunPage(browser, { width: 300, height }, (name, argsJson) => server.handle(name, argsJson), GAS_CLIENT_SHIM);
    if (beforeLoad) beforeLoad(server);
    await page.goto(pageUrl);
    return { page, server, dialogs, requests };
  };
}

export function rowId(server: FakeServer, customer: string): string {
  const found = server.rows.find((r) => r.customer === customer);
  if (!found) throw new Error(`no row ${customer}`);
  return found.id;
}

export const step = (page: Page, title: RegExp) => page.locator('section.step').filter({ has: page.getByRole('heading', { name: title }) });
