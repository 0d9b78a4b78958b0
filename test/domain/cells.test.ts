import type { Cell } from '../../src/domain/types';
import { cellCount, cellDate, cellText, isBlank, normalizeText } from '../../src/domain/cells';
import { row } from './fixtures';

test('isBlank: empty and whitespace strings only', () => {
  expect(isBlank('')).toBe(true);
  expect(isBlank('  \t\n')).toBe(true);
  expect(isBlank('x')).toBe(false);
  expect(isBlank(0)).toBe(false);
  expect(isBlank(false)).toBe(false);
  expect(isBlank({ date: '2026-11-25' })).toBe(false);
});

test('cellText trims and renders numbers and dates', () => {
  expect(cellText('  Acme Ltd ')).toBe('Acme Ltd');
  expect(cellText(3)).toBe('3');
  expect(cellText({ date: '2026-11-25' })).toBe('2026-11-25');
  expect(cellText(true)).toBe('true');
});

describe('cellDate', () => {
  const cases: Array<[Cell, string | null]> = [
    [{ date: '2026-11-25' }, '2026-11-25'],
    ['2026-11-25', '2026-11-25'], [' 2026-1-5 ', '2026-01-05'], ['2026/11/25', '2026-11-25'], ['2026/1/5', '2026-01-05'],
    ['2026.1.5', '2026-01-05'], ['2026年1月5日', '2026-01-05'], ['2026 年 11 月 25 日', '2026-11-25'],
    ['２０２６－１１－２５', '2026-11-25'], ['２０２６年１２月３１日', '2026-12-31'],
    ['2028-02-29', '2028-02-29'], ['2026-02-29', null], ['2026-02-30', null], ['2026-13-01', null], ['2026-00-10', null],
    ['2026-04-31', null], [{ date: '2026-02-30' }, null],
    ['2025-03-02 10:00', '2025-03-02'], ['2025-03-02T10:22:05Z', '2025-03-02'], ['2025/3/2 9:05:00', '2025-03-02'], ['2025-03-02 25', null],
    ['tomorrow', null], ['11/25', null], ['25/11/2026', null], ['2026-11', null], ['', null], [46000, null], [true, null],
  ];
  test.each(cases)('%p → %p', (cell, expected) => {
    expect(cellDate(cell)).toBe(expected);
  });
});

describe('cellCount', () => {
  const cases: Array<[Cell, number | null]> = [
    [0, 0], [3, 3], ['3', 3], [' 12 ', 12], ['３', 3], ['2.0', 2],
    [-1, null], [2.5, null], ['2.5', null], ['-1', null], ['two', null], ['', null], [true, null], [{ date: '2026-11-25' }, null],
  ];
  test.each(cases)('%p → %p', (cell, expected) => {
    expect(cellCount(cell)).toBe(expected);
  });
});

test('normalizeText folds width, case and spaces', () => {
  expect(normalizeText('  Ｔａｒｇｅｔ　　Date ')).toBe('target date');
  expect(normalizeText('目标 签单日')).toBe('目标 签单日');
  expect(normalizeText('Manager\n email')).toBe('manager email');
});

test('parseRow reads every column and keeps the raw cells', () => {
  const r = row({
    id: 'R-1', rep: ' Alice ', customer: 'Acme', tier: 'ａ类', status: '', target: '2026/11/26', nextStep: 'demo',
    lastContact: { date: '2026-11-20' }, visits: '2', reason: '', tierSince: { date: '2026-11-18' },
    added: { date: '2026-11-01' }, closed: '', flag: '',
  }, 7);
  expect(r).toMatchObject({
    sheetRow: 7, id: 'R-1', rep: 'Alice', customer: 'Acme', tier: 'A', status: 'Open', target: '2026-11-26',
    nextStep: 'demo', lastContact: '2026-11-20', visits: 2, reason: '', tierSince: '2026-11-18', added: '2026-11-01',
    closed: null, flag: '',
  });
  expect(r.raw.tier).toBe('ａ类');
  expect(r.raw.target).toBe('2026/11/26');
});

test('parseRow keeps bad values visible in raw and null in the parsed field', () => {
  const r = row({ customer: 'Acme', tier: 'D', status: 'maybe', target: 'soon', visits: 'many' });
  expect([r.tier, r.status, r.target, r.visits]).toEqual([null, null, null, null]);
  expect([r.raw.tier, r.raw.status, r.raw.target, r.raw.visits]).toEqual(['D', 'maybe', 'soon', 'many']);
});
