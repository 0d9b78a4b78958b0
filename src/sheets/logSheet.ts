// The Daily Log: the pipeline's memory, one row per rep per working day. Writing a date again replaces that
// date's rows in place; rows of other dates are never rewritten.
import type { DateKey } from '../domain/types';
import type { DailyLogRow } from '../domain/summary';
import { cellDate, cellText, cellCount } from '../domain/cells';
import { addDays } from '../domain/calendar';
import { CellReader, sheetValue } from './values';
import { LOG_COLUMNS, LOG_HEADERS, mapHeaders, type LogColumn } from './headers';
import { findSheet, requireSheet } from './pipeline';
import { contiguousRuns } from './runs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const ORDER = LOG_COLUMNS;

interface LogTable {
  values: unknown[][];
  cols: Partial<Record<LogColumn, number>>;
  reader: CellReader;
}

function readTable(ss: Spreadsheet, timeZone: string): LogTable & { sheet: GoogleAppsScript.Spreadsheet.Sheet } {
  const sheet = requireSheet(ss, 'log');
  const values = sheet.getDataRange().getValues();
  const { cols } = mapHeaders(values[0].map((v) => String(v)), LOG_HEADERS);
  return { sheet, values, cols, reader: new CellReader(timeZone) };
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
  };
}

/** Every Daily Log row; none when the sheet is missing (the nightly run recreates it). */
export function readLog(ss: Spreadsheet, timeZone: string): DailyLogRow[] {
  if (!findSheet(ss, 'log')) return [];
  const table = readTable(ss, timeZone);
  const rows: DailyLogRow[] = [];
  for (let i = 1; i < table.values.length; i++) {
    const row = logRowAt(table, i);
    if (row) rows.push(row);
  }
  return rows;
}

/** Days of log every reader needs: month to date, 7 days ago, the 14-day chart and the Dashboard's 30 working days. */
const RECENT_DAYS = 45;

/** The Daily Log rows of the last 45 calendar days up to `today`. */
export function readRecentLog(ss: Spreadsheet, timeZone: string, today: DateKey): DailyLogRow[] {
  const from = addDays(today, -RECENT_DAYS);
  return readLog(ss, timeZone).filter((r) => r.date >= from && r.date <= today);
}

/**
 * Replaces the rows of `date` where they stand (after a sort they may be scattered), appends any extra rows and
 * deletes leftovers. Only the add-on's own columns are written, so a manager's comment column stays as it was.
 * Returns the log as it now stands.
 */
export function writeLogForDate(ss: Spreadsheet, timeZone: string, date: DateKey, rows: DailyLogRow[]): DailyLogRow[] {
  const table = readTable(ss, timeZone);
  const { sheet } = table;
  const kept: DailyLogRow[] = [];
  const positions: number[] = [];
  for (let i = 1; i < table.values.length; i++) {
    const row = logRowAt(table, i);
    if (row && row.date === date) positions.push(i + 1);
    else if (row) kept.push(row);
  }
  // The add-on's own columns by 1-based position; the team's columns in between are never written.
  const keyAt = new Map(ORDER.filter((k) => table.cols[k] !== undefined).map((k) => [(table.cols[k] as number) + 1, k] as const));
  const valueOf = (r: DailyLogRow, k: LogColumn) =>
    k === 'date' ? sheetValue({ date: r.date }, timeZone) : typeof r[k] === 'string' ? sheetValue(r[k] as string, timeZone) : r[k];

  const appendAt = sheet.getLastRow() + 1;
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
