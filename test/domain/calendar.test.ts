import {
  addDays, dayOfWeek, daysBetween, isWorkingDay, monthOf, monthStart, nextWorkingDay, previousWorkingDay, shortDate,
  weekStart, workingDaysInMonth, workingDaysSoFar,
} from '../../src/domain/calendar';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { settingsWith } from './fixtures';

// 2026 National Day: Oct 1–7 off, Saturday Oct 10 worked (调休).
const golden = settingsWith({
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  extraWorkingDays: ['2026-10-10'],
});

describe('addDays', () => {
  test.each([
    ['2026-11-25', 1, '2026-11-26'], ['2026-11-30', 1, '2026-12-01'], ['2026-12-31', 1, '2027-01-01'],
    ['2026-02-28', 1, '2026-03-01'], ['2028-02-28', 1, '2028-02-29'], ['2028-02-29', 1, '2028-03-01'],
    ['2026-03-01', -1, '2026-02-28'], ['2026-01-01', 365, '2027-01-01'], ['2026-03-07', 2, '2026-03-09'],
    ['2026-10-31', 2, '2026-11-02'], ['2026-11-25', 0, '2026-11-25'], ['2026-11-25', -30, '2026-10-26'],
  ])('%s %+d → %s', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
  });
});

describe('daysBetween counts whole days, also across DST changes and leap days', () => {
  test.each([
    ['2026-11-18', '2026-11-25', 7], ['2026-11-25', '2026-11-18', -7], ['2026-03-07', '2026-03-09', 2],
    ['2026-03-28', '2026-03-30', 2], ['2026-10-31', '2026-11-02', 2], ['2028-02-28', '2028-03-01', 2],
    ['2026-02-28', '2026-03-01', 1], ['2028-01-01', '2029-01-01', 366], ['2026-11-25', '2026-11-25', 0],
  ])('%s → %s = %d', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  test('addDays and daysBetween agree every day for two years', () => {
    for (let n = 0; n < 731; n++) expect(daysBetween('2026-01-01', addDays('2026-01-01', n))).toBe(n);
  });
});

test('dayOfWeek: 0 is Sunday', () => {
  expect(dayOfWeek('2026-11-01')).toBe(0);
  expect(dayOfWeek('2026-11-25')).toBe(3);
  expect(dayOfWeek('2026-11-28')).toBe(6);
  expect(dayOfWeek('2028-02-29')).toBe(2);
});

describe('working days', () => {
  test('Mon–Fri by default', () => {
    expect(isWorkingDay('2026-11-27', DEFAULT_SETTINGS)).toBe(true);
    expect(isWorkingDay('2026-11-28', DEFAULT_SETTINGS)).toBe(false);
    expect(isWorkingDay('2026-11-29', DEFAULT_SETTINGS)).toBe(false);
  });

  test('holidays are off and extra working days are on', () => {
    expect(isWorkingDay('2026-10-01', golden)).toBe(false);
    expect(isWorkingDay('2026-10-10', golden)).toBe(true);
    expect(isWorkingDay('2026-10-08', golden)).toBe(true);
  });

  test('nextWorkingDay skips weekends and holidays, and lands on a make-up Saturday', () => {
    expect(nextWorkingDay('2026-11-27', DEFAULT_SETTINGS)).toBe('2026-11-30');
    expect(nextWorkingDay('2026-11-25', DEFAULT_SETTINGS)).toBe('2026-11-26');
    expect(nextWorkingDay('2026-11-28', DEFAULT_SETTINGS)).toBe('2026-11-30');
    expect(nextWorkingDay('2026-09-30', golden)).toBe('2026-10-08');
    expect(nextWorkingDay('2026-10-09', golden)).toBe('2026-10-10');
    expect(nextWorkingDay('2026-12-31', DEFAULT_SETTINGS)).toBe('2027-01-01');
  });

  test('previousWorkingDay mirrors it', () => {
    expect(previousWorkingDay('2026-11-30', DEFAULT_SETTINGS)).toBe('2026-11-27');
    expect(previousWorkingDay('2026-10-08', golden)).toBe('2026-09-30');
    expect(previousWorkingDay('2026-10-12', golden)).toBe('2026-10-10');
  });

  test('with no working days at all, next/previous give up and step one day', () => {
    const none = settingsWith({ workingDays: [] });
    expect(nextWorkingDay('2026-11-25', none)).toBe('2026-11-26');
    expect(previousWorkingDay('2026-11-25', none)).toBe('2026-11-24');
  });

  test('a six-day week', () => {
    const sixDays = settingsWith({ workingDays: [1, 2, 3, 4, 5, 6] });
    expect(nextWorkingDay('2026-11-27', sixDays)).toBe('2026-11-28');
    expect(nextWorkingDay('2026-11-28', sixDays)).toBe('2026-11-30');
  });
});

test('month and week boundaries', () => {
  expect(monthOf('2026-11-25')).toBe('2026-11');
  expect(monthStart('2026-11-25')).toBe('2026-11-01');
  expect(weekStart('2026-11-25')).toBe('2026-11-23');
  expect(weekStart('2026-11-23')).toBe('2026-11-23');
  expect(weekStart('2026-11-29')).toBe('2026-11-23');
  expect(weekStart('2026-12-02')).toBe('2026-11-30');
  expect(weekStart('2027-01-01')).toBe('2026-12-28');
});

test('working days in the month and so far', () => {
  expect(workingDaysInMonth('2026-11-25', DEFAULT_SETTINGS)).toBe(21);
  expect(workingDaysSoFar('2026-11-25', DEFAULT_SETTINGS)).toBe(18);
  expect(workingDaysSoFar('2026-11-01', DEFAULT_SETTINGS)).toBe(0);
  expect(workingDaysSoFar('2026-11-30', DEFAULT_SETTINGS)).toBe(21);
  expect(workingDaysInMonth('2028-02-10', DEFAULT_SETTINGS)).toBe(21);
  expect(workingDaysInMonth('2026-02-10', DEFAULT_SETTINGS)).toBe(20);
  // October 2026: 22 weekdays, 5 of them holidays, plus the make-up Saturday.
  expect(workingDaysInMonth('2026-10-15', golden)).toBe(18);
  expect(workingDaysSoFar('2026-10-10', golden)).toBe(3); // Oct 8, 9 and the 10th
});

test('shortDate', () => {
  expect(shortDate('2026-11-25', 'en')).toBe('11-25');
  expect(shortDate('2026-11-25', 'zh')).toBe('11月25日');
  expect(shortDate('2026-01-05', 'en')).toBe('01-05');
  expect(shortDate('2026-01-05', 'zh')).toBe('1月5日');
});

test('arithmetic on a malformed key fails loudly instead of drifting', () => {
  expect(() => addDays('2026/11/25', 1)).toThrow('Not a date key');
});
