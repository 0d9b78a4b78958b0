// Sending the manager's digest through dist/Code.js: who gets what, quota, failures and repeats.
import { harness, type Harness } from '../support/harness';
import { sheetByAnyName } from '../support/team';

let h: Harness;
const EVENING = new Date('2026-11-27T12:05:00Z'); // 20:05 Friday in Shanghai

function addManager(h: Harness) {
  // Dan Zhao moves to a second manager, so there are two digests.
  const team = sheetByAnyName(h.runtime, 'Team', '团队');
  team.getRange(5, 3).setValue('boss2@example.com');
}
function turnOn(h: Harness): string {
  h.bundle.call('menuNightlyOn');
  return h.runtime.triggers().find((t) => t.handler === 'nightlyRun')!.uniqueId;
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
  const later = runtime.outbox.slice(before + 1).flatMap((m) => m.to);
  expect(later).toHaveLength(1);
  expect(later[0]).not.toBe(firstTo);
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
