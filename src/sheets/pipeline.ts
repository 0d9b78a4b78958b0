// The Pipeline sheet: one batched read of the whole table, and column-wise batched writes of what changed. The sheet may
// be the team's own tab (Settings' Pipeline sheet), its header row below a title (the first of the first 10 rows naming
// three columns), and its headers the team's own words (synonyms, Settings' `Column: <key>` rows).
import type { Cell, ColumnKey, Row } from '../domain/types';
import { COLUMN_KEYS } from '../domain/types';
import { parseRow, isEmptyRow } from '../domain/cells';
import type { RowUpdate } from '../domain/decide';
import { PIPELINE_SYNONYMS } from '../domain/synonyms';
import { nameKey } from '../domain/text';
import { UserError } from '../i18n/errors';
import { t } from '../i18n';
import { CellReader, sheetValue } from './values';
import { contiguousRuns } from './runs';
import {
  HEADER_SEARCH_ROWS, PIPELINE_HEADERS, SHEET_NAMES, findHeaderRow, mapHeaders, matchesName, type HeaderMap, type SheetKind,
} from './headers';
import { readSettings } from './teamSheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The tab Settings names for a kind ('' for none): the team's own Pipeline or Team tab. */
function namedInSettings(ss: Spreadsheet, kind: SheetKind): string {
  if (kind !== 'pipeline' && kind !== 'team') return '';
  const { settings } = readSettings(ss, ss.getSpreadsheetTimeZone());
  return kind === 'pipeline' ? settings.pipelineSheet : settings.teamSheet;
}

function byName(sheets: Sheet[], name: string): Sheet | null {
  const key = nameKey(name);
  return sheets.find((s) => nameKey(s.getName()) === key) ?? null;
}

/** The tab of a kind: the one Settings names (Pipeline sheet / Team sheet), else the add-on's own name. */
export function findSheet(ss: Spreadsheet, kind: SheetKind): Sheet | null {
  const sheets = ss.getSheets();
  const named = namedInSettings(ss, kind);
  const own = named ? byName(sheets, named) : null;
  return own ?? sheets.find((s) => matchesName(s.getName(), SHEET_NAMES[kind])) ?? null;
}

/** Which of the add-on's sheets a tab is (by name, or named in Settings), or null. */
export function sheetKindOf(sheet: Sheet): SheetKind | null {
  const name = sheet.getName();
  const kinds = Object.keys(SHEET_NAMES) as SheetKind[];
  const own = kinds.find((k) => matchesName(name, SHEET_NAMES[k]));
  if (own === 'settings' || own === 'log') return own;
  const ss = sheet.getParent();
  for (const kind of ['pipeline', 'team'] as const) {
    const named = namedInSettings(ss, kind);
    if (named && nameKey(named) === nameKey(name)) return kind;
  }
  // A tab called Pipeline is not the pipeline when Settings names another one.
  if (own && !namedInSettings(ss, own)) return own;
  return null;
}

export function hasSheet(ss: Spreadsheet, kind: SheetKind): boolean {
  return findSheet(ss, kind) !== null;
}

/** The last run's record, kept as a note on the Daily Log's first cell where a manager can read it. */
export function writeRunRecord(ss: Spreadsheet, text: string): void {
  const log = findSheet(ss, 'log');
  if (log) log.getRange(1, 1).setNote(text);
}

export function requireSheet(ss: Spreadsheet, kind: SheetKind): Sheet {
  const sheet = findSheet(ss, kind);
  if (sheet) return sheet;
  const named = namedInSettings(ss, kind);
  if (named) {
    const setting = kind === 'pipeline' ? 'set.pipelineSheet' : 'set.teamSheet';
    throw new UserError('adopt.noTab', { name: named, en: t('en', setting), zh: t('zh', setting) });
  }
  throw new UserError('app.noSheet', { en: SHEET_NAMES[kind].en, zh: SHEET_NAMES[kind].zh });
}

export type Columns = Record<ColumnKey, number>;

/** The add-on's memory column may be missing on a sheet set up before it existed: the session appends it. */
const OPTIONAL: ReadonlySet<ColumnKey> = new Set(['memory']);

/** A Pipeline header row names at least three of its columns (SPEC "Adopting a team's own sheet"). */
export const PIPELINE_MIN_MATCHES = 3;

/** How the team's headers map to the Pipeline's columns: names, synonyms and the Settings overrides. */
export function mapPipelineHeader(headerRow: Cell[], overrides: Partial<Record<ColumnKey, string>> = {}): HeaderMap<ColumnKey> {
  return mapHeaders(headerRow, PIPELINE_HEADERS, { synonyms: PIPELINE_SYNONYMS, overrides });
}

/** The 1-based header row among the first rows, or null when none names three Pipeline columns. */
export function pipelineHeaderRow(rows: Cell[][], overrides: Partial<Record<ColumnKey, string>> = {}): number | null {
  return findHeaderRow(rows, PIPELINE_HEADERS, PIPELINE_MIN_MATCHES, { synonyms: PIPELINE_SYNONYMS, overrides });
}

/**
 * Maps a header row; a missing or renamed column is reported with its names and the fix, never guessed. The memory
 * column alone may be absent (-1).
 */
export function pipelineColumns(headerRow: Cell[], overrides: Partial<Record<ColumnKey, string>> = {}): Columns {
  const { cols, missing: all } = mapPipelineHeader(headerRow, overrides);
  const missing = all.filter((k) => !OPTIONAL.has(k));
  for (const k of all) if (OPTIONAL.has(k)) cols[k] = -1;
  if (missing.length) {
    throw new UserError('app.missingColumns', {
      en: missing.map((k) => `“${PIPELINE_HEADERS[k].en}”`).join(', '),
      zh: missing.map((k) => `“${PIPELINE_HEADERS[k].zh}”`).join('、'),
    });
  }
  return cols as Columns;
}

function overridesOf(sheet: Sheet): Partial<Record<ColumnKey, string>> {
  const ss = sheet.getParent();
  return readSettings(ss, ss.getSpreadsheetTimeZone()).settings.columns;
}

export interface PipelineLayout {
  /** 1-based row of the header; data starts below it. Rows above it are the team's titles, never read as data. */
  headerRow: number;
  cols: Columns;
  width: number;
  /** How each column was recognised: only those under the add-on's own names were written by it. */
  how: HeaderMap<ColumnKey>['how'];
}

function layoutOf(top: unknown[][], overrides: Partial<Record<ColumnKey, string>>): { headerRow: number; header: Cell[] } {
  const rows = top.map((r) => r.map((v) => (typeof v === 'string' ? v : String(v))));
  const headerRow = pipelineHeaderRow(rows, overrides) ?? 1;
  return { headerRow, header: rows[headerRow - 1] ?? [] };
}

/** The header row and columns of a Pipeline sheet (one read of its first rows); a missing column throws. */
export function readPipelineLayout(sheet: Sheet): PipelineLayout {
  const width = Math.max(sheet.getLastColumn(), 1);
  const rows = Math.max(Math.min(sheet.getLastRow(), HEADER_SEARCH_ROWS), 1);
  const overrides = overridesOf(sheet);
  const { headerRow, header } = layoutOf(sheet.getRange(1, 1, rows, width).getValues(), overrides);
  return { headerRow, cols: pipelineColumns(header, overrides), width, how: mapPipelineHeader(header, overrides).how };
}

export interface PipelineTable {
  sheet: Sheet;
  cols: Columns;
  /** Number of columns read (the sheet's used width). */
  width: number;
  /** Every data row read, empty ones included, by sheet row number. */
  bySheetRow: Map<number, Row>;
  /** Rows with anything in them, in sheet order. */
  rows: Row[];
  lastRow: number;
  /** 1-based row of the header (below the team's title rows). */
  headerRow: number;
}

export function rowFromValues(sheetRow: number, values: unknown[], cols: Columns, reader: CellReader): Row {
  const raw = {} as Record<ColumnKey, Cell>;
  for (const key of COLUMN_KEYS) raw[key] = cols[key] < 0 ? '' : reader.cell(values[cols[key]]);
  return parseRow(sheetRow, raw);
}

function tableOf(sheet: Sheet, values: unknown[][], header: Cell[], headerRow: number, firstRow: number, timeZone: string, overrides: Partial<Record<ColumnKey, string>>): PipelineTable {
  const cols = pipelineColumns(header, overrides);
  const reader = new CellReader(timeZone);
  const bySheetRow = new Map<number, Row>();
  const rows: Row[] = [];
  values.forEach((cells, i) => {
    const row = rowFromValues(firstRow + i, cells, cols, reader);
    bySheetRow.set(row.sheetRow, row);
    if (!isEmptyRow(row)) rows.push(row);
  });
  return { sheet, cols, width: header.length, bySheetRow, rows, lastRow: firstRow + values.length - 1, headerRow };
}

/** The Pipeline's header row mapped (one read); a missing column throws the UserError that names it and the fix. */
export function readPipelineHeader(sheet: Sheet): Columns {
  return readPipelineLayout(sheet).cols;
}

/** Reads the whole Pipeline in one getValues. */
export function readPipeline(ss: Spreadsheet, timeZone: string): PipelineTable {
  const sheet = requireSheet(ss, 'pipeline');
  const values = sheet.getDataRange().getValues();
  const overrides = overridesOf(sheet);
  const { headerRow, header } = layoutOf(values.slice(0, HEADER_SEARCH_ROWS), overrides);
  return tableOf(sheet, values.slice(headerRow), header, headerRow, headerRow + 1, timeZone, overrides);
}

/**
 * Reads the header row and rows firstRow..lastRow of an edited Pipeline sheet: two getValues whatever the sheet's
 * size (the first rows, where the header is, then the block at the sheet's used width). Rows at or above the header
 * (the team's titles) are never read as data.
 */
export function readPipelineBlock(sheet: Sheet, firstRow: number, lastRow: number, timeZone: string): PipelineTable {
  const width = sheet.getLastColumn();
  const overrides = overridesOf(sheet);
  const top = sheet.getRange(1, 1, Math.max(Math.min(sheet.getLastRow(), HEADER_SEARCH_ROWS), 1), width).getValues();
  const { headerRow, header } = layoutOf(top, overrides);
  const first = Math.max(firstRow, headerRow + 1);
  const values = first <= lastRow ? sheet.getRange(first, 1, lastRow - first + 1, width).getValues() : [];
  return tableOf(sheet, values, header, headerRow, first, timeZone, overrides);
}

/** The ID column's values from row 2 down (one read), for telling a pasted copy from its original. */
export function readIds(table: Pick<PipelineTable, 'sheet' | 'cols' | 'headerRow'>): string[] {
  const last = table.sheet.getLastRow();
  const first = table.headerRow + 1;
  if (last < first) return [];
  return table.sheet.getRange(first, table.cols.id + 1, last - first + 1, 1).getValues().map((r) => String(r[0]).trim());
}

/** Appends the add-on's memory column after the used width, hidden, and returns the table with it. */
export function addMemoryColumn(table: PipelineTable, header: string): PipelineTable {
  const col = table.width + 1;
  if (col > table.sheet.getMaxColumns()) table.sheet.insertColumnsAfter(table.sheet.getMaxColumns(), 1);
  table.sheet.getRange(table.headerRow, col).setValue(header);
  table.sheet.hideColumns(col);
  return { ...table, cols: { ...table.cols, memory: col - 1 }, width: col };
}

/** The first row under the last one holding a customer, rep or tier: a row with only the team's formulas is free. */
export function firstFreeRow(table: PipelineTable): number {
  const last = table.rows.reduce((max, r) => Math.max(max, r.sheetRow), table.headerRow);
  return last + 1;
}

/** Makes room for a row at sheetRow (the sheet may end right above it). */
export function ensureRow(sheet: Sheet, sheetRow: number): void {
  if (sheetRow > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), sheetRow - sheet.getMaxRows());
}

/** Selects a row for the person at the sheet; false when a filter or the team has hidden it. */
export function selectRow(table: PipelineTable, sheetRow: number): boolean {
  const hidden = table.sheet.isRowHiddenByFilter(sheetRow) || table.sheet.isRowHiddenByUser(sheetRow);
  table.sheet.activate();
  table.sheet.getRange(sheetRow, 1, 1, table.width).activate();
  return !hidden;
}

export type { RowUpdate } from '../domain/decide';

/**
 * Writes the changed cells: one setValues per changed column, spanning the changed rows. Columns the team added
 * are never written; rows between changed ones are written back with the value that was read.
 */
export function writeUpdates(
  table: Pick<PipelineTable, 'sheet' | 'cols' | 'bySheetRow'>,
  updates: Map<number, RowUpdate>,
  timeZone: string,
): void {
  if (updates.size === 1) return writeOneRow(table, [...updates.entries()][0], timeZone);
  for (const key of COLUMN_KEYS) {
    if (table.cols[key] < 0) continue;
    const touched = [...updates.keys()].filter((r) => updates.get(r)?.[key] !== undefined);
    if (!touched.length) continue;
    const first = touched.reduce((a, b) => Math.min(a, b));
    const last = touched.reduce((a, b) => Math.max(a, b));
    const column: unknown[][] = [];
    for (let r = first; r <= last; r++) {
      const next = updates.get(r)?.[key];
      const cell = next !== undefined ? next : table.bySheetRow.get(r)?.raw[key] ?? '';
      column.push([sheetValue(cell, timeZone)]);
    }
    setValuesAsTyped(table.sheet.getRange(first, table.cols[key] + 1, column.length, 1), column);
  }
}

/**
 * Writes values made by sheetValue. Its apostrophe keeps text from being reinterpreted, but a cell formatted as plain
 * text keeps a written apostrophe literally, so there (found with one extra read, only when something was quoted) the
 * text goes in bare.
 */
function setValuesAsTyped(range: GoogleAppsScript.Spreadsheet.Range, values: unknown[][]): void {
  const quoted = (v: unknown) => typeof v === 'string' && v.startsWith("'");
  if (values.some((row) => row.some(quoted))) {
    const formats = range.getNumberFormats();
    values = values.map((row, r) => row.map((v, c) => (quoted(v) && formats[r][c] === '@' ? (v as string).slice(1) : v)));
  }
  range.setValues(values);
}

/** One row: a setValues per run of adjacent changed columns (a new row is usually one call). */
function writeOneRow(table: Pick<PipelineTable, 'sheet' | 'cols'>, [sheetRow, update]: [number, RowUpdate], timeZone: string): void {
  const keyAt = new Map(COLUMN_KEYS.filter((k) => update[k] !== undefined && table.cols[k] >= 0).map((k) => [table.cols[k], k] as const));
  for (const run of contiguousRuns([...keyAt.keys()])) {
    const values = [run.map((c) => sheetValue(update[keyAt.get(c) as ColumnKey] as Cell, timeZone))];
    setValuesAsTyped(table.sheet.getRange(sheetRow, run[0] + 1, 1, run.length), values);
  }
}
