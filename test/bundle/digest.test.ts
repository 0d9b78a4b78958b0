// Sending the manager's digest through dist/Code.js: who gets what, quota, failures and repeats.
import { LocalRuntime } from '../../local';
import { FRIDAY_MORNING, harness, type Harness } from '../support/harness';
import { addDaysKey, sheetByAnyName, sheetDate } from '../support/team';

let h: Harness;
const EVENING = new Date('2026-11-27T12:05:00Z'); // 20:05 Friday in Shanghai

function addManager(h: Harness) {
  // Dan Zhao moves to a second manager, so there are two digests.
  const team = sheetByAnyName(h.runtime, 'Team', '团队');
  team.getRange(5, 3).setValue('boss2@example.com');
}
function turnOn(h: Harness): string {
  h.bundle.call('menuNightlyOn');
  return h.runtime.triggers().find((t) => t.handler === 'heartbeat')!.uniqueId;
}
function recipients(h: Harness): string[] {
  return h.runtime.outbox.flatMap((m) => m.to);
}

beforeEach(() => {
  h = harness({ now: EVENING });
  addManager(h);
});

test('each manager gets one digest for their own reps, in HTML and text', () => {
  h.runtime.fireTimeTrigger(turnOn(h));
  expect(recipients(h).sort()).toEqual(['boss2@example.com', 'manager@example.com']);
  const mine = h.runtime.outbox.find((m) => m.to.includes('manager@example.com'))!;
  expect(mine.subject).toContain('2026-11-27');
  expect(mine.subject).toContain(h.ss.getName());
  expect(mine.body).toContain('Alice Chen');
  expect(mine.body).not.toContain('Dan Zhao');
  expect(mine.htmlBody).toContain('Alice Chen');
  expect(mine.htmlBody).not.toMatch(/<script/i);
  const other = h.runtime.outbox.find((m) => m.to.includes('boss2@example.com'))!;
  expect(other.body).toContain('Dan Zhao');
  expect(other.body).not.toContain('Alice Chen');
});

test('a double-fired trigger sends nothing twice; Send digest now sends again on purpose', () => {
  const id = turnOn(h);
  h.runtime.fireTimeTrigger(id);
  h.runtime.fireTimeTrigger(id);
  expect(h.runtime.outbox).toHaveLength(2);
  h.bundle.call('menuSendNow');
  expect(h.runtime.outbox).toHaveLength(4);
});

test('quota runs out mid-run: the rest are recorded and sent by the next run, with no duplicate', () => {
  const id = turnOn(h);
  const runtime = h.runtime;
  // Spend all but one recipient of the day's quota elsewhere.
  const mail = runtime.globals().MailApp as GoogleAppsScript.Mail.MailApp;
  while (mail.getRemainingDailyQuota() > 1) mail.sendEmail('someone@example.com', 'x', 'y');
  const before = runtime.outbox.length;
  runtime.fireTimeTrigger(id);
  expect(runtime.outbox.length - before).toBe(1);
  const firstTo = runtime.outbox[runtime.outbox.length - 1].to[0];
  const note = sheetByAnyName(runtime, 'Daily Log', '日志').getRange(1, 1).getNote();
  expect(note).toMatch(/Not sent yet/);
  // A day later the quota is back: the next run sends the one left over (and the new day's digests).
  runtime.clock.set(new Date('2026-11-28T12:05:00Z'));
  runtime.fireTimeTrigger(id);
  const later = runtime.outbox.slice(before + 1);
  expect(later.flatMap((m) => m.to)).toHaveLength(1);
  expect(later[0].to[0]).not.toBe(firstTo);
  // It is Friday's digest, sent late, not Saturday's empty one.
  expect(later[0].subject).toContain('2026-11-27');
  expect(later[0].body).toMatch(/Sent late: this is the digest for 2026-11-27/);
  expect(later[0].body).not.toMatch(/not a working day/);
});

test('"Send digest now" during the day does not cancel the evening digest', () => {
  const id = turnOn(h);
  h.runtime.clock.set(new Date('2026-11-27T07:00:00Z')); // 15:00
  h.bundle.call('menuSendNow');
  expect(h.runtime.outbox).toHaveLength(2);
  h.runtime.clock.set(EVENING);
  h.runtime.fireTimeTrigger(id);
  expect(h.runtime.outbox).toHaveLength(4);
  h.runtime.fireTimeTrigger(id);
  expect(h.runtime.outbox).toHaveLength(4);
  // The second beat finds the nightly job done; the note still says who had the digest today.
  const note = sheetByAnyName(h.runtime, 'Daily Log', '日志').getRange(1, 1).getNote();
  expect(note).toMatch(/Digest sent to: .*manager@example.com/);
});

test('a value from the sheet is escaped in the email the bundle sends', () => {
  const row = h.rowOf('Golden Bakery');
  h.pipeline.getRange(row, h.col('Customer')).setValue('<script>alert("x")</script> & Co');
  h.pipeline.getRange(row, h.col('Tier')).setValue('A');
  h.runtime.fireTimeTrigger(turnOn(h));
  const mail = h.runtime.outbox.find((m) => m.to.includes('manager@example.com'))!;
  expect(mail.htmlBody).not.toContain('<script>');
  expect(mail.htmlBody).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
  expect(mail.body).toContain('<script>alert("x")</script> & Co');
});

test("an inactive rep's flagged rows reach the other managers when their own manager gets no digest", () => {
  const team = sheetByAnyName(h.runtime, 'Team', '团队');
  team.getRange(5, 4).setValue(false); // Dan leaves; boss2 has no active reps and gets no email
  h.runtime.fireTimeTrigger(turnOn(h));
  expect(recipients(h)).toEqual(['manager@example.com']);
  const mail = h.runtime.outbox[0];
  expect(mail.body).toMatch(/Dan Zhao/);
  expect(mail.body).toMatch(/not active on Team/);
});

test("one manager's failing address is recorded and the other still gets theirs", () => {
  h.runtime.setMailFailure('boss2@example.com', 'Invalid email: boss2@example.com');
  h.runtime.fireTimeTrigger(turnOn(h));
  expect(recipients(h)).toEqual(['manager@example.com']);
  const note = sheetByAnyName(h.runtime, 'Daily Log', '日志').getRange(1, 1).getNote();
  expect(note).toMatch(/Could not send to boss2@example.com/);
});

test('a manager with no active reps gets no email', () => {
  const team = sheetByAnyName(h.runtime, 'Team', '团队');
  team.getRange(5, 4).setValue(false);
  h.runtime.fireTimeTrigger(turnOn(h));
  expect(recipients(h)).toEqual(['manager@example.com']);
});

test('no digest on a weekend night', () => {
  const id = turnOn(h);
  h.runtime.clock.set(new Date('2026-11-28T12:05:00Z'));
  h.runtime.fireTimeTrigger(id);
  expect(h.runtime.outbox).toHaveLength(0);
});

test('Preview digest shows the manager their digest in a dialog and sends nothing', () => {
  h.bundle.call('menuPreview');
  expect(h.runtime.outbox).toHaveLength(0);
  const dialog = h.runtime.dialogs[h.runtime.dialogs.length - 1];
  expect(dialog.title).toMatch(/not sent/);
  expect(dialog.html).toContain('Alice Chen');
});

test('a rep cannot send or preview digests', () => {
  h.runtime.setUser('rep1@example.com');
  h.bundle.call('menuSendNow');
  expect(h.runtime.outbox).toHaveLength(0);
  expect(h.runtime.alerts[h.runtime.alerts.length - 1].message).toMatch(/for managers/);
});

test('two weeks of nightly runs: the digest compares with the log 7 days ago', () => {
  const id = turnOn(h);
  const start = Date.parse('2026-11-16T12:05:00Z'); // Monday, two weeks of evenings
  for (let day = 0; day < 12; day++) {
    h.runtime.clock.set(new Date(start + day * 86400000));
    h.runtime.fireTimeTrigger(id);
  }
  const log = sheetByAnyName(h.runtime, 'Daily Log', '日志').getDataRange().getValues().slice(1);
  expect(log).toHaveLength(4 * 10); // ten working days, four reps
  const last = h.runtime.outbox.filter((m) => m.to.includes('manager@example.com')).pop()!;
  expect(last.subject).toContain('2026-11-27');
  expect(last.body).toMatch(/vs 7 days ago|7 days ago/);
});

test('Chinese digest for a Chinese sheet', () => {
  const zh = harness({ locale: 'zh_CN', now: EVENING });
  zh.runtime.fireTimeTrigger((zh.bundle.call('menuNightlyOn'), zh.runtime.triggers()[0].uniqueId));
  const mail = zh.runtime.outbox[0];
  expect(mail.subject).toContain('每日签单');
  expect(mail.body).toContain('张伟');
});

test('the subject and the first lines carry the figures that matter, with the link to the sheet', () => {
  h.runtime.fireTimeTrigger(turnOn(h));
  const mail = h.runtime.outbox.find((m) => m.to.includes('manager@example.com'))!;
  // Friday 2026-11-27: the next working day is Monday.
  expect(mail.subject).toMatch(new RegExp(`^Daily Close · ${h.ss.getName()} · 2026-11-27 · (targets \\d+/\\d+|no targets named)( · \\d+ reps? without Monday’s target)?$`));
  const html = mail.htmlBody ?? '';
  expect(html).toMatch(/<body[^>]*><div style="display:none[^"]*">Today’s targets: /);
  expect(/<a href="([^"]+)"/.exec(html)?.[1]).toBe(h.ss.getUrl());
  expect(mail.body.split('\n')[2]).toBe(`Open the pipeline: ${h.ss.getUrl()}`);
  expect(mail.body).not.toMatch(/no log 7 days ago|Tomorrow \(/);
});

test('a big team: the digest stays under Gmail’s clip, every rep’s A customers are counted, cut lists end with the sheet', () => {
  const big = harness({ now: EVENING, customersPerRep: 300 });
  // Most of the book is A, written by another tool (the nightly run notices): 4 reps × ~250 A customers.
  const tierCol = big.col('Tier');
  const rows = big.pipeline.getLastRow() - 1;
  big.pipeline.getRange(2, tierCol, rows, 1).setValues(Array.from({ length: rows }, (_, i) => [i % 300 < 250 ? 'A' : 'C']));
  big.runtime.fireTimeTrigger((big.bundle.call('menuNightlyOn'), big.runtime.triggers().find((t) => t.handler === 'heartbeat')!.uniqueId));
  const mail = big.runtime.outbox.find((m) => m.to.includes('manager@example.com'))!;
  expect(Buffer.byteLength(mail.htmlBody ?? '')).toBeLessThanOrEqual(100_000);
  const values = big.pipeline.getDataRange().getValues();
  const head = values[0].map(String);
  const [rep, tier, status] = ['Rep', 'Tier', 'Status'].map((name) => head.indexOf(name));
  for (const name of ['Alice Chen', 'Bob Li', 'Carol Wang', 'Dan Zhao']) {
    const a = values.slice(1).filter((r) => r[rep] === name && r[tier] === 'A' && (r[status] === 'Open' || r[status] === '')).length;
    expect(a).toBeGreaterThan(200);
    expect(mail.body).toContain(`* ${name}\n  A ${a} · `);
    expect(mail.body).toContain(`  A customers (${a})\n`);
  }
  expect(mail.body).toMatch(new RegExp(`… and \\d+ more · Open the pipeline: ${big.ss.getUrl()}`));
});

// The tester's team (issue 12, SPEC "Limits"): 60 reps × 3 A customers and 30 aged B each, 40 invalid rows, "Ruby Cafe"
// with a bad tier and "Ghost Ltd" whose rep is not on Team. Past the clip the long lists are cut, never an A customer
// or an invalid row, and the plain text stays whole.
test.each(['en', 'zh'] as const)('%s: a 60-rep digest past the clip keeps every A customer and every invalid row', (lang) => {
  const zh = lang === 'zh';
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai', locale: zh ? 'zh_CN' : 'en_US', now: FRIDAY_MORNING, userEmail: 'manager@example.com' });
  const bundle = runtime.loadBundle();
  const ss = runtime.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  bundle.call('menuSetupSheets');
  const reps = Array.from({ length: 60 }, (_, i) => [zh ? `销售${i + 1}号` : `Rep ${i + 1}`, `rep${i + 1}@example.com`, 'manager@example.com', true]);
  sheetByAnyName(runtime, 'Team', '团队').getRange(2, 1, reps.length, 4).setValues(reps);
  const d = (n: number) => sheetDate(runtime, addDaysKey('2026-11-27', n));
  const open = zh ? '跟进中' : 'Open';
  const aName = (r: number, i: number) => `${zh ? '甲客户' : 'A-cust'} ${r + 1}.${i + 1}`;
  const rows: unknown[][] = [];
  let k = 0;
  reps.forEach((r, ri) => {
    for (let i = 0; i < 3; i++) rows.push([`ID${k++}`, r[0], aName(ri, i), 'A', open, i === 0 ? d(0) : i === 1 ? '' : d(1), 'n', d(-1), 1, '', d(-2), d(-5), '', '']);
    for (let i = 0; i < 30; i++) rows.push([`ID${k++}`, r[0], `B-cust ${ri + 1}.${i + 1} ${'x'.repeat(30)}`, 'B', open, '', 'n', d(-1), 1, '', d(-40 - i), d(-50 - i), '', '']);
  });
  for (let j = 0; j < 40; j++) rows.push([`ID${k++}`, reps[j % 60][0], `Bad ${j}`, 'Q', open, '', '', '', '', '', d(-1), d(-1), '', '']);
  rows.push([`ID${k++}`, reps[59][0], 'Ruby Cafe', 'Z', open, '', '', '', '', '', d(-1), d(-1), '', '']);
  rows.push([`ID${k++}`, 'Unknown Person', 'Ghost Ltd', 'B', open, '', '', '', '', '', d(-1), d(-1), '', '']);
  const pipeline = sheetByAnyName(runtime, 'Pipeline', '客户库');
  pipeline.insertRowsAfter(pipeline.getMaxRows(), rows.length + 1);
  pipeline.getRange(2, 1, rows.length, 14).setValues(rows);
  runtime.clock.set(EVENING);
  bundle.call('menuNightlyOn');
  runtime.fireTimeTrigger(runtime.triggers().find((t) => t.handler === 'heartbeat')!.uniqueId);
  const mail = runtime.outbox.find((m) => m.to.includes('manager@example.com'))!;
  const html = mail.htmlBody ?? '';
  expect(Buffer.byteLength(html)).toBeLessThanOrEqual(100_000);
  // Every A customer in full in its rep's card, none "… and 2 more".
  for (let r = 0; r < 60; r++) for (let i = 0; i < 3; i++) expect(html).toContain(`<b>${aName(r, i)}</b>`);
  expect(html).not.toMatch(zh ? /A类客户（3）<\/div>(?:(?!<\/div><\/div>).)*……另有/ : /A customers \(3\)<\/div>(?:(?!<\/div><\/div>).)*… and \d+ more/);
  // Every invalid row, Ruby Cafe and Ghost Ltd too, in both bodies.
  for (const name of [...Array.from({ length: 40 }, (_, j) => `Bad ${j}`), 'Ruby Cafe', 'Ghost Ltd']) {
    expect(html).toContain(`<b>${name}</b>`);
    expect(mail.body).toContain(`* ${name} · `);
  }
  // The aged rows and the 60-line flow table were cut instead, each ending with the sheet.
  const more = zh ? /……另有 (\d+) 个 · <a href="([^"]+)"/g : /… and (\d+) more · <a href="([^"]+)"/g;
  const cuts = [...html.matchAll(more)];
  expect(cuts.length).toBeGreaterThanOrEqual(2);
  expect(cuts.every((c) => c[2] === ss.getUrl())).toBe(true);
  const flow = html.slice(html.indexOf(zh ? '本周客户库流动' : 'Pipeline flow this week'));
  expect(flow).toMatch(more);
  // The plain text is whole: every A customer, and the flow table's 60 lines.
  for (let r = 0; r < 60; r++) expect(mail.body).toContain(`* ${aName(r, 0)}\n`);
  expect(mail.body.split('\n').filter((l) => new RegExp(zh ? '^(!! )?销售\\d+号：' : '^(!! )?Rep \\d+: ').test(l))).toHaveLength(60);
});
