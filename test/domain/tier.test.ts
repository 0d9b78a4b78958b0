import type { Cell } from '../../src/domain/types';
import { allowedTiersText, normalizeStatus, normalizeTier, statusLabel } from '../../src/domain/tier';

describe('normalizeTier', () => {
  const cases: Array<[Cell, string | null]> = [
    ['A', 'A'], ['a', 'A'], [' A ', 'A'], ['Ａ', 'A'], ['ａ', 'A'], ['A类', 'A'], ['A级', 'A'], ['A級', 'A'],
    ['A 类', 'A'], ['a类客户', 'A'], ['Ａ級', 'A'], ['A级客户', 'A'], ['A類', 'A'], ['\tA\n', 'A'],
    ['b', 'B'], ['Ｂ类', 'B'], ['B 级', 'B'], ['c', 'C'], ['Ｃ', 'C'], ['c级客户', 'C'],
    ['', null], ['   ', null], ['D', null], ['d类', null], ['AB', null], ['A+', null], ['B-', null], ['1', null],
    ['A1', null], ['类A', null], ['A类类', null], ['优', null], ['A客户', null], ['ABC', null],
    [1, null], [0, null], [true, null], [{ date: '2026-11-25' }, null],
  ];
  test.each(cases)('%p → %p', (cell, expected) => {
    expect(normalizeTier(cell)).toBe(expected);
  });
});

describe('normalizeStatus', () => {
  const cases: Array<[Cell, string | null]> = [
    ['', 'Open'], ['  ', 'Open'], ['Open', 'Open'], ['OPEN', 'Open'], ['ｏｐｅｎ', 'Open'], ['跟进中', 'Open'], ['跟进', 'Open'],
    ['Signed', 'Signed'], [' signed ', 'Signed'], ['Won', 'Signed'], ['已签单', 'Signed'], ['签单', 'Signed'], ['已签', 'Signed'],
    ['已 签单', 'Signed'],
    ['Dropped', 'Dropped'], ['LOST', 'Dropped'], ['已放弃', 'Dropped'], ['放弃', 'Dropped'],
    ['maybe', null], ['sign', null], ['closed', null], [1, null], [false, null], [{ date: '2026-11-25' }, null],
  ];
  test.each(cases)('%p → %p', (cell, expected) => {
    expect(normalizeStatus(cell)).toBe(expected);
  });
});

test('status labels and allowed tiers read naturally in both languages', () => {
  expect([statusLabel('Open', 'en'), statusLabel('Signed', 'en'), statusLabel('Dropped', 'en')]).toEqual(['Open', 'Signed', 'Dropped']);
  expect([statusLabel('Open', 'zh'), statusLabel('Signed', 'zh'), statusLabel('Dropped', 'zh')]).toEqual(['跟进中', '已签单', '已放弃']);
  expect(allowedTiersText('en')).toBe('A, B or C');
  expect(allowedTiersText('zh')).toBe('A、B 或 C');
});

test('every status label reads back as its status (what the add-on writes, it can read)', () => {
  for (const s of ['Open', 'Signed', 'Dropped'] as const) {
    expect(normalizeStatus(statusLabel(s, 'en'))).toBe(s);
    expect(normalizeStatus(statusLabel(s, 'zh'))).toBe(s);
  }
});
