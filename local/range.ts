// A rectangle of cells on a LocalSheet. Every public method is counted by kind (see RANGE_KINDS).
import { toA1, Box } from './a1';
import { DEFAULT_BACKGROUND, normalizeColor } from './colors';
import { fail } from './errors';
import type { Cell } from './grid';
import { CallKind, countCalls, Host } from './host';
import type { LocalProtection } from './protection';
import type { LocalSheet } from './sheet';
import type { Mirror } from './types';
import type { LocalDataValidation } from './validation';
import { CellValue, copyValue, displayText, interpretInput } from './values';

type R = GoogleAppsScript.Spreadsheet.Range;
type SortSpec = number | { column: number; ascending?: boolean } | (number | { column: number; ascending?: boolean })[];

const DEFAULT_NUMBER_FORMAT = '0.###############';

function checkShape(data: unknown, numRows: number, numCols: number, method: string): unknown[][] {
  if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
    fail(`The parameters (${Array.isArray(data) ? 'number[]' : typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  const rows = data as unknown[][];
  if (rows.length !== numRows) {
    fail(`The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${numRows}.`);
  }
  for (const row of rows) {
    if (row.length !== numCols) {
      fail(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numCols}.`);
    }
  }
  return rows;
}

export class LocalRange implements Mirror<R,
  'getValues' | 'getValue' | 'setValues' | 'setValue' | 'getDisplayValues' | 'getDisplayValue' | 'getFormulas' |
  'getFormula' | 'setFormula' | 'setFormulas' | 'getBackgrounds' | 'getBackground' | 'setBackgrounds' | 'setBackground' | 'getNotes' |
  'getNote' | 'setNotes' | 'setNote' | 'clearNote' | 'getNumberFormats' | 'getNumberFormat' | 'setNumberFormats' |
  'setNumberFormat' | 'getFontWeights' | 'getFontWeight' | 'setFontWeights' | 'setFontWeight' | 'getFontColors' | 'setFontColor' |
  'getDataValidations' | 'getDataValidation' | 'setDataValidations' | 'setDataValidation' | 'clearDataValidations' |
  'clearContent' | 'clearFormat' | 'clear' | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getLastRow' |
  'getLastColumn' | 'getA1Notation' | 'getSheet' | 'activate' | 'offset' | 'getCell' | 'isBlank' | 'protect' | 'sort' |
  'setWrap' | 'setHorizontalAlignment' | 'setVerticalAlignment'> {
  constructor(readonly host: Host, readonly _sheet: LocalSheet, readonly _box: Box) {}

  private _map<T>(fn: (cell: Cell | undefined, row: number, col: number) => T): T[][] {
    const { row, col, numRows, numCols } = this._box;
    const grid = this._sheet._grid;
    const out: T[][] = [];
    for (let r = 0; r < numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < numCols; c++) line.push(fn(grid.cell(row + r, col + c), row + r, col + c));
      out.push(line);
    }
    return out;
  }

  private _each(fn: (cell: Cell, r: number, c: number) => void): this {
    const { row, col, numRows, numCols } = this._box;
    for (let r = 0; r < numRows; r++) for (let c = 0; c < numCols; c++) fn(this._sheet._grid.ensure(row + r, col + c), r, c);
    return this;
  }

  /** Writes as Sheets stores input: typed-text interpretation, formulas, '@' plain-text cells. No counting. */
  _write(values: unknown[][]): void {
    const ctx = this._sheet._inputContext();
    this._each((cell, r, c) => {
      const stored = interpretInput(values[r][c], { ...ctx, plainText: cell.numberFormat === '@' });
      cell.value = stored.value;
      if (stored.formula) cell.formula = stored.formula;
      else delete cell.formula;
    });
  }

  _values(): CellValue[][] {
    return this._map((cell) => (cell ? copyValue(cell.value) : ''));
  }

  getValues(): CellValue[][] { return this._values(); }
  getValue(): CellValue { return this._values()[0][0]; }
  setValues(values: unknown[][]): this {
    this._write(checkShape(values, this._box.numRows, this._box.numCols, 'setValues'));
    return this;
  }
  setValue(value: unknown): this {
    this._write(this._map(() => value));
    return this;
  }
  getDisplayValues(): string[][] {
    const tz = this._sheet._spreadsheet._timeZone;
    return this._map((cell) => (cell ? displayText(cell.value, tz, cell.numberFormat) : ''));
  }
  getDisplayValue(): string { return this._displayValues()[0][0]; }
  private _displayValues(): string[][] {
    const tz = this._sheet._spreadsheet._timeZone;
    return this._map((cell) => (cell ? displayText(cell.value, tz, cell.numberFormat) : ''));
  }
  getFormulas(): string[][] { return this._map((cell) => cell?.formula ?? ''); }
  getFormula(): string { return this._sheet._grid.cell(this._box.row, this._box.col)?.formula ?? ''; }
  setFormula(formula: string): this {
    this._write(this._map(() => formula));
    return this;
  }
  setFormulas(formulas: string[][]): this {
    this._write(checkShape(formulas, this._box.numRows, this._box.numCols, 'setFormulas'));
    return this;
  }

  getBackgrounds(): string[][] { return this._map((cell) => cell?.background ?? DEFAULT_BACKGROUND); }
  getBackground(): string { return this._sheet._grid.cell(this._box.row, this._box.col)?.background ?? DEFAULT_BACKGROUND; }
  setBackgrounds(colors: (string | null)[][]): this {
    const rows = checkShape(colors, this._box.numRows, this._box.numCols, 'setBackgrounds') as (string | null)[][];
    return this._each((cell, r, c) => setBackgroundOf(cell, rows[r][c]));
  }
  setBackground(color: string | null): this { return this._each((cell) => setBackgroundOf(cell, color)); }

  getNotes(): string[][] { return this._map((cell) => cell?.note ?? ''); }
  getNote(): string { return this._sheet._grid.cell(this._box.row, this._box.col)?.note ?? ''; }
  setNotes(notes: (string | null)[][]): this {
    const rows = checkShape(notes, this._box.numRows, this._box.numCols, 'setNotes') as (string | null)[][];
    return this._each((cell, r, c) => setNoteOf(cell, rows[r][c]));
  }
  setNote(note: string | null): this { return this._each((cell) => setNoteOf(cell, note)); }
  clearNote(): this { return this._each((cell) => setNoteOf(cell, null)); }

  getNumberFormats(): string[][] { return this._map((cell) => cell?.numberFormat ?? DEFAULT_NUMBER_FORMAT); }
  getNumberFormat(): string { return this._sheet._grid.cell(this._box.row, this._box.col)?.numberFormat ?? DEFAULT_NUMBER_FORMAT; }
  setNumberFormats(formats: string[][]): this {
    const rows = checkShape(formats, this._box.numRows, this._box.numCols, 'setNumberFormats') as string[][];
    return this._each((cell, r, c) => { cell.numberFormat = rows[r][c]; });
  }
  setNumberFormat(format: string): this { return this._each((cell) => { cell.numberFormat = format; }); }

  getFontWeights(): ('bold' | 'normal')[][] { return this._map((cell) => cell?.fontWeight ?? 'normal'); }
  getFontWeight(): 'bold' | 'normal' { return this._sheet._grid.cell(this._box.row, this._box.col)?.fontWeight ?? 'normal'; }
  setFontWeights(weights: (string | null)[][]): this {
    const rows = checkShape(weights, this._box.numRows, this._box.numCols, 'setFontWeights') as (string | null)[][];
    return this._each((cell, r, c) => { cell.fontWeight = rows[r][c] === 'bold' ? 'bold' : 'normal'; });
  }
  setFontWeight(weight: string | null): this { return this._each((cell) => { cell.fontWeight = weight === 'bold' ? 'bold' : 'normal'; }); }
  getFontColors(): string[][] { return this._map((cell) => cell?.fontColor ?? '#000000'); }
  setFontColor(color: string | null): this { return this._each((cell) => { cell.fontColor = normalizeColor(color, '#000000'); }); }

  getDataValidations(): (LocalDataValidation | null)[][] { return this._map((cell) => cell?.validation ?? null); }
  getDataValidation(): LocalDataValidation | null { return this._sheet._grid.cell(this._box.row, this._box.col)?.validation ?? null; }
  setDataValidations(rules: (LocalDataValidation | null)[][]): this {
    const rows = checkShape(rules, this._box.numRows, this._box.numCols, 'setDataValidations') as (LocalDataValidation | null)[][];
    return this._each((cell, r, c) => setValidationOf(cell, rows[r][c]));
  }
  setDataValidation(rule: LocalDataValidation | null): this { return this._each((cell) => setValidationOf(cell, rule)); }
  clearDataValidations(): this { return this._each((cell) => setValidationOf(cell, null)); }

  clearContent(): this {
    return this._each((cell) => { cell.value = ''; delete cell.formula; });
  }
  clearFormat(): this {
    return this._each((cell) => {
      delete cell.background; delete cell.numberFormat; delete cell.fontWeight; delete cell.fontColor;
    });
  }
  clear(): this {
    return this._clear();
  }
  _clear(): this {
    return this._each((cell) => {
      cell.value = ''; delete cell.formula;
      delete cell.background; delete cell.numberFormat; delete cell.fontWeight; delete cell.fontColor;
    });
  }
  isBlank(): boolean {
    return this._map((cell) => !cell || (cell.value === '' && !cell.formula)).every((row) => row.every(Boolean));
  }

  getRow(): number { return this._box.row; }
  getColumn(): number { return this._box.col; }
  getNumRows(): number { return this._box.numRows; }
  getNumColumns(): number { return this._box.numCols; }
  getLastRow(): number { return this._box.row + this._box.numRows - 1; }
  getLastColumn(): number { return this._box.col + this._box.numCols - 1; }
  getA1Notation(): string { return toA1(this._box); }
  getSheet(): LocalSheet { return this._sheet; }
  activate(): this {
    this._sheet._spreadsheet._activate(this._sheet, this);
    return this;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): LocalRange {
    const b = this._box;
    return this._sheet._range({
      row: b.row + rowOffset, col: b.col + columnOffset, numRows: numRows ?? b.numRows, numCols: numColumns ?? b.numCols,
    });
  }
  getCell(row: number, column: number): LocalRange {
    if (row < 1 || row > this._box.numRows || column < 1 || column > this._box.numCols) {
      fail('Cell reference out of range');
    }
    return this._sheet._range({ row: this._box.row + row - 1, col: this._box.col + column - 1, numRows: 1, numCols: 1 });
  }
  protect(): LocalProtection {
    return this._sheet._addProtection('RANGE', this);
  }
  sort(spec: SortSpec): this {
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) =>
      typeof s === 'number' ? { column: s, ascending: true } : { column: s.column, ascending: s.ascending !== false });
    const b = this._box;
    for (const s of specs) if (s.column < b.col || s.column >= b.col + b.numCols) fail('The sort column must be within the range');
    this._sheet._grid.sortRows(b.row, b.row + b.numRows - 1, specs, b.col, b.col + b.numCols - 1);
    return this;
  }
  // Layout-only settings a pipeline sheet uses; Sheets shows them but nothing here reads them back.
  setWrap(_wrap: boolean): this { return this; }
  setHorizontalAlignment(_alignment: 'left' | 'center' | 'normal' | 'right' | null): this { return this; }
  setVerticalAlignment(_alignment: 'top' | 'middle' | 'bottom' | null): this { return this; }
}

function setBackgroundOf(cell: Cell, color: string | null): void {
  const c = normalizeColor(color);
  if (c === DEFAULT_BACKGROUND) delete cell.background;
  else cell.background = c;
}

function setNoteOf(cell: Cell, note: string | null): void {
  if (note === null || note === undefined || note === '') delete cell.note;
  else cell.note = String(note);
}

function setValidationOf(cell: Cell, rule: LocalDataValidation | null): void {
  if (rule) cell.validation = rule;
  else delete cell.validation;
}

export const RANGE_KINDS: Record<string, CallKind> = {};
for (const m of ['getValues', 'getValue', 'getDisplayValues', 'getDisplayValue', 'getFormulas', 'getFormula', 'getBackgrounds',
  'getBackground', 'getNotes', 'getNote', 'getDataValidations', 'getDataValidation', 'getNumberFormats', 'getNumberFormat',
  'getFontWeights', 'getFontWeight', 'getFontColors', 'isBlank']) RANGE_KINDS[m] = 'read';
for (const m of ['setValues', 'setValue', 'setFormula', 'setFormulas', 'clearContent', 'clear', 'sort']) RANGE_KINDS[m] = 'write';
for (const m of ['setBackgrounds', 'setBackground', 'setNotes', 'setNote', 'clearNote', 'setNumberFormats', 'setNumberFormat',
  'setFontWeights', 'setFontWeight', 'setFontColor', 'setDataValidations', 'setDataValidation', 'clearDataValidations',
  'clearFormat', 'protect', 'setWrap', 'setHorizontalAlignment', 'setVerticalAlignment']) RANGE_KINDS[m] = 'format';

countCalls(LocalRange.prototype, RANGE_KINDS);
