// The organisation's day through dist/Code.js, the heartbeat fired hour by hour: the morning meeting's mail (directors'
// roll-up, managers' briefs, rep nudges), the afternoon reminder, mail priority under a short quota, and team chat.
import { harness, keyOf, type Harness } from '../support/harness';
import { sheetByAnyName } from '../support/team';

const FRIDAY = '2026-11-27';
const at = (hhmm: string, day = FRIDAY): Date => new Date(`${day}T${hhmm}:00+08:00`);

let h: Harness;

/** Two regions, three managers, one director: Alice and Bob (North A), Carol (South B), Dan (North C). */
function organise(x: Harness): void {
  const team = sheetByAnyName(x.runtime, 'Team', '团队');
  team.getRange(1, 5, 1, 3).setValues([['Team name', 'Region', 'Director email']]);
  team.getRange(2, 3, 4, 1).setValues([['manager@example.com'], ['manager@example.com'], ['m2@example.com'], ['m3@example.com']]);
  team.getRange(2, 5, 4, 3).setValues([
    ['North A', 'North', 'director@example.com'], ['North A', 'North', 'director@example.com'],
    ['South B', 'South', 'director@example.com'], ['North C', 'North', 'director@example.com'],
  ]);
}

/** Carol names no target today; Dan's only target is today; Alice and Bob keep theirs. */
function clearTargetsOf(x: Harness, rep: string): void {
  const values = x.pipeline.getDataRange().getValues();
  const head = values[0].map(String);
  values.forEach((r, i) => {
    if (i > 0 && r[head.indexOf('Rep')] === rep && keyOf(x, r[head.indexOf('Target date')]) === FRIDAY) {
      x.pipeline.getRange(i + 1, head.indexOf('Target date') + 1).setValue('');
    }
  });
}

function beat(x: Harness, when: Date): void {
  x.runtime.clock.set(when);
  x.runtime.fireTimeTrigger(x.runtime.triggers().find((t) => t.handler === 'heartbeat')!.uniqueId);
}

function setting(x: Harness, key: string, value: unknown): void {
  const settings = sheetByAnyName(x.runtime, 'Settings', '设置');
  const keys = settings.getDataRange().getValues().map((r) => r[0]);
  settings.getRange(keys.indexOf(key) + 1, 2).setValue(value);
}

/** Gives a rep one open customer targeted for today (a script write, as another tool would). */
function targetToday(x: Harness, rep: string): void {
  const values = x.pipeline.getDataRange().getValues();
  const head = values[0].map(String);
  const i = values.findIndex((r, n) => n > 0 && r[head.indexOf('Rep')] === rep && r[head.indexOf('Status')] === 'Open');
  x.pipeline.getRange(i + 1, head.indexOf('Target date') + 1).setValue(new Date(`${FRIDAY}T00:00:00+08:00`));
}

beforeEach(() => {
  h = harness({ now: at('08:00') });
  organise(h);
  clearTargetsOf(h, 'Carol Wang');
  for (const rep of ['Alice Chen', 'Bob Li', 'Dan Zhao']) targetToday(h, rep);
  h.bundle.call('menuNightlyOn');
});

const to = (x: Harness, address: string) => x.runtime.outbox.filter((m) => m.to.includes(address));

test('nothing before Morning hour; at 9:05 the director, the managers and the reps without a target hear, once', () => {
  beat(h, at('08:05'));
  expect(h.runtime.outbox).toHaveLength(0);
  beat(h, at('09:05'));
  expect(to(h, 'director@example.com')).toHaveLength(1);
  expect(['manager@example.com', 'm2@example.com', 'm3@example.com'].map((m) => to(h, m).length)).toEqual([1, 1, 1]);
  expect(to(h, 'rep3@example.com')).toHaveLength(1); // Carol: no target for today
  const withTarget = ['rep1@example.com', 'rep2@example.com'].filter((r) => to(h, r).length > 0);
  expect(withTarget).toEqual([]);
  const count = h.runtime.outbox.length;
  beat(h, at('09:05')); // a double-fired beat
  beat(h, at('10:05'));
  expect(h.runtime.outbox).toHaveLength(count);
});

test('the roll-up puts the team whose report names no target first, then region and team, and answers both questions', () => {
  beat(h, at('09:05'));
  const rollup = to(h, 'director@example.com')[0];
  const order = ['South B', 'North A', 'North C'].map((team) => rollup.body.indexOf(team));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(rollup.body).toMatch(/South B[\s\S]*No target signing customer named today/);
  expect(rollup.body).toMatch(/Pipeline: A \d+ · B \d+ · C \d+/);
  expect(rollup.body).toMatch(/Today’s targets: 2 of 2 reps/); // North A
  expect(rollup.subject).toMatch(/2026-11-27/);
  expect(rollup.htmlBody).not.toMatch(/<script|<img|<svg/i);
});

test('the morning brief names each rep\'s target for today and who has none; the nudge lists the rep\'s A customers', () => {
  beat(h, at('09:05'));
  const brief = to(h, 'm2@example.com')[0];
  expect(brief.body).toMatch(/No target for today: Carol Wang/);
  expect(brief.body).toMatch(/Carol Wang — A \d+ · B \d+ · C \d+/);
  const nudge = to(h, 'rep3@example.com')[0];
  expect(nudge.body).toMatch(/Carol Wang, name the customer you will sign today/);
  expect(nudge.body).toMatch(/— A for \d+ days · next: /);
});

test('Remind reps = no sends no nudge and no reminder; Morning brief = no sends no brief', () => {
  setting(h, 'Remind reps', 'no');
  setting(h, 'Morning brief', 'no');
  beat(h, at('09:05'));
  beat(h, at('17:05'));
  expect(h.runtime.outbox.flatMap((m) => m.to).filter((a) => /^rep\d/.test(a))).toEqual([]);
  expect(to(h, 'm2@example.com')).toHaveLength(0);
  expect(to(h, 'director@example.com')).toHaveLength(1);
});

test('the reminder comes at Reminder hour to reps owing today\'s result or the next working day\'s target', () => {
  beat(h, at('09:05'));
  const morning = h.runtime.outbox.length;
  beat(h, at('16:05'));
  expect(h.runtime.outbox).toHaveLength(morning);
  beat(h, at('17:05'));
  const reminders = h.runtime.outbox.slice(morning);
  expect(reminders.length).toBeGreaterThan(0);
  expect(reminders.every((m) => /^rep\d@/.test(m.to[0]))).toBe(true);
  expect(reminders.some((m) => /Name your target for/.test(m.body) || /Record today’s result for/.test(m.body))).toBe(true);
});

test('a quota of 3 with 2 managers and 4 reps owing targets: the morning takes only what the digests leave; both digests go out', () => {
  const x = harness({ now: at('08:00'), mailQuota: 3 });
  const team = sheetByAnyName(x.runtime, 'Team', '团队');
  team.getRange(4, 3, 2, 1).setValues([['m2@example.com'], ['m2@example.com']]);
  for (const rep of ['Alice Chen', 'Bob Li', 'Carol Wang', 'Dan Zhao']) clearTargetsOf(x, rep);
  x.bundle.call('menuNightlyOn');
  beat(x, at('09:05'));
  expect(x.runtime.outbox).toHaveLength(1); // 3 − 2 digests reserved
  beat(x, at('20:05'));
  expect(x.runtime.outbox.filter((m) => /digest/i.test(m.subject) || m.subject.startsWith('Daily Close ·')).map((m) => m.to[0]).sort())
    .toEqual(['m2@example.com', 'manager@example.com']);
});

test('team chat: the morning list and the nightly summary go to the group; a webhook answering 500 never stops the email', () => {
  const url = 'https://oapi.dingtalk.com/robot/send?access_token=tok123';
  h.runtime.setFetchAnswer(/dingtalk/, { code: 200, body: '{"errcode":0,"errmsg":"ok"}' });
  h.runtime.answerNextPrompt(`${url} SECabc`);
  h.bundle.call('menuSetTeamChat');
  expect(h.runtime.alerts[h.runtime.alerts.length - 1].message).toMatch(/Team chat set \(DingTalk 钉钉\)\. Test post: delivered/);
  expect(h.runtime.fetchLog()[0].url).toMatch(/^https:\/\/oapi\.dingtalk\.com\/robot\/send\?access_token=tok123&timestamp=\d+&sign=/);
  beat(h, at('09:05'));
  const morning = JSON.parse(String(h.runtime.fetchLog()[1].payload)) as { msgtype: string; markdown: { text: string } };
  expect(morning.msgtype).toBe('markdown');
  expect(morning.markdown.text).toMatch(/Morning list[\s\S]*Carol Wang: —/);
  h.runtime.setFetchAnswer(/dingtalk/, { code: 500, body: 'server error' });
  beat(h, at('20:05'));
  expect(to(h, 'manager@example.com').some((m) => m.subject.includes('2026-11-27') && !/Morning brief/.test(m.subject))).toBe(true);
  expect(h.runtime.fetchLog()).toHaveLength(3);
  const note = sheetByAnyName(h.runtime, 'Daily Log', '日志').getRange(1, 1).getNote();
  expect(note).toMatch(/Team chat post failed: HTTP 500/);
  // The webhook and its secret are in no cell and no note.
  for (const sheet of h.ss.getSheets()) {
    const range = sheet.getDataRange();
    const text = JSON.stringify(range.getValues()) + JSON.stringify(range.getNotes());
    expect(text).not.toContain('tok123');
    expect(text).not.toContain('SECabc');
  }
});

test('a Chinese sheet gets the morning mail in Chinese', () => {
  const zh = harness({ now: at('08:00'), locale: 'zh_CN' });
  const team = sheetByAnyName(zh.runtime, 'Team', '团队');
  team.getRange(1, 5, 1, 3).setValues([['团队名称', '区域', '总监邮箱']]);
  team.getRange(2, 5, 4, 3).setValues(Array(4).fill(['华东一组', '华东', 'director@example.com']));
  zh.bundle.call('menuNightlyOn');
  beat(zh, at('09:05'));
  const rollup = to(zh, 'director@example.com')[0];
  expect(rollup.subject).toMatch(/经理日报汇总/);
  expect(rollup.body).toMatch(/华东一组 · 华东 · 4名销售/);
  expect(rollup.body).toMatch(/客户库：A \d+ · B \d+ · C \d+/);
});
