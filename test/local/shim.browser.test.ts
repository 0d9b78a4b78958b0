import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { createScriptRunBridge, GAS_CLIENT_SHIM, LocalRuntime } from '../../local';

// The shim and bridge in a real Chromium, wired the way the sidebar's browser tests wire them.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test('google.script.run reaches the bundle through page.exposeFunction, both ways', async () => {
  const runtime = new LocalRuntime({ userEmail: 'li@example.com' });
  const bundle = runtime.loadSource(`
    function save(row) { SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue(row.customer); return { ok: true, rows: 1 }; }
    function broken() { throw new Error('Row P-9 was not found'); }`);
  const page = await browser.newPage();
  await page.exposeFunction('__gasRun', createScriptRunBridge(runtime, bundle));
  await page.addInitScript(GAS_CLIENT_SHIM);
  await page.goto('data:text/html,<p>sidebar</p>');
  const result = await page.evaluate(() => new Promise((resolve) => {
    const run = (window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => unknown> & {
      withSuccessHandler(f: (v: unknown) => void): { withFailureHandler(f: (e: Error) => void): Record<string, (...a: unknown[]) => void> } } } } }).google.script.run;
    const out: unknown[] = [];
    run.withSuccessHandler((v) => { out.push(v); })
      .withFailureHandler((e) => { out.push(`failed: ${e.message}`); }).save({ customer: 'Acme' });
    run.withSuccessHandler(() => { out.push('unexpected'); resolve(out); })
      .withFailureHandler((e) => { out.push(e.message); resolve(out); }).broken();
  }));
  expect(result).toEqual([{ ok: true, rows: 1 }, expect.stringContaining('Row P-9 was not found')]);
  expect(runtime.spreadsheet.getSheets()[0].getRange('A1').getValue()).toBe('Acme');
  await page.close();
});
