// The Daily Log: the pipeline's memory, one row per rep per working day. Writing a date again replaces that
// date's rows in place; rows of other dates are never rewritten. Readers need only the last weeks (month to date,
// 7 days ago, the 14-day chart, the Dashboard's 30 working days), and the log is appended in date order, so only its
// tail is read; a log someone sorted otherwise (or a tail too short for the window) is read whole.
import type { DateKey } from '../domain/types';
import type { DailyLogRow } from '../domain/summary';
import { cellDate, cellText, cellCount } from '../domain/cells';
import { addDays } from '../domain/calendar';
import { CellReader, sheetValue } from './values';
import { LOG_COLUMNS, LOG_HEADERS, LOG_SYNONYMS, mapHeaders, type LogColumn } from './headers';
import { findSheet, requireSheet } from './pipeline';
import { contiguousRuns } from './runs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ORDER = LOG_COLUMNS;

/** Days of log every reader needs: month to date, 7 days ago, the 14-day chart and the Dashboard's 30 working days. */
export const RECENT_DAYS = 45;

/** Rows read from the end first: 45 days of a 50-rep team (about 32 working days × 50) with room to spare. */
const TAIL_ROWS = 2000;

interface LogTable {
  /** Data rows read; values[i] is sheet row first + i. */
  values: unknown[][];
  first: number;
  cols: Partial<Record<LogColumn, number>>;
  reader: CellReader;
}

function columnsOf(header: unknown[]): Partial<Record<LogColumn, number>> {
  return mapHeaders(header.map((v) => String(v)), LOG_HEADERS, { synonyms: LOG_SYNONYMS }).cols;
}

function wholeTable(sheet: Sheet, timeZone: string): LogTable {
  const values = sheet.getDataRange().getValues();
  return { values: values.slice(1), first: 2, cols: columnsOf(values[0] ?? []), reader: new CellReader(timeZone) };
}

/**
 * The rows from `from` on: the tail when the log is in date order and the tail starts before `from` (then nothing of
 * the window can sit above it), else the whole log.
 */
function tableFrom(sheet: Sheet, timeZone: string, from: DateKey): LogTable {
  const last = sheet.getLastRow();
  if (last - 1 <= TAIL_ROWS) return wholeTable(sheet, timeZone);
  const width = Math.max(sheet.getLastColumn(), 1);
  const cols = columnsOf(sheet.getRange(1, 1, 1, width).getValues()[0]);
  const first = last - TAIL_ROWS + 1;
  const tail: LogTable = { values: sheet.getRange(first, 1, TAIL_ROWS, width).getValues(), first, cols, reader: new CellReader(timeZone) };
  return reachesBack(tail, from) ? tail : wholeTable(sheet, timeZone);
}

/** The tail's dates never go down and its first dated row is before `from`. */
function reachesBack(table: LogTable, from: DateKey): boolean {
  let previous = '';
  let earliest: DateKey | null = null;
  for (let i = 0; i < table.values.length; i++) {
    const date = dateAt(table, i);
    if (!date) continue;
    if (date < previous) return false;
    previous = date;
    if (earliest === null) earliest = date;
  }
  return earliest !== null && earliest < from;
}

function dateAt(table: LogTable, i: number): DateKey | null {
  const col = table.cols.date;
  return col === undefined ? null : cellDate(table.reader.cell(table.values[i][col]));
}

function logRowAt(table: LogTable, i: number): DailyLogRow | null {
  const row = table.values[i];
  const at = (k: LogColumn) => (table.cols[k] === undefined ? '' : table.reader.cell(row[table.cols[k] as number]));
  const date = cellDate(at('date'));
  if (!date) return null;
  const n = (k: LogColumn) => cellCount(at(k)) ?? 0;
  return {
    date, rep: cellText(at('rep')), A: n('A'), B: n('B'), C: n('C'), open: n('open'), added: n('added'),
    signed: n('signed'), dropped: n('dropped'), todayTargets: cellText(at('todayTargets')),
    targetSigned: cellText(at('targetSigned')), tomorrowTarget: cellText(at('tomorrowTarget')), uncleared: n('uncleared'),
    pushed: n('pushed'),
  };
}

function rowsOf(table: LogTable, from: DateKey, to: DateKey): DailyLogRow[] {
  const rows: DailyLogRow[] = [];
  for (let i = 0; i < table.values.length; i++) {
    const row = logRowAt(table, i);
    if (row && row.date >= from && row.date <= to) rows.push(row);
  }
  return rows;
}

/** Every Daily Log row; none when the sheet is missing (the nightly run recreates it). */
export function readLog(ss: Spreadsheet, timeZone: string): DailyLogRow[] {
  const sheet = findSheet(ss, 'log');
  if (!sheet) return [];
  return rowsOf(wholeTable(sheet, timeZone), '', '9999-12-31');
}

/** The Daily Log rows of the last 45 calendar days up to `today` (the tail of the log, in date order). */
export function readRecentLog(ss: Spreadsheet, timeZone: string, today: DateKey): DailyLogRow[] {
  const sheet = findSheet(ss, 'log');
  if (!sheet) return [];
  const from = addDays(today, -RECENT_DAYS);
  return rowsOf(tableFrom(sheet, timeZone, from), from, today);
}

/**
 * Replaces the rows of `date` where they stand (after a sort they may be scattered), appends any extra rows and
 * deletes leftovers. Only the add-on's own columns are written, so a manager's comment column stays as it was.
 * Returns the log's last 45 days up to `date` as it now stands.
 */
export function writeLogForDate(ss: Spreadsheet, timeZone: string, date: DateKey, rows: DailyLogRow[]): DailyLogRow[] {
  const sheet = requireSheet(ss, 'log');
  const from = addDays(date, -RECENT_DAYS);
  const table = tableFrom(sheet, timeZone, from);
  const kept: DailyLogRow[] = [];
  const positions: number[] = [];
  for (let i = 0; i < table.values.length; i++) {
    const row = logRowAt(table, i);
    if (row && row.date === date) positions.push(table.first + i);
    else if (row && row.date >= from && row.date <= date) kept.push(row);
  }
  // The add-on's own columns by 1-based position; the team's columns in between are never written.
  const keyAt = new Map(ORDER.filter((k) => table.cols[k] !== undefined).map((k) => [(table.cols[k] as number) + 1, k] as const));
  const valueOf = (r: DailyLogRow, k: LogColumn) =>
    k === 'date' ? sheetValue({ date: r.date }, timeZone) : typeof r[k] === 'string' ? sheetValue(r[k] as string, timeZone) : r[k];

  // Both the tail and the whole read end at the log's last row.
  const appendAt = table.first + table.values.length;
  const extra = Math.max(0, rows.length - positions.length);
  const targets = [...positions.slice(0, rows.length), ...Array.from({ length: extra }, (_, i) => appendAt + i)];
  if (extra && appendAt + extra - 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), appendAt + extra - 1 - sheet.getMaxRows());
  const rowOfTarget = new Map(targets.map((sheetRow, i) => [sheetRow, rows[i]]));
  for (const rowRun of contiguousRuns(targets)) {
    for (const colRun of contiguousRuns([...keyAt.keys()])) {
      const keys = colRun.map((c) => keyAt.get(c) as LogColumn);
      const values = rowRun.map((r) => keys.map((k) => valueOf(rowOfTarget.get(r) as DailyLogRow, k)));
      sheet.getRange(rowRun[0], colRun[0], rowRun.length, colRun.length).setValues(values);
    }
  }
  // Leftover rows of this date go from the bottom up, so the row numbers above stay valid.
  for (const run of contiguousRuns(positions.slice(rows.length)).reverse()) sheet.deleteRows(run[0], run.length);
  return [...kept, ...rows];
}
