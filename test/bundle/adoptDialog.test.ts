// The "Map columns and stages…" dialog: its endpoint checks who calls it and every argument; its page (in Chromium)
// shows the sheet's words as text only and saves in one round trip.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { GAS_CLIENT_SHIM, createScriptRunBridge } from '../../local';
import { launchChromium, openScriptRunPage, screenshot } from '../support/browser';
import { crmDump } from '../fixtures/crmDump';
import { adopt, dialogState, records, saveMapping, settingValue, setUp, type Adoption } from '../fixtures/adoptHarness';

function adopted(): Adoption {
  const a = adopt(crmDump());
  setUp(a, 'YES', 'YES', 'NO');
  return a;
}

function withManagers(a: Adoption): void {
  const team = a.sheet('sales_teams');
  team.getRange(2, 5, 5, 1).setValues([['boss@example.com'], ['boss@example.com'], ['other@example.com'], ['other@example.com'], ['boss@example.com']]);
}

test('once Team names its managers, only they may open the dialog or save it', () => {
  const a = adopted();
  withManagers(a);
  a.runtime.setUser('moses@example.com');
  a.bundle.call('menuMapColumns');
  expect(a.runtime.dialogs).toHaveLength(0);
  expect(a.runtime.alerts[a.runtime.alerts.length - 1].message).toMatch(/^This is for managers: moses@example.com is not a Manager email/);
  const refused = saveMapping(a, { columns: {}, words: [{ word: 'Engaging', as: 'dropped', tier: '' }] });
  expect(refused).toMatchObject({ ok: false, error: { code: 'app.notManager' } });
  expect(settingValue(a, 'Dropped words')).not.toMatch(/Engaging/);
  a.runtime.setUser('other@example.com');
  expect(saveMapping(a, { columns: {}, words: [{ word: 'Engaging', as: 'open', tier: 'B' }] }).ok).toBe(true);
});

test('every argument is checked before anything is written', () => {
  const a = adopted();
  const before = a.sheet('Settings').getDataRange().getValues();
  const cases: Array<[unknown, string]> = [
    ['x', 'adopt.badArgs'],
    [{ columns: [], words: [] }, 'adopt.badArgs'],
    [{ columns: { memory: 'account' }, words: [] }, 'adopt.badArgs'],
    [{ columns: {}, words: [{ word: 'Engaging', as: 'maybe', tier: '' }] }, 'adopt.badArgs'],
    [{ columns: {}, words: [{ word: 'Engaging', as: 'open', tier: 'D' }] }, 'adopt.badArgs'],
    [{ columns: {}, words: Array(501).fill({ word: 'x', as: '', tier: '' }) }, 'adopt.badArgs'],
    [{ columns: {}, words: [{ word: 'Lost, for now', as: 'dropped', tier: '' }] }, 'adopt.badWord'],
    [{ columns: { customer: 'no such column' }, words: [] }, 'adopt.unknownHeader'],
    [{ columns: { customer: 'product', rep: 'product' }, words: [] }, 'adopt.sameColumn'],
  ];
  for (const [args, code] of cases) expect(saveMapping(a, args)).toMatchObject({ ok: false, error: { code } });
  expect(a.sheet('Settings').getDataRange().getValues()).toEqual(before);
});

describe('the dialog page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('shows the mapping and the proposals; Save sends one call and the answers land in Settings; sheet text never runs', async () => {
    const a = adopted();
    // A header of the team's that looks like markup is shown as text, never run.
    a.sheet('sales_pipeline').getRange(1, 3).setValue('</script><img src=x onerror="window.__pwned=1">');
    a.bundle.call('menuMapColumns');
    const html = a.runtime.dialogs[a.runtime.dialogs.length - 1].html;
    const calls: string[] = [];
    const bridge = createScriptRunBridge(a.runtime, a.bundle);
    const { page, dialogs, requests } = await openScriptRunPage(browser, { width: 760, height: 600 }, (name, args) => {
      calls.push(name);
      return bridge(name, args);
    }, GAS_CLIENT_SHIM);
    // Served as a file, like HtmlService serves it: the google.script.run shim is in place before the page's script runs.
    const file = join(mkdtempSync(join(tmpdir(), 'dc-dialog-')), 'Mapping.html');
    writeFileSync(file, html);
    await page.goto(`file://${file}`);
    const state = dialogState(html);
    expect(state.headers).toContain('</script><img src=x onerror="window.__pwned=1">');
    expect(await page.locator('select[data-key="customer"]').inputValue()).toBe('account');
    expect(await page.locator('select[data-word="0"]').inputValue()).toBe('open');
    expect(await page.locator('select[data-tier="0"]').inputValue()).toBe('B');
    await page.locator('select[data-tier="1"]').selectOption('B');
    await screenshot(page, 'adopt-dialog.png');
    await page.locator('#save').click();
    await page.waitForFunction(() => /Saved to Settings/.test(document.getElementById('status')?.textContent ?? ''));
    expect(calls).toEqual(['mappingSave']);
    expect(settingValue(a, 'Tier by stage')).toBe('Engaging: B; Prospecting: B');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(records(a.sheet('sales_pipeline')).filter((r) => r.deal_stage === 'Prospecting').every((r) => r.Tier === 'B')).toBe(true);
    await page.close();
  });
});
