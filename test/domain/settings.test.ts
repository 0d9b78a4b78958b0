import type { Cell } from '../../src/domain/types';
import { DEFAULT_SETTINGS, parseSettings, SETTING_ROWS, settingProblemText, tierDescription } from '../../src/domain/settings';
import { parseWorkingDays, formatWorkingDays } from '../../src/domain/weekdays';

test('defaults follow SPEC', () => {
  expect(DEFAULT_SETTINGS).toEqual({
    maxDays: { A: 7, B: 30, C: 90 },
    digestHour: 20,
    workingDays: [1, 2, 3, 4, 5],
    holidays: [],
    extraWorkingDays: [],
    language: 'auto',
    softDropReasons: ['busy', 'no answer', 'call back later', '忙', '没人接', '再联系'],
    digestListLength: 20,
    maxPushes: 2,
    morningHour: 9,
    reminderHour: 17,
    morningBrief: true,
    remindReps: true,
    tierDescriptions: { A: '', B: '', C: '' },
    signedWords: ['Signed', 'Won', 'Closed Won', 'Win', '已签单', '签单', '成交', '已成交', '赢单'],
    droppedWords: ['Dropped', 'Lost', 'Closed Lost', 'Dead', '已放弃', '放弃', '输单', '丢单', '流失'],
    openStages: [],
    tierByStage: [],
    pipelineSheet: '',
    teamSheet: '',
    columns: {},
  });
});

test.each([
  ['Morning hour', '8:30', null], ['Morning hour', '8', 8], ['Reminder hour', '17:00', 17], ['Morning brief', '否', false],
  ['Remind reps', 'no', false], ['Remind reps', 'maybe', null], ['Morning brief', '', true],
] as const)('%s = %p', (key, value, expected) => {
  const { settings, problems } = parseSettings([[key, value]]);
  const field = ({ 'Morning hour': 'morningHour', 'Reminder hour': 'reminderHour', 'Morning brief': 'morningBrief', 'Remind reps': 'remindReps' } as const)[key];
  if (expected === null) expect(problems.map((p) => p.value)).toEqual([value]);
  else expect(settings[field]).toBe(expected);
});

describe('SETTING_ROWS (what Setup writes)', () => {
  test('names every setting in both languages', () => {
    expect(SETTING_ROWS.map((r) => r.en)).toEqual([
      'A max days', 'B max days', 'C max days', 'Digest hour', 'Working days', 'Holidays', 'Extra working days',
      'Language', 'Soft drop reasons', 'Digest list length', 'Max pushes', 'Morning hour', 'Reminder hour', 'Morning brief',
      'Remind reps', 'A description', 'B description', 'C description',
      'Signed words', 'Dropped words', 'Open stages', 'Tier by stage', 'Pipeline sheet',
    ]);
    expect(SETTING_ROWS.map((r) => r.zh)).toEqual([
      'A类最长天数', 'B类最长天数', 'C类最长天数', '日报时间', '工作日', '节假日', '调休上班日',
      '语言', '软性放弃原因', '日报列表长度', '最多顺延次数', '晨会时间', '提醒时间', '晨会简报', '提醒销售', 'A类说明', 'B类说明', 'C类说明',
      '签单词', '放弃词', '跟进阶段', '阶段对应分类', '客户库工作表',
    ]);
    for (const r of SETTING_ROWS) {
      expect(r.note('en')).not.toBe('');
      expect(r.note('zh')).not.toBe('');
    }
  });

  test.each(['en', 'zh'] as const)('the rows Setup writes in %s read back as the defaults with no problems', (lang) => {
    const pairs: Array<[Cell, Cell]> = SETTING_ROWS.map((r) => [r[lang], r.defaultValue(lang)]);
    expect(SETTING_ROWS.find((r) => r.key === 'workingDays')?.defaultValue(lang)).toBe(lang === 'en' ? 'Mon-Fri' : '周一至周五');
    expect(parseSettings(pairs)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
});

describe('parseSettings', () => {
  test('keys match in either language, any case, spacing or width; unknown keys are ignored', () => {
    const { settings, problems } = parseSettings([
      ['  a MAX  days ', 5], ['Ｂ类最长天数', '14'], ['c max days', '６０'], ['日报时间', '18'], ['Team colour', 'blue'],
      ['Working Days', 'Mon–Sat'], ['语言', '中文'], ['Digest list length', 50], ['', ''],
    ]);
    expect(problems).toEqual([]);
    expect(settings.maxDays).toEqual({ A: 5, B: 14, C: 60 });
    expect(settings.digestHour).toBe(18);
    expect(settings.workingDays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(settings.language).toBe('zh');
    expect(settings.digestListLength).toBe(50);
  });

  test('holidays and extra days: lists, date cells, ranges, and several rows adding up', () => {
    const { settings, problems } = parseSettings([
      ['Holidays', '2026-10-01, 2026/10/02；2026年10月5日\n2026-10-06'],
      ['节假日', { date: '2026-12-25' }],
      ['Holidays', '2027-02-16~2027-02-18'],
      ['调休上班日', '2026-10-10'],
    ]);
    expect(problems).toEqual([]);
    expect(settings.holidays).toEqual([
      '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-12-25', '2027-02-16', '2027-02-17', '2027-02-18',
    ]);
    expect(settings.extraWorkingDays).toEqual(['2026-10-10']);
  });

  test('hours written as 20:00 or 20点 are read as 20; language words', () => {
    expect(parseSettings([['Digest hour', '20:00']]).settings.digestHour).toBe(20);
    expect(parseSettings([['Digest hour', '8点']]).settings.digestHour).toBe(8);
    expect(parseSettings([['Digest hour', '18:00:00']]).settings.digestHour).toBe(18);
    expect(parseSettings([['Digest hour', '8:00 PM']]).settings.digestHour).toBe(20);
    expect(parseSettings([['Digest hour', '12:00 AM']]).settings.digestHour).toBe(0);
    expect(parseSettings([['Digest hour', '13:00 PM']]).problems.map((p) => p.key)).toEqual(['digestHour']);
    expect(parseSettings([['Digest hour', '18:30']]).problems.map((p) => p.key)).toEqual(['digestHour']);
    expect(parseSettings([['Digest hour', 0]]).settings.digestHour).toBe(0);
    expect(parseSettings([['Language', 'EN']]).settings.language).toBe('en');
    expect(parseSettings([['Language', '自动']]).settings.language).toBe('auto');
  });

  test('soft drop reasons are the team list; an emptied list means none', () => {
    expect(parseSettings([['Soft drop reasons', 'busy，travelling; 出差']]).settings.softDropReasons).toEqual(['busy', 'travelling', '出差']);
    expect(parseSettings([['Soft drop reasons', '']]).settings.softDropReasons).toEqual([]);
  });

  test('tier descriptions: a team wording is kept; the default wording in either language is stored as ""', () => {
    const { settings } = parseSettings([['A description', 'Contract on the table'], ['B类说明', '有意向，但时机未成熟'], ['C description', 'need but no intent yet']]);
    expect(settings.tierDescriptions).toEqual({ A: 'Contract on the table', B: '', C: '' });
    expect(tierDescription(settings, 'A', 'zh')).toBe('Contract on the table');
    expect(tierDescription(settings, 'B', 'en')).toBe('Intent but not yet ripe');
    expect(tierDescription(settings, 'B', 'zh')).toBe('有意向，但时机未成熟');
  });

  const bad: Array<[string, Cell, string, keyof typeof DEFAULT_SETTINGS]> = [
    ['A max days', 'seven', 'maxDays', 'maxDays'],
    ['B max days', 0, 'maxDays', 'maxDays'],
    ['C max days', -5, 'maxDays', 'maxDays'],
    ['A max days', 7.5, 'maxDays', 'maxDays'],
    ['A max days', '', 'maxDays', 'maxDays'],
    ['Digest hour', 25, 'hour', 'digestHour'],
    ['Digest hour', '-1', 'hour', 'digestHour'],
    ['Digest hour', 'evening', 'hour', 'digestHour'],
    ['Digest hour', '20:30', 'hour', 'digestHour'],
    ['Working days', 'Funday', 'workingDays', 'workingDays'],
    ['Working days', 'Mon-Funday', 'workingDays', 'workingDays'],
    ['Working days', '', 'workingDays', 'workingDays'],
    ['Working days', '8', 'workingDays', 'workingDays'],
    ['Holidays', '2026-10-01, National Day', 'dates', 'holidays'],
    ['Holidays', '2026-02-30', 'dates', 'holidays'],
    ['Extra working days', 'next Saturday', 'dates', 'extraWorkingDays'],
    ['Language', 'fr', 'language', 'language'],
    ['Digest list length', 0, 'listLength', 'digestListLength'],
    ['Digest list length', 'all', 'listLength', 'digestListLength'],
    ['Digest list length', 501, 'listLength', 'digestListLength'],
  ];
  test.each(bad)('%s = %p is a problem (%s) and the default is used', (key, value, code, field) => {
    const { settings, problems } = parseSettings([[key, value]]);
    expect(problems).toEqual([expect.objectContaining({ value: String(value).trim(), code })]);
    expect(settings[field]).toEqual(DEFAULT_SETTINGS[field]);
  });

  test('one bad setting does not disturb the good ones', () => {
    const { settings, problems } = parseSettings([['A max days', 'seven'], ['B max days', '21'], ['Holidays', 'x'], ['Extra working days', '2026-10-10']]);
    expect(problems.map((p) => p.key)).toEqual(['aMaxDays', 'holidays']);
    expect(settings.maxDays).toEqual({ A: 7, B: 21, C: 90 });
    expect(settings.extraWorkingDays).toEqual(['2026-10-10']);
  });
});

test('settingProblemText names the key, the value, the fix and the default in use', () => {
  const [problem] = parseSettings([['A max days', 'seven']]).problems;
  expect(settingProblemText(problem, 'en')).toBe(
    'Settings: "A max days" is "seven" — enter a whole number of days from 1 to 3650. Using the default (7) meanwhile.',
  );
  const zh = settingProblemText(problem, 'zh');
  expect(zh).toContain('A类最长天数');
  expect(zh).toContain('seven');
  expect(zh).toContain('默认值（7）');

  const [days] = parseSettings([['工作日', 'Funday']]).problems;
  expect(settingProblemText(days, 'en')).toContain('(Mon-Fri)');
  expect(settingProblemText(days, 'zh')).toContain('周一至周五');
  const [holiday] = parseSettings([['Holidays', 'x']]).problems;
  expect(settingProblemText(holiday, 'en')).toContain('2026-10-01');
  expect(settingProblemText(holiday, 'en')).toContain('default (none)');
});

describe('working days words', () => {
  test.each([
    ['Mon-Fri', [1, 2, 3, 4, 5]], ['mon - fri', [1, 2, 3, 4, 5]], ['Mon to Fri', [1, 2, 3, 4, 5]],
    ['Mon,Tue,Sat', [1, 2, 6]], ['Mon–Sat', [1, 2, 3, 4, 5, 6]], ['Monday, Wednesday', [1, 3]],
    ['周一至周五', [1, 2, 3, 4, 5]], ['周一,周三', [1, 3]], ['周一、周三、周六', [1, 3, 6]], ['星期一至星期六', [1, 2, 3, 4, 5, 6]],
    ['周一至五', [1, 2, 3, 4, 5]], ['1-5', [1, 2, 3, 4, 5]], ['1-7', [0, 1, 2, 3, 4, 5, 6]], ['Sun', [0]], ['周日', [0]],
    ['Fri-Mon', [0, 1, 5, 6]], ['Ｍｏｎ－Ｆｒｉ', [1, 2, 3, 4, 5]],
  ])('%s', (text, days) => {
    expect(parseWorkingDays(text)).toEqual(days);
  });

  test.each(['', 'Funday', 'Mon-Fri-Sat', '8', 'weekdays', 'Mon,,Funday'])('%p is refused', (text) => {
    expect(parseWorkingDays(text)).toBeNull();
  });

  test('formatWorkingDays writes what parseWorkingDays reads', () => {
    for (const days of [[1, 2, 3, 4, 5], [1, 3, 6], [0, 6], [1, 2, 3, 4, 5, 6]]) {
      for (const lang of ['en', 'zh'] as const) expect(parseWorkingDays(formatWorkingDays(days, lang))).toEqual(days);
    }
    expect(formatWorkingDays([1, 2, 3, 4, 5], 'zh')).toBe('周一至周五');
  });
});
