// The flag kind at the end of the memory cell: what the sheet's colour rules read, in one letter, in any language.
import { decodeMemory, encodeMemory, type RowMemory } from '../../src/domain/memory';
import { decideRow } from '../../src/domain/decide';
import { parseRow } from '../../src/domain/cells';
import { buildTeamIndex } from '../../src/domain/team';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import type { Cell, ColumnKey } from '../../src/domain/types';

const base: RowMemory = { tier: 'A', status: 'Open', target: '2026-11-25', pushes: 0, namedOn: '', result: '', resultOn: '', history: false };

test('a flagged row\'s memory ends in its kind\'s letter and reads back; an unflagged one keeps the earlier 9-field form', () => {
  expect(encodeMemory({ ...base, flag: 'missed' })).toBe('v1|A|O|2026-11-25|0|||||m');
  expect(encodeMemory({ ...base, flag: 'missed' }).endsWith('|m')).toBe(true);
  expect(decodeMemory('v1|A|O|2026-11-25|0|||||m')).toEqual({ ...base, flag: 'missed' });
  expect(encodeMemory(base)).toBe('v1|A|O|2026-11-25|0||||');
  expect(decodeMemory('v1|A|O|2026-11-25|0||||')).toEqual(base);
  expect(decodeMemory('v1|C|S||0||||h|a')).toMatchObject({ history: true, flag: 'aged' });
  expect(decodeMemory('v1|A|O||0||||x')?.flag).toBeUndefined();
});

test('deciding a row puts its primary flag kind in the memory, and takes it out when the row is fixed', () => {
  const team = buildTeamIndex([{ rep: 'Alice', email: 'a@x.com', managerEmails: ['m@x.com'], active: true }]);
  const cells = (over: Partial<Record<ColumnKey, Cell>>) => parseRow(2, {
    id: 'C-1', rep: 'Alice', customer: 'Acme', tier: 'A', status: 'Open', target: { date: '2026-11-25' }, nextStep: '', lastContact: '',
    visits: '', reason: '', tierSince: { date: '2026-11-24' }, added: { date: '2026-11-20' }, closed: '', flag: '',
    memory: encodeMemory(base), ...over,
  } as Record<ColumnKey, Cell>);
  const decide = (over: Partial<Record<ColumnKey, Cell>>) =>
    decideRow({ row: cells(over), today: '2026-11-27', lang: 'en', settings: DEFAULT_SETTINGS, team, newId: () => 'C-2' });
  const missed = decide({});
  expect(String(missed.update.memory)).toMatch(/\|m$/);
  expect(missed.after.memory?.flag).toBe('missed');
  // Invalid comes first: a bad tier on the same row makes its colour red.
  expect(String(decide({ tier: 'zz' }).update.memory)).toMatch(/\|i$/);
  const fixed = decide({ target: { date: '2026-11-30' }, memory: encodeMemory({ ...base, flag: 'missed' }) });
  expect(fixed.after.memory?.flag).toBeUndefined();
  expect(String(fixed.update.memory)).not.toMatch(/\|[a-z]$/);
});
