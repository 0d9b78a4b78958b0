// The built sidebar (dist/Sidebar.html) in Chromium, talking through google.script.run to the real bundle
// (dist/Code.js) in the local runtime: a rep clicks through the day and the sheet is checked afterwards.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createScriptRunBridge, GAS_CLIENT_SHIM, LocalRuntime } from '../../local';
import type { LocalBundle } from '../../local';
import type { Result, SidebarState } from '../../src/contract/sidebar';
import { addDaysKey, setupSampleTeam, sheetByAnyName } from '../support/team';
import { containsText, eventually, hasText } from '../sidebar/waitFor';
import { launchChromium, openScriptRunPage, screenshot } from '../support/browser';

const ROOT = join(__dirname, '..', '..');
const SIDEBAR = join(ROOT, 'dist', 'Sidebar.html');
const XSS = '<img src=x onerror=alert(1)>';
// Wednesday 4 March 2026 in Shanghai: Thursday the 5th is the next working day. Reminder hour is 17 (Settings'
// default): at 8:55 the rep sees the morning, at 17:30 the whole day is due.
const MORNING = new Date('2026-03-04T00:55:00Z');
const EVENING = new Date('2026-03-04T09:30:00Z');
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

interface OpenOptions { now?: Date; customersPerRep?: number; height?: number }

async function openSidebar(
  locale: string, user: (reps: { name: string; email: string }[]) => string, opts: OpenOptions = {},
): Promise<Session & { reps: { name: string; email: string }[] }> {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai', locale, userEmail: 'manager@example.com', now: opts.now ?? EVENING });
  const bundle = runtime.loadBundle();
  const team = setupSampleTeam(runtime, bundle, { customersPerRep: opts.customersPerRep });
  expect(team.today).toBe(TODAY);
  runtime.setUser(user(team.reps));
  const bridge = createScriptRunBridge(runtime, bundle);
  const viewport = { width: 300, height: opts.height ?? 800 };
  const { page, dialogs, requests } = await openScriptRunPage(browser, viewport, (name, argsJson) => bridge(name, argsJson), GAS_CLIENT_SHIM);
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

/** The page's full height in CSS pixels, as a screenshot of it would be. */
function pageHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/** Each customer's card (name, facts, next step) once among the three steps; elsewhere a name line at most. */
async function eachCustomerOnce(page: Page): Promise<void> {
  const names = await page.locator('section.step .customer .name').allTextContents();
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
}

describe("a rep's morning, against the real bundle", () => {
  it.each([
    ['en_US', 'sidebar-morning.png', "1 · Today's target", 'Record a result now', 'Name it now'],
    ['zh_CN', 'sidebar-morning-zh.png', '1 · 今日目标', '现在记录结果', '现在就定'],
  ])('at 8:55 (%s) shows step 1 open with today\'s targets, steps 2 and 3 folded to a line each', async (locale, shot, title, openResult, openNext) => {
    const { runtime, page, reps } = await openSidebar(locale, (r) => r[0].email, { now: MORNING });
    const me = reps[0].name;
    const targets = pipelineRows(runtime).filter((r) => r.rep === me && r.target === TODAY).map((r) => String(r.customer));
    expect(targets.length).toBeGreaterThan(0);
    const first = page.locator('section.step').first();
    await hasText(first.locator('h2'), `${title}✓`);
    for (const name of targets) await first.locator('.targets .name', { hasText: name }).waitFor();
    // Steps 2 and 3 wait for the afternoon: one line and a button each, no result form, nothing yellow.
    expect(await page.locator('section.step.folded').count()).toBe(2);
    expect(await page.locator('.result-form').count()).toBe(0);
    expect(await page.locator('section.step.owed').count()).toBe(0);
    await page.getByRole('button', { name: openResult }).waitFor();
    await page.getByRole('button', { name: openNext }).waitFor();
    await eachCustomerOnce(page);
    // The uncleared list shows the most urgent five, the rest behind "Show all".
    expect(await page.locator('.uncleared .row-link').count()).toBeLessThanOrEqual(5);
    const height = await pageHeight(page);
    console.log(`${locale} morning sidebar at 8:55: ${height} px tall at 300 px wide`);
    expect(height).toBeLessThan(1300);
    await noSidewaysScroll(page);
    await screenshot(page, shot);

    // Opening step 2 by hand shows today's results to record, with the carry-over offered under each.
    await page.getByRole('button', { name: openResult }).click();
    await page.locator('.result-form').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toMatch(/^result:/);
    await page.close();
  });

  it('carries today\'s target over to tomorrow only with a reason, counts the push and keeps it today\'s, not signed', async () => {
    const { runtime, page, reps } = await openSidebar('en_US', (r) => r[0].email, { now: MORNING });
    const me = reps[0].name;
    const target = pipelineRows(runtime).find((r) => r.rep === me && r.target === TODAY && r.status === 'Open')!;
    const name = String(target.customer);
    await page.getByRole('button', { name: 'Record a result now' }).click();
    const form = step(page, /Result/).locator('.result-form').filter({ has: page.locator('.name', { hasText: name }) });
    await form.getByRole('button', { name: 'Carry over to Thu, Mar 5…' }).click();
    await containsText(form.locator('.carry-note'), 'counts as a push (this would be its first)');
    await form.getByRole('button', { name: 'Carry over to Thu, Mar 5', exact: true }).click();
    await hasText(form.locator('.carry [role=alert]'), 'Say why it is carried over: your manager sees the reason.');
    expect(rowOf(runtime, me, name).target).toBe(TODAY);
    await form.getByRole('textbox', { name: 'Why carry it over?' }).fill('Owner away until Thursday');
    // Fixed, so the message goes at once.
    expect(await form.locator('.carry [role=alert]').isVisible()).toBe(false);
    await form.getByRole('button', { name: 'Carry over to Thu, Mar 5', exact: true }).click();

    const recorded = step(page, /Result/).locator('.recorded', { hasText: name });
    await hasText(recorded.locator('.pill'), 'Not signed');
    await containsText(recorded, 'Now the target for Thu, Mar 5');
    await containsText(recorded, 'pushed 1×');
    const row = rowOf(runtime, me, name);
    expect([row.target, row.status, row.reason]).toEqual([NEXT_DAY, 'Open', 'Carried over: Owner away until Thursday']);
    // Still one of today's targets (step 1), and now the next day's: step 3 is done.
    await step(page, /Today's target/).locator('.targets .name', { hasText: name }).waitFor();
    await step(page, /Tomorrow's target/).locator('.check').waitFor();
    await eachCustomerOnce(page);
    await page.close();
  });

  it('finds one of 200 open customers by typing, or by tier, and sets it as today\'s target', async () => {
    const { runtime, page, reps } = await openSidebar('en_US', (r) => r[1].email, { now: MORNING, customersPerRep: 200 });
    const me = reps[1].name;
    const open = pipelineRows(runtime).filter((r) => r.rep === me && r.status === 'Open');
    expect(open.length).toBe(199);
    const s1 = step(page, /Today's target/);
    await showPicker(s1, 'Add another target');
    const picker = s1.locator('.picker');
    const offered = await picker.locator('.options .option').count();
    const targeted = open.filter((r) => r.target === TODAY).length;
    expect(offered).toBe(open.length - targeted);
    const search = picker.getByRole('searchbox', { name: 'Search my customers' });
    await eventually(async () => expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search'));
    const box = (await picker.boundingBox())!;
    console.log(`picker with ${offered} customers: ${Math.round(box.height)} px tall; page ${await pageHeight(page)} px`);
    expect(box.height).toBeLessThan(600);

    // Type-ahead: a few letters narrow 199 to the handful that match, case and spaces ignored.
    const wanted = open.find((r) => /Harbor/.test(String(r.customer)) && r.target !== TODAY)!;
    const started = Date.now();
    await search.fill('harbor ');
    const shown = picker.locator('.options .option:visible');
    await eventually(async () => expect(await shown.count()).toBe(open.filter((r) => /harbor/i.test(String(r.customer)) && r.target !== TODAY).length));
    console.log(`typing "harbor" narrowed ${offered} to ${await shown.count()} in ${Date.now() - started} ms`);
    await containsText(picker.locator('.pick-count'), `of ${offered}`);
    await screenshot(page, 'sidebar-picker-200.png');
    // The tier filter narrows further; Enter picks the first match.
    await picker.getByRole('button', { name: /^B \d+$/ }).click();
    for (const tier of await picker.locator('.options .option:visible .badge').allTextContents()) expect(tier).toBe('B');
    await picker.getByRole('button', { name: 'All' }).click();
    await search.fill(String(wanted.customer));
    await search.press('Enter');
    await eventually(async () => expect(await picker.locator('.option.selected .name').textContent()).toBe(wanted.customer));
    await picker.getByRole('button', { name: "Set as today's target" }).click();
    await step(page, /Today's target/).locator('.targets .name', { hasText: String(wanted.customer) }).waitFor();
    expect(rowOf(runtime, me, String(wanted.customer)).target).toBe(TODAY);
    // Focus stays on the page: the next sensible control, not the body.
    await eventually(async () => expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add another target'));

    // 50-odd uncleared rows: the five most urgent, then "Show all".
    const uncleared = page.locator('.uncleared');
    expect(await uncleared.locator('.row-link').count()).toBe(5);
    await uncleared.getByRole('button', { name: /^Show all \d+$/ }).click();
    expect(await uncleared.locator('.row-link').count()).toBeGreaterThan(5);
    await page.close();
  });
});

describe("a manager's view, against the real bundle", () => {
  it.each([
    ['en_US', 'sidebar-manager.png', 'Acting for', 'My team today', /^Today's targets signed \d+\/\d+ · Thu's target named by \d\/4 reps$/],
    ['zh_CN', 'sidebar-manager-zh.png', '代为操作', '团队今日', /^今日目标已签 \d+\/\d+ · 周四目标已定 \d\/4 人$/],
  ])('(%s) names whom they act for at the top and shows each rep: target today, result, next target', async (locale, shot, acting, title, summary) => {
    const { runtime, bundle, page, reps } = await openSidebar(locale, () => 'manager@example.com');
    // One rep signs today's target before the manager looks.
    runtime.setUser(reps[1].email);
    let bob = bundle.call('sidebarLoad') as Result<SidebarState>;
    if (bob.ok && !bob.value.todayTargets.length) bob = bundle.call('sidebarSetTarget', { which: 'today', rowId: bob.value.customers[0].id }) as Result<SidebarState>;
    if (!bob.ok) throw new Error(bob.error.code);
    bundle.call('sidebarRecordResult', { rowId: bob.value.todayTargets[0].id, outcome: 'signed' });
    runtime.setUser('manager@example.com');
    await page.locator('header').getByRole('button', { name: locale === 'en_US' ? 'Refresh' : '刷新' }).click();

    const header = page.locator('header');
    const select = header.getByRole('combobox', { name: acting });
    await select.waitFor();
    // The select is the heading: the first thing under the add-on's name.
    const top = await page.evaluate(() => {
      const h = document.querySelector('header');
      return h ? Array.from(h.children).map((c) => c.className) : [];
    });
    expect(top.slice(0, 2)).toEqual(['top', 'acting']);
    const team = page.locator('.team');
    await hasText(team.locator('h2'), title);
    await eventually(async () => expect((await team.locator('.team-summary').textContent()) || '').toMatch(summary));
    expect(await team.locator('li').count()).toBe(4);
    for (const r of reps) await team.locator('li', { hasText: r.name }).waitFor();
    await containsText(team.locator('li', { hasText: reps[1].name }), locale === 'en_US' ? '(signed)' : '（已签）');
    await noSidewaysScroll(page);
    await screenshot(page, shot);

    // A click on a rep acts for them.
    await team.getByRole('button', { name: reps[2].name }).click();
    await eventually(async () => expect(await page.getByRole('combobox', { name: acting }).inputValue()).toBe(reps[2].name));
    await page.close();
  });
});

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
    await showPicker(s3, 'Add another for Thu, Mar 5');
    // One with no target date: a passed target would move on only as a carry-over (its own test below).
    const tomorrowOption = s3.locator('.options .option').filter({ hasNotText: XSS }).filter({ hasText: 'No target date' }).first();
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
    await showPicker(s3, '再加一个3月5日 周四的目标');
    await s3.getByText('新客户…').click();
    await s3.getByRole('textbox', { name: '客户名称' }).fill('东方电器');
    await s3.getByRole('combobox', { name: '分类' }).selectOption('B');
    await s3.getByRole('button', { name: '设为明日目标' }).click();
    await step(page, /明日目标/).locator('.targets .name', { hasText: '东方电器' }).waitFor();
    const added = rowOf(runtime, me, '东方电器');
    expect([added.tier, added.status, added.target]).toEqual(['B', '跟进中', NEXT_DAY]);
    await containsText(step(page, /明日目标/), '下一个目标已定。');

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
    const first = await acting.inputValue();
    expect(reps.map((r) => r.name)).toContain(first);
    const s3 = step(page, /Tomorrow's target/);
    await showPicker(s3, 'Add another for Thu, Mar 5');
    await s3.getByText('New customer…').click();
    await s3.getByRole('textbox', { name: 'Customer name' }).fill('Added by the manager');
    await s3.getByRole('button', { name: "Set as tomorrow's target" }).click();
    await step(page, /Tomorrow's target/).locator('.targets .name', { hasText: 'Added by the manager' }).waitFor();
    expect(rowOf(runtime, first, 'Added by the manager').target).toBe(NEXT_DAY);

    const other = reps.map((r) => r.name).find((n) => n !== first)!;
    await acting.selectOption(other);
    await eventually(async () => expect(await page.getByRole('combobox', { name: 'Acting for' }).inputValue()).toBe(other));
    await page.locator('header').getByRole('button', { name: 'Refresh' }).click();
    await eventually(async () => expect(await page.getByRole('combobox', { name: 'Acting for' }).inputValue()).toBe(other));
    await page.close();
  });

  it('tells a rep signed in with an address Team does not list whom to ask, instead of offering every name', async () => {
    const { page } = await openSidebar('en_US', () => 'alice.personal@gmail.com');
    await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
    await containsText(page.locator('main'), 'You are signed in as alice.personal@gmail.com, which is not on the Team sheet');
    await containsText(page.locator('main'), 'Ask your manager (manager@example.com) to put this address next to your name on Team, then press Refresh.');
    expect(await page.getByRole('combobox').count()).toBe(0);
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
