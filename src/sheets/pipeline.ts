// The Pipeline sheet: one batched read of the whole table, and column-wise batched writes of what changed.
import type { Cell, ColumnKey, Row } from '../domain/types';
import { COLUMN_KEYS } from '../domain/types';
import { parseRow, isEmptyRow } from '../domain/cells';
import type { RowUpdate } from '../domain/decide';
import { UserError } from '../i18n/errors';
import { CellReader, sheetValue } from './values';
import { contiguousRuns } from './runs';
import { PIPELINE_HEADERS, SHEET_NAMES, mapHeaders, matchesName, type SheetKind } from './headers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function findSheet(ss: Spreadsheet, kind: SheetKind): Sheet | null {
  return ss.getSheets().find((s) => matchesName(s.getName(), SHEET_NAMES[kind])) ?? null;
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
  if (!sheet) throw new UserError('app.noSheet', { en: SHEET_NAMES[kind].en, zh: SHEET_NAMES[kind].zh });
  return sheet;
}

export type Columns = Record<ColumnKey, number>;

/** The add-on's memory column may be missing on a sheet set up before it existed: the session appends it. */
const OPTIONAL: ReadonlySet<ColumnKey> = new Set(['memory']);

/**
 * Maps a header row; a missing or renamed column is reported with its names and the fix, never guessed. The memory
 * column alone may be absent (-1).
 */
export function pipelineColumns(headerRow: Cell[]): Columns {
  const { cols, missing: all } = mapHeaders(headerRow, PIPELINE_HEADERS);
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
}

export function rowFromValues(sheetRow: number, values: unknown[], cols: Columns, reader: CellReader): Row {
  const raw = {} as Record<ColumnKey, Cell>;
  for (const key of COLUMN_KEYS) raw[key] = cols[key] < 0 ? '' : reader.cell(values[cols[key]]);
  return parseRow(sheetRow, raw);
}

function tableOf(sheet: Sheet, values: unknown[][], header: unknown[], firstRow: number, timeZone: string): PipelineTable {
  const cols = pipelineColumns(header.map((v) => (typeof v === 'string' ? v : String(v))));
  const reader = new CellReader(timeZone);
  const bySheetRow = new Map<number, Row>();
  const rows: Row[] = [];
  values.forEach((cells, i) => {
    const row = rowFromValues(firstRow + i, cells, cols, reader);
    bySheetRow.set(row.sheetRow, row);
    if (!isEmptyRow(row)) rows.push(row);
  });
  return { sheet, cols, width: header.length, bySheetRow, rows, lastRow: firstRow + values.length - 1 };
}

/** The Pipeline's header row mapped (one read); a missing column throws the UserError that names it and the fix. */
export function readPipelineHeader(sheet: Sheet): Columns {
  return pipelineColumns(sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0].map((v) => String(v)));
}

/** Reads the whole Pipeline in one getValues. */
export function readPipeline(ss: Spreadsheet, timeZone: string): PipelineTable {
  const sheet = requireSheet(ss, 'pipeline');
  const values = sheet.getDataRange().getValues();
  return tableOf(sheet, values.slice(1), values[0], 2, timeZone);
}

/**
 * Reads the header row and rows firstRow..lastRow of an edited Pipeline sheet: two getValues whatever the sheet's
 * size (the header, then the block at the sheet's used width).
 */
export function readPipelineBlock(sheet: Sheet, firstRow: number, lastRow: number, timeZone: string): PipelineTable {
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const values = sheet.getRange(firstRow, 1, lastRow - firstRow + 1, width).getValues();
  return tableOf(sheet, values, header, firstRow, timeZone);
}

/** The ID column's values from row 2 down (one read), for telling a pasted copy from its original. */
export function readIds(table: Pick<PipelineTable, 'sheet' | 'cols'>): string[] {
  const last = table.sheet.getLastRow();
  if (last < 2) return [];
  return table.sheet.getRange(2, table.cols.id + 1, last - 1, 1).getValues().map((r) => String(r[0]).trim());
}

/** Appends the add-on's memory column after the used width, hidden, and returns the table with it. */
export function addMemoryColumn(table: PipelineTable, header: string): PipelineTable {
  const col = table.width + 1;
  if (col > table.sheet.getMaxColumns()) table.sheet.insertColumnsAfter(table.sheet.getMaxColumns(), 1);
  table.sheet.getRange(1, col).setValue(header);
  table.sheet.hideColumns(col);
  return { ...table, cols: { ...table.cols, memory: col - 1 }, width: col };
}

/** The first row under the last one holding a customer, rep or tier: a row with only the team's formulas is free. */
export function firstFreeRow(table: PipelineTable): number {
  const last = table.rows.reduce((max, r) => Math.max(max, r.sheetRow), 1);
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
