// A rectangle of cells on a sheet. Every public method is counted (see RANGE_KINDS); each one that changes cells
// first asks the sheet whether the effective user may (protections), and values are checked against the
// 50,000-character cell limit before anything is written.
import { toA1 } from './a1';
import { DEFAULT_BACKGROUND, normalizeColor } from './colors';
import { fail } from './errors';
import { CallKind, countCalls, Host, MethodKind } from './host';
import type { Box, Cell, CellValue, DataValidationApi, GridApi, ProtectionApi, RangeApi, SheetApi } from './types';
import { LocalTextFinder } from './textFinder';
import { checkCellLengths, copyValue, displayText, InputContext, interpretInput } from './values';

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

/** Apps Script's bounds checks for a range on a grid (same messages). */
export function checkBox(box: Box, grid: GridApi): Box {
  if (box.row < 1) fail('The starting row of the range is too small.');
  if (box.col < 1) fail('The starting column of the range is too small.');
  if (box.numRows < 1) fail('The number of rows in the range must be at least 1.');
  if (box.numCols < 1) fail('The number of columns in the range must be at least 1.');
  if (box.row + box.numRows - 1 > grid.maxRows || box.col + box.numCols - 1 > grid.maxCols) {
    fail('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return { ...box };
}

export class LocalRange implements RangeApi {
  /** Whole columns ('A:C'): Sheets keeps such a range whole as rows come and go (conditional formats use this). */
  _wholeColumns = false;
  constructor(readonly host: Host, readonly _sheet: SheetApi, readonly _box: Box) {}

  /** Refuses a change the effective user may not make here (a protection covers these cells). */
  private _guard(): void {
    this._sheet._guardEdit(this._box);
  }

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

  /**
   * Writes as Sheets stores input: typed-text interpretation in the sheet's locale, formulas, '@' plain-text cells;
   * `raw` stores strings exactly as given. No counting and no checks: callers check protections and lengths.
   */
  _write(values: unknown[][], opts: { raw?: boolean } = {}): void {
    const { timeZone, locale } = this._sheet._inputContext();
    // Two fixed contexts instead of one object per cell: a 50,000-row write stays cheap.
    const raw = opts.raw === true;
    const typed: InputContext = { timeZone, locale, plainText: false, raw };
    const plain: InputContext = { timeZone, locale, plainText: true, raw };
    this._each((cell, r, c) => {
      const stored = interpretInput(values[r][c], cell.numberFormat === '@' ? plain : typed);
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
  /** A script's write: shape, protection and length checked first, then nothing or everything is written. */
  private _scriptWrite(rows: unknown[][]): this {
    this._guard();
    checkCellLengths(rows);
    this._write(rows);
    return this;
  }
  setValues(values: unknown[][]): this {
    return this._scriptWrite(checkShape(values, this._box.numRows, this._box.numCols, 'setValues'));
  }
  setValue(value: unknown): this {
    return this._scriptWrite(this._map(() => value));
  }
  getDisplayValues(): string[][] { return this._displayValues(); }
  getDisplayValue(): string { return this._displayValues()[0][0]; }
  private _displayValues(): string[][] {
    const tz = this._sheet._spreadsheet._timeZone;
    return this._map((cell) => (cell ? displayText(cell.value, tz, cell.numberFormat) : ''));
  }
  getFormulas(): string[][] { return this._map((cell) => cell?.formula ?? ''); }
  getFormula(): string { return this._sheet._grid.cell(this._box.row, this._box.col)?.formula ?? ''; }
  setFormula(formula: string): this {
    return this._scriptWrite(this._map(() => formula));
  }
  setFormulas(formulas: string[][]): this {
    return this._scriptWrite(checkShape(formulas, this._box.numRows, this._box.numCols, 'setFormulas'));
  }

  getBackgrounds(): string[][] { return this._map((cell) => cell?.background ?? DEFAULT_BACKGROUND); }
  getBackground(): string { return this._sheet._grid.cell(this._box.row, this._box.col)?.background ?? DEFAULT_BACKGROUND; }
  setBackgrounds(colors: (string | null)[][]): this {
    const rows = checkShape(colors, this._box.numRows, this._box.numCols, 'setBackgrounds') as (string | null)[][];
    return this._change((cell, r, c) => setBackgroundOf(cell, rows[r][c]));
  }
  setBackground(color: string | null): this { return this._change((cell) => setBackgroundOf(cell, color)); }

  getNotes(): string[][] { return this._map((cell) => cell?.note ?? ''); }
  getNote(): string { return this._sheet._grid.cell(this._box.row, this._box.col)?.note ?? ''; }
  setNotes(notes: (string | null)[][]): this {
    const rows = checkShape(notes, this._box.numRows, this._box.numCols, 'setNotes') as (string | null)[][];
    return this._change((cell, r, c) => setNoteOf(cell, rows[r][c]));
  }
  setNote(note: string | null): this { return this._change((cell) => setNoteOf(cell, note)); }
  clearNote(): this { return this._change((cell) => setNoteOf(cell, null)); }

  getNumberFormats(): string[][] { return this._map((cell) => cell?.numberFormat ?? DEFAULT_NUMBER_FORMAT); }
  getNumberFormat(): string { return this._sheet._grid.cell(this._box.row, this._box.col)?.numberFormat ?? DEFAULT_NUMBER_FORMAT; }
  setNumberFormats(formats: string[][]): this {
    const rows = checkShape(formats, this._box.numRows, this._box.numCols, 'setNumberFormats') as string[][];
    return this._change((cell, r, c) => { cell.numberFormat = rows[r][c]; });
  }
  setNumberFormat(format: string): this { return this._change((cell) => { cell.numberFormat = format; }); }

  getFontWeights(): ('bold' | 'normal')[][] { return this._map((cell) => cell?.fontWeight ?? 'normal'); }
  getFontWeight(): 'bold' | 'normal' { return this._sheet._grid.cell(this._box.row, this._box.col)?.fontWeight ?? 'normal'; }
  setFontWeights(weights: (string | null)[][]): this {
    const rows = checkShape(weights, this._box.numRows, this._box.numCols, 'setFontWeights') as (string | null)[][];
    return this._change((cell, r, c) => { cell.fontWeight = rows[r][c] === 'bold' ? 'bold' : 'normal'; });
  }
  setFontWeight(weight: string | null): this { return this._change((cell) => { cell.fontWeight = weight === 'bold' ? 'bold' : 'normal'; }); }
  getFontColors(): string[][] { return this._map((cell) => cell?.fontColor ?? '#000000'); }
  setFontColor(color: string | null): this { return this._change((cell) => { cell.fontColor = normalizeColor(color, '#000000'); }); }

  getDataValidations(): (DataValidationApi | null)[][] { return this._map((cell) => cell?.validation ?? null); }
  getDataValidation(): DataValidationApi | null { return this._sheet._grid.cell(this._box.row, this._box.col)?.validation ?? null; }
  setDataValidations(rules: (DataValidationApi | null)[][]): this {
    const rows = checkShape(rules, this._box.numRows, this._box.numCols, 'setDataValidations') as (DataValidationApi | null)[][];
    return this._change((cell, r, c) => setValidationOf(cell, rows[r][c]));
  }
  setDataValidation(rule: DataValidationApi | null): this { return this._change((cell) => setValidationOf(cell, rule)); }
  clearDataValidations(): this { return this._change((cell) => setValidationOf(cell, null)); }

  clearContent(): this {
    return this._change((cell) => { cell.value = ''; delete cell.formula; });
  }
  clearFormat(): this {
    return this._change((cell) => {
      delete cell.background; delete cell.numberFormat; delete cell.fontWeight; delete cell.fontColor;
    });
  }
  clear(): this {
    this._guard();
    return this._clear();
  }
  /** A change to every cell, after the protection check. */
  private _change(fn: (cell: Cell, r: number, c: number) => void): this {
    this._guard();
    return this._each(fn);
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
  getA1Notation(): string {
    if (!this._wholeColumns) return toA1(this._box);
    const first = toA1({ ...this._box, numRows: 1, numCols: 1 }).replace(/\d+$/, '');
    const last = toA1({ ...this._box, col: this._box.col + this._box.numCols - 1, numRows: 1, numCols: 1 }).replace(/\d+$/, '');
    return `${first}:${last}`;
  }
  getSheet(): SheetApi { return this._sheet; }
  activate(): this {
    this._sheet._spreadsheet._activate(this._sheet, this);
    return this;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): LocalRange {
    const b = this._box;
    return new LocalRange(this.host, this._sheet, checkBox({
      row: b.row + rowOffset, col: b.col + columnOffset, numRows: numRows ?? b.numRows, numCols: numColumns ?? b.numCols,
    }, this._sheet._grid));
  }
  getCell(row: number, column: number): LocalRange {
    if (row < 1 || row > this._box.numRows || column < 1 || column > this._box.numCols) {
      fail('Cell reference out of range');
    }
    return new LocalRange(this.host, this._sheet, { row: this._box.row + row - 1, col: this._box.col + column - 1, numRows: 1, numCols: 1 });
  }
  protect(): ProtectionApi {
    return this._sheet._addProtection('RANGE', this._box);
  }
  sort(spec: SortSpec): this {
    this._guard();
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) =>
      typeof s === 'number' ? { column: s, ascending: true } : { column: s.column, ascending: s.ascending !== false });
    const b = this._box;
    for (const s of specs) if (s.column < b.col || s.column >= b.col + b.numCols) fail('The sort column must be within the range');
    this._sheet._grid.sortRows(b.row, b.row + b.numRows - 1, specs, b.col, b.col + b.numCols - 1);
    return this;
  }
  /** A search Sheets runs beside the cells (local/textFinder): only the matching ranges come back. */
  createTextFinder(findText: string): LocalTextFinder {
    return new LocalTextFinder(this.host, this, String(findText));
  }
  // Layout-only settings a pipeline sheet uses; Sheets shows them but nothing here reads them back.
  setWrap(_wrap: boolean): this { this._guard(); return this; }
  setHorizontalAlignment(_alignment: 'left' | 'center' | 'normal' | 'right' | null): this { this._guard(); return this; }
  setVerticalAlignment(_alignment: 'top' | 'middle' | 'bottom' | null): this { this._guard(); return this; }
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

function setValidationOf(cell: Cell, rule: DataValidationApi | null): void {
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

/** Cheap getters: the range's own address and shape, known without reading a cell. */
const RANGE_META: Record<string, MethodKind> = {};
for (const m of ['getRow', 'getColumn', 'getNumRows', 'getNumColumns', 'getLastRow', 'getLastColumn', 'getA1Notation', 'getSheet',
  'offset', 'getCell', 'createTextFinder']) RANGE_META[m] = 'meta';

const area = (self: unknown) => { const b = (self as LocalRange)._box; return b.numRows * b.numCols; };
const RANGE_CELLS: Record<string, (self: unknown) => { read?: number; written?: number }> = {};
for (const m of ['getValues', 'getDisplayValues', 'getFormulas', 'getBackgrounds', 'getNotes', 'getNumberFormats', 'getFontWeights',
  'getFontColors', 'getDataValidations', 'isBlank']) RANGE_CELLS[m] = (self) => ({ read: area(self) });
for (const m of ['getValue', 'getDisplayValue', 'getFormula', 'getBackground', 'getNote', 'getNumberFormat', 'getFontWeight',
  'getDataValidation']) RANGE_CELLS[m] = () => ({ read: 1 });
for (const m of [...Object.keys(RANGE_KINDS).filter((k) => RANGE_KINDS[k] !== 'read' && k !== 'protect')]) {
  RANGE_CELLS[m] = (self) => ({ written: area(self) });
}

countCalls(LocalRange.prototype, 'Range', { legacy: RANGE_KINDS, kinds: RANGE_META, cells: RANGE_CELLS });
