// The add-on's memory of a row: a short fixed form that reads back exactly, and anything else reads as "not seen".
import { decodeMemory, encodeMemory, type RowMemory } from '../../src/domain/memory';

const full: RowMemory = { tier: 'B', status: 'Signed', target: '2026-11-27', pushes: 3, namedOn: '2026-11-27', result: 'notSigned', resultOn: '2026-11-26', history: true };

test('what is written reads back the same, in about 50 characters', () => {
  const text = encodeMemory(full);
  expect(decodeMemory(text)).toEqual(full);
  expect(text.length).toBeLessThanOrEqual(60);
});

test.each(['', 'A', 'v2|A|O|||||', 'hello|world', '=SUM(A1)'])('%p is not a memory (the row is a baseline)', (cell) => {
  expect(decodeMemory(cell)).toBeNull();
});

test('a damaged field falls back to empty rather than a wrong value', () => {
  expect(decodeMemory('v1|Z|X|not-a-date|-4|||x|')).toEqual({ tier: '', status: '', target: '', pushes: 0, namedOn: '', result: '', resultOn: '', history: false });
});

test('the day of the last push is kept after the flag kind, and a cell without it reads as before', () => {
  const base = { tier: 'A' as const, status: 'Open' as const, target: '2026-11-30', pushes: 1, namedOn: '2026-11-27', result: '' as const, resultOn: '', history: false };
  expect(decodeMemory(encodeMemory(base))).toEqual(base);
  const pushed = { ...base, pushedOn: '2026-11-27' };
  expect(encodeMemory(pushed)).toBe('v1|A|O|2026-11-30|1|2026-11-27|||||2026-11-27');
  expect(decodeMemory(encodeMemory(pushed))).toEqual(pushed);
  expect(decodeMemory(encodeMemory({ ...pushed, flag: 'pushed' }))).toEqual({ ...pushed, flag: 'pushed' });
  const owed = { ...base, owed: true };
  expect(encodeMemory(owed)).toBe('v1|A|O|2026-11-30|1|2026-11-27|||n');
  expect(decodeMemory(encodeMemory(owed))).toEqual(owed);
});
