// Reads the Team and Settings sheets (one getValues each) into domain values. A team's own Team tab is read through
// its header row, wherever in the first rows it is, and the synonyms of domain/synonyms.
import type { Cell, Settings, TeamMember } from '../domain/types';
import { parseTeamRow } from '../domain/team';
import { parseSettings, type SettingProblem } from '../domain/settings';
import { useStatusWords } from '../domain/tier';
import { isBlank, cellText } from '../domain/cells';
import { TEAM_SYNONYMS, type TeamKey } from '../domain/synonyms';
import { CellReader } from './values';
import { SETTINGS_HEADERS, TEAM_ALL_HEADERS, findHeaderRow, mapHeaders, type HeaderMap, type MatchOptions } from './headers';
import { findSheet } from './sheetLookup';
import { PerDocument } from './perDocument';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A Team header row names at least two Team columns (SPEC "Adopting a team's own sheet"). */
export const TEAM_MIN_MATCHES = 2;

export interface TeamLayout {
  /** 1-based; 1 when no row named two Team columns. */
  headerRow: number;
  map: HeaderMap<TeamKey>;
  /** The team's column that looked like Manager email but holds names (kept; Manager email is appended). */
  managerNames: number | null;
}

const looksLikeEmail = (c: Cell) => /@/.test(cellText(c));

/**
 * Where Team's columns are. A column that is Manager email only by synonym ("Manager") but holds names rather than
 * addresses is not taken for it: the team keeps it, and Manager email is appended for them to fill.
 */
export function teamLayout(values: Cell[][]): TeamLayout {
  const base: MatchOptions<TeamKey> = { synonyms: TEAM_SYNONYMS };
  const headerRow = findHeaderRow(values, TEAM_ALL_HEADERS, TEAM_MIN_MATCHES, base) ?? 1;
  const data = values.slice(headerRow);
  const holdsNames = (index: number) => {
    const filled = data.map((r) => r[index] ?? '').filter((c) => !isBlank(c));
    return filled.length > 0 && !filled.some(looksLikeEmail);
  };
  let managerNames: number | null = null;
  const map = mapHeaders(values[headerRow - 1] ?? [], TEAM_ALL_HEADERS, {
    ...base,
    refuseSynonym: (key, index) => {
      if (key !== 'managerEmail' || !holdsNames(index)) return false;
      managerNames = index;
      return true;
    },
  });
  return { headerRow, map, managerNames };
}

export function readTeam(ss: Spreadsheet, timeZone: string): TeamMember[] {
  const sheet = findSheet(ss, 'team');
  if (!sheet) return [];
  const reader = new CellReader(timeZone);
  const values = sheet.getDataRange().getValues().map((r) => r.map((v) => reader.cell(v)));
  const { headerRow, map } = teamLayout(values);
  const cols = map.cols;
  // A Team tab without a Rep column is adopted, never refused: Set up appends the column and the team fills it.
  if (cols.rep === undefined) return [];
  const at = (row: Cell[], i: number | undefined): Cell => (i === undefined ? '' : row[i] ?? '');
  return values
    .slice(headerRow)
    .filter((row) => !isBlank(at(row, cols.rep)))
    .map((row) =>
      parseTeamRow({
        rep: at(row, cols.rep),
        email: at(row, cols.email),
        managerEmail: at(row, cols.managerEmail),
        active: at(row, cols.active),
        teamName: at(row, cols.teamName),
        region: at(row, cols.region),
        directorEmail: at(row, cols.directorEmail),
      }),
    );
}

// Settings are read once per execution (every run starts afresh): the Pipeline's tab, its header overrides and the
// team's status words are needed by several readers of the same run. Writers of Settings forget what was read.
type SettingsRead = { settings: Settings; problems: SettingProblem[] };
const settingsRead = new PerDocument<SettingsRead>();

/** Settings, read once per execution (the zone is asked for only when they must be read). */
export function readSettings(ss: Spreadsheet, timeZone?: string): SettingsRead {
  const known = settingsRead.get(ss);
  if (known) return known;
  const read = readSettingsSheet(ss, timeZone ?? ss.getSpreadsheetTimeZone());
  useStatusWords(read.settings);
  settingsRead.set(ss, read);
  return read;
}

/** Settings this execution already has (the edit guard's cached copy): later readers use them without a read. */
export function useSettings(ss: Spreadsheet, read: SettingsRead): void {
  useStatusWords(read.settings);
  settingsRead.set(ss, read);
}

/** After a write to Settings: the next read of this run sees it. */
export function forgetSettings(_ss: Spreadsheet): void {
  settingsRead.clear();
}

function readSettingsSheet(ss: Spreadsheet, timeZone: string): { settings: Settings; problems: SettingProblem[] } {
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
  const width = Math.max(sheet.getLastColumn(), 1);
  const rows = Math.max(Math.min(sheet.getLastRow(), 10), 1);
  const values = sheet.getRange(1, 1, rows, width).getValues() as Cell[][];
  const { headerRow, map } = teamLayout(values);
  const col = map.cols.active;
  if (col === undefined) return;
  const cell = sheet.getRange(headerRow, col + 1);
  // The header may be the team's own: its note is rewritten only when the text changes.
  if (cell.getNote() !== text) cell.setNote(text);
}
