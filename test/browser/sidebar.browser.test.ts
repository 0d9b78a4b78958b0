// The built sidebar (dist/Sidebar.html) in Chromium, talking through google.script.run to the real bundle
// (dist/Code.js) in the local runtime: a rep clicks through the day and the sheet is checked afterwards.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createScriptRunBridge, GAS_CLIENT_SHIM, LocalRuntime } from '../../local';
import type { LocalBundle } from '../../local';
import { addDaysKey, setupSampleTeam, sheetByAnyName } from '../support/team';
import { containsText, eventually, hasText } from '../sidebar/waitFor';
import { launchChromium, openScriptRunPage, screenshot } from '../support/browser';

const ROOT = join(__dirname, '..', '..');
const SIDEBAR = join(ROOT, 'dist', 'Sidebar.html');
const XSS = '<img src=x onerror=alert(1)>';
// Wednesday 4 March 2026, 10:00 in Shanghai: Thursday the 5th is the next working day.
const NOW = new Date('2026-03-04T02:00:00Z');
const TODAY = '2026-03-04';
const NEXT_DAY = '2026-03-05';

const HEADERS: Record<string, string[]> = {
  id: ['ID', '编号'], rep: ['Rep', '销售'], customer: ['Customer', '客户'], tier: ['Tier', '分类'], status: ['Status', '状态'],
  target: ['Target date', '目标签单日'], nextStep: ['Next step', '下一步'], lastContact: ['Last contact', '最近跟进'],
  visits: ['Visits', '拜访次数'], reason: ['Reason', '原因'], closed: ['Closed on', '结案日期'],
};

type Record_ = Record<string, string | number | boolean>;

/** Every Pipeline row as {key: value}, dates as 'yyyy-MM-dd' in the sheet's zone — what a person reading the sheet sees. */
function pipelineRows(runtime: LocalRuntime): (Record_ & { sheetRow: number })[] {
  const sheet = sheetByAnyName(runtime, 'Pipeline', '客户库');
  const values = sheet.getDataRange().getValues();
  const header = values[0].map((h) => String(h).trim());
  const tz = runtime.spreadsheet.getSpreadsheetTimeZone();
  const utilities = runtime.globals().Utilities as GoogleAppsScript.Utilities.Utilities;
  return values.slice(1).map((cells, i) => {
    const row: Record_ & { sheetRow: number } = { sheetRow: i + 2 };
    for (const [key, names] of Object.entries(HEADERS)) {
      const col = header.findIndex((h) => names.indexOf(h) >= 0);
      if (col < 0) throw new Error(`Pipeline has no ${key} column: ${header.join(', ')}`);
      const cell = cells[col];
      row[key] = cell instanceof Date ? utilities.formatDate(cell, tz, 'yyyy-MM-dd') : (cell as string | number | boolean);
    }
    return row;
  });
}

function rowOf(runtime: LocalRuntime, rep: string, customer: string): Record_ & { sheetRow: number } {
  const found = pipelineRows(runtime).filter((r) => r.rep === rep && r.customer === customer);
  if (found.length !== 1) throw new Error(`expected one row for ${rep} / ${customer}, found ${found.length}`);
  return found[0];
}

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(SIDEBAR)) throw new Error('dist/Sidebar.html is missing: run npm run build');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Session { runtime: LocalRuntime; bundle: LocalBundle; page: Page; dialogs: string[]; requests: string[] }

async function openSidebar(locale: string, user: (reps: { name: string; email: string }[]) => string): Promise<Session & { reps: { name: string; email: string }[] }> {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai', locale, userEmail: 'manager@example.com', now: NOW });
  const bundle = runtime.loadBundle();
  const team = setupSampleTeam(runtime, bundle);
  expect(team.today).toBe(TODAY);
  runtime.setUser(user(team.reps));
  const bridge = createScriptRunBridge(runtime, bundle);
  const { page, dialogs, requests } = await openScriptRunPage(browser, { width: 300, height: 800 }, (name, argsJson) => bridge(name, argsJson), GAS_CLIENT_SHIM);
  await page.goto(`file://${SIDEBAR}`);
  return { runtime, bundle, page, dialogs, requests, reps: team.reps };
}

const step = (page: Page, title: RegExp) => page.locator('section.step').filter({ has: page.getByRole('heading', { name: title }) });

/** When the sample data already gives the rep a target, the picker sits behind "Add another…". */
async function showPicker(section: ReturnType<typeof step>, addAnother: string): Promise<void> {
  await section.locator('h2').waitFor();
  const more = section.getByRole('button', { name: addAnother });
  if (await more.count()) await more.click();
  await section.locator('.picker').waitFor();
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
}

describe('sidebar against the real bundle', () => {
  it('takes a rep through the day in English and writes the sheet', async () => {
    const { runtime, page, dialogs, requests, reps } = await openSidebar('en_US', (r) => r[0].email);
    const me = reps[0].name;
    await hasText(page.locator('header .me'), me);
    await hasText(page.locator('header .today'), 'Wed, Mar 4');
    const open = pipelineRows(runtime).filter((r) => r.rep === me && r.status === 'Open');
    for (const tier of ['A', 'B', 'C']) {
      expect(await page.locator(`.counts [data-tier="${tier}"] b`).textContent()).toBe(String(open.filter((r) => r.tier === tier).length));
    }

    // Step 1: a new customer whose name looks like markup, set as today's target.
    const s1 = step(page, /Today's target/);
    await showPicker(s1, 'Add another target');
    await s1.getByText('New customer…').click();
    await s1.getByRole('textbox', { name: 'Customer name' }).fill(XSS);
    await s1.getByRole('combobox', { name: 'Tier' }).selectOption('A');
    await s1.getByRole('button', { name: "Set as today's target" }).click();
    await step(page, /Today's target/).locator('.targets .name', { hasText: XSS }).waitFor();
    const added = rowOf(runtime, me, XSS);
    expect([added.tier, added.status, added.target]).toEqual(['A', 'Open', TODAY]);
    expect(String(added.id)).not.toBe('');
    expect(await page.locator('img').count()).toBe(0);

    // ... and one of my existing customers as a second target for today.
    const again = step(page, /Today's target/);
    await showPicker(again, 'Add another target');
    const firstOption = again.locator('.options .option').first();
    const existing = (await firstOption.locator('.name').textContent()) || '';
    await firstOption.click();
    await again.getByRole('button', { name: "Set as today's target" }).click();
    await step(page, /Today's target/).locator('.targets .name', { hasText: existing }).waitFor();
    expect(rowOf(runtime, me, existing).target).toBe(TODAY);
    await noSidewaysScroll(page);
    await screenshot(page, 'sidebar-step1.png');

    // Step 2: the markup-named customer was not signed; the existing one was.
    const s2 = step(page, /Result/);
    const xssForm = s2.locator('.result-form').filter({ has: page.locator('.name', { hasText: XSS }) });
    await xssForm.getByText('Not signed').click();
    await xssForm.getByRole('combobox', { name: 'What got in the way?' }).selectOption('busy');
    await xssForm.getByRole('textbox', { name: 'What happened' }).fill('Boss travelling');
    await xssForm.getByRole('textbox', { name: 'Next step' }).fill('Call Friday 10am');
    await xssForm.getByRole('button', { name: 'Save result' }).click();
    await step(page, /Result/).locator('.recorded', { hasText: XSS }).waitFor();
    const notSigned = rowOf(runtime, me, XSS);
    expect([notSigned.status, notSigned.nextStep, notSigned.visits, notSigned.lastContact]).toEqual(['Open', 'Call Friday 10am', 1, TODAY]);
    expect(String(notSigned.reason)).toContain('Boss travelling');
    await hasText(step(page, /Result/).locator('.recorded', { hasText: XSS }).locator('.pill'), 'Not signed');

    const signForm = step(page, /Result/).locator('.result-form').filter({ has: page.locator('.name', { hasText: existing }) });
    await signForm.getByText('Signed', { exact: true }).click();
    await signForm.getByRole('button', { name: 'Save result' }).click();
    await hasText(step(page, /Result/).locator('.recorded', { hasText: existing }).locator('.pill'), 'Signed');
    const signed = rowOf(runtime, me, existing);
    expect([signed.status, signed.closed]).toEqual(['Signed', TODAY]);
    await screenshot(page, 'sidebar-step2.png');

    // Step 3: tomorrow's target, picked from my open customers.
    const s3 = step(page, /Tomorrow's target/);
    await containsText(s3, 'For Thu, Mar 5');
    await showPicker(s3, 'Add another for tomorrow');
    const tomorrowOption = s3.locator('.options .option').filter({ hasNotText: XSS }).first();
    const tomorrow = (await tomorrowOption.locator('.name').textContent()) || '';
    await tomorrowOption.click();
    await s3.getByRole('button', { name: "Set as tomorrow's target" }).click();
    await step(page, /Tomorrow's target/).locator('.targets .name', { hasText: tomorrow }).waitFor();
    expect(rowOf(runtime, me, tomorrow).target).toBe(NEXT_DAY);
    expect(NEXT_DAY).toBe(addDaysKey(TODAY, 1));
    await step(page, /Tomorrow's target/).locator('.check').waitFor();
    expect(await page.locator('section.step.owed').count()).toBe(0);

    // My month counts this month's signings from the sheet.
    const month = TODAY.slice(0, 7);
    const signedThisMonth = pipelineRows(runtime).filter((r) => r.rep === me && r.status === 'Signed' && String(r.closed).startsWith(month)).length;
    await containsText(page.locator('.month'), `Signed: ${signedThisMonth}`);
    await screenshot(page, 'sidebar-step3.png');

    // An uncleared row: clicking it selects that row in the sheet.
    const flagged = page.locator('.uncleared .row-link').first();
    await flagged.waitFor();
    const flaggedName = (await flagged.locator('.name').textContent()) || '';
    await flagged.click();
    const flaggedRow = rowOf(runtime, me, flaggedName).sheetRow;
    await hasText(page.locator('.uncleared .status'), `Row ${flaggedRow} selected in the sheet.`);
    const ss = runtime.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    await eventually(async () => expect(ss.getActiveRange()?.getRow()).toBe(flaggedRow));

    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => document.body.innerText)).toContain(XSS);
    await page.close();
  });

  it('takes a rep through the day in Chinese', async () => {
    const { runtime, page, dialogs, reps } = await openSidebar('zh_CN', (r) => r[1].email);
    const me = reps[1].name;
    await hasText(page.locator('header .me'), me);
    await hasText(page.locator('header .today'), '3月4日 周三');

    const s1 = step(page, /今日目标/);
    await showPicker(s1, '再加一个目标');
    const option = s1.locator('.options .option').first();
    const picked = (await option.locator('.name').textContent()) || '';
    await option.click();
    await s1.getByRole('button', { name: '设为今日目标' }).click();
    await step(page, /今日目标/).locator('.targets .name', { hasText: picked }).waitFor();
    expect(rowOf(runtime, me, picked).target).toBe(TODAY);

    const form = step(page, /结果/).locator('.result-form').filter({ has: page.locator('.name', { hasText: picked }) });
    await form.getByText('放弃').click();
    await form.getByRole('combobox', { name: '卡在哪里？' }).selectOption('competitor');
    await form.getByRole('textbox', { name: '具体情况' }).fill('已和别家签约');
    await form.getByRole('button', { name: '保存结果' }).click();
    await hasText(step(page, /结果/).locator('.recorded', { hasText: picked }).locator('.pill'), '已放弃');
    const dropped = rowOf(runtime, me, picked);
    expect([dropped.status, dropped.closed]).toEqual(['已放弃', TODAY]);
    expect(String(dropped.reason)).toContain('已和别家签约');

    const s3 = step(page, /明日目标/);
    await containsText(s3, '目标日：3月5日 周四');
    await showPicker(s3, '再加一个明日目标');
    await s3.getByText('新客户…').click();
    await s3.getByRole('textbox', { name: '客户名称' }).fill('东方电器');
    await s3.getByRole('combobox', { name: '分类' }).selectOption('B');
    await s3.getByRole('button', { name: '设为明日目标' }).click();
    await step(page, /明日目标/).locator('.targets .name', { hasText: '东方电器' }).waitFor();
    const added = rowOf(runtime, me, '东方电器');
    expect([added.tier, added.status, added.target]).toEqual(['B', '跟进中', NEXT_DAY]);
    await containsText(step(page, /明日目标/), '明日目标已定。');

    await noSidewaysScroll(page);
    await screenshot(page, 'sidebar-zh.png');
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('lets a rep change a Not signed result to Signed the same day', async () => {
    const { runtime, page, reps } = await openSidebar('en_US', (r) => r[2].email);
    const me = reps[2].name;
    const s1 = step(page, /Today's target/);
    await showPicker(s1, 'Add another target');
    await s1.getByText('New customer…').click();
    await s1.getByRole('textbox', { name: 'Customer name' }).fill('Second Thoughts Ltd');
    await s1.getByRole('button', { name: "Set as today's target" }).click();
    const form = step(page, /Result/).locator('.result-form').filter({ has: page.locator('.name', { hasText: 'Second Thoughts Ltd' }) });
    await form.getByText('Not signed').click();
    await form.getByRole('combobox', { name: 'What got in the way?' }).selectOption('timing');
    await form.getByRole('textbox', { name: 'Next step' }).fill('Call back at 4pm');
    await form.getByRole('button', { name: 'Save result' }).click();
    const recorded = step(page, /Result/).locator('.recorded', { hasText: 'Second Thoughts Ltd' });
    await recorded.getByRole('button', { name: 'Change result' }).click();
    await recorded.getByText('Signed', { exact: true }).click();
    await recorded.getByRole('button', { name: 'Save result' }).click();
    await hasText(step(page, /Result/).locator('.recorded', { hasText: 'Second Thoughts Ltd' }).locator('.pill'), 'Signed');
    const row = rowOf(runtime, me, 'Second Thoughts Ltd');
    expect([row.status, row.closed]).toEqual(['Signed', TODAY]);
    expect(await step(page, /Result/).locator('.recorded', { hasText: 'Second Thoughts Ltd' }).getByRole('button').count()).toBe(0);
    await page.close();
  });

  it('lets a manager who is not a rep write for the rep on screen, and switch reps', async () => {
    const { runtime, page, reps } = await openSidebar('en_US', () => 'manager@example.com');
    const acting = page.getByRole('combobox', { name: 'Acting for' });
    await acting.waitFor();
    const first = (await page.locator('header .me').textContent()) || '';
    expect(reps.map((r) => r.name)).toContain(first);
    const s3 = step(page, /Tomorrow's target/);
    await showPicker(s3, 'Add another for tomorrow');
    await s3.getByText('New customer…').click();
    await s3.getByRole('textbox', { name: 'Customer name' }).fill('Added by the manager');
    await s3.getByRole('button', { name: "Set as tomorrow's target" }).click();
    await step(page, /Tomorrow's target/).locator('.targets .name', { hasText: 'Added by the manager' }).waitFor();
    expect(rowOf(runtime, first, 'Added by the manager').target).toBe(NEXT_DAY);

    const other = reps.map((r) => r.name).find((n) => n !== first)!;
    await acting.selectOption(other);
    await hasText(page.locator('header .me'), other);
    await page.locator('header').getByRole('button', { name: 'Refresh' }).click();
    await hasText(page.locator('header .me'), other);
    await page.close();
  });

  it('asks who I am when Apps Script gives no email, and remembers the name picked', async () => {
    const { runtime, page, reps } = await openSidebar('en_US', () => '');
    await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
    await page.getByRole('combobox', { name: 'Choose your name' }).selectOption(reps[2].name);
    await page.getByRole('button', { name: "That's me" }).click();
    await hasText(page.locator('header .me'), reps[2].name);
    await page.close();

    // A fresh sidebar for the same (email-less) user opens straight on their day.
    const again = await browser.newPage({ viewport: { width: 300, height: 800 } });
    const bridge = createScriptRunBridge(runtime, runtime.loadBundle());
    await again.exposeFunction('__gasRun', (name: string, argsJson: string) => bridge(name, argsJson));
    await again.addInitScript(GAS_CLIENT_SHIM);
    await again.goto(`file://${SIDEBAR}`);
    await hasText(again.locator('header .me'), reps[2].name);
    await again.close();
  });
});
