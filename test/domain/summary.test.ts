import { dailyLogRows, repDay, repsWithoutTomorrowTarget } from '../../src/domain/summary';
import { monthPace } from '../../src/domain/pace';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { member, row, team } from './fixtures';

const today = '2026-11-25'; // a Wednesday; the next working day is the 26th
const crew = team(member('Alice'), member('王伟'), member('Bob', ['boss@x.com'], false), member('Carol'));
const base = { added: '2026-11-01', tierSince: '2026-11-01' };
const rows = [
  row({ ...base, rep: 'Alice', customer: 'Acme', tier: 'A', target: today, tierSince: '2026-11-20' }),
  row({ ...base, rep: 'Alice', customer: 'Beta', tier: 'A', target: today, status: 'Signed', closed: today, visits: 1 }),
  row({ ...base, rep: 'Alice', customer: 'Gamma', tier: 'B', target: '2026-11-26' }),
  row({ ...base, rep: 'Alice', customer: 'Delta', tier: 'C', added: today, tierSince: today }),
  row({ ...base, rep: 'Alice', customer: 'Eps', tier: 'B', status: 'Dropped', closed: today, reason: 'busy' }),
  row({ ...base, rep: 'Alice', customer: 'Zeta', tier: 'B', status: 'Dropped', closed: '2026-11-20' }),
  row({ ...base, rep: 'Alice', customer: 'Eta', tier: 'A', target: '2026-11-20', tierSince: '2026-11-10' }),
  row({ ...base, rep: ' ALICE', customer: 'Theta', tier: 'c类' }),
  row({ ...base, rep: '王伟', customer: '客户一', tier: 'A', target: today, tierSince: '2026-11-24' }),
  row({ ...base, rep: '王伟', customer: '客户二', tier: 'A', target: today, status: '已放弃', reason: '预算不够', closed: today }),
  row({ ...base, rep: 'Bob', customer: 'Old', tier: 'B', target: '2026-11-26' }),
  row({}),
];

test('repDay counts one rep\'s pipeline and day', () => {
  const day = repDay(rows, 'alice', today, DEFAULT_SETTINGS, crew);
  expect({ ...day, todayTargets: day.todayTargets.map((r) => r.customer), tomorrowTargets: day.tomorrowTargets.map((r) => r.customer) })
    .toEqual({
      rep: 'alice', A: 2, B: 1, C: 2, open: 5, added: 1, signed: 1, dropped: 1,
      todayTargets: ['Acme', 'Beta'], tomorrowTargets: ['Gamma'],
      uncleared: 2, pushed: 0, // Zeta dropped without a reason; Eta missed and aged
    });
});

test('a rep with nothing in the pipeline gets zeros', () => {
  const day = repDay(rows, 'Carol', today, DEFAULT_SETTINGS, crew);
  expect(day).toMatchObject({ A: 0, B: 0, C: 0, open: 0, added: 0, signed: 0, dropped: 0, todayTargets: [], tomorrowTargets: [], uncleared: 0 });
});

test('repsWithoutTomorrowTarget: active reps, Team order, open rows for the next working day only', () => {
  expect(repsWithoutTomorrowTarget(rows, crew, today, DEFAULT_SETTINGS)).toEqual(['王伟', 'Carol']);
  // On a Friday the next working day is Monday: a Saturday target does not count, a signed Monday row neither.
  const friday = '2026-11-27';
  const weekend = [
    row({ rep: 'Alice', customer: 'Sat', tier: 'B', target: '2026-11-28' }),
    row({ rep: '王伟', customer: 'Mon', tier: 'B', target: '2026-11-30' }),
    row({ rep: 'Carol', customer: 'Done', tier: 'A', target: '2026-11-30', status: 'Signed' }),
  ];
  expect(repsWithoutTomorrowTarget(weekend, crew, friday, DEFAULT_SETTINGS)).toEqual(['Alice', 'Carol']);
});

test('dailyLogRows: one per active rep with names joined and target result in words', () => {
  expect(dailyLogRows(rows, crew, today, DEFAULT_SETTINGS, 'en')).toEqual([
    {
      date: today, rep: 'Alice', A: 2, B: 1, C: 2, open: 5, added: 1, signed: 1, dropped: 1,
      todayTargets: 'Acme, Beta', targetSigned: 'Partly', tomorrowTarget: 'Gamma', uncleared: 2, pushed: 0,
    },
    {
      date: today, rep: '王伟', A: 1, B: 0, C: 0, open: 1, added: 0, signed: 0, dropped: 1,
      todayTargets: '客户一, 客户二', targetSigned: 'No', tomorrowTarget: '', uncleared: 0, pushed: 0,
    },
    {
      date: today, rep: 'Carol', A: 0, B: 0, C: 0, open: 0, added: 0, signed: 0, dropped: 0,
      todayTargets: '', targetSigned: '', tomorrowTarget: '', uncleared: 0, pushed: 0,
    },
  ]);
  const zh = dailyLogRows(rows, crew, today, DEFAULT_SETTINGS, 'zh');
  expect(zh.map((r) => r.targetSigned)).toEqual(['部分', '否', '']);
  const allSigned = [row({ rep: 'Carol', customer: 'Win', tier: 'A', target: today, status: 'Signed', closed: today })];
  expect(dailyLogRows(allSigned, crew, today, DEFAULT_SETTINGS, 'en')[2].targetSigned).toBe('Yes');
  expect(dailyLogRows(allSigned, crew, today, DEFAULT_SETTINGS, 'zh')[2].targetSigned).toBe('是');
});

describe('monthPace', () => {
  test('November 2026 on the 25th: 18 of 21 working days gone', () => {
    expect(monthPace(3, 15, today, DEFAULT_SETTINGS)).toEqual({
      month: '2026-11', targetsNamed: 15, signed: 3, workingDaysSoFar: 18, workingDaysInMonth: 21,
      floorSoFar: 1.8, floorMonth: 2.1, goalLow: 8, goalHigh: 10, projected: 3.5,
    });
  });

  test('a 22-day month has the SPEC floor of 2.2', () => {
    const pace = monthPace(0, 1, '2026-09-01', DEFAULT_SETTINGS);
    expect(pace.workingDaysInMonth).toBe(22);
    expect(pace.floorMonth).toBe(2.2);
    expect(pace.floorSoFar).toBe(0.1);
    expect(pace.projected).toBe(0);
  });

  test('before the first working day of the month, pace does not divide by zero', () => {
    const pace = monthPace(1, 0, '2026-11-01', DEFAULT_SETTINGS);
    expect(pace.workingDaysSoFar).toBe(0);
    expect(pace.floorSoFar).toBe(0);
    expect(pace.projected).toBe(21);
  });

  test('holidays lower the month\'s working days and so the floor', () => {
    const golden = { ...DEFAULT_SETTINGS, holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'] };
    const pace = monthPace(4, 12, '2026-10-16', golden);
    expect(pace).toMatchObject({ workingDaysSoFar: 7, workingDaysInMonth: 17, floorSoFar: 0.7, floorMonth: 1.7, projected: 9.7 });
  });
});
