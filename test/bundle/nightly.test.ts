import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Clearing the pipeline and the nightly run, through dist/Code.js.
import { harness, keyOf, type Harness } from '../support/harness';
import { sheetByAnyName } from '../support/team';
import { displayedBackground } from '../../local';

let h: Harness;
const EVENING = new Date('2026-11-27T12:05:00Z'); // 20:05 Friday in Shanghai

beforeEach(() => {
  h = harness({ now: EVENING });
});

function log() {
  return sheetByAnyName(h.runtime, 'Daily Log', '日志');
}
function logRows() {
  return log().getDataRange().getValues().slice(1);
}

test('refresh flags every uncleared row in words and colours it by reason', () => {
  h.bundle.call('menuRefreshHighlights');
  const flags = h.pipeline.getRange(2, h.col('Flag'), h.pipeline.getLastRow() - 1, 1).getValues().map((r) => String(r[0]));
  expect(flags.some((f) => /A for \d+ days \(max 7\)/.test(f))).toBe(true);
  expect(flags.some((f) => /B for \d+ days \(max 30\)/.test(f))).toBe(true);
  expect(flags.some((f) => /without target/i.test(f))).toBe(true);
  expect(flags.some((f) => /target 11-25 passed/.test(f))).toBe(true);
  const flaggedRow = flags.findIndex((f) => /passed/.test(f)) + 2;
  const clearRow = flags.findIndex((f) => f === '') + 2;
  // The colour a person sees comes from the sheet's rules, keyed on the flag: no cell was painted.
  const bg = (r: number) => displayedBackground(h.pipeline.getRange(r, h.col('Customer')));
  expect(bg(flaggedRow)).toBe('#fde2c6');
  expect(bg(clearRow)).toBe('#ffffff');
  expect(h.pipeline.getRange(flaggedRow, h.col('Customer')).getBackground()).toBe('#ffffff');
  const aged = flags.findIndex((f) => /^[ABC] for \d+ days/.test(f)) + 2;
  expect(bg(aged)).toBe('#ddd5ec');
  expect(h.lastToast()).toMatch(/customers checked/);
});

test('one colour rule per reason, installed by Set up, replaced wholesale: Set up again adds none, the team\'s rules stay', () => {
  const ours = () => h.pipeline.getConditionalFormatRules().filter((r) => /RIGHT\(\$/.test(String(r.getBooleanCondition()?.getCriteriaValues()[0])));
  expect(ours()).toHaveLength(5);
  const team = SpreadsheetApp().newConditionalFormatRule().whenTextEqualTo('VIP').setBackground('#00ff00')
    .setRanges([h.pipeline.getRange('C2:C100')]).build();
  h.pipeline.setConditionalFormatRules([...h.pipeline.getConditionalFormatRules(), team]);
  h.bundle.call('menuSetupSheets');
  h.bundle.call('menuRefreshHighlights');
  expect(ours()).toHaveLength(5);
  expect(h.pipeline.getConditionalFormatRules()).toHaveLength(6);
  // Over the add-on's columns and the team's matched ones, as whole columns (rows added later are covered too).
  expect(ours()[0].getRanges().map((r) => r.getA1Notation())).toEqual(['A:O']);
  expect(h.pipeline.getRange(1, h.col('Flag')).getNote()).toMatch(/red: invalid[\s\S]*purple/);
});

test('refresh and the nightly run read and write no background at all', () => {
  h.bundle.call('menuNightlyOn');
  const id = h.runtime.triggers()[0].uniqueId;
  h.runtime.resetCounts();
  h.bundle.call('menuRefreshHighlights');
  h.runtime.fireTimeTrigger(id);
  const methods = Object.keys(h.runtime.methodCounts());
  expect(methods.filter((m) => /^Range\.(get|set)Backgrounds?$/.test(m))).toEqual([]);
  expect(methods.some((m) => /getValues/.test(m))).toBe(true);
});

function SpreadsheetApp(): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return h.runtime.globals().SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

test("a team's own colours survive a refresh; a fixed row loses its highlight", () => {
  const c = h.pipeline.getLastColumn() + 1;
  h.pipeline.getRange(1, c).setValue('My column');
  h.pipeline.getRange(2, c, 3, 1).setBackground('#00ff00');
  h.pipeline.getRange(3, h.col('Next step')).setBackground('#0000ff');
  h.bundle.call('menuRefreshHighlights');
  expect(h.pipeline.getRange(2, c, 3, 1).getBackgrounds()).toEqual([['#00ff00'], ['#00ff00'], ['#00ff00']]);
  expect(h.pipeline.getRange(3, h.col('Next step')).getBackground()).toBe('#0000ff');
  const flags = h.pipeline.getRange(2, h.col('Flag'), h.pipeline.getLastRow() - 1, 1).getValues().map((r) => String(r[0]));
  const row = flags.findIndex((f) => /without target/.test(f)) + 2;
  expect(displayedBackground(h.pipeline.getRange(row, h.col('Customer')))).toBe('#fff0c2');
  // A flagged row shows the flag's colour over the team's own; their colour is still in the cell underneath.
  h.pipeline.getRange(row, h.col('Next step')).setBackground('#0000ff');
  expect(displayedBackground(h.pipeline.getRange(row, h.col('Next step')))).toBe('#fff0c2');
  h.runtime.userEdit('Pipeline', `F${row}`, [['2026-11-30']]);
  expect(h.cell(row, 'Flag')).toBe('');
  expect(displayedBackground(h.pipeline.getRange(row, h.col('Customer')))).toBe('#ffffff');
  expect(displayedBackground(h.pipeline.getRange(row, h.col('Next step')))).toBe('#0000ff');
  // The team's own column is never coloured, flagged or not.
  expect(displayedBackground(h.pipeline.getRange(2, c))).toBe('#00ff00');
});

function beat(): void {
  h.runtime.fireTimeTrigger(h.runtime.triggers().find((t) => t.handler === 'heartbeat')!.uniqueId);
}

test('turning the nightly digest on installs one pair: an hourly heartbeat and an installable edit trigger; on again changes nothing; off removes both', () => {
  h.bundle.call('menuNightlyOn');
  let triggers = h.runtime.triggers();
  expect(triggers.map((t) => t.handler).sort()).toEqual(['heartbeat', 'onEditInstalled']);
  expect(triggers.find((t) => t.handler === 'heartbeat')!.everyHours).toBe(1);
  expect(triggers.find((t) => t.handler === 'onEditInstalled')!.type).toBe('ON_EDIT');
  h.bundle.call('menuNightlyOn');
  triggers = h.runtime.triggers();
  expect(triggers).toHaveLength(2);
  expect(h.runtime.alerts[h.runtime.alerts.length - 1].message).toMatch(/already on/);
  h.bundle.call('menuNightlyOff');
  expect(h.runtime.triggers()).toHaveLength(0);
});

test('the heartbeat runs the nightly job from Digest hour on, in the sheet zone: not at 19:05, at 20:05, and once', () => {
  const digests = () => h.runtime.outbox.filter((m) => m.subject.startsWith('Daily Close ·'));
  h.runtime.clock.set(new Date('2026-11-27T11:05:00Z')); // 19:05 in Shanghai
  h.bundle.call('menuNightlyOn');
  beat();
  expect(logRows()).toHaveLength(0);
  expect(digests()).toHaveLength(0);
  h.runtime.clock.set(EVENING);
  beat();
  expect(logRows()).toHaveLength(4);
  expect(digests()).toHaveLength(1);
  h.runtime.clock.set(new Date('2026-11-27T13:05:00Z'));
  beat();
  expect(digests()).toHaveLength(1);
});

test('a changed Digest hour moves the nightly job: the next beat at or after it runs', () => {
  h.runtime.clock.set(new Date('2026-11-27T10:05:00Z')); // 18:05
  h.bundle.call('menuNightlyOn');
  const settings = sheetByAnyName(h.runtime, 'Settings', '设置');
  const keys = settings.getDataRange().getValues().map((r) => r[0]);
  settings.getRange(keys.indexOf('Digest hour') + 1, 2).setValue(18);
  beat();
  expect(logRows()).toHaveLength(4);
});

test('the nightly run writes one Daily Log row per active rep; the same date twice replaces them', () => {
  h.bundle.call('menuNightlyOn');
  const id = h.runtime.triggers()[0].uniqueId;
  h.runtime.fireTimeTrigger(id);
  const first = logRows();
  expect(first).toHaveLength(4);
  expect(first.map((r) => keyOf(h, r[0]))).toEqual(Array(4).fill('2026-11-27'));
  expect(first.map((r) => r[1])).toEqual(['Alice Chen', 'Bob Li', 'Carol Wang', 'Dan Zhao']);
  h.runtime.fireTimeTrigger(id);
  expect(logRows()).toEqual(first);
});

test('earlier dates are never rewritten; a weekend refreshes flags but writes no log row', () => {
  h.bundle.call('menuNightlyOn');
  const id = h.runtime.triggers()[0].uniqueId;
  h.runtime.fireTimeTrigger(id);
  const friday = logRows();
  h.runtime.clock.set(new Date('2026-11-28T12:05:00Z')); // Saturday
  h.runtime.fireTimeTrigger(id);
  expect(logRows()).toEqual(friday);
  h.runtime.clock.set(new Date('2026-11-30T12:05:00Z')); // Monday
  h.runtime.fireTimeTrigger(id);
  const rows = logRows();
  expect(rows.slice(0, 4)).toEqual(friday);
  expect(rows.slice(4).map((r) => keyOf(h, r[0]))).toEqual(Array(4).fill('2026-11-30'));
});

test('the last run leaves a visible record for the manager', () => {
  h.bundle.call('menuNightlyOn');
  h.runtime.fireTimeTrigger(h.runtime.triggers()[0].uniqueId);
  const note = log().getRange(1, 1).getNote();
  expect(note).toMatch(/Last run 2026-11-27 20:05/);
  expect(note).toMatch(/rows checked/);
  expect(note).toMatch(/manager@example.com/);
});

test('the nightly run costs the same number of Spreadsheet calls on 60 and 10,000 rows', () => {
  const big = harness({ now: EVENING, customersPerRep: 2500 });
  const measure = (x: Harness) => {
    x.bundle.call('menuNightlyOn');
    const id = x.runtime.triggers()[0].uniqueId;
    x.runtime.resetCounts();
    x.runtime.fireTimeTrigger(id);
    return x.runtime.counts();
  };
  const small = measure(h);
  const large = measure(big);
  expect(large).toEqual(small);
});

test('a bad setting is reported with the key, the value and the fix; the default is used meanwhile', () => {
  const settings = sheetByAnyName(h.runtime, 'Settings', '设置');
  const keys = settings.getDataRange().getValues().map((r) => r[0]);
  settings.getRange(keys.indexOf('A max days') + 1, 2).setValue('seven');
  h.bundle.call('menuRefreshHighlights');
  const message = h.runtime.alerts[h.runtime.alerts.length - 1].message;
  expect(message).toMatch(/A max days/);
  expect(message).toMatch(/seven/);
  expect(message).toMatch(/7/);
  const flags = h.pipeline.getRange(2, h.col('Flag'), h.pipeline.getLastRow() - 1, 1).getValues().map((r) => String(r[0]));
  expect(flags.some((f) => /\(max 7\)/.test(f))).toBe(true);
});

test('a holiday is not a working day: no log row and no digest; the month starts afresh in December', () => {
  const settings = sheetByAnyName(h.runtime, 'Settings', '设置');
  const keys = settings.getDataRange().getValues().map((r) => r[0]);
  settings.getRange(keys.indexOf('Holidays') + 1, 2).setValue('2026-12-01');
  h.bundle.call('menuNightlyOn');
  const id = h.runtime.triggers()[0].uniqueId;
  h.runtime.clock.set(new Date('2026-12-01T12:05:00Z'));
  h.runtime.fireTimeTrigger(id);
  expect(logRows()).toHaveLength(0);
  expect(h.runtime.outbox).toHaveLength(0);
  h.runtime.clock.set(new Date('2026-12-02T12:05:00Z'));
  h.runtime.fireTimeTrigger(id);
  expect(logRows()).toHaveLength(4);
  const mail = h.runtime.outbox.find((m) => m.to.includes('manager@example.com'))!;
  // November's signings do not count in December; one working day so far (the 1st was a holiday).
  expect(mail.body).toMatch(/This month: 0 signed/);
  expect(mail.body).toMatch(/1 of 22 working days/); // 23 weekdays in December 2026 less the holiday
});

test('"today" is the spreadsheet\'s day: just after midnight in Shanghai it is already Saturday', () => {
  const late = harness({ now: new Date('2026-11-27T16:30:00Z') }); // 00:30 Saturday in Shanghai, Friday in UTC
  late.runtime.setUser('rep1@example.com');
  const r = late.bundle.call('sidebarLoad') as { ok: true; value: { today: string; isWorkingDay: boolean; nextWorkingDay: string } };
  expect(r.value.today).toBe('2026-11-28');
  expect(r.value.isWorkingDay).toBe(false);
  expect(r.value.nextWorkingDay).toBe('2026-11-30');
});

test('without an active document (an editor add-on trigger) the run opens the spreadsheet recorded for its trigger', () => {
  // The Marketplace manifest README describes: the full spreadsheets scope instead of spreadsheets.currentonly.
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
  const scopes = manifest.oauthScopes.map((s) => s.replace('spreadsheets.currentonly', 'spreadsheets'));
  h = harness({ now: EVENING, oauthScopes: scopes });
  h.bundle.call('menuNightlyOn');
  const id = h.runtime.triggers()[0].uniqueId;
  h.runtime.setActiveDocument(false);
  h.runtime.fireTimeTrigger(id);
  h.runtime.setActiveDocument(true);
  expect(logRows()).toHaveLength(4);
  expect(h.runtime.outbox.map((m) => m.to[0])).toEqual(['manager@example.com']);
  // Its state lives in the user's properties there, so a second fire still sends nothing twice.
  h.runtime.setActiveDocument(false);
  h.runtime.fireTimeTrigger(id);
  h.runtime.setActiveDocument(true);
  expect(h.runtime.outbox).toHaveLength(1);
});

test('with the bound manifest (spreadsheets.currentonly) a run without an active document cannot open the sheet, and says why', () => {
  h.bundle.call('menuNightlyOn');
  h.runtime.setActiveDocument(false);
  expect(() => h.runtime.fireTimeTrigger(h.runtime.triggers()[0].uniqueId)).toThrow(/permission to call SpreadsheetApp.openById.*auth\/spreadsheets/);
  h.runtime.setActiveDocument(true);
});

test('nightlyRun called from the console (no trigger of the caller) is refused and sends nothing', () => {
  h.bundle.call('menuNightlyOn');
  h.runtime.setUser('rep1@example.com');
  expect(() => h.bundle.call('nightlyRun')).toThrow(/only from its nightly trigger/);
  expect(() => h.bundle.call('nightlyRun', { triggerUid: h.runtime.triggers()[0].uniqueId })).toThrow(/only from its nightly trigger/);
  expect(() => h.bundle.call('heartbeat')).toThrow(/only from its nightly trigger/);
  expect(h.runtime.outbox).toHaveLength(0);
  expect(logRows()).toHaveLength(0);
});

test('a run that cannot read the Pipeline says why on the Daily Log and still fails loudly', () => {
  h.bundle.call('menuNightlyOn');
  h.pipeline.getRange(1, h.col('Target date')).setValue('Due');
  expect(() => h.runtime.fireTimeTrigger(h.runtime.triggers()[0].uniqueId)).toThrow();
  expect(log().getRange(1, 1).getNote()).toMatch(/“Target date”.*Set up \/ repair sheets/s);
  expect(h.runtime.outbox).toHaveLength(0);
});

test('typing a bad setting is answered at once with the key, the value and the fix', () => {
  const settings = sheetByAnyName(h.runtime, 'Settings', '设置');
  const keys = settings.getDataRange().getValues().map((r) => r[0]);
  h.runtime.userEdit('Settings', `B${keys.indexOf('Digest hour') + 1}`, [['25']]);
  expect(h.lastToast()).toMatch(/Digest hour/);
  expect(h.lastToast()).toMatch(/25/);
  expect(h.lastToast()).toMatch(/20/);
});

test("after a manager sorts the Daily Log, re-running a date replaces only that date's rows and keeps their own column", () => {
  h.bundle.call('menuNightlyOn');
  const id = h.runtime.triggers()[0].uniqueId;
  for (const day of ['2026-11-26', '2026-11-27']) {
    h.runtime.clock.set(new Date(`${day}T12:05:00Z`));
    h.runtime.fireTimeTrigger(id);
  }
  const sheet = log();
  sheet.getRange(1, 14).setValue('Manager comment');
  h.runtime.userSort('Daily Log', 2, true); // by Rep: the two dates now interleave
  const aliceToday = sheet.getDataRange().getValues().findIndex((r) => r[1] === 'Alice Chen' && keyOf(h, r[0]) === '2026-11-27') + 1;
  sheet.getRange(aliceToday, 14).setValue('call Alice re: Acme');
  const before = sheet.getDataRange().getValues().filter((r) => keyOf(h, r[0]) === '2026-11-26');
  h.bundle.call('menuSendNow');
  const after = sheet.getDataRange().getValues();
  expect(after.filter((r) => keyOf(h, r[0]) === '2026-11-26')).toEqual(before);
  expect(after.filter((r) => keyOf(h, r[0]) === '2026-11-27')).toHaveLength(4);
  expect(sheet.getRange(aliceToday, 14).getValue()).toBe('call Alice re: Acme');
});

test('Digest hour typed as "18:00" (Sheets keeps it as a time) is read as 18', () => {
  const settings = sheetByAnyName(h.runtime, 'Settings', '设置');
  const keys = settings.getDataRange().getValues().map((r) => r[0]);
  h.runtime.userEdit('Settings', `B${keys.indexOf('Digest hour') + 1}`, [['18:00']]);
  expect(settings.getRange(keys.indexOf('Digest hour') + 1, 2).getValue()).toBeInstanceOf(Date);
  expect(h.lastToast()).toMatch(/Digest hour is now 18:00/);
  h.runtime.clock.set(new Date('2026-11-27T10:05:00Z')); // 18:05
  h.bundle.call('menuNightlyOn');
  beat();
  expect(logRows()).toHaveLength(4);
});

test('a changed Digest hour is acknowledged at once and the heartbeat follows it', () => {
  h.runtime.clock.set(new Date('2026-11-27T10:05:00Z')); // 18:05
  h.bundle.call('menuNightlyOn');
  const settings = sheetByAnyName(h.runtime, 'Settings', '设置');
  const keys = settings.getDataRange().getValues().map((r) => r[0]);
  h.runtime.userEdit('Settings', `B${keys.indexOf('Digest hour') + 1}`, [['18']]);
  expect(h.lastToast()).toMatch(/Digest hour is now 18:00/);
  beat();
  expect(logRows()).toHaveLength(4);
});

test("a cell the team coloured with a palette colour close to a flag colour survives a refresh", () => {
  h.bundle.call('menuRefreshHighlights');
  const flags = h.pipeline.getRange(2, h.col('Flag'), h.pipeline.getLastRow() - 1, 1).getValues().map((r) => String(r[0]));
  const clear = flags.findIndex((f) => f === '') + 2;
  h.pipeline.getRange(clear, h.col('Customer')).setBackground('#fff2cc'); // Sheets' "light yellow 3"
  h.bundle.call('menuRefreshHighlights');
  expect(h.pipeline.getRange(clear, h.col('Customer')).getBackground()).toBe('#fff2cc');
});

test('a deleted Daily Log is created again and the digests still go out', () => {
  h.bundle.call('menuNightlyOn');
  h.ss.deleteSheet(log());
  h.runtime.fireTimeTrigger(h.runtime.triggers()[0].uniqueId);
  expect(logRows()).toHaveLength(4);
  expect(h.runtime.outbox).toHaveLength(1);
  expect(log().getRange(1, 1).getNote()).toMatch(/Daily Log sheet was missing/);
});

test('an error Apps Script shows itself (a failed trigger) reads as words, not a message key', () => {
  h.bundle.call('menuNightlyOn');
  h.pipeline.setName('Old pipeline');
  expect(() => h.runtime.fireTimeTrigger(h.runtime.triggers()[0].uniqueId)).toThrow(/There is no “Pipeline” sheet.*找不到“客户库”工作表/s);
});

test('flags are written only where they changed: two changed rows far apart are two small writes, many close together one', () => {
  const big = harness({ now: EVENING, customersPerRep: 2500 });
  big.bundle.call('menuRefreshHighlights');
  const tier = String.fromCharCode(64 + big.col('Tier'));
  // The last row of the sheet is a signed customer; the one above it is open.
  const last = big.pipeline.getLastRow() - 1;
  const writes = () => big.runtime.callLog().filter((c) => c.method === 'Range.setValues').map((c) => c.cells.written);
  // Another tool changes two rows, 10,000 rows apart: no edit event; the refresh notices both.
  big.runtime.anotherScriptWrites('Pipeline', `${tier}3`, [['zz']]);
  big.runtime.anotherScriptWrites('Pipeline', `${tier}${last}`, [['zz']]);
  big.runtime.resetCounts();
  big.bundle.call('menuRefreshHighlights');
  expect(String(big.cell(3, 'Flag'))).toContain('"zz"');
  expect(String(big.cell(last, 'Flag'))).toContain('"zz"');
  expect(writes()).toHaveLength(2);
  expect(Math.max(...writes())).toBeLessThanOrEqual(2);
  // Fifty rows a few hundred apart: one write of the flag and memory columns over their span, not fifty.
  const rows = Array.from({ length: 50 }, (_, i) => 10 + i * 150);
  for (const r of rows) big.runtime.anotherScriptWrites('Pipeline', `${tier}${r}`, [['yy']]);
  big.runtime.resetCounts();
  big.bundle.call('menuRefreshHighlights');
  expect(writes()).toHaveLength(1);
  expect(writes()[0]).toBe(2 * (rows[rows.length - 1] - rows[0] + 1));
});

test('a long Daily Log is read from its tail; one sorted otherwise is read whole and the date is still replaced, not doubled', () => {
  const reps = h.team.reps.map((r) => r.name);
  const sheet = log();
  const width = sheet.getLastColumn();
  const day = (n: number) => {
    const d = new Date(Date.UTC(2026, 10, 27 - n));
    return d.toISOString().slice(0, 10);
  };
  // Two years of history, four reps a day, in date order as the nightly run appends it.
  const history: unknown[][] = [];
  for (let n = 750; n >= 1; n--) for (const rep of reps) history.push([day(n), rep, 1, 2, 3, 6, 0, 0, 0, '', '', '', 0, ...new Array(Math.max(0, width - 13)).fill('')]);
  sheet.insertRowsAfter(sheet.getMaxRows(), history.length);
  sheet.getRange(2, 1, history.length, width).setValues(history.map((r) => r.slice(0, width)));
  h.bundle.call('menuNightlyOn');
  const fire = () => {
    h.runtime.resetCounts();
    h.runtime.fireTimeTrigger(h.runtime.triggers()[0].uniqueId);
    return h.runtime.callLog().filter((c) => c.method === 'Range.getValues').map((c) => c.cells.read);
  };
  const tailRead = fire();
  const rows = history.length + 1;
  // Its last 2,000 rows (45 days of a 50-rep team) at most, never the 3,000 of the whole.
  expect(Math.max(...tailRead)).toBeLessThanOrEqual(2000 * width);
  expect(logRows().filter((r) => keyOf(h, r[0]) === '2026-11-27')).toHaveLength(4);
  expect(sheet.getLastRow()).toBe(rows + 4);
  // A manager sorts the log by rep: the tail no longer reaches back in date order, so it is read whole.
  h.runtime.userSort('Daily Log', 2, true);
  h.runtime.resetCounts();
  h.bundle.call('menuSendNow');
  const wholeRead = h.runtime.callLog().filter((c) => c.method === 'Range.getValues').map((c) => c.cells.read);
  expect(Math.max(...wholeRead)).toBeGreaterThanOrEqual((rows + 4) * width);
  expect(logRows().filter((r) => keyOf(h, r[0]) === '2026-11-27')).toHaveLength(4);
  expect(sheet.getLastRow()).toBe(rows + 4);
});

test('a sheet an earlier version painted by hand: when the rules first arrive its painted flag colours go, the team\'s stay', () => {
  h.pipeline.setConditionalFormatRules([]);
  const c = h.col('Customer');
  h.pipeline.getRange(5, c).setBackground('#fde2c6'); // an earlier version's "missed" colour
  h.pipeline.getRange(6, c).setBackground('#00ff00'); // the team's own
  h.bundle.call('menuSetupSheets');
  expect(h.pipeline.getRange(5, c).getBackground()).toBe('#ffffff');
  expect(h.pipeline.getRange(6, c).getBackground()).toBe('#00ff00');
  expect(h.pipeline.getConditionalFormatRules()).toHaveLength(5);
});
