// The Daily Log: the pipeline's memory, one row per rep per working day. Writing a date again replaces that
// date's rows in place; rows of other dates are never rewritten.
import type { DateKey, Lang } from '../domain/types';
import type { DailyLogRow } from '../domain/summary';
import { cellDate, cellText, cellCount } from '../domain/cells';
import { CellReader, sheetValue } from './values';
import { LOG_COLUMNS, LOG_HEADERS, mapHeaders, type LogColumn } from './headers';
import { requireSheet } from './pipeline';

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

export function readLog(ss: Spreadsheet, timeZone: string): DailyLogRow[] {
  const table = readTable(ss, timeZone);
  const rows: DailyLogRow[] = [];
  for (let i = 1; i < table.values.length; i++) {
    const row = logRowAt(table, i);
    if (row) rows.push(row);
  }
  return rows;
}

/** Replaces the rows of `date` (or appends them); returns the log as it now stands. */
export function writeLogForDate(ss: Spreadsheet, timeZone: string, date: DateKey, rows: DailyLogRow[], _lang: Lang): DailyLogRow[] {
  const table = readTable(ss, timeZone);
  const { sheet } = table;
  const kept: DailyLogRow[] = [];
  const sameDate: number[] = [];
  for (let i = 1; i < table.values.length; i++) {
    const row = logRowAt(table, i);
    if (row && row.date === date) sameDate.push(i + 1);
    else if (row) kept.push(row);
  }
  const width = Math.max(...ORDER.map((k) => (table.cols[k] ?? 0) + 1));
  const toValues = (r: DailyLogRow) => {
    const line: unknown[] = new Array(width).fill('');
    ORDER.forEach((k) => {
      const c = table.cols[k];
      if (c === undefined) return;
      line[c] = k === 'date' ? sheetValue({ date: r.date }, timeZone) : typeof r[k] === 'string' ? sheetValue(r[k] as string, timeZone) : r[k];
    });
    return line;
  };
  // The date's old rows form one block (the run writes them together); replace that block, growing or shrinking it.
  let start = sheet.getLastRow() + 1;
  if (sameDate.length) {
    start = sameDate[0];
    const oldCount = sameDate[sameDate.length - 1] - start + 1;
    if (rows.length > oldCount && start + oldCount - 1 < sheet.getLastRow()) sheet.insertRowsAfter(start + oldCount - 1, rows.length - oldCount);
    if (rows.length < oldCount) sheet.deleteRows(start + rows.length, oldCount - rows.length);
  }
  if (rows.length) {
    const needed = start + rows.length - 1;
    if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
    sheet.getRange(start, 1, rows.length, width).setValues(rows.map(toValues));
  }
  return [...kept, ...rows];
}
