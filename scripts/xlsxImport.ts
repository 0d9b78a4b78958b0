// Loads a team's .xlsx into the local runtime the way Sheets opens one: each tab with its values (text stays text,
// dates are dates in the spreadsheet's zone, a formula brings its last value), notes, number formats, fill colours,
// bold cells and frozen rows. The file is only read.
import ExcelJS from 'exceljs';
import { zonedTime, type LocalRuntime } from '../local';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ImportedTab {
  name: string;
  rows: number;
  columns: number;
}

function textOf(value: ExcelJS.CellValue): string {
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (value && typeof value === 'object' && 'text' in value) return String(value.text);
  if (value && typeof value === 'object' && 'error' in value) return String(value.error);
  return String(value ?? '');
}

/** exceljs gives a date as the wall clock in UTC: the instant is that wall clock in the spreadsheet's zone. */
function dateIn(d: Date, timeZone: string): Date {
  return zonedTime(timeZone, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/** What setValues must be given for the cell to hold this value (text quoted so it stays exactly as written). */
function sheetValue(value: ExcelJS.CellValue, timeZone: string): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateIn(value, timeZone);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object' && 'formula' in value) return sheetValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, timeZone);
  if (typeof value === 'object' && 'sharedFormula' in value) return sheetValue((value as ExcelJS.CellSharedFormulaValue).result as ExcelJS.CellValue, timeZone);
  const text = typeof value === 'string' ? value : textOf(value);
  return text === '' ? '' : `'${text}`;
}

function noteOf(note: ExcelJS.Comment | string | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function colorOf(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toLowerCase()}` : null;
}

/** Reads the workbook and puts its tabs into the runtime's spreadsheet, in place of its blank first sheet. */
export async function importXlsx(runtime: LocalRuntime, file: string): Promise<ImportedTab[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ss = runtime.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const timeZone = ss.getSpreadsheetTimeZone();
  const blank = ss.getSheets();
  const tabs: ImportedTab[] = [];
  workbook.eachSheet((ws) => {
    const sheet = ss.insertSheet(ws.name);
    const rows = ws.rowCount;
    const columns = ws.columnCount;
    tabs.push({ name: ws.name, rows, columns });
    if (!rows || !columns) return;
    fit(sheet, rows, columns);
    const defaultFormat = sheet.getRange(1, 1).getNumberFormat();
    const values: unknown[][] = [];
    const notes: string[][] = [];
    const formats: string[][] = [];
    const colors: (string | null)[][] = [];
    const weights: ('bold' | null)[][] = [];
    let anyNote = false, anyFormat = false, anyColor = false, anyBold = false;
    for (let r = 1; r <= rows; r++) {
      const row = ws.getRow(r);
      const v: unknown[] = [], n: string[] = [], f: string[] = [], c: (string | null)[] = [], w: ('bold' | null)[] = [];
      for (let col = 1; col <= columns; col++) {
        const cell = row.getCell(col);
        const master = cell.isMerged && cell.master !== cell ? null : cell;
        v.push(master ? sheetValue(master.value, timeZone) : '');
        const note = noteOf(cell.note);
        n.push(note);
        anyNote ||= note !== '';
        const format = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : defaultFormat;
        f.push(format);
        anyFormat ||= format !== defaultFormat;
        const color = colorOf(cell.fill);
        c.push(color);
        anyColor ||= color !== null;
        w.push(cell.font?.bold ? 'bold' : null);
        anyBold ||= !!cell.font?.bold;
      }
      values.push(v); notes.push(n); formats.push(f); colors.push(c); weights.push(w);
    }
    const range = sheet.getRange(1, 1, rows, columns);
    if (anyFormat) range.setNumberFormats(formats);
    range.setValues(values);
    if (anyNote) range.setNotes(notes);
    if (anyColor) range.setBackgrounds(colors);
    if (anyBold) range.setFontWeights(weights);
    const frozen = ws.views?.find((view) => view.state === 'frozen') as { ySplit?: number } | undefined;
    if (frozen?.ySplit) sheet.setFrozenRows(frozen.ySplit);
  });
  blank.forEach((s) => ss.deleteSheet(s));
  return tabs;
}

function fit(sheet: Sheet, rows: number, columns: number): void {
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (columns > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
}
