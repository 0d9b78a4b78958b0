// The day's rules in one home (domain/day): which rows are today's targets and what today brought for each. The
// sidebar, the Daily Log and the digest all ask these functions, so they cannot drift apart.
import { parseRow } from '../../src/domain/cells';
import { isTargetFor, isTodaysTarget, todaysResult } from '../../src/domain/day';
import { encodeMemory, type RowMemory } from '../../src/domain/memory';
import type { Cell } from '../../src/domain/types';

const TODAY = '2026-11-27';
const YESTERDAY = '2026-11-26';
const memory = (m: Partial<RowMemory>): string => encodeMemory({ tier: 'A', status: 'Open', target: '', pushes: 0, namedOn: '', result: '', resultOn: '', history: false, ...m });
function row(cells: { status?: string; target?: string; closed?: string; memory?: string }) {
  const d = (k?: string): Cell => (k ? { date: k } : '');
  return parseRow(2, {
    id: 'C-1', rep: 'Ann', customer: 'Acme', tier: 'A', status: cells.status ?? 'Open', target: d(cells.target), nextStep: '',
    lastContact: '', visits: '', reason: '', tierSince: '', added: '', closed: d(cells.closed), flag: '', memory: cells.memory ?? '',
  });
}

test('a row signed yesterday whose Target date says today is history, not one of today\'s targets', () => {
  expect(isTodaysTarget(row({ status: 'Signed', target: TODAY, closed: YESTERDAY }), TODAY)).toBe(false);
  expect(isTodaysTarget(row({ status: 'Signed', target: TODAY, closed: TODAY }), TODAY)).toBe(true);
});

test('a target moved on today (remembered) is still one of today\'s targets', () => {
  expect(isTodaysTarget(row({ target: '2026-11-30', memory: memory({ target: '2026-11-30', namedOn: TODAY }) }), TODAY)).toBe(true);
  expect(isTodaysTarget(row({ target: '2026-11-30', memory: memory({ target: TODAY }) }), TODAY)).toBe(true);
  expect(isTodaysTarget(row({ target: '2026-11-30', memory: memory({ target: '2026-11-30', namedOn: YESTERDAY }) }), TODAY)).toBe(false);
});

test('"not signed" is only what was recorded today; the sheet has the last word for closed rows', () => {
  expect(todaysResult(row({ target: TODAY, memory: memory({ target: TODAY, result: 'notSigned', resultOn: TODAY }) }), TODAY)).toBe('notSigned');
  expect(todaysResult(row({ target: TODAY, memory: memory({ target: TODAY, result: 'notSigned', resultOn: YESTERDAY }) }), TODAY)).toBeNull();
  expect(todaysResult(row({ status: 'Signed', target: TODAY, closed: TODAY }), TODAY)).toBe('signed');
  expect(todaysResult(row({ status: 'Dropped', target: TODAY, closed: YESTERDAY }), TODAY)).toBeNull();
});

test('the next working day\'s target is an open row targeted for that day', () => {
  expect(isTargetFor(row({ target: '2026-11-30' }), '2026-11-30')).toBe(true);
  expect(isTargetFor(row({ status: 'Signed', target: '2026-11-30', closed: TODAY }), '2026-11-30')).toBe(false);
});
