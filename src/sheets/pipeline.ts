// The Pipeline sheet: one batched read of the whole table (or of an edited block, or of some columns); the writes are in
// pipelineWrites. The sheet may be the team's own tab (Settings' Pipeline sheet), its header row below a title (the first of the first 10 rows naming
// three columns), and its headers the team's own words (synonyms, Settings' `Column: <key>` rows).
import type { Cell, ColumnKey, Row } from '../domain/types';
import { COLUMN_KEYS } from '../domain/types';
import { isBlank, parseRow, isEmptyRow } from '../domain/cells';
import { PIPELINE_SYNONYMS } from '../domain/synonyms';
import { UserError } from '../i18n/errors';
import { CellReader } from './values';
import { contiguousRuns } from './runs';
import { CELLS_PER_CALL } from './pipelineWrites';
import {
  HEADER_SEARCH_ROWS, PIPELINE_HEADERS, findHeaderRow, mapHeaders, type HeaderMap,
} from './headers';
import { readSettings } from './teamSheet';
import { requireSheet } from './sheetLookup';

export { findSheet, forgetSheets, hasSheet, requireSheet, sheetKindByName, sheetKindOf, sheetNameOf, writeRunRecord } from './sheetLookup';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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
  return readSettings(ss).settings.columns;
}

export interface PipelineLayout {
  /** 1-based row of the header; data starts below it. Rows above it are the team's titles, never read as data. */
  headerRow: number;
  cols: Columns;
  width: number;
  /** How each column was recognised: only those under the add-on's own names were written by it. */
  how: HeaderMap<ColumnKey>['how'];
  /** The header row's texts as read. */
  header: string[];
  /** The sheet's last row with anything in it, as Sheets answered while finding the header. */
  lastRow: number;
}

function layoutOf(top: unknown[][], overrides: Partial<Record<ColumnKey, string>>): { headerRow: number; header: Cell[] } {
  const rows = top.map((r) => r.map((v) => (typeof v === 'string' ? v : String(v))));
  const headerRow = pipelineHeaderRow(rows, overrides) ?? 1;
  return { headerRow, header: rows[headerRow - 1] ?? [] };
}

/** The header row and columns of a Pipeline sheet (one read of its first rows); a missing column throws. */
export function readPipelineLayout(sheet: Sheet): PipelineLayout {
  const width = Math.max(sheet.getLastColumn(), 1);
  const lastRow = sheet.getLastRow();
  const rows = Math.max(Math.min(lastRow, HEADER_SEARCH_ROWS), 1);
  const overrides = overridesOf(sheet);
  const { headerRow, header } = layoutOf(sheet.getRange(1, 1, rows, width).getValues(), overrides);
  return { headerRow, cols: pipelineColumns(header, overrides), width, how: mapPipelineHeader(header, overrides).how, header: header.map((v) => String(v)), lastRow };
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
  /**
   * The values as read (row `first` is values[0]), so a batched write may put an unchanged cell between changed ones
   * back exactly as it was instead of making another call.
   */
  read?: { first: number; values: unknown[][] };
  /** The header row's texts, where the read included it (the whole-sheet read does). */
  header?: string[];
  /**
   * For a read of some rows only (a rep's): the last row known to hold something, read or not, so a new row never
   * lands on a row this read did not take.
   */
  usedTo?: number;
}

/** Where the Pipeline's columns are: what the edit guard keeps in the document cache instead of reading the header. */
export interface PipelineShape {
  headerRow: number;
  cols: Columns;
  width: number;
}

export function rowFromValues(sheetRow: number, values: unknown[], cols: Columns, reader: CellReader): Row {
  const raw = {} as Record<ColumnKey, Cell>;
  for (const key of COLUMN_KEYS) raw[key] = cols[key] < 0 ? '' : reader.cell(values[cols[key]]);
  return parseRow(sheetRow, raw);
}

function tableOf(sheet: Sheet, values: unknown[][], shape: PipelineShape, firstRow: number, timeZone: string): PipelineTable {
  const { cols, width, headerRow } = shape;
  const reader = new CellReader(timeZone);
  const bySheetRow = new Map<number, Row>();
  const rows: Row[] = [];
  values.forEach((cells, i) => {
    const row = rowFromValues(firstRow + i, cells, cols, reader);
    bySheetRow.set(row.sheetRow, row);
    if (!isEmptyRow(row)) rows.push(row);
  });
  return { sheet, cols, width, bySheetRow, rows, lastRow: firstRow + values.length - 1, headerRow, read: { first: firstRow, values } };
}

function shapeOf(top: unknown[][], overrides: Partial<Record<ColumnKey, string>>): PipelineShape {
  const { headerRow, header } = layoutOf(top, overrides);
  return { headerRow, cols: pipelineColumns(header, overrides), width: header.length };
}

/** The Pipeline's header row mapped (one read); a missing column throws the UserError that names it and the fix. */
export function readPipelineHeader(sheet: Sheet): Columns {
  return readPipelineLayout(sheet).cols;
}

// The shape of the Pipeline each whole read found, per sheet: the edit guard's cache is rebuilt from it.
const shapes = new WeakMap<Sheet, PipelineShape>();

/** The shape this execution last read for the sheet (undefined before a read). */
export function shapeSeen(sheet: Sheet): PipelineShape | undefined {
  return shapes.get(sheet);
}

/** Reads the whole Pipeline in one getValues. */
export function readPipeline(ss: Spreadsheet, timeZone: string): PipelineTable {
  const sheet = requireSheet(ss, 'pipeline');
  const values = sheet.getDataRange().getValues();
  const shape = shapeOf(values.slice(0, HEADER_SEARCH_ROWS), overridesOf(sheet));
  shapes.set(sheet, shape);
  const table = tableOf(sheet, values.slice(shape.headerRow), shape, shape.headerRow + 1, timeZone);
  return { ...table, header: (values[shape.headerRow - 1] ?? []).map((v) => String(v)) };
}

/**
 * Reads the header row and rows firstRow..lastRow of an edited Pipeline sheet: two getValues whatever the sheet's
 * size (the first rows, where the header is, then the block at the sheet's used width). Rows at or above the header
 * (the team's titles) are never read as data.
 */
export function readPipelineBlock(sheet: Sheet, firstRow: number, lastRow: number, timeZone: string): PipelineTable {
  const width = sheet.getLastColumn();
  const top = sheet.getRange(1, 1, Math.max(Math.min(sheet.getLastRow(), HEADER_SEARCH_ROWS), 1), width).getValues();
  const shape = shapeOf(top, overridesOf(sheet));
  shapes.set(sheet, shape);
  return readPipelineBlockAt(sheet, shape, firstRow, lastRow, timeZone);
}

/** Rows firstRow..lastRow in one getValues, where a known shape (the guard's cached header) says the columns are. */
export function readPipelineBlockAt(sheet: Sheet, shape: PipelineShape, firstRow: number, lastRow: number, timeZone: string): PipelineTable {
  const first = Math.max(firstRow, shape.headerRow + 1);
  const values = first <= lastRow ? sheet.getRange(first, 1, lastRow - first + 1, shape.width).getValues() : [];
  return tableOf(sheet, values, shape, first, timeZone);
}

/**
 * Whether the columns a cached shape names still hold what they held (a column inserted, deleted or moved without an
 * edit event leaves the cache behind): every memory cell read is the add-on's own form or empty, and at least one is
 * the add-on's. null when the rows read cannot tell (no row the add-on has seen).
 */
export function shapeStillHolds(table: PipelineTable): boolean | null {
  const col = table.cols.memory;
  if (col < 0 || !table.read) return null;
  let seen = false;
  for (const values of table.read.values) {
    const cell = values[col];
    if (cell === '' || cell === null || cell === undefined) continue;
    if (typeof cell !== 'string' || !cell.startsWith('v1|')) return false;
    seen = true;
  }
  return seen ? true : null;
}

/**
 * Only the columns holding `keys`, below the header: one getValues per block of adjacent wanted columns (two blocks
 * joined when the columns between cost less than another call), after the read of the first rows that finds the
 * header. Rows carry only those keys (the others read as empty): for showing, never for deciding or writing.
 */
export function readPipelineColumns(ss: Spreadsheet, keys: readonly ColumnKey[], timeZone: string): PipelineTable {
  const sheet = requireSheet(ss, 'pipeline');
  const layout = readPipelineLayout(sheet);
  const wanted = keys.filter((k) => layout.cols[k] >= 0);
  const lastRow = sheet.getLastRow();
  const rows = Math.max(lastRow - layout.headerRow, 0);
  const cols = { ...layout.cols };
  for (const k of COLUMN_KEYS) if (!wanted.includes(k)) cols[k] = -1;
  const shape: PipelineShape = { headerRow: layout.headerRow, cols, width: layout.width };
  const values: unknown[][] = Array.from({ length: rows }, () => new Array(layout.width).fill(''));
  const blocks: number[][] = [];
  for (const run of contiguousRuns(wanted.map((k) => layout.cols[k]))) {
    const last = blocks[blocks.length - 1];
    if (last && (run[0] - last[last.length - 1] - 1) * rows <= CELLS_PER_CALL) last.push(...run);
    else blocks.push([...run]);
  }
  for (const block of blocks) {
    if (!rows) break;
    const from = block[0], to = block[block.length - 1];
    const read = sheet.getRange(layout.headerRow + 1, from + 1, rows, to - from + 1).getValues();
    read.forEach((line, i) => { for (let c = from; c <= to; c++) values[i][c] = line[c - from]; });
  }
  const table = tableOf(sheet, values, shape, layout.headerRow + 1, timeZone);
  // Nothing of it is put back by a write: a table of some columns is never the row as it stands.
  return { ...table, cols: layout.cols, read: undefined };
}

/**
 * The sheet rows whose ID is `id`: none, one, or a copy's two. Sheets searches the ID column itself (a TextFinder), so
 * no cell of the column travels to the script — one round trip whatever the sheet's size.
 */
export function rowsWithId(sheet: Sheet, shape: PipelineShape, id: string, lastRow?: number): number[] {
  const key = id.trim();
  if (!key) return [];
  const first = shape.headerRow + 1;
  const last = lastRow ?? sheet.getLastRow();
  if (last < first) return [];
  const pattern = `^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`;
  return sheet.getRange(first, shape.cols.id + 1, last - first + 1, 1)
    .createTextFinder(pattern).useRegularExpression(true).matchCase(true).findAll()
    .map((range) => range.getRow());
}

/**
 * The rows of some reps (and the rows under the last one with a rep), for the sidebar: the header's first rows, the
 * Rep column, then those rows at the sheet's used width, a read per run of them — two runs joined while the rows
 * between cost less than another call. A rep named with other spacing or case is the same rep (repKey).
 * Rows are decided and written as in any session; the rows not read are simply not in the table.
 */
export function readPipelineRepRows(sheet: Sheet, layout: PipelineLayout, repKeys: ReadonlySet<string>, keyOf: (rep: string) => string, timeZone: string): PipelineTable {
  const first = layout.headerRow + 1;
  const last = layout.lastRow;
  const reps = last >= first ? sheet.getRange(first, layout.cols.rep + 1, last - first + 1, 1).getValues() : [];
  let lastWithRep = layout.headerRow;
  const wanted: number[] = [];
  reps.forEach((line, i) => {
    const rep = line[0];
    if (rep === '' || rep === null) return;
    lastWithRep = first + i;
    if (repKeys.has(keyOf(String(rep)))) wanted.push(first + i);
  });
  // Rows under the last rep (a customer typed without a rep yet, the team's formulas) are read too: a new row goes under them.
  for (let r = lastWithRep + 1; r <= last; r++) wanted.push(r);
  const table = readPipelineRows(sheet, layout, wanted, timeZone);
  return { ...table, usedTo: Math.max(table.usedTo ?? 0, lastWithRep) };
}

/**
 * Some rows of the Pipeline (1-based sheet rows below the header), at the sheet's used width: a read per run of them,
 * two runs joined while the rows between cost less than another call (CELLS_PER_CALL).
 */
export function readPipelineRows(sheet: Sheet, layout: PipelineLayout, sheetRows: readonly number[], timeZone: string): PipelineTable {
  const shape: PipelineShape = { headerRow: layout.headerRow, cols: layout.cols, width: layout.width };
  const first = layout.headerRow + 1;
  const runs: [number, number][] = [];
  for (const run of contiguousRuns(sheetRows.filter((r) => r >= first))) {
    const prev = runs[runs.length - 1];
    const from = run[0], to = run[run.length - 1];
    if (prev && (from - prev[1] - 1) * layout.width <= CELLS_PER_CALL) prev[1] = to;
    else runs.push([from, to]);
  }
  const bySheetRow = new Map<number, Row>();
  const rows: Row[] = [];
  const values: unknown[][] = [];
  const top = runs.length ? runs[0][0] : first;
  for (const [from, to] of runs) {
    const part = tableOf(sheet, sheet.getRange(from, 1, to - from + 1, layout.width).getValues(), shape, from, timeZone);
    part.bySheetRow.forEach((row, r) => bySheetRow.set(r, row));
    rows.push(...part.rows);
    part.read?.values.forEach((line, i) => (values[from + i - top] = line));
  }
  return {
    sheet, cols: layout.cols, width: layout.width, bySheetRow, rows, lastRow: Math.max(layout.lastRow, layout.headerRow), headerRow: layout.headerRow,
    read: { first: top, values }, usedTo: rows.reduce((max, r) => Math.max(max, r.sheetRow), layout.headerRow),
  };
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

/**
 * The first row under the last one holding anything in a Pipeline column (a customer, a rep, a total typed into Visits
 * or Next step): a new row never lands on a row someone wrote in. A row with only the team's own formulas in their own
 * columns is free.
 */
export function firstFreeRow(table: PipelineTable): number {
  let last = table.usedTo ?? table.headerRow;
  for (const [r, row] of table.bySheetRow) {
    if (r > last && COLUMN_KEYS.some((k) => !isBlank(row.raw[k]))) last = r;
  }
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
