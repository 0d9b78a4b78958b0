// The Pipeline sheet: one batched read of the whole table, and column-wise batched writes of what changed.
import type { Cell, ColumnKey, Row } from '../domain/types';
import { COLUMN_KEYS } from '../domain/types';
import { parseRow, isEmptyRow } from '../domain/cells';
import { UserError } from '../i18n/errors';
import { CellReader, sheetValue } from './values';
import { contiguousRuns } from './runs';
import { PIPELINE_HEADERS, SHEET_NAMES, mapHeaders, matchesName, type SheetKind } from './headers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function findSheet(ss: Spreadsheet, kind: SheetKind): Sheet | null {
  return ss.getSheets().find((s) => matchesName(s.getName(), SHEET_NAMES[kind])) ?? null;
}

export function requireSheet(ss: Spreadsheet, kind: SheetKind): Sheet {
  const sheet = findSheet(ss, kind);
  if (!sheet) throw new UserError('app.noSheet', { en: SHEET_NAMES[kind].en, zh: SHEET_NAMES[kind].zh });
  return sheet;
}

export type Columns = Record<ColumnKey, number>;

/** Maps a header row; a missing or renamed column is reported with its names and the fix, never guessed. */
export function pipelineColumns(headerRow: Cell[]): Columns {
  const { cols, missing } = mapHeaders(headerRow, PIPELINE_HEADERS);
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
  for (const key of COLUMN_KEYS) raw[key] = reader.cell(values[cols[key]]);
  return parseRow(sheetRow, raw);
}

/** Reads the whole Pipeline in one getValues. */
export function readPipeline(ss: Spreadsheet, timeZone: string): PipelineTable {
  const sheet = requireSheet(ss, 'pipeline');
  const values = sheet.getDataRange().getValues();
  const cols = pipelineColumns(values[0].map((v) => (typeof v === 'string' ? v : String(v))));
  const reader = new CellReader(timeZone);
  const bySheetRow = new Map<number, Row>();
  const rows: Row[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = rowFromValues(i + 1, values[i], cols, reader);
    bySheetRow.set(i + 1, row);
    if (!isEmptyRow(row)) rows.push(row);
  }
  return { sheet, cols, width: values[0].length, bySheetRow, rows, lastRow: values.length };
}

export type RowUpdate = Partial<Record<ColumnKey, Cell>>;

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
  const keyAt = new Map(COLUMN_KEYS.filter((k) => update[k] !== undefined).map((k) => [table.cols[k], k] as const));
  for (const run of contiguousRuns([...keyAt.keys()])) {
    const values = [run.map((c) => sheetValue(update[keyAt.get(c) as ColumnKey] as Cell, timeZone))];
    setValuesAsTyped(table.sheet.getRange(sheetRow, run[0] + 1, 1, run.length), values);
  }
}
