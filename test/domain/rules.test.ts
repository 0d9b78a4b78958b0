import type { Flag } from '../../src/domain/types';
import {
  FLAG_COLORS, flagColor, flagText, isSoftReason, primaryFlag, refusalText, targetRefusal, unclearedReasons,
} from '../../src/domain/rules';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { member, row, team } from './fixtures';

const today = '2026-11-25';
const crew = team(member('Alice'), member('Bob', ['boss@x.com'], false));
const reasons = (cells: Parameters<typeof row>[0]) => unclearedReasons(row(cells), today, DEFAULT_SETTINGS, crew);
const codes = (cells: Parameters<typeof row>[0]) => reasons(cells).map((f) => f.code);
// A healthy open row: every test changes one thing.
const ok = { rep: 'Alice', customer: 'Acme', tier: 'B', target: '2026-11-26', tierSince: '2026-11-20', added: '2026-11-20' };

test('a healthy open row and a fully empty row have no flags', () => {
  expect(reasons(ok)).toEqual([]);
  expect(reasons({})).toEqual([]);
  expect(reasons({ flag: 'old text', nextStep: 'x' })).toEqual([]);
});

describe('aged: today − Tier since > max days', () => {
  test.each([
    ['A', '2026-11-18', 7, false], ['A', '2026-11-17', 8, true],
    ['B', '2026-10-26', 30, false], ['B', '2026-10-25', 31, true],
    ['C', '2026-08-27', 90, false], ['C', '2026-08-26', 91, true],
  ])('%s since %s (%d days) → aged %p', (tier, tierSince, days, aged) => {
    const flags = reasons({ ...ok, tier, tierSince });
    const max = DEFAULT_SETTINGS.maxDays[tier as 'A' | 'B' | 'C'];
    expect(flags).toEqual(aged ? [{ kind: 'aged', code: 'aged', params: { tier, days, max } }] : []);
  });

  test('max days come from Settings', () => {
    const strict = { ...DEFAULT_SETTINGS, maxDays: { A: 2, B: 5, C: 10 } };
    const flags = unclearedReasons(row({ ...ok, tierSince: '2026-11-19' }), today, strict, crew);
    expect(flags).toEqual([{ kind: 'aged', code: 'aged', params: { tier: 'B', days: 6, max: 5 } }]);
  });

  test('without Tier since, Added stands in', () => {
    expect(codes({ ...ok, tierSince: '', added: '2026-10-01' })).toEqual(['aged']);
  });
});

describe('missed: target passed and still open', () => {
  test('yesterday is missed, today and tomorrow are not', () => {
    expect(reasons({ ...ok, target: '2026-11-24' })).toEqual([{ kind: 'missed', code: 'missed', params: { target: '2026-11-24' } }]);
    expect(reasons({ ...ok, target: today })).toEqual([]);
    expect(reasons({ ...ok, target: { date: '2026-11-26' } })).toEqual([]);
  });

  test('a signed or dropped row with an old target is history, not missed', () => {
    expect(reasons({ ...ok, target: '2026-11-01', status: 'Signed', closed: '2026-11-01' })).toEqual([]);
    expect(reasons({ ...ok, target: '2026-11-01', status: '已放弃', reason: 'budget' })).toEqual([]);
  });
});

test('an open A row must carry a target date', () => {
  expect(reasons({ ...ok, tier: 'A', target: '' })).toEqual([{ kind: 'noTarget', code: 'aTarget', params: {} }]);
  expect(reasons({ ...ok, tier: 'A' })).toEqual([]);
  expect(codes({ ...ok, tier: 'B', target: '' })).toEqual([]);
});

describe('invalid', () => {
  test.each([
    ['badTier', { tier: 'D' }, { value: 'D' }],
    ['noTier', { tier: '' }, {}],
    ['unknownRep', { rep: 'Zed' }, { rep: 'Zed' }],
    ['inactiveRep', { rep: 'bob' }, { rep: 'bob' }],
    ['noRep', { rep: '' }, {}],
    ['targetNotDate', { target: 'next week' }, { value: 'next week' }],
    ['badStatus', { status: 'maybe' }, { value: 'maybe' }],
    ['badVisits', { visits: 'lots' }, { value: 'lots' }],
  ])('%s', (code, change, params) => {
    expect(reasons({ ...ok, ...change })).toEqual([{ kind: 'invalid', code, params }]);
  });

  test('dropped without a reason, and nothing else on closed rows', () => {
    expect(reasons({ ...ok, status: 'Dropped', reason: ' ' })).toEqual([{ kind: 'invalid', code: 'droppedNoReason', params: {} }]);
    expect(reasons({ ...ok, status: 'Dropped', reason: 'busy' })).toEqual([]);
    expect(reasons({ ...ok, status: 'Signed', tier: 'D', rep: 'Zed', visits: 'x', tierSince: '2020-01-01' })).toEqual([]);
  });

  test('a row with an unknown status shows its invalid cells but is not judged as open', () => {
    expect(codes({ ...ok, status: 'maybe', target: '2026-11-01', tierSince: '2020-01-01' })).toEqual(['badStatus']);
  });

  test('a row that is only a tier, or only a rep, is still checked', () => {
    // No customer name is itself invalid (SPEC "Uncleared rows"): such a row is never offered as a target.
    expect(codes({ tier: 'A' })).toEqual(['noCustomer', 'noRep', 'aTarget']);
    expect(codes({ rep: 'Alice', customer: 'Acme' })).toEqual(['noTier']);
  });
});

test('flags come in kind order: invalid, missed, noTarget, aged', () => {
  expect(codes({ ...ok, rep: 'Zed', visits: '-1', target: '2026-11-20', tierSince: '2026-01-01' }))
    .toEqual(['unknownRep', 'badVisits', 'missed', 'aged']);
  expect(codes({ ...ok, tier: 'A', target: '', tierSince: '2026-11-01' })).toEqual(['aTarget', 'aged']);
});

describe('flagText', () => {
  const aged: Flag = { kind: 'aged', code: 'aged', params: { tier: 'A', days: 9, max: 7 } };
  const missed: Flag = { kind: 'missed', code: 'missed', params: { target: '2026-11-25' } };
  const aTarget: Flag = { kind: 'noTarget', code: 'aTarget', params: {} };
  const badTier: Flag = { kind: 'invalid', code: 'badTier', params: { value: 'D' } };
  const unknownRep: Flag = { kind: 'invalid', code: 'unknownRep', params: { rep: 'Bob' } };

  test('English', () => {
    expect(flagText([aged], 'en')).toBe('A for 9 days (max 7)');
    expect(flagText([missed], 'en')).toBe('target 11-25 passed');
    expect(flagText([aTarget], 'en')).toBe('A without target date');
    expect(flagText([badTier, unknownRep], 'en')).toBe('tier "D" is not A/B/C; rep "Bob" is not on Team');
    expect(flagText([], 'en')).toBe('');
  });

  test('Chinese', () => {
    expect(flagText([aged], 'zh')).toBe('A类已9天（上限7天）');
    expect(flagText([missed], 'zh')).toBe('目标日11月25日已过');
    expect(flagText([aTarget, aged], 'zh')).toBe('A类没有目标签单日；A类已9天（上限7天）');
  });

  test('every code the rules produce has words in both languages, with no placeholder left over', () => {
    const rows = [
      { ...ok, tier: 'D', rep: 'Zed', target: 'soon', status: 'maybe', visits: 'x' },
      { ...ok, tier: '', rep: 'bob' }, { ...ok, rep: '' }, { ...ok, status: 'Dropped' },
      { ...ok, tier: 'A', target: '', tierSince: '2020-01-01' }, { ...ok, target: '2026-11-01' },
    ];
    const all = rows.flatMap((r) => reasons(r));
    expect(new Set(all.map((f) => f.code))).toEqual(new Set([
      'badTier', 'noTier', 'unknownRep', 'inactiveRep', 'noRep', 'targetNotDate', 'droppedNoReason', 'badStatus', 'badVisits',
      'missed', 'aTarget', 'aged',
    ]));
    for (const flag of all) {
      for (const lang of ['en', 'zh'] as const) {
        const text = flagText([flag], lang);
        expect(text).not.toMatch(/[{}]|flag\./);
        expect(text.length).toBeGreaterThan(3);
      }
    }
  });
});

test('each kind has its own light colour, and FLAG_COLORS holds exactly those', () => {
  const kinds = ['invalid', 'missed', 'noTarget', 'pushed', 'aged'] as const;
  const colors = kinds.map(flagColor);
  expect(new Set(colors).size).toBe(5);
  for (const c of colors) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  expect([...FLAG_COLORS].sort()).toEqual([...colors].sort());
  expect(flagColor('invalid')).toBe('#f6d0ce');
});

test('primaryFlag is the first by kind order, whatever the array order', () => {
  const aged: Flag = { kind: 'aged', code: 'aged', params: {} };
  const missed: Flag = { kind: 'missed', code: 'missed', params: {} };
  const invalid: Flag = { kind: 'invalid', code: 'noRep', params: {} };
  expect(primaryFlag([aged, missed])).toBe(missed);
  expect(primaryFlag([aged, missed, invalid])).toBe(invalid);
  expect(primaryFlag([])).toBeNull();
});

describe('targetRefusal', () => {
  const open = row(ok);
  test('a date today or later on an open row is accepted; clearing is allowed', () => {
    expect(targetRefusal(today, open, today)).toBeNull();
    expect(targetRefusal({ date: '2026-12-01' }, open, today)).toBeNull();
    expect(targetRefusal('2026年12月1日', open, today)).toBeNull();
    expect(targetRefusal('', open, today)).toBeNull();
  });

  test('not a date, past, or on a closed row is refused with words naming the column, value and fix', () => {
    const notDate = targetRefusal('Friday', open, today);
    expect(notDate?.code).toBe('notDate');
    expect(refusalText(notDate!.code, notDate!.params, 'en')).toBe('Target date: "Friday" is not a date. Enter a date such as 2026-11-25.');
    expect(refusalText(notDate!.code, notDate!.params, 'zh')).toContain('目标签单日');

    const past = targetRefusal('2026-11-24', open, today);
    expect(past?.code).toBe('past');
    expect(refusalText(past!.code, past!.params, 'en')).toBe('Target date: 2026-11-24 has already passed. Enter today (2026-11-25) or a later date.');
    expect(refusalText(past!.code, past!.params, 'zh')).toContain('2026-11-24');

    const closed = targetRefusal('2026-12-01', row({ ...ok, status: 'Signed' }), today);
    expect(closed?.code).toBe('closed');
    expect(refusalText(closed!.code, closed!.params, 'en')).toContain('this customer is Signed');
    expect(refusalText(closed!.code, closed!.params, 'zh')).toContain('已签单');
  });
});

test('isSoftReason: case-insensitive substring of any soft reason', () => {
  expect(isSoftReason('Boss is BUSY this week', DEFAULT_SETTINGS)).toBe(true);
  expect(isSoftReason('老板忙', DEFAULT_SETTINGS)).toBe(true);
  expect(isSoftReason('No  answer', DEFAULT_SETTINGS)).toBe(true);
  expect(isSoftReason('went with a competitor', DEFAULT_SETTINGS)).toBe(false);
  expect(isSoftReason('', DEFAULT_SETTINGS)).toBe(false);
  expect(isSoftReason('busy', { ...DEFAULT_SETTINGS, softDropReasons: [] })).toBe(false);
  expect(isSoftReason('anything', { ...DEFAULT_SETTINGS, softDropReasons: ['', ' '] })).toBe(false);
});
