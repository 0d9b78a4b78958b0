// SPEC "Carry-over", on dist/Code.js: in the sidebar today's target becomes a later day's only after a result or as an
// explicit carry-over with a reason; every push — sidebar or sheet — is counted once in the row's memory, and a row
// pushed more than Max pushes times is flagged *pushed*.
import { errorText, type Result, type SidebarCustomer, type SidebarState } from '../../src/contract/sidebar';
import { harness, keyOf, type Harness } from '../support/harness';
import { pageCall } from '../support/sidebarCalls';

let h: Harness;
const FRIDAY = '2026-11-27';
const MONDAY = '2026-11-30';
const TUESDAY = '2026-12-01';
const WEDNESDAY = '2026-12-02';
/** 10:00 in Shanghai on a day. */
const at10 = (day: string) => new Date(`${day}T02:00:00Z`);

beforeEach(() => {
  h = harness();
  h.runtime.setUser('rep2@example.com');
});

function call(name: string, ...args: unknown[]): Result<SidebarState> {
  return pageCall(h.bundle, name, ...args);
}
function ok(r: Result<SidebarState>): SidebarState {
  if (!r.ok) throw new Error(`expected ok, got: ${errorText('en', r.error)}`);
  return r.value;
}
function refusal(r: Result<SidebarState>): { code: string; text: string } {
  if (r.ok) throw new Error('expected a refusal');
  return { code: r.error.code, text: errorText('en', r.error) };
}
function find(s: SidebarState, id: string): SidebarCustomer {
  const c = [...s.customers, ...s.todayTargets].find((x) => x.id === id);
  if (!c) throw new Error(`no customer ${id}`);
  return c;
}
/** One of Bob's targets for today (the sample team names some the day before), not yet resulted. */
function todaysTarget(): SidebarCustomer {
  const s = ok(call('sidebarLoad'));
  const c = s.todayTargets.find((x) => x.result === null && x.status === 'Open');
  if (!c) throw new Error('Bob has no target for today');
  return c;
}
const targetCell = (customer: string) => keyOf(h, h.cell(h.rowOf(customer), 'Target date'));

test("moving today's target on without a result is refused, naming the customer and the day, and changes nothing", () => {
  const c = todaysTarget();
  expect(c.pushIfMoved).toBe(true);
  const before = h.pipeline.getDataRange().getValues();
  const plain = refusal(call('sidebarSetTarget', { which: 'tomorrow', rowId: c.id }));
  expect(plain.code).toBe('sv.carryOverNeeded');
  expect(plain.text).toBe(`“${c.customer}” is today’s target and has no result yet. Record how it went, or carry it over to Mon, Nov 30 with a reason.`);
  const noReason = refusal(call('sidebarSetTarget', { which: 'tomorrow', rowId: c.id, carryOver: true, reason: '   ' }));
  expect(noReason.code).toBe('sv.carryOverNeedsReason');
  expect(h.pipeline.getDataRange().getValues()).toEqual(before);
  expect(targetCell(c.customer)).toBe(FRIDAY);
});

test('a carry-over with a reason moves it, counts one push, and keeps it among today\'s targets, not signed', () => {
  const c = todaysTarget();
  const s = ok(call('sidebarSetTarget', { which: 'tomorrow', rowId: c.id, carryOver: true, reason: 'Owner away until Monday' }));
  expect(targetCell(c.customer)).toBe(MONDAY);
  expect(h.cell(h.rowOf(c.customer), 'Reason')).toBe('Carried over: Owner away until Monday');
  const today = s.todayTargets.find((x) => x.id === c.id)!;
  expect([today.result, today.pushes, today.pushIfMoved]).toEqual(['notSigned', 1, false]);
  expect(s.tomorrowTargets.map((x) => x.id)).toContain(c.id);
  expect(s.needsTomorrowTarget).toBe(false);
  // Loaded again: counted once, not again.
  expect(find(ok(call('sidebarLoad')), c.id).pushes).toBe(1);

  // The night agrees: the Daily Log names it among today's targets, not signed, and the digest says so.
  h.runtime.setUser('manager@example.com');
  h.runtime.clock.set(new Date(`${FRIDAY}T12:05:00Z`));
  h.bundle.call('menuSendNow');
  const log = h.ss.getSheetByName('Daily Log')!.getDataRange().getValues();
  const bob = log.find((r) => r[0] instanceof Date && keyOf(h, r[0]) === FRIDAY && r[1] === 'Bob Li')!;
  expect(String(bob[log[0].indexOf("Today's targets")])).toContain(c.customer);
  expect(bob[log[0].indexOf('Target signed?')]).not.toBe('Yes');
  const mail = h.runtime.outbox.find((m) => m.to.includes('manager@example.com'))!;
  expect(mail.body).toContain(`${c.customer} — not signed`);
});

test('after a result, the move is no push and needs no reason; a move to today is never one', () => {
  const c = todaysTarget();
  ok(call('sidebarRecordResult', { rowId: c.id, outcome: 'notSigned', reasonCategory: 'timing', nextStep: 'Call Monday 10:00' }));
  const s = ok(call('sidebarSetTarget', { which: 'tomorrow', rowId: c.id }));
  expect(targetCell(c.customer)).toBe(MONDAY);
  expect(find(s, c.id).pushes).toBe(0);
  // A row whose target passed, named for today again: no push.
  const missed = s.customers.find((x) => x.target !== '' && x.target < FRIDAY)!;
  expect(missed).toBeDefined();
  expect(find(ok(call('sidebarSetTarget', { which: 'today', rowId: missed.id })), missed.id).pushes).toBe(0);
});

test('a passed target moved to the next working day is a push too: refused without a reason, counted with one', () => {
  const s = ok(call('sidebarLoad'));
  const missed = s.customers.find((x) => x.target !== '' && x.target < FRIDAY)!;
  expect(missed.pushIfMoved).toBe(true);
  expect(refusal(call('sidebarSetTarget', { which: 'tomorrow', rowId: missed.id })).code).toBe('sv.carryOverNeeded');
  const after = ok(call('sidebarSetTarget', { which: 'tomorrow', rowId: missed.id, carryOver: true, reason: 'Budget signed off next week' }));
  expect(targetCell(missed.customer)).toBe(MONDAY);
  expect(find(after, missed.id).pushes).toBe(1);
  // Not one of today's targets: no result is recorded for it.
  expect(after.todayTargets.map((x) => x.id)).not.toContain(missed.id);
});

test('a later date typed in the sheet is accepted and counted like a carry-over', () => {
  const c = todaysTarget();
  h.runtime.userEdit('Pipeline', `F${h.rowOf(c.customer)}`, [[MONDAY]]);
  expect(targetCell(c.customer)).toBe(MONDAY);
  const s = ok(call('sidebarLoad'));
  expect(find(s, c.id).pushes).toBe(1);
  expect(s.todayTargets.map((x) => x.id)).toContain(c.id);
});

test('the third push, sidebar or sheet, is flagged pushed at Max pushes 2 — in the Flag column and the sidebar', () => {
  const c = todaysTarget();
  // Friday: carried over in the sidebar.
  ok(call('sidebarSetTarget', { which: 'tomorrow', rowId: c.id, carryOver: true, reason: 'Owner away' }));
  // Monday: typed on to Tuesday in the sheet.
  h.runtime.clock.set(at10(MONDAY));
  h.runtime.userEdit('Pipeline', `F${h.rowOf(c.customer)}`, [[TUESDAY]]);
  let s = ok(call('sidebarLoad'));
  expect(find(s, c.id).pushes).toBe(2);
  expect(find(s, c.id).flag).not.toContain('pushed');
  expect(String(h.cell(h.rowOf(c.customer), 'Flag'))).not.toContain('pushed');
  // Tuesday: carried over again in the sidebar — the third push.
  h.runtime.clock.set(at10(TUESDAY));
  expect(refusal(call('sidebarSetTarget', { which: 'tomorrow', rowId: c.id })).code).toBe('sv.carryOverNeeded');
  s = ok(call('sidebarSetTarget', { which: 'tomorrow', rowId: c.id, carryOver: true, reason: 'Still waiting for the owner' }));
  expect(targetCell(c.customer)).toBe(WEDNESDAY);
  const pushed = s.uncleared.find((x) => x.id === c.id)!;
  expect([pushed.pushes, pushed.flagKind]).toEqual([3, 'pushed']);
  expect(pushed.flag.split('; ')).toContain('target pushed 3 times');
  // The uncleared list puts it ahead of rows that merely aged or missed.
  expect(s.uncleared.findIndex((x) => x.id === c.id)).toBeLessThan(s.uncleared.findIndex((x) => x.flagKind === 'aged' || x.flagKind === 'missed'));
  // The next refresh paints the sheet (the sidebar write keeps to the rep's columns only while they are protected).
  h.runtime.setUser('manager@example.com');
  h.bundle.call('menuRefreshHighlights');
  expect(String(h.cell(h.rowOf(c.customer), 'Flag'))).toContain('target pushed 3 times');
});

test('a manager carries over for one of their reps, and Chinese words the refusal and the reason', () => {
  const zh = harness({ locale: 'zh_CN' });
  zh.runtime.setUser('manager@example.com');
  const s = zh.bundle.call('sidebarLoad', '王芳') as Result<SidebarState>;
  if (!s.ok) throw new Error(s.error.code);
  const c = s.value.todayTargets.find((x) => x.result === null)!;
  const r = pageCall(zh.bundle, 'sidebarSetTarget', { which: 'tomorrow', rowId: c.id, rep: '王芳' }) as Result<SidebarState>;
  expect(r.ok ? '' : errorText('zh', r.error)).toBe(`“${c.customer}”是今日目标，还没有结果。请先记录结果，或写明原因后顺延到11月30日 周一。`);
  const done = pageCall(zh.bundle, 'sidebarSetTarget', { which: 'tomorrow', rowId: c.id, rep: '王芳', carryOver: true, reason: '老板出差' }) as Result<SidebarState>;
  expect(done.ok).toBe(true);
  const row = (() => {
    const values = zh.pipeline.getDataRange().getValues();
    return values.findIndex((v) => v[0] === c.id) + 1;
  })();
  expect(zh.cell(row, '原因')).toBe('顺延：老板出差');
});

test('the Daily Log counts each rep\'s pushes of the day in its Pushed column; a result recorded first is no push', () => {
  const c = todaysTarget();
  ok(call('sidebarSetTarget', { which: 'tomorrow', rowId: c.id, carryOver: true, reason: 'Owner away' }));
  // Another of Bob's targets: not signed recorded, then named for Monday — a follow-up, not a push.
  const other = ok(call('sidebarLoad')).todayTargets.find((x) => x.result === null && x.status === 'Open' && x.id !== c.id);
  if (other) {
    ok(call('sidebarRecordResult', { rowId: other.id, outcome: 'notSigned', reasonCategory: 'timing', nextStep: 'Call Monday' }));
    ok(call('sidebarSetTarget', { which: 'tomorrow', rowId: other.id }));
  }
  h.runtime.setUser('manager@example.com');
  h.bundle.call('menuNightlyOn');
  h.runtime.clock.set(new Date(`${FRIDAY}T12:05:00Z`));
  h.runtime.fireTimeTrigger(h.runtime.triggers().find((t) => t.handler === 'heartbeat')!.uniqueId);
  const log = h.runtime.spreadsheet.getSheetByName('Daily Log')!;
  const values = log.getDataRange().getValues();
  const header = values[0].map(String);
  expect(header).toContain('Pushed');
  const bob = values.find((r) => r[header.indexOf('Rep')] === 'Bob Li')!;
  expect(bob[header.indexOf('Pushed')]).toBe(1);
  const alice = values.find((r) => r[header.indexOf('Rep')] === 'Alice Chen')!;
  expect(alice[header.indexOf('Pushed')]).toBe(0);
});
