// Test rows and teams built the way the sheets adapter would: raw cells in, parseRow out.
import type { Cell, ColumnKey, Row, Settings, TeamMember } from '../../src/domain/types';
import { COLUMN_KEYS } from '../../src/domain/types';
import { parseRow } from '../../src/domain/cells';
import { buildTeamIndex, type TeamIndex } from '../../src/domain/team';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';

let nextSheetRow = 2;

export function row(cells: Partial<Record<ColumnKey, Cell>>, sheetRow = nextSheetRow++): Row {
  const raw = {} as Record<ColumnKey, Cell>;
  for (const key of COLUMN_KEYS) raw[key] = cells[key] ?? '';
  return parseRow(sheetRow, raw);
}

export function member(rep: string, managerEmails: string[] = ['boss@x.com'], active = true): TeamMember {
  return { rep, email: `${rep.toLowerCase()}@x.com`, managerEmails, active };
}

export function team(...members: TeamMember[]): TeamIndex {
  return buildTeamIndex(members);
}

export function settingsWith(overrides: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}
