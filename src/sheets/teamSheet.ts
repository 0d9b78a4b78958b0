// Reads the Team and Settings sheets (one getValues each) into domain values.
import type { Cell, Settings, TeamMember } from '../domain/types';
import { parseTeamRow } from '../domain/team';
import { parseSettings, type SettingProblem } from '../domain/settings';
import { isBlank } from '../domain/cells';
import { UserError } from '../i18n/errors';
import { CellReader } from './values';
import { SETTINGS_HEADERS, TEAM_HEADERS, mapHeaders } from './headers';
import { findSheet } from './pipeline';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readTeam(ss: Spreadsheet, timeZone: string): TeamMember[] {
  const sheet = findSheet(ss, 'team');
  if (!sheet) return [];
  const reader = new CellReader(timeZone);
  const values = sheet.getDataRange().getValues().map((r) => r.map((v) => reader.cell(v)));
  const { cols, missing } = mapHeaders(values[0] ?? [], TEAM_HEADERS);
  if (missing.includes('rep')) {
    throw new UserError('app.teamMissingColumn', { en: TEAM_HEADERS.rep.en, zh: TEAM_HEADERS.rep.zh });
  }
  const at = (row: Cell[], i: number | undefined): Cell => (i === undefined ? '' : row[i] ?? '');
  return values
    .slice(1)
    .filter((row) => !isBlank(at(row, cols.rep)))
    .map((row) =>
      parseTeamRow({
        rep: at(row, cols.rep),
        email: at(row, cols.email),
        managerEmail: at(row, cols.managerEmail),
        active: at(row, cols.active),
      }),
    );
}

export function readSettings(ss: Spreadsheet, timeZone: string): { settings: Settings; problems: SettingProblem[] } {
  const sheet = findSheet(ss, 'settings');
  if (!sheet) return parseSettings([]);
  const reader = new CellReader(timeZone);
  const range = sheet.getDataRange();
  const raw = range.getValues();
  // A time typed alone ("18:00") comes back as a date on 1899-12-30, which some zones shift by their old local mean
  // time; what the sheet shows is what the manager meant, so such cells are read as displayed.
  const shown = raw.some((r) => r.some((v) => reader.isTimeOfDay(v))) ? range.getDisplayValues() : null;
  const values = raw.map((r, i) => r.map((v, j) => (shown && reader.isTimeOfDay(v) ? shown[i][j] : reader.cell(v))));
  const { cols } = mapHeaders(values[0] ?? [], SETTINGS_HEADERS);
  const keyCol = cols.key ?? 0;
  const valueCol = cols.value ?? 1;
  const pairs: Array<[Cell, Cell]> = values.slice(1).map((row) => [row[keyCol] ?? '', row[valueCol] ?? '']);
  return parseSettings(pairs);
}

/** The Team sheet's Active header carries the problems of its column as a note ('' clears it). */
export function noteTeamActive(ss: Spreadsheet, text: string): void {
  const sheet = findSheet(ss, 'team');
  if (!sheet) return;
  const header = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0].map((v) => String(v));
  const col = mapHeaders(header, TEAM_HEADERS).cols.active;
  if (col !== undefined) sheet.getRange(1, col + 1).setNote(text);
}
