// npm run demo: Daily Close doing its main job offline. The built dist/Code.js runs in the local Apps Script
// runtime with a generated sample team: setup, a day of edits (bad ones included), each rep's three sidebar steps,
// the nightly run, the digests, and the workbook written as XLSX. `npm run demo -- --xlsx <file>` is the dry run on a
// team's own workbook instead (scripts/dryRun.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalRuntime, createScriptRunBridge, exportXlsx, type LocalBundle } from '../local';
import { setupSampleTeam, sheetByAnyName, type SampleTeam } from './sampleTeam';
import { errorText, type Result, type SidebarState } from '../src/contract/sidebar';
import { dryRun } from './dryRun';
import { writeDashboardPage } from './dashboardPage';
import { runSampleMonth } from './sampleMonth';

const OUT = join(__dirname, '..', 'out');
const MORNING = new Date('2026-11-27T01:30:00Z'); // 09:30 Friday in Shanghai
const EVENING = new Date('2026-11-27T12:05:00Z'); // 20:05

function heading(text: string) {
  console.log(`\n=== ${text} ===`);
}

function col(sheet: GoogleAppsScript.Spreadsheet.Sheet, header: string): number {
  return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String).indexOf(header) + 1;
}

function a1(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, header: string): string {
  return `${String.fromCharCode(64 + col(sheet, header))}${row}`;
}

function rowOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, header: string, value: string): number {
  const values = sheet.getRange(1, col(sheet, header), sheet.getLastRow(), 1).getValues().map((r) => r[0]);
  return values.indexOf(value) + 1;
}

/** Calls an endpoint the way the sidebar does: through google.script.run's serialisation rules. */
function viaScriptRun(runtime: LocalRuntime, bundle: LocalBundle) {
  const bridge = createScriptRunBridge(runtime, bundle);
  return <T = SidebarState>(name: string, ...args: unknown[]): Result<T> => JSON.parse(bridge(name, JSON.stringify(args))) as Result<T>;
}

function replayEdits(runtime: LocalRuntime, pipeline: GoogleAppsScript.Spreadsheet.Sheet) {
  heading('A day of edits in the Pipeline (09:30–17:00)');
  const tell = (who: string, what: string, act: () => void) => {
    const before = runtime.toasts.length;
    act();
    const toasts = runtime.toasts.slice(before).map((t) => t.message.replace(/\n/g, ' / '));
    console.log(`- ${who} ${what}${toasts.length ? `\n    → toast: ${toasts.join(' | ')}` : ''}`);
  };
  const golden = rowOf(pipeline, 'Customer', 'Golden Bakery');
  const iris = rowOf(pipeline, 'Customer', 'Iris Textiles');
  tell('Alice types tier "b" for Golden Bakery', '', () => runtime.userEdit('Pipeline', a1(pipeline, golden, 'Tier'), [['b']]));
  console.log(`    → stored as "${pipeline.getRange(a1(pipeline, golden, 'Tier')).getValue()}"`);
  tell('Alice types "A类" for Iris Textiles', '', () => runtime.userEdit('Pipeline', a1(pipeline, iris, 'Tier'), [['A类']]));
  console.log(`    → stored as "${pipeline.getRange(a1(pipeline, iris, 'Tier')).getValue()}", Tier since restamped, flag: "${pipeline.getRange(a1(pipeline, iris, 'Flag')).getValue()}"`);
  tell('Alice types tier "D"', '(not a tier)', () => runtime.userEdit('Pipeline', a1(pipeline, golden, 'Tier'), [['D']]));
  console.log(`    → the old value "${pipeline.getRange(a1(pipeline, golden, 'Tier')).getValue()}" is back`);
  tell('Alice types a past target date 2026-11-20', '', () => runtime.userEdit('Pipeline', a1(pipeline, iris, 'Target date'), [['2026-11-20']]));
  const next = pipeline.getLastRow() + 1;
  tell('Bob pastes three new customers (one with tier "x")', '', () =>
    runtime.userEdit('Pipeline', `${a1(pipeline, next, 'Rep')}:${a1(pipeline, next + 2, 'Tier')}`, [
      ['Bob Li', 'Quartz Studio', 'a'],
      ['Bob Li', 'Ruby Cafe', 'x'],
      ['Bob Li', 'Sage Tea', 'C'],
    ]),
  );
  for (let r = next; r <= next + 2; r++) {
    const v = (h: string) => pipeline.getRange(a1(pipeline, r, h)).getValue();
    console.log(`    → row ${r}: ID ${v('ID')}, ${v('Customer')}, tier "${v('Tier')}", status ${v('Status')}, flag "${v('Flag')}"`);
  }
  tell('Carol marks Iris Partners "Dropped" without a reason', '', () =>
    runtime.userEdit('Pipeline', a1(pipeline, rowOf(pipeline, 'Customer', 'Iris Partners'), 'Status'), [['Dropped']]),
  );
  tell('Someone types "Zed" as the rep of Nova Dental', '(not on Team)', () =>
    runtime.userEdit('Pipeline', a1(pipeline, rowOf(pipeline, 'Customer', 'Nova Dental'), 'Rep'), [['Zed']]),
  );
  const source = rowOf(pipeline, 'Customer', 'Harbor Print');
  const copyAt = pipeline.getLastRow() + 1;
  tell('Alice copies the whole Harbor Print row and pastes it as a new row', '', () =>
    runtime.userEdit('Pipeline', `A${copyAt}:N${copyAt}`, pipeline.getRange(source, 1, 1, 14).getValues()),
  );
  console.log(`    → original keeps ${pipeline.getRange(source, 1).getValue()}, the copy gets ${pipeline.getRange(copyAt, 1).getValue()}`);
  const settings = sheetByAnyName(runtime, 'Settings', '设置');
  const keys = settings.getDataRange().getValues().map((r) => r[0]);
  tell('The manager types "seven" as A max days in Settings', '', () =>
    runtime.userEdit('Settings', `B${keys.indexOf('A max days') + 1}`, [['seven']]),
  );
  runtime.userEdit('Settings', `B${keys.indexOf('A max days') + 1}`, [['7']]);
}

function sidebarDay(runtime: LocalRuntime, bundle: LocalBundle, team: SampleTeam) {
  heading("Each rep's day in the sidebar (same endpoints, same serialisation as google.script.run)");
  const run = viaScriptRun(runtime, bundle);
  const reasons = ['busy', 'budget', 'competitor', 'timing'] as const;
  team.reps.forEach((rep, i) => {
    runtime.setUser(rep.email);
    runtime.clock.set(new Date(MORNING.getTime() + i * 60000));
    let r = run('sidebarLoad');
    if (!r.ok) throw new Error(errorText('en', r.error));
    const s = r.value;
    const pick = s.customers.find((c) => c.target === s.today) ?? s.customers[0];
    const set = run<unknown>('sidebarSetTarget', { which: 'today', rowId: pick.id });
    if (!set.ok) throw new Error(errorText('en', set.error));
    console.log(`\n${rep.name}: A ${s.counts.A} · B ${s.counts.B} · C ${s.counts.C}`);
    console.log(`  1 today's target: ${pick.customer} (tier ${pick.tier})`);
    runtime.clock.set(new Date(EVENING.getTime() - 3 * 3600000));
    const signed = i % 2 === 0;
    const saved = signed
      ? run<unknown>('sidebarRecordResult', { rowId: pick.id, outcome: 'signed' })
      : run<unknown>('sidebarRecordResult', { rowId: pick.id, outcome: 'notSigned', reasonCategory: reasons[i], reasonText: 'will decide next week', nextStep: 'Visit with a trial offer' });
    if (!saved.ok) throw new Error(errorText('en', saved.error));
    console.log(`  2 result: ${signed ? 'signed ✔' : `not signed — ${reasons[i]}; next step recorded`}`);
    // A save answers with what changed; the page's state after it is what a fresh load shows.
    r = run('sidebarLoad');
    if (!r.ok) throw new Error(errorText('en', r.error));
    if (i === 3) {
      console.log('  3 tomorrow: (skipped — the sidebar keeps asking)');
    } else {
      // Not another of today's targets still without a result: moving one of those on is a carry-over with a reason.
      const nextPick = r.value.customers.find((c) => c.id !== pick.id && c.tier === 'A' && !c.pushIfMoved) ?? r.value.customers[0];
      const t = run<unknown>('sidebarSetTarget', { which: 'tomorrow', rowId: nextPick.id });
      if (!t.ok) throw new Error(errorText('en', t.error));
      r = run('sidebarLoad');
      if (!r.ok) throw new Error(errorText('en', r.error));
      console.log(`  3 tomorrow's target (${r.value.nextWorkingDay}): ${nextPick.customer}`);
    }
    const m = r.value.month;
    console.log(`  month: ${m.signed} signed of ${m.workingDaysSoFar} working days so far (floor ${m.floorSoFar}, goal ${m.goalLow}–${m.goalHigh}); uncleared ${r.value.uncleared.length}`);
  });
  const owing = team.reps.filter((rep) => {
    runtime.setUser(rep.email);
    const s = run('sidebarLoad');
    return s.ok && s.value.needsTomorrowTarget;
  });
  console.log(`\nStill owing tomorrow's target (the sidebar keeps asking; the digest will say so): ${owing.map((r) => r.name).join(', ') || 'nobody'}`);
  runtime.setUser(team.reps[0].email);
  const crafted = run<unknown>('sidebarSetTarget', { which: 'today', rowId: 'C-SAMPLE0016' });
  console.log(`\nA crafted call by ${team.reps[0].name} for Bob's row: ${crafted.ok ? 'ACCEPTED (bug!)' : `refused — ${errorText('en', crafted.error)}`}`);
  const sneaky = run<unknown>('sidebarSetTarget', { which: 'today', newCustomer: { customer: '=HYPERLINK("http://x","click")', tier: 'C' } });
  console.log(`A customer named =HYPERLINK(...) is stored as text: ${sneaky.ok ? 'yes' : errorText('en', sneaky.error)}`);
}

/** A second manager, a director and the team's DingTalk group: the morning meeting's mail at 09:05 on the heartbeat. */
function morningMeeting(runtime: LocalRuntime, bundle: LocalBundle, team: SampleTeam) {
  heading('The morning meeting (晨会) at 09:05: director\'s roll-up, managers\' briefs, nudges, the team chat');
  const teamSheet = sheetByAnyName(runtime, 'Team', '团队');
  teamSheet.getRange(1, 5, 1, 3).setValues([['Team name', 'Region', 'Director email']]);
  teamSheet.getRange(4, 3, 2, 1).setValues([['boss2@example.com'], ['boss2@example.com']]);
  teamSheet.getRange(2, 5, 4, 3).setValues([
    ['North A', 'North', 'director@example.com'], ['North A', 'North', 'director@example.com'],
    ['South B', 'South', 'director@example.com'], ['South B', 'South', 'director@example.com'],
  ]);
  runtime.setUser(team.manager);
  runtime.clock.set(new Date('2026-11-27T00:50:00Z')); // 08:50
  bundle.call('menuNightlyOn');
  console.log(`Turn nightly digest on: ${runtime.alerts[runtime.alerts.length - 1].message}`);
  console.log(`Triggers: ${runtime.triggers().map((t) => `${t.handler} (${t.type === 'CLOCK' ? 'every hour' : 'on edit'}, owner ${t.user})`).join(', ')}`);
  runtime.setFetchAnswer(/dingtalk/, { code: 200, body: '{"errcode":0,"errmsg":"ok"}' });
  runtime.answerNextPrompt('https://oapi.dingtalk.com/robot/send?access_token=demo-token SECdemo-secret');
  bundle.call('menuSetTeamChat');
  console.log(`Set team chat…: ${runtime.alerts[runtime.alerts.length - 1].message}`);
  const before = runtime.outbox.length;
  runtime.clock.set(new Date('2026-11-27T01:05:00Z')); // 09:05
  runtime.fireTimeTrigger(runtime.triggers().find((t) => t.handler === 'heartbeat')!.uniqueId);
  const sent = runtime.outbox.slice(before);
  console.log(`Heartbeat 09:05: ${sent.length} emails — ${sent.map((m) => `${m.to[0]} (“${m.subject}”)`).join('; ')}`);
  const rollup = sent.find((m) => m.to.includes('director@example.com'));
  if (rollup) console.log(`\n--- the director's roll-up (text part) ---\n${rollup.body}`);
  const brief = sent.find((m) => m.to.includes(team.manager));
  if (brief) console.log(`\n--- ${team.manager}'s morning brief (text part) ---\n${brief.body}`);
  const post = runtime.fetchLog().slice(-1)[0];
  if (post) console.log(`\n--- posted to the DingTalk group (markdown) ---\n${(JSON.parse(String(post.payload)) as { markdown: { text: string } }).markdown.text}`);
  runtime.clock.set(MORNING);
}

function nightly(runtime: LocalRuntime, bundle: LocalBundle, team: SampleTeam) {
  heading('Truth from the sheet: another tool signs a row at 14:00 (no edit event)');
  const pipeline = sheetByAnyName(runtime, 'Pipeline', '客户库');
  const signedByTool = rowOf(pipeline, 'Customer', 'Cedar Hotels');
  runtime.clock.set(new Date('2026-11-27T06:00:00Z')); // 14:00
  runtime.anotherScriptWrites('Pipeline', a1(pipeline, signedByTool, 'Status'), [['Won']]);
  console.log(`A CRM sync writes Status "Won" for Cedar Hotels — Closed on is still "${pipeline.getRange(signedByTool, col(pipeline, 'Closed on')).getDisplayValue()}" (no onEdit).`);

  heading('The nightly run on the hourly heartbeat (Digest hour 20, Asia/Shanghai) — a busy evening caught up');
  runtime.setUser(team.manager);
  bundle.call('menuNightlyOn');
  const trigger = runtime.triggers().find((t) => t.handler === 'heartbeat')!;
  runtime.clock.set(EVENING);
  runtime.holdDocumentLock(true);
  runtime.fireTimeTrigger(trigger.uniqueId);
  const log0 = sheetByAnyName(runtime, 'Daily Log', '日志');
  console.log(`20:05 — another execution holds the document lock: ${log0.getLastRow() - 1} Daily Log rows; the note says: ${log0.getRange(1, 1).getNote().split('\n')[0]}`);
  runtime.holdDocumentLock(false);
  runtime.clock.set(new Date('2026-11-27T13:05:00Z')); // 21:05
  runtime.resetCounts();
  runtime.fireTimeTrigger(trigger.uniqueId);
  const c = runtime.counts();
  console.log(`21:05 — the next beat runs it: Spreadsheet calls read ${c.read}, write ${c.write}, format ${c.format}`);
  console.log(`Cedar Hotels: Closed on ${pipeline.getRange(signedByTool, col(pipeline, 'Closed on')).getDisplayValue()} — counted as today's signing in the Daily Log and the digest.`);
  const values = pipeline.getDataRange().getValues();
  const h = values[0].map(String);
  for (const rep of [...team.reps.map((r) => r.name), 'Zed']) {
    const rows = values.slice(1).filter((r) => r[h.indexOf('Rep')] === rep && r[h.indexOf('Flag')]);
    console.log(`\n${rep}: ${rows.length} uncleared`);
    rows.forEach((r) => console.log(`  - ${r[h.indexOf('Customer')]}: ${r[h.indexOf('Flag')]}`));
  }
  const log = sheetByAnyName(runtime, 'Daily Log', '日志');
  console.log(`\nDaily Log: ${log.getLastRow() - 1} rows for today. Last-run note: ${log.getRange(1, 1).getNote().split('\n')[0]}`);
  const sent = runtime.outbox.length;
  runtime.fireTimeTrigger(trigger.uniqueId);
  console.log(`Heartbeat fired again: ${runtime.outbox.length - sent} more emails — no second digest.`);
}

async function writeOutputs(runtime: LocalRuntime, name: string) {
  mkdirSync(OUT, { recursive: true });
  for (const mail of runtime.outbox) {
    const who = mail.to[0].replace(/@.*/, '');
    writeFileSync(join(OUT, `digest-${name}-${who}.html`), mail.htmlBody ?? '');
    writeFileSync(join(OUT, `digest-${name}-${who}.txt`), mail.body);
  }
  const xlsx = join(OUT, `daily-close-${name}.xlsx`);
  await exportXlsx(runtime.spreadsheet, xlsx);
  return xlsx;
}

async function main() {
  heading('Daily Close demo — English team (Asia/Shanghai, Friday 2026-11-27)');
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai', locale: 'en_US', now: MORNING, spreadsheetName: 'Sales pipeline' });
  const bundle = runtime.loadBundle();
  bundle.call('onOpen', { authMode: 'LIMITED' });
  const team = setupSampleTeam(runtime, bundle);
  const pipeline = sheetByAnyName(runtime, 'Pipeline', '客户库');
  console.log(`Set up as ${team.manager}: sheets ${runtime.spreadsheet.getSheets().map((s) => s.getName()).join(', ')}; ${pipeline.getLastRow() - 1} customers for ${team.reps.length} reps.`);
  console.log(`Menu: ${runtime.menus.length ? runtime.menus[runtime.menus.length - 1].items.map((i) => i.caption).join(' · ') : '(built on open)'}`);
  morningMeeting(runtime, bundle, team);
  replayEdits(runtime, pipeline);
  sidebarDay(runtime, bundle, team);
  nightly(runtime, bundle, team);
  runtime.setUser(team.manager);
  const sentBefore = runtime.outbox.length;
  bundle.call('menuPreview');
  console.log(`\nPreview digest (menu): a dialog "${runtime.dialogs[runtime.dialogs.length - 1].title}" — ${runtime.outbox.length - sentBefore} emails sent by the preview.`);
  const xlsx = await writeOutputs(runtime, 'en');
  heading(`Digest for ${team.manager} (text version; HTML in out/)`);
  const digest = runtime.outbox.find((m) => m.to.includes(team.manager) && m.subject.startsWith('Daily Close ·'));
  console.log(`Subject: ${digest?.subject ?? ''}\n`);
  console.log(digest?.body ?? '');

  heading('一样的流程，中文团队 (zh_CN)');
  const zh = new LocalRuntime({ timeZone: 'Asia/Shanghai', locale: 'zh_CN', now: EVENING, spreadsheetName: '销售客户库' });
  const zhBundle = zh.loadBundle();
  const zhTeam = setupSampleTeam(zh, zhBundle);
  const zhPipeline = sheetByAnyName(zh, 'Pipeline', '客户库');
  zh.userEdit('客户库', a1(zhPipeline, 2, '分类'), [['D']]);
  console.log(`输入分类 "D" → ${zh.toasts[zh.toasts.length - 1].message}`);
  zh.setUser(zhTeam.manager);
  zhBundle.call('menuSendNow');
  const zhXlsx = await writeOutputs(zh, 'zh');
  console.log(`日报主题：${zh.outbox[0].subject}`);

  heading('The Dashboard after the team’s month (a nightly run each working day, Nov 2–27)');
  const month = runSampleMonth();
  const dashboardHtml = join(OUT, 'dashboard.html');
  const titles = writeDashboardPage(month.runtime, dashboardHtml);
  console.log(`${month.days.length} nightly runs; the Dashboard sheet's native charts, drawn offline in ${dashboardHtml}:\n  ${titles.join('\n  ')}`);

  heading('Files');
  console.log(`${xlsx}\n${zhXlsx}\nout/digest-*.html, out/digest-*.txt\n${dashboardHtml}`);
}

/** `--xlsx <file>` (with optional --tz, --locale, --today yyyy-MM-dd, --out <dir>): the dry run on a team's workbook. */
function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const xlsx = option('xlsx');
const run = xlsx
  ? dryRun(xlsx, { outDir: option('out') ?? OUT, timeZone: option('tz'), locale: option('locale'), today: option('today') }).then((r) => {
    if (!r.inputUnchanged) process.exit(2);
  })
  : main();
run.catch((e) => {
  console.error(e);
  process.exit(1);
});
