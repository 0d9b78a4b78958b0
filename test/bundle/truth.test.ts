// Truth from the sheet (SPEC "Truth from the sheet", "Limits", "Heartbeat"), through dist/Code.js: changes that come
// without an edit event are stamped by whichever run notices them; no day is silently lost; stored state stays within
// Apps Script's limits.
import { pageCall } from '../support/sidebarCalls';
import { errorText, type Result, type SidebarState } from '../../src/contract/sidebar';
import { harness, keyOf, type Harness } from '../support/harness';
import { sheetByAnyName } from '../support/team';

const TODAY = '2026-11-27';
const at = (hhmm: string, day = TODAY): Date => new Date(new Date(`${day}T${hhmm}:00+08:00`).getTime());

let h: Harness;
beforeEach(() => {
  h = harness({ now: at('10:00') });
});

function log() {
  return sheetByAnyName(h.runtime, 'Daily Log', '日志');
}
function logOf(rep: string, date = TODAY): Record<string, unknown> | undefined {
  const values = log().getDataRange().getValues();
  const head = values[0].map(String);
  const row = values.slice(1).find((r) => r[1] === rep && keyOf(h, r[0]) === date);
  return row ? Object.fromEntries(head.map((k, i) => [k, row[i]])) : undefined;
}
function heartbeat(): void {
  h.runtime.fireTimeTrigger(h.runtime.triggers().find((t) => t.handler === 'heartbeat')!.uniqueId);
}
function ok<T = SidebarState>(r: unknown): T {
  const res = r as Result<T>;
  if (!res.ok) throw new Error(errorText('en', res.error));
  return res.value;
}
function openRowOf(rep: string, tier: string): number {
  const values = h.pipeline.getDataRange().getValues();
  const head = values[0].map(String);
  const i = values.findIndex((r, n) => n > 0 && r[head.indexOf('Rep')] === rep && r[head.indexOf('Tier')] === tier && r[head.indexOf('Status')] === 'Open');
  return i + 1;
}

test('a row signed by another tool at 14:00 (no edit event) is counted as that day\'s signing in the Daily Log and the digest', () => {
  h.bundle.call('menuNightlyOn');
  const row = openRowOf('Bob Li', 'B');
  h.runtime.clock.set(at('14:00'));
  h.pipeline.getRange(row, h.col('Status')).setValue('Signed'); // a script write: Sheets fires no onEdit
  expect(h.cell(row, 'Closed on')).toBe('');
  h.runtime.clock.set(at('20:05'));
  heartbeat();
  expect(keyOf(h, h.cell(row, 'Closed on'))).toBe(TODAY);
  expect(logOf('Bob Li')?.Signed).toBe(1);
  const mail = h.runtime.outbox.find((m) => m.to.includes('manager@example.com'))!;
  expect(mail.body).toMatch(/Signed today: 1/);
});

test('a tier changed by another tool gets Tier since of the day a beat noticed it', () => {
  h.bundle.call('menuNightlyOn');
  h.bundle.call('menuRefreshHighlights'); // the add-on has seen every row
  const row = openRowOf('Alice Chen', 'C');
  const before = keyOf(h, h.cell(row, 'Tier since'));
  expect(before).not.toBe(TODAY);
  h.pipeline.getRange(row, h.col('Tier')).setValue('B');
  h.runtime.clock.set(at('11:00'));
  heartbeat();
  expect(keyOf(h, h.cell(row, 'Tier since'))).toBe(TODAY);
});

test('a row appended by a form or an import gets an ID (and Added) before the sidebar lists it, and can be picked', () => {
  const next = h.pipeline.getLastRow() + 1;
  const cols = ['Rep', 'Customer', 'Tier'].map((c) => h.col(c));
  h.pipeline.getRange(next, cols[0]).setValue('Alice Chen');
  h.pipeline.getRange(next, cols[1]).setValue('Form Lead Ltd');
  h.pipeline.getRange(next, cols[2]).setValue('B');
  h.runtime.setUser('rep1@example.com');
  const s = ok(pageCall(h.bundle, 'sidebarLoad'));
  const lead = s.customers.find((c) => c.customer === 'Form Lead Ltd')!;
  expect(lead.id).toMatch(/^C-/);
  expect(h.cell(next, 'ID')).toBe(lead.id);
  expect(keyOf(h, h.cell(next, 'Added'))).toBe(TODAY);
  ok(pageCall(h.bundle, 'sidebarSetTarget', { which: 'today', rowId: lead.id }));
  expect(keyOf(h, h.cell(next, 'Target date'))).toBe(TODAY);
});

test('a pasted tier change (a, Ｂ, C类 over three C rows) stamps Tier since today where the tier changed, and flags nothing new', () => {
  h.bundle.call('menuRefreshHighlights');
  const values = h.pipeline.getDataRange().getValues();
  const head = values[0].map(String);
  const first = values.findIndex((r, i) => i > 0 && r[head.indexOf('Tier')] === 'C' && values[i + 1]?.[head.indexOf('Tier')] === 'C' && values[i + 2]?.[head.indexOf('Tier')] === 'C' && r[head.indexOf('Status')] === 'Open') + 1;
  const kept = keyOf(h, h.cell(first + 2, 'Tier since'));
  const tierCol = String.fromCharCode(64 + h.col('Tier'));
  h.runtime.userPaste('Pipeline', `${tierCol}${first}:${tierCol}${first + 2}`, [['a'], ['Ｂ'], ['C类']]);
  expect([h.cell(first, 'Tier'), h.cell(first + 1, 'Tier'), h.cell(first + 2, 'Tier')]).toEqual(['A', 'B', 'C']);
  expect(keyOf(h, h.cell(first, 'Tier since'))).toBe(TODAY);
  expect(keyOf(h, h.cell(first + 1, 'Tier since'))).toBe(TODAY);
  expect(keyOf(h, h.cell(first + 2, 'Tier since'))).toBe(kept);
  expect(String(h.cell(first, 'Flag'))).not.toMatch(/A for \d+ days/);
});

test('a target date pasted onto a Signed row is kept and flagged until it is taken off', () => {
  h.bundle.call('menuRefreshHighlights');
  const values = h.pipeline.getDataRange().getValues();
  const head = values[0].map(String);
  const row = values.findIndex((r) => r[head.indexOf('Status')] === 'Signed') + 1;
  const targetCol = String.fromCharCode(64 + h.col('Target date'));
  h.runtime.userPaste('Pipeline', `${targetCol}${row}`, [['2026-12-03']]);
  expect(keyOf(h, h.cell(row, 'Target date'))).toBe('2026-12-03');
  expect(String(h.cell(row, 'Flag'))).toMatch(/closed customer/);
  h.runtime.userEdit('Pipeline', `${targetCol}${row}`, [['']]);
  expect(h.cell(row, 'Flag')).toBe('');
});

test('the lock held from 20:00 to 20:40: the 20:00 beat defers and says why; the 21:00 beat writes the log and sends once', () => {
  h.bundle.call('menuNightlyOn');
  h.runtime.holdDocumentLock(true);
  h.runtime.clock.set(at('20:00'));
  heartbeat();
  expect(logOf('Alice Chen')).toBeUndefined();
  expect(h.runtime.outbox).toHaveLength(0);
  expect(log().getRange(1, 1).getNote()).toMatch(/busy|could not run/i);
  h.runtime.clock.set(at('20:40'));
  h.runtime.holdDocumentLock(false);
  h.runtime.clock.set(at('21:00'));
  heartbeat();
  expect(logOf('Alice Chen')).toBeDefined();
  expect(h.runtime.outbox).toHaveLength(1);
  h.runtime.clock.set(at('22:00'));
  heartbeat();
  expect(h.runtime.outbox).toHaveLength(1);
});

test('an over-long value pasted into Tier or Rep is kept, and the Flag the add-on writes stays within a cell', () => {
  const row = openRowOf('Carol Wang', 'B');
  const huge = 'x'.repeat(49990);
  const tierCol = String.fromCharCode(64 + h.col('Tier'));
  const repCol = String.fromCharCode(64 + h.col('Rep'));
  h.runtime.userPaste('Pipeline', `${tierCol}${row}`, [[huge]]);
  h.runtime.userPaste('Pipeline', `${repCol}${row}`, [[huge]]);
  expect(h.cell(row, 'Tier')).toBe(huge);
  expect(h.cell(row, 'Rep')).toBe(huge);
  const flag = String(h.cell(row, 'Flag'));
  expect(flag).toMatch(/not A\/B\/C/);
  expect(flag.length).toBeLessThan(1000);
  h.runtime.clock.set(at('20:05'));
  h.bundle.call('menuNightlyOn');
  heartbeat();
  expect(h.runtime.outbox).toHaveLength(1);
});

test('the sidebar states its text limits: a 1,000-character reason is saved, 1,001 is refused naming the field and the limit', () => {
  h.runtime.setUser('rep1@example.com');
  const s = ok(pageCall(h.bundle, 'sidebarLoad'));
  const c = s.customers.find((x) => x.tier === 'B')!;
  ok(pageCall(h.bundle, 'sidebarSetTarget', { which: 'today', rowId: c.id }));
  const long = pageCall(h.bundle, 'sidebarRecordResult', { rowId: c.id, outcome: 'notSigned', reasonCategory: 'other', reasonText: 'r'.repeat(1001), nextStep: 'Call' }) as Result<SidebarState>;
  expect(long.ok).toBe(false);
  expect(!long.ok && errorText('en', long.error)).toMatch(/Reason: at most 1000 characters \(1001 typed\)/);
  ok(pageCall(h.bundle, 'sidebarRecordResult', { rowId: c.id, outcome: 'notSigned', reasonCategory: 'other', reasonText: 'r'.repeat(1000), nextStep: 'Call' }));
  const name = pageCall(h.bundle, 'sidebarSetTarget', { which: 'today', newCustomer: { customer: 'n'.repeat(500), tier: 'C' } }) as Result<SidebarState>;
  expect(!name.ok && errorText('zh', name.error)).toMatch(/客户名称：最多 200 个字/);
});

test('a new customer from the sidebar goes under the last customer, not under the team\'s formulas', () => {
  const width = h.pipeline.getLastColumn();
  const lastCustomerRow = h.pipeline.getLastRow();
  h.pipeline.getRange(1, width + 1).setValue('Region (formula)');
  const formulas = Array.from({ length: 999 }, (_, i) => [`=IF(B${i + 2}="","",B${i + 2})`]);
  h.pipeline.getRange(2, width + 1, 999, 1).setFormulas(formulas);
  h.runtime.setUser('rep1@example.com');
  ok(pageCall(h.bundle, 'sidebarSetTarget', { which: 'today', newCustomer: { customer: 'Under The Last', tier: 'B' } }));
  expect(h.rowOf('Under The Last')).toBe(lastCustomerRow + 1);
});

test('a new customer from the sidebar never lands on a totals row the team keeps under the last customer', () => {
  const totals = h.pipeline.getLastRow() + 1;
  const last = totals - 1;
  h.pipeline.getRange(totals, h.col('Visits')).setFormula(`=SUM(I2:I${last})`);
  h.pipeline.getRange(totals, h.col('Next step')).setValue('TOTAL visits');
  h.runtime.setUser('rep3@example.com');
  ok(pageCall(h.bundle, 'sidebarLoad'));
  ok(pageCall(h.bundle, 'sidebarSetTarget', { which: 'today', newCustomer: { customer: 'Brand New Co', tier: 'A' } }));
  expect(h.rowOf('Brand New Co')).toBe(totals + 1);
  expect(h.pipeline.getRange(totals, h.col('Visits')).getFormula()).toBe(`=SUM(I2:I${last})`);
  expect(h.cell(totals, 'Next step')).toBe('TOTAL visits');
});

test('a digest to an address that keeps failing is given up on day 8 and reported; the other manager is unaffected; state stays small', () => {
  const team = sheetByAnyName(h.runtime, 'Team', '团队');
  team.getRange(2, 3).setValue('manager@example.com, typo@exampel.com');
  h.runtime.setMailFailure('typo@exampel.com', 'Invalid email: typo@exampel.com');
  h.bundle.call('menuNightlyOn');
  const notes: string[] = [];
  for (let day = 0; day < 12; day++) {
    h.runtime.clock.set(new Date(Date.parse('2026-11-27T12:05:00Z') + day * 86400000));
    heartbeat();
    notes.push(log().getRange(1, 1).getNote());
  }
  const givenUpOn = notes.findIndex((n) => /typo@exampel.com failed for 7 days and was given up/.test(n));
  expect(givenUpOn).toBe(7); // day 8
  const toManager = h.runtime.outbox.filter((m) => m.to.includes('manager@example.com'));
  expect(toManager).toHaveLength(8); // every working day of the 12
  expect(toManager[toManager.length - 1].body).toMatch(/typo@exampel.com kept failing for 7 days and was given up/);
  const state = JSON.parse(h.runtime.globals().PropertiesService.getDocumentProperties().getProperty('dc.digestState') ?? '{}') as { pending: { date: string }[] };
  expect(state.pending.every((p) => p.date > '2026-12-01')).toBe(true);
});

test('a month of beats with an address that always fails keeps every stored value under 9 KB (a year: test/mail/send.test.ts)', () => {
  const team = sheetByAnyName(h.runtime, 'Team', '团队');
  team.getRange(2, 3).setValue('manager@example.com, typo@exampel.com');
  h.runtime.setMailFailure('typo@exampel.com', 'Invalid email');
  h.bundle.call('menuNightlyOn');
  for (let day = 0; day < 31; day += 1) {
    h.runtime.clock.set(new Date(Date.parse('2026-11-27T12:05:00Z') + day * 86400000));
    heartbeat();
  }
  const props = h.runtime.globals().PropertiesService.getDocumentProperties().getProperties();
  const sizes = Object.entries(props).map(([key, value]) => [key, Buffer.byteLength(value)] as const);
  for (const [key, bytes] of sizes) expect({ key, under9KB: bytes < 9 * 1024 }).toEqual({ key, under9KB: true });
  const total = sizes.reduce((n, [, b]) => n + b, 0);
  expect(total).toBeLessThan(500 * 1024);
});

test('Team Active values it does not understand are said when Team is edited, and kept as a note there on refresh', () => {
  const team = sheetByAnyName(h.runtime, 'Team', '团队');
  h.runtime.userEdit('Team', 'D3', [['left company']]);
  expect(h.lastToast()).toMatch(/Active “left company” for Bob Li is not understood/);
  h.bundle.call('menuRefreshHighlights');
  expect(team.getRange(1, 4).getNote()).toMatch(/left company/);
  h.runtime.userEdit('Team', 'D3', [['no']]);
  h.bundle.call('menuRefreshHighlights');
  expect(team.getRange(1, 4).getNote()).toBe('');
});

describe('with the add-on columns protected (nightly digest on)', () => {
  test('a rep typing Signed and a new customer is stamped by the manager\'s edit trigger; a typed ID is put back', () => {
    h.bundle.call('menuNightlyOn'); // as the manager: the pair of triggers, and the add-on's columns protected
    const row = openRowOf('Alice Chen', 'B');
    h.runtime.setUser('rep1@example.com');
    const statusCol = String.fromCharCode(64 + h.col('Status'));
    h.runtime.userEdit('Pipeline', `${statusCol}${row}`, [['Signed']]);
    expect(keyOf(h, h.cell(row, 'Closed on'))).toBe(TODAY);
    const next = h.pipeline.getLastRow() + 1;
    h.runtime.userEdit('Pipeline', `${String.fromCharCode(64 + h.col('Customer'))}${next}`, [['Walk-in Co']]);
    expect(String(h.cell(next, 'ID'))).toMatch(/^C-/);
    expect(keyOf(h, h.cell(next, 'Added'))).toBe(TODAY);
    const idCol = String.fromCharCode(64 + h.col('ID'));
    h.runtime.userEdit('Pipeline', `${idCol}${row}`, [['C-FORGED']]);
    expect(h.cell(row, 'ID')).not.toBe('C-FORGED');
    expect(h.runtime.triggerErrors).toEqual([]);
  });

  test('the sidebar, run as the rep, writes only the rep\'s columns; the next beat stamps the rest with the day it noticed', () => {
    h.bundle.call('menuNightlyOn');
    h.runtime.setUser('rep2@example.com');
    const s = ok(pageCall(h.bundle, 'sidebarLoad'));
    const c = s.customers.find((x) => x.tier === 'B')!;
    ok(pageCall(h.bundle, 'sidebarSetTarget', { which: 'today', rowId: c.id }));
    ok(pageCall(h.bundle, 'sidebarRecordResult', { rowId: c.id, outcome: 'signed' }));
    const row = h.rowOf(c.customer);
    expect(h.cell(row, 'Status')).toBe('Signed');
    h.runtime.setUser('manager@example.com');
    h.runtime.clock.set(at('11:00'));
    heartbeat();
    expect(keyOf(h, h.cell(row, 'Closed on'))).toBe(TODAY);
  });

  test('a signing recorded in the sidebar at 23:30 while protected is closed on that day when the next beat comes after midnight', () => {
    h.bundle.call('menuNightlyOn');
    h.runtime.setUser('rep4@example.com');
    h.runtime.clock.set(at('23:30'));
    const s = ok(pageCall(h.bundle, 'sidebarLoad'));
    const c = s.customers.find((x) => x.tier === 'B' && x.target === '')!;
    ok(pageCall(h.bundle, 'sidebarSetTarget', { which: 'today', rowId: c.id }));
    ok(pageCall(h.bundle, 'sidebarRecordResult', { rowId: c.id, outcome: 'signed' }));
    expect(h.cell(h.rowOf(c.customer), 'Closed on')).toBe('');
    h.runtime.setUser('manager@example.com');
    h.runtime.clock.set(new Date(at('23:30').getTime() + 50 * 60 * 1000));
    heartbeat();
    expect(keyOf(h, h.cell(h.rowOf(c.customer), 'Closed on'))).toBe(TODAY);
  });

  test('a rep\'s sidebar day while protected reaches the evening whole: "not signed" in the digest, the new customer stamped', () => {
    h.bundle.call('menuNightlyOn');
    h.runtime.setUser('rep4@example.com');
    const s = ok(pageCall(h.bundle, 'sidebarLoad'));
    const c = s.customers.find((x) => x.tier === 'B' && x.target === '')!;
    ok(pageCall(h.bundle, 'sidebarSetTarget', { which: 'today', rowId: c.id }));
    ok(pageCall(h.bundle, 'sidebarRecordResult', { rowId: c.id, outcome: 'notSigned', reasonCategory: 'timing', nextStep: 'Call Monday' }));
    const after = ok(pageCall(h.bundle, 'sidebarSetTarget', { which: 'tomorrow', newCustomer: { customer: 'Walk-in Tea House', tier: 'B' } }));
    const added = after.customers.find((x) => x.customer === 'Walk-in Tea House')!;
    expect(added.id).toMatch(/^C-/);
    expect(h.runtime.triggerErrors).toEqual([]);
    h.runtime.setUser('manager@example.com');
    h.runtime.clock.set(at('20:05'));
    heartbeat();
    const row = h.rowOf('Walk-in Tea House');
    expect(h.cell(row, 'ID')).toBe(added.id);
    expect(keyOf(h, h.cell(row, 'Added'))).toBe(TODAY);
    const digest = h.runtime.outbox.find((m) => m.subject.startsWith('Daily Close ·'))!;
    expect(digest.body).toContain(`${c.customer} — not signed`);
  });

  test('turning the digest off removes the protections the add-on made, and only those', () => {
    const team = sheetByAnyName(h.runtime, 'Team', '团队');
    const teamProtections = team.getProtections(h.runtime.globals().SpreadsheetApp.ProtectionType.SHEET as never).length;
    h.bundle.call('menuNightlyOn');
    const ranges = () => h.pipeline.getProtections(h.runtime.globals().SpreadsheetApp.ProtectionType.RANGE as never).length;
    expect(ranges()).toBe(4); // Tier since, Added, Closed on, Flag
    h.bundle.call('menuNightlyOff');
    expect(ranges()).toBe(0);
    expect(team.getProtections(h.runtime.globals().SpreadsheetApp.ProtectionType.SHEET as never).length).toBe(teamProtections);
  });

  test('a second manager is told who runs the pair, and may take it over; the old pair then does nothing', () => {
    const team = sheetByAnyName(h.runtime, 'Team', '团队');
    team.getRange(3, 3).setValue('manager@example.com, boss2@example.com');
    h.bundle.call('menuNightlyOn');
    const first = h.runtime.triggers().find((t) => t.handler === 'heartbeat')!.uniqueId;
    h.runtime.setUser('boss2@example.com');
    h.runtime.answerNextAlert('NO');
    h.bundle.call('menuNightlyOn');
    expect(h.runtime.alerts[h.runtime.alerts.length - 1].message).toMatch(/run by manager@example.com/);
    expect(h.runtime.triggers()).toHaveLength(2);
    h.runtime.answerNextAlert('YES');
    h.bundle.call('menuNightlyOn');
    expect(h.runtime.triggers()).toHaveLength(4);
    h.runtime.setUser('manager@example.com');
    h.runtime.clock.set(at('20:05'));
    h.runtime.fireTimeTrigger(first);
    expect(h.runtime.outbox).toHaveLength(0);
  });
});

test('2,500 targets today in a 50,000-row pipeline: the sidebar and the nightly run work, and no stored value passes 9 KB', () => {
  const big = harness({ now: at('20:05'), customersPerRep: 12500 });
  const values = big.pipeline.getRange(2, big.col('Target date'), 50000, 1).getValues();
  const statuses = big.pipeline.getRange(2, big.col('Status'), 50000, 1).getValues();
  let n = 0;
  const today = values.map((r, i) => (statuses[i][0] === 'Open' && n < 2500 && i % 20 === 0 ? (n++, [new Date('2026-11-26T16:00:00Z')]) : r));
  big.pipeline.getRange(2, big.col('Target date'), 50000, 1).setValues(today);
  big.runtime.setUser('rep1@example.com');
  const s = ok<SidebarState>(big.bundle.call('sidebarLoad'));
  expect(s.todayTargets.length).toBeGreaterThan(100);
  big.runtime.setUser('manager@example.com');
  big.bundle.call('menuNightlyOn');
  big.runtime.fireTimeTrigger(big.runtime.triggers().find((t) => t.handler === 'heartbeat')!.uniqueId);
  expect(big.runtime.outbox).toHaveLength(1);
  const props = big.runtime.globals().PropertiesService.getDocumentProperties().getProperties();
  for (const value of Object.values(props)) expect(Buffer.byteLength(value)).toBeLessThan(9 * 1024);
});

test("a row signed yesterday whose Target date is today is not a pending target of today: not in the sidebar, the Daily Log or the digest", () => {
  const row = openRowOf('Bob Li', 'B');
  h.pipeline.getRange(row, h.col('Target date')).setValue(new Date('2026-11-26T16:00:00Z')); // today in Shanghai
  h.pipeline.getRange(row, h.col('Status')).setValue('Signed');
  h.pipeline.getRange(row, h.col('Closed on')).setValue(new Date('2026-11-25T16:00:00Z')); // yesterday
  const customer = String(h.cell(row, 'Customer'));
  h.runtime.setUser('rep2@example.com');
  const s = ok(pageCall(h.bundle, 'sidebarLoad'));
  expect(s.todayTargets.map((c) => c.customer)).not.toContain(customer);
  h.runtime.setUser('manager@example.com');
  h.bundle.call('menuNightlyOn');
  h.runtime.clock.set(at('20:05'));
  heartbeat();
  expect(String(logOf('Bob Li')?.["Today's targets"])).not.toContain(customer);
  const digest = h.runtime.outbox.find((m) => m.subject.startsWith('Daily Close ·'))!;
  expect(digest.body).not.toMatch(new RegExp(`Today:[^\\n]*${customer}`));
});

test('a heartbeat locked out all evening does not lose the day silently: the next day\'s record says which night was missed and why', () => {
  h.bundle.call('menuNightlyOn');
  h.runtime.holdDocumentLock(true);
  for (const hhmm of ['20:05', '21:05', '22:05', '23:05']) {
    h.runtime.clock.set(at(hhmm));
    heartbeat();
  }
  h.runtime.holdDocumentLock(false);
  h.runtime.clock.set(at('09:05', '2026-11-28'));
  heartbeat();
  expect(log().getRange(1, 1).getNote()).toMatch(/The nightly run of 2026-11-27 never got done/);
  h.runtime.clock.set(at('20:05', '2026-11-30'));
  heartbeat();
  expect(log().getRange(1, 1).getNote()).toMatch(/2026-11-27 never got done/);
  h.runtime.clock.set(at('20:05', '2026-12-01'));
  heartbeat();
  expect(log().getRange(1, 1).getNote()).not.toMatch(/never got done/);
});
