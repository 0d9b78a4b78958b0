// The sidebar's endpoints, called as google.script.run would call them, on dist/Code.js.
import { errorText, type Result, type SidebarPatch, type SidebarState } from '../../src/contract/sidebar';
import { harness, keyOf, type Harness } from '../support/harness';
import { pageCall, sheetChangedBehindThePage } from '../support/sidebarCalls';

let h: Harness;
const TODAY = '2026-11-27'; // a Friday
const MONDAY = '2026-11-30';

beforeEach(() => {
  h = harness();
});

function as(email: string) {
  h.runtime.setUser(email);
}
function call<T = SidebarState>(name: string, ...args: unknown[]): Result<T> {
  return pageCall(h.bundle, name, ...args) as Result<T>;
}
function ok<T = SidebarState>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got: ${errorText('en', r.error)}`);
  return r.value;
}
/** The error as the page shows it: in the sheet's language (tests here run an English and a Chinese sheet). */
function err(r: Result<unknown>, lang: 'en' | 'zh' = h.runtime.spreadsheet.getSpreadsheetLocale().startsWith('zh') ? 'zh' : 'en'): string {
  if (r.ok) throw new Error('expected an error');
  return errorText(lang, r.error);
}

test('a rep is known by their email and sees their open customers, A first', () => {
  as('rep1@example.com');
  const s = ok(call('sidebarLoad'));
  expect(s.me?.rep).toBe('Alice Chen');
  expect(s.today).toBe(TODAY);
  expect(s.nextWorkingDay).toBe(MONDAY);
  const tiers = s.customers.map((c) => c.tier);
  expect(tiers).toEqual([...tiers].sort());
  expect(s.counts.A + s.counts.B + s.counts.C).toBe(s.customers.length);
  expect(JSON.parse(JSON.stringify(s))).toEqual(s);
});

test('the whole three-step day lands in the sheet', () => {
  as('rep2@example.com');
  let s = ok(call('sidebarLoad'));
  const pick = s.customers.find((c) => c.tier === 'B')!;
  s = ok(call('sidebarSetTarget', { which: 'today', rowId: pick.id }));
  expect(s.todayTargets.map((c) => c.id)).toContain(pick.id);
  const row = h.rowOf(pick.customer);
  expect(keyOf(h, h.cell(row, 'Target date'))).toBe(TODAY);
  const visitsBefore = Number(h.cell(row, 'Visits'));

  s = ok(call('sidebarRecordResult', { rowId: pick.id, outcome: 'signed' }));
  expect(h.cell(row, 'Status')).toBe('Signed');
  expect(keyOf(h, h.cell(row, 'Closed on'))).toBe(TODAY);
  expect(keyOf(h, h.cell(row, 'Last contact'))).toBe(TODAY);
  expect(h.cell(row, 'Visits')).toBe(visitsBefore + 1);
  expect(s.todayTargets.find((c) => c.id === pick.id)?.result).toBe('signed');

  expect(s.needsTomorrowTarget).toBe(true);
  // An A customer that is not one of today's targets still waiting for a result (that one would be a carry-over).
  const next = s.customers.find((c) => c.tier === 'A' && !c.pushIfMoved)!;
  s = ok(call('sidebarSetTarget', { which: 'tomorrow', rowId: next.id }));
  expect(keyOf(h, h.cell(h.rowOf(next.customer), 'Target date'))).toBe(MONDAY);
  expect(s.needsTomorrowTarget).toBe(false);
  expect(s.month.signed).toBeGreaterThanOrEqual(1);
});

test('not signed needs a reason category and a next step, and records both', () => {
  as('rep1@example.com');
  const s = ok(call('sidebarLoad'));
  const c = s.customers[0];
  ok(call('sidebarSetTarget', { which: 'today', rowId: c.id }));
  expect(err(call('sidebarRecordResult', { rowId: c.id, outcome: 'notSigned' }))).toMatch(/reason/i);
  expect(err(call('sidebarRecordResult', { rowId: c.id, outcome: 'notSigned', reasonCategory: 'budget' }))).toMatch(/next step/i);
  const after = ok(call('sidebarRecordResult', { rowId: c.id, outcome: 'notSigned', reasonCategory: 'budget', reasonText: 'waiting for Q1', nextStep: 'Call CFO Monday' }));
  const row = h.rowOf(c.customer);
  expect(h.cell(row, 'Reason')).toBe('Budget: waiting for Q1');
  expect(h.cell(row, 'Next step')).toBe('Call CFO Monday');
  expect(h.cell(row, 'Status')).toBe('Open');
  expect(after.todayTargets.find((x) => x.id === c.id)?.result).toBe('notSigned');
});

test('a new customer is added as a row; text is stored as text, never as a formula', () => {
  as('rep3@example.com');
  const names = ['=HYPERLINK("http://evil.example","x")', '+1', '-2', '@x', '2026-12-01', '<img src=x onerror=alert(1)>'];
  for (const name of names) {
    ok(call('sidebarSetTarget', { which: 'today', newCustomer: { customer: name, tier: 'C' } }));
    const row = h.rowOf(name);
    expect(h.cell(row, 'Customer')).toBe(name);
    expect(h.pipeline.getRange(row, h.col('Customer')).getFormula()).toBe('');
    expect(h.cell(row, 'Rep')).toBe('Carol Wang');
    expect(h.cell(row, 'Tier')).toBe('C');
    expect(String(h.cell(row, 'ID'))).toMatch(/^C-/);
    expect(keyOf(h, h.cell(row, 'Target date'))).toBe(TODAY);
  }
});

test('the same customer twice is refused with its row', () => {
  as('rep3@example.com');
  ok(call('sidebarSetTarget', { which: 'today', newCustomer: { customer: 'Twin Co', tier: 'B' } }));
  expect(err(call('sidebarSetTarget', { which: 'today', newCustomer: { customer: ' twin co ', tier: 'B' } }))).toMatch(/Twin Co.*row \d+/);
});

test('without an email the rep picks their name once, and it is remembered', () => {
  as('');
  let s = ok(call('sidebarLoad'));
  expect(s.me).toBeNull();
  expect(s.repChoices).toEqual(['Alice Chen', 'Bob Li', 'Carol Wang', 'Dan Zhao']);
  s = ok(call('sidebarPickRep', 'Dan Zhao'));
  expect(s.me?.rep).toBe('Dan Zhao');
  expect(ok(call('sidebarLoad')).me?.rep).toBe('Dan Zhao');
  expect(err(call('sidebarPickRep', 'Nobody'))).toMatch(/Nobody/);
});

test("a rep whose email Team knows cannot claim another rep's name", () => {
  as('rep1@example.com');
  expect(err(call('sidebarPickRep', 'Bob Li'))).toMatch(/Bob Li/);
  expect(ok(call('sidebarLoad')).me?.rep).toBe('Alice Chen');
});

test("a crafted call for someone else's row is refused; a manager may write their reps' rows", () => {
  as('rep2@example.com');
  const bobs = ok(call('sidebarLoad')).customers[0];
  as('rep1@example.com');
  expect(err(call('sidebarSetTarget', { which: 'today', rowId: bobs.id }))).toMatch(/Bob Li/);
  expect(err(call('sidebarRecordResult', { rowId: bobs.id, outcome: 'signed' }))).toMatch(/Bob Li/);
  expect(h.cell(h.rowOf(bobs.customer), 'Status')).toBe('Open');
  as('manager@example.com');
  ok(call('sidebarRecordResult', { rowId: bobs.id, outcome: 'signed' }));
  expect(h.cell(h.rowOf(bobs.customer), 'Status')).toBe('Signed');
});

test('a manager can act for one of their reps, not for anyone else', () => {
  as('manager@example.com');
  const s = ok(call('sidebarLoad', 'Carol Wang'));
  expect(s.me?.rep).toBe('Carol Wang');
  expect(s.me?.isManager).toBe(true);
  as('rep1@example.com');
  expect(err(call('sidebarLoad', 'Carol Wang'))).toMatch(/Carol Wang/);
});

test("a rep's row carrying another rep's ID (a copy) is not refused as someone else's: the copy gets its own ID and the rep is asked to refresh", () => {
  as('rep1@example.com');
  const alices = ok(call('sidebarLoad')).customers[0];
  as('rep2@example.com');
  const bobs = ok(call('sidebarLoad')).customers[0];
  const bobRow = h.rowOf(bobs.customer);
  // Alice's row must be the earlier one for the ID to stay hers.
  expect(h.rowOf(alices.customer)).toBeLessThan(bobRow);
  h.pipeline.getRange(bobRow, h.col('ID')).setValue(alices.id);
  sheetChangedBehindThePage(h.bundle);
  const r = call('sidebarSetTarget', { which: 'today', rowId: alices.id });
  expect(r.ok ? '' : r.error.code).toBe('sv.duplicateId');
  expect(err(r)).toMatch(/Refresh/);
  expect(h.cell(h.rowOf(alices.customer), 'ID')).toBe(alices.id);
  const fresh = String(h.cell(bobRow, 'ID'));
  expect(fresh).toMatch(/^C-/);
  expect(fresh).not.toBe(alices.id);
  // After Refresh the page has the new ID, and the save lands on Bob's row.
  const again = ok(call('sidebarLoad')).customers.find((c) => c.customer === bobs.customer)!;
  expect(again.id).toBe(fresh);
  ok(call('sidebarSetTarget', { which: 'today', rowId: again.id }));
  expect(keyOf(h, h.cell(bobRow, 'Target date'))).toBe(TODAY);
});

test('a stale ID gives a clear message; a sort between load and save cannot misdirect the write', () => {
  as('rep1@example.com');
  const s = ok(call('sidebarLoad'));
  const c = s.customers[s.customers.length - 1];
  h.runtime.userSort('Pipeline', h.col('Customer'), false);
  h.runtime.userInsertRows('Pipeline', 2, 3);
  sheetChangedBehindThePage(h.bundle);
  ok(call('sidebarSetTarget', { which: 'today', rowId: c.id }));
  const row = h.rowOf(c.customer);
  expect(h.cell(row, 'ID')).toBe(c.id);
  expect(keyOf(h, h.cell(row, 'Target date'))).toBe(TODAY);
  h.runtime.userDeleteRows('Pipeline', row, 1);
  expect(err(call('sidebarRecordResult', { rowId: c.id, outcome: 'signed' }))).toMatch(/no longer in the Pipeline/);
});

test('two reps saving one after the other both land', () => {
  as('rep1@example.com');
  const a = ok(call('sidebarLoad')).customers[0];
  as('rep2@example.com');
  const b = ok(call('sidebarLoad')).customers[0];
  as('rep1@example.com');
  ok(call('sidebarSetTarget', { which: 'today', rowId: a.id }));
  as('rep2@example.com');
  ok(call('sidebarSetTarget', { which: 'today', rowId: b.id }));
  expect(keyOf(h, h.cell(h.rowOf(a.customer), 'Target date'))).toBe(TODAY);
  expect(keyOf(h, h.cell(h.rowOf(b.customer), 'Target date'))).toBe(TODAY);
});

test('while another run holds the lock, a save is refused clearly and nothing changes', () => {
  as('rep1@example.com');
  const c = ok(call('sidebarLoad')).customers[0];
  h.runtime.holdDocumentLock(true);
  expect(err(call('sidebarSetTarget', { which: 'today', rowId: c.id }))).toMatch(/try again/);
  h.runtime.holdDocumentLock(false);
  ok(call('sidebarSetTarget', { which: 'today', rowId: c.id }));
});

test.each([
  ['not an object', 'today'],
  ['unknown which', { which: 'yesterday', rowId: 'x' }],
  ['both row and new customer', { which: 'today', rowId: 'x', newCustomer: { customer: 'y', tier: 'A' } }],
  ['bad tier', { which: 'today', newCustomer: { customer: 'y', tier: 'D' } }],
  ['empty customer', { which: 'today', newCustomer: { customer: '   ', tier: 'A' } }],
  ['number as id', { which: 'today', rowId: 12 }],
])('malformed arguments (%s) are refused without a write', (_label, args) => {
  as('rep1@example.com');
  const before = h.pipeline.getDataRange().getValues();
  expect(err(call('sidebarSetTarget', args))).toMatch(/not understood/);
  expect(h.pipeline.getDataRange().getValues()).toEqual(before);
});

test('selecting an uncleared row selects it in the sheet', () => {
  as('rep1@example.com');
  const s = ok(call('sidebarLoad'));
  expect(s.uncleared.length).toBeGreaterThan(0);
  const row = ok(call<number>('sidebarSelectRow', s.uncleared[0].id));
  expect(h.ss.getActiveRange()!.getRow()).toBe(row);
});

test('messages come in Chinese for a Chinese sheet', () => {
  const zh = harness({ locale: 'zh_CN' });
  zh.runtime.setUser('rep1@example.com');
  const r = pageCall(zh.bundle, 'sidebarRecordResult', { rowId: 'C-NOPE', outcome: 'signed' }) as Result<SidebarState>;
  expect(r.ok).toBe(false);
  expect(err(r, 'zh')).toMatch(/客户库/);
});

test('a copy with the same ID (made by a script or an import) gets its own ID before any save, and the save lands on the original', () => {
  as('rep1@example.com');
  const c = ok(call('sidebarLoad')).customers[0];
  const row = h.rowOf(c.customer);
  const copyAt = h.pipeline.getLastRow() + 1;
  h.pipeline.getRange(copyAt, 1, 1, 14).setValues(h.pipeline.getRange(row, 1, 1, 14).getValues());
  h.pipeline.getRange(copyAt, h.col('Target date')).setValue('');
  sheetChangedBehindThePage(h.bundle);
  ok(call('sidebarSetTarget', { which: 'today', rowId: c.id }));
  expect(h.cell(row, 'ID')).toBe(c.id);
  expect(String(h.cell(copyAt, 'ID'))).toMatch(/^C-/);
  expect(h.cell(copyAt, 'ID')).not.toBe(c.id);
  expect(keyOf(h, h.cell(row, 'Target date'))).toBe(TODAY);
  expect(h.cell(copyAt, 'Target date')).toBe('');
});

test.each(['7-11 Store', '1e5', '$5', '50%', '10:30', 'TRUE', '3/4/2026', '.5'])('a customer named %p is stored exactly as typed', (name) => {
  as('rep3@example.com');
  ok(call('sidebarSetTarget', { which: 'today', newCustomer: { customer: name, tier: 'C' } }));
  expect(h.cell(h.rowOf(name), 'Customer')).toBe(name);
});

test('a target not signed today and moved to tomorrow still counts as today\'s target, not signed', () => {
  as('rep4@example.com');
  const s = ok(call('sidebarLoad'));
  const c = s.customers.find((x) => x.target === '' && x.tier === 'B')!;
  ok(call('sidebarSetTarget', { which: 'today', rowId: c.id }));
  ok(call('sidebarRecordResult', { rowId: c.id, outcome: 'notSigned', reasonCategory: 'timing', nextStep: 'Call Monday 10:00' }));
  const after = ok(call('sidebarSetTarget', { which: 'tomorrow', rowId: c.id }));
  expect(keyOf(h, h.cell(h.rowOf(c.customer), 'Target date'))).toBe(MONDAY);
  expect(after.todayTargets.find((x) => x.id === c.id)?.result).toBe('notSigned');
  expect(after.tomorrowTargets.map((x) => x.id)).toContain(c.id);
  expect(after.needsTomorrowTarget).toBe(false);
  // The night keeps it too: the Daily Log names it among today's targets, and the digest says it was not signed.
  as('manager@example.com');
  h.runtime.clock.set(new Date('2026-11-27T12:05:00Z'));
  h.bundle.call('menuSendNow');
  const log = h.ss.getSheetByName('Daily Log')!.getDataRange().getValues();
  const dan = log.find((r) => r[1] === 'Dan Zhao')!;
  expect(String(dan[log[0].indexOf("Today's targets")])).toContain(c.customer);
  const mail = h.runtime.outbox.find((m) => m.to.includes('manager@example.com'))!;
  expect(mail.body).toContain(`${c.customer} — not signed`);
});

test("a target named yesterday for today, not signed and moved on, still counts as today's", () => {
  as('rep2@example.com');
  const s = ok(call('sidebarLoad'));
  const c = s.customers.find((x) => x.target === TODAY)!;
  expect(c).toBeDefined();
  ok(call('sidebarRecordResult', { rowId: c.id, outcome: 'notSigned', reasonCategory: 'busy', nextStep: 'Try again Monday' }));
  const moved = ok(call('sidebarSetTarget', { which: 'tomorrow', rowId: c.id }));
  expect(moved.todayTargets.find((x) => x.id === c.id)?.result).toBe('notSigned');
});

test('typing a new date over today\'s target in the sheet keeps it among today\'s targets', () => {
  // No sidebar has read the pipeline yet today: only the edit itself can remember the target.
  const values = h.pipeline.getDataRange().getValues();
  const row = values.findIndex((r) => r[1] === 'Bob Li' && keyOf(h, r[5]) === TODAY) + 1;
  const id = values[row - 1][0];
  h.runtime.userEdit('Pipeline', `F${row}`, [['2026-11-30']]);
  as('rep2@example.com');
  expect(ok(call('sidebarLoad')).todayTargets.map((x) => x.id)).toContain(id);
});

test('in a Customer column the team formatted as plain text, names are stored without a stray apostrophe', () => {
  h.pipeline.getRange(2, h.col('Customer'), h.pipeline.getMaxRows() - 1, 1).setNumberFormat('@');
  as('rep3@example.com');
  ok(call('sidebarSetTarget', { which: 'today', newCustomer: { customer: '3M China', tier: 'B' } }));
  expect(h.cell(h.rowOf('3M China'), 'Customer')).toBe('3M China');
});

test("a manager who is not a rep must say whose new customer it is; it then lands under that rep", () => {
  as('manager@example.com');
  expect(err(call('sidebarSetTarget', { which: 'today', newCustomer: { customer: 'Big Deal Ltd', tier: 'A' } }))).toMatch(/which rep/);
  ok(call('sidebarSetTarget', { which: 'today', newCustomer: { customer: 'Big Deal Ltd', tier: 'A' }, rep: 'Carol Wang' }));
  expect(h.cell(h.rowOf('Big Deal Ltd'), 'Rep')).toBe('Carol Wang');
});

test('a result can be changed the same day (not signed this morning, signed this afternoon) without a second visit', () => {
  as('rep1@example.com');
  const c = ok(call('sidebarLoad')).customers.find((x) => x.tier === 'C')!;
  ok(call('sidebarSetTarget', { which: 'today', rowId: c.id }));
  const row = h.rowOf(c.customer);
  const visits = Number(h.cell(row, 'Visits'));
  ok(call('sidebarRecordResult', { rowId: c.id, outcome: 'notSigned', reasonCategory: 'timing', nextStep: 'Call back at 3pm' }));
  const s = ok(call('sidebarRecordResult', { rowId: c.id, outcome: 'signed' }));
  expect(h.cell(row, 'Status')).toBe('Signed');
  expect(h.cell(row, 'Visits')).toBe(visits + 1);
  expect(s.todayTargets.find((x) => x.id === c.id)?.result).toBe('signed');
});

test('"not signed" is shown only when it was recorded today, never guessed from an old reason', () => {
  as('rep1@example.com');
  const c = ok(call('sidebarLoad')).customers.find((x) => x.tier === 'C')!;
  const row = h.rowOf(c.customer);
  h.pipeline.getRange(row, h.col('Reason')).setValue('Budget (Feb)');
  h.pipeline.getRange(row, h.col('Last contact')).setValue(h.pipeline.getRange(row, h.col('Added')).getValue());
  h.runtime.userEdit('Pipeline', `H${row}`, [['2026-11-27']]);
  const s = ok(call('sidebarSetTarget', { which: 'today', rowId: c.id }));
  expect(s.todayTargets.find((x) => x.id === c.id)?.result).toBeNull();
});

test("a rep cannot select another rep's row through a crafted call", () => {
  as('rep2@example.com');
  const bobs = ok(call('sidebarLoad')).customers[0];
  as('rep1@example.com');
  expect(err(call<number>('sidebarSelectRow', bobs.id))).toMatch(/Bob Li/);
});

describe("the state for the rep's morning and the manager's overview", () => {
  function setReminderHour(hour: number): void {
    const settings = h.ss.getSheetByName('Settings')!;
    const keys = settings.getDataRange().getValues().map((r) => r[0]);
    h.runtime.setUser('manager@example.com');
    h.runtime.userEdit('Settings', `B${keys.indexOf('Reminder hour') + 1}`, [[String(hour)]]);
  }

  test('says the part of the day by Reminder hour in the spreadsheet\'s zone: steps 2 and 3 wait in the morning', () => {
    as('rep1@example.com');
    let s = ok(call('sidebarLoad'));
    // 10:00 in Shanghai (02:00 UTC): the morning, whatever the machine's zone.
    expect([s.phase, s.reminderHour]).toEqual(['morning', 17]);
    h.runtime.clock.set(new Date('2026-11-27T09:00:00Z'));
    s = ok(call('sidebarLoad'));
    expect(s.phase).toBe('afternoon');
    setReminderHour(18);
    as('rep1@example.com');
    s = ok(call('sidebarLoad'));
    expect([s.phase, s.reminderHour]).toEqual(['morning', 18]);
  });

  test("gives a manager each rep's day: today's targets with results, and the next working day's targets", () => {
    as('rep2@example.com');
    const bob = ok(call('sidebarLoad'));
    const signed = bob.todayTargets[0];
    ok(call('sidebarRecordResult', { rowId: signed.id, outcome: 'signed' }));
    as('manager@example.com');
    const s = ok(call('sidebarLoad', 'Alice Chen'));
    expect(s.team.map((d) => d.rep)).toEqual(['Alice Chen', 'Bob Li', 'Carol Wang', 'Dan Zhao']);
    const bobDay = s.team.find((d) => d.rep === 'Bob Li')!;
    expect(bobDay.today).toContainEqual({ customer: signed.customer, result: 'signed' });
    expect(bobDay.today.length).toBe(bob.todayTargets.length);
    as('rep1@example.com');
    expect(ok(call('sidebarLoad')).team).toEqual([]);
  });

  test('tells someone signed in with an address Team does not list whom to ask, and offers no name that is taken', () => {
    as('alice.personal@gmail.com');
    const s = ok(call('sidebarLoad'));
    expect(s.me).toBeNull();
    expect([s.signedInAs, s.askWhom, s.repChoices]).toEqual(['alice.personal@gmail.com', ['manager@example.com'], []]);
    // A name Team lists without an email may still be picked by whoever that is.
    const team = h.ss.getSheetByName('Team')!;
    team.getRange(5, 2).setValue('');
    expect(ok(call('sidebarLoad')).repChoices).toEqual(['Dan Zhao']);
  });

  test('says a rep added today has no customers yet', () => {
    const team = h.ss.getSheetByName('Team')!;
    team.getRange(6, 1, 1, 4).setValues([['Eve Sun', 'rep5@example.com', 'manager@example.com', true]]);
    as('rep5@example.com');
    const s = ok(call('sidebarLoad'));
    expect([s.me?.rep, s.newRep, s.counts.open]).toEqual(['Eve Sun', true, 0]);
    as('rep1@example.com');
    expect(ok(call('sidebarLoad')).newRep).toBe(false);
  });

  test('words flags with the one formatter: days as "Mon, Nov 23", the most urgent first', () => {
    as('rep1@example.com');
    const s = ok(call('sidebarLoad'));
    const missed = s.uncleared.find((c) => c.flagKind === 'missed' || /passed/.test(c.flag))!;
    expect(missed.flag).toMatch(/target (Mon|Tue|Wed|Thu|Fri|Sat|Sun), Nov \d+ passed/);
    const order = ['invalid', 'noTarget', 'pushed', 'missed', 'aged'];
    const kinds = s.uncleared.map((c) => order.indexOf(c.flagKind!));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
  });
});

describe('what a sidebar call costs (issue #11: the sidebar reads only what it shows, and a save writes by ID)', () => {
  test('a load reads the Rep column and the rep\'s own rows, not the other reps\' rows', () => {
    h = harness({ customersPerRep: 60 });
    as('rep1@example.com');
    ok(call('sidebarLoad'));
    h.runtime.resetCounts();
    const s = ok(call('sidebarLoad'));
    const stats = h.runtime.callStats();
    const width = h.pipeline.getLastColumn();
    const dataRows = h.pipeline.getLastRow() - 1;
    const pipelineCells = (stats.methods['Range.getValues']?.cells.read ?? 0);
    // The whole Pipeline would be dataRows × width cells; the load reads its Rep column and about one rep's share.
    expect(pipelineCells).toBeLessThan(dataRows + (s.rows.length + 20) * width + 2000);
    expect(pipelineCells).toBeLessThan((dataRows * width) / 2);
    expect(stats.kinds.properties ?? 0).toBe(0);
  });

  test('a save finds the row by its ID in Sheets, reads and writes that row only, and answers with that row alone', () => {
    h = harness({ customersPerRep: 60 });
    as('rep1@example.com');
    const c = ok(call('sidebarLoad')).customers.find((x) => !x.pushIfMoved)!;
    h.runtime.resetCounts();
    const r = h.bundle.call('sidebarSetTarget', { which: 'tomorrow', rowId: c.id }) as Result<SidebarPatch>;
    const patch = ok<SidebarPatch>(r);
    expect(patch.rows.map((x) => [x.id, x.target])).toEqual([[c.id, MONDAY]]);
    const stats = h.runtime.callStats();
    expect(stats.methods['TextFinder.findAll']?.calls).toBe(1);
    // Settings, Team, the header's first rows and the one row: never a whole column of the Pipeline.
    const reads = h.runtime.callLog().filter((x) => x.method === 'Range.getValues').map((x) => x.cells.read);
    expect(Math.max(...reads)).toBeLessThanOrEqual(10 * h.pipeline.getLastColumn());
    expect(reads[reads.length - 1]).toBe(h.pipeline.getLastColumn());
    // The rep's cells and the add-on's memory of the row: never a cell the team may be typing in meanwhile.
    expect(stats.kinds.write).toBeLessThanOrEqual(2);
    expect(keyOf(h, h.cell(h.rowOf(c.customer), 'Target date'))).toBe(MONDAY);
  });
});

test('a sidebar left open past midnight saves nothing for a day the rep did not see, and says to refresh', () => {
  as('rep2@example.com');
  h.runtime.clock.set(new Date('2026-11-26T15:50:00Z')); // Thursday 23:50 in Shanghai
  const s = ok(call('sidebarLoad'));
  const c = s.customers.find((x) => !x.pushIfMoved && x.target === '')!;
  const before = h.pipeline.getDataRange().getValues();
  h.runtime.clock.set(new Date('2026-11-26T16:02:00Z')); // Friday 00:02
  const r = call('sidebarSetTarget', { which: 'tomorrow', rowId: c.id, asOf: s.today });
  expect(r.ok ? '' : r.error.code).toBe('sv.dayChanged');
  expect(err(r)).toMatch(/Fri, Nov 27.*Refresh/);
  expect(err(call('sidebarRecordResult', { rowId: c.id, outcome: 'signed', asOf: s.today }))).toMatch(/Refresh/);
  expect(h.pipeline.getDataRange().getValues()).toEqual(before);
  // From a page of today, the same save lands.
  ok(call('sidebarSetTarget', { which: 'tomorrow', rowId: c.id, asOf: TODAY }));
  expect(keyOf(h, h.cell(h.rowOf(c.customer), 'Target date'))).toBe(MONDAY);
});
