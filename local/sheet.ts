// One tab of a LocalSpreadsheet. Public methods are counted by kind (SHEET_KINDS); '_' methods are the runtime's own.
import { Box, parseA1, splitSheetRef } from './a1';
import { fail } from './errors';
import type { LocalConditionalFormatRule } from './formatRules';
import { Grid } from './grid';
import { CallKind, countCalls, Host } from './host';
import { LocalProtection } from './protection';
import { LocalRange } from './range';
import type { LocalSpreadsheet } from './spreadsheet';
import type { Mirror } from './types';

type S = GoogleAppsScript.Spreadsheet.Sheet;

export class LocalSheet implements Mirror<S,
  'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getParent' | 'getRange' | 'getDataRange' | 'getLastRow' |
  'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'appendRow' | 'insertRowsAfter' | 'insertRowsBefore' |
  'insertRowAfter' | 'insertRowBefore' | 'insertColumnsAfter' | 'insertColumnsBefore' | 'insertColumnAfter' |
  'insertColumnBefore' | 'deleteRow' | 'deleteRows' | 'deleteColumn' | 'deleteColumns' | 'getFrozenRows' |
  'setFrozenRows' | 'getFrozenColumns' | 'setFrozenColumns' | 'getConditionalFormatRules' | 'setConditionalFormatRules' |
  'clearConditionalFormatRules' | 'protect' | 'getProtections' | 'setColumnWidth' | 'getColumnWidth' | 'setColumnWidths' |
  'autoResizeColumns' | 'activate' | 'setActiveRange' | 'getActiveRange' | 'hideSheet' | 'showSheet' | 'isSheetHidden' |
  'clear' | 'clearContents' | 'setTabColor' | 'getTabColor' | 'sort'> {
  readonly _grid: Grid;
  private frozenRows = 0;
  private frozenCols = 0;
  private rules: LocalConditionalFormatRule[] = [];
  private readonly protections: LocalProtection[] = [];
  private readonly widths = new Map<number, number>();
  private hidden = false;
  private tabColor: string | null = null;

  constructor(readonly host: Host, readonly _spreadsheet: LocalSpreadsheet, public _name: string, readonly _id: number, rows = 1000, cols = 26) {
    this._grid = new Grid(rows, cols);
  }

  _inputContext(): { timeZone: string; locale: string } {
    return { timeZone: this._spreadsheet._timeZone, locale: this._spreadsheet._locale };
  }

  /** A range after Apps Script's bounds checks (same messages). */
  _range(box: Box): LocalRange {
    if (box.row < 1) fail('The starting row of the range is too small.');
    if (box.col < 1) fail('The starting column of the range is too small.');
    if (box.numRows < 1) fail('The number of rows in the range must be at least 1.');
    if (box.numCols < 1) fail('The number of columns in the range must be at least 1.');
    if (box.row + box.numRows - 1 > this._grid.maxRows || box.col + box.numCols - 1 > this._grid.maxCols) {
      fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new LocalRange(this.host, this, { ...box });
  }

  _rangeA1(a1: string): LocalRange {
    return this._range(parseA1(splitSheetRef(a1).range, this._grid.maxRows, this._grid.maxCols));
  }

  _addProtection(type: 'RANGE' | 'SHEET', range: LocalRange): LocalProtection {
    const p = new LocalProtection(this.host, type, range, (gone) => {
      const i = this.protections.indexOf(gone);
      if (i >= 0) this.protections.splice(i, 1);
    });
    this.protections.push(p);
    return p;
  }

  _frozenRows(): number {
    return this.frozenRows;
  }
  _frozenColumns(): number {
    return this.frozenCols;
  }
  _columnWidth(col: number): number | undefined {
    return this.widths.get(col);
  }

  _insertRows(at: number, count: number): void {
    if (at < 1 || at > this._grid.maxRows + 1) fail('Those rows are out of bounds.');
    this._grid.insertRows(at, count, at > 1 ? at - 1 : this._grid.maxRows >= 1 ? 1 : null);
  }

  _deleteRows(at: number, count: number): void {
    if (at < 1 || count < 1 || at + count - 1 > this._grid.maxRows) fail('Those rows are out of bounds.');
    if (count >= this._grid.maxRows - this.frozenRows && at > this.frozenRows) {
      fail('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this._grid.deleteRows(at, count);
  }

  getName(): string { return this._name; }
  setName(name: string): this {
    this._spreadsheet._checkNewName(name, this);
    this._name = name;
    return this;
  }
  getSheetId(): number { return this._id; }
  getIndex(): number { return this._spreadsheet._sheets().indexOf(this) + 1; }
  getParent(): LocalSpreadsheet { return this._spreadsheet; }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): LocalRange {
    if (typeof a === 'string') return this._rangeA1(a);
    if (column === undefined) fail('The parameters (number) don\'t match the method signature for SpreadsheetApp.Sheet.getRange.');
    return this._range({ row: a, col: column, numRows: numRows ?? 1, numCols: numColumns ?? 1 });
  }
  getDataRange(): LocalRange {
    return this._range({ row: 1, col: 1, numRows: Math.max(1, this._grid.lastRow()), numCols: Math.max(1, this._grid.lastCol()) });
  }
  getLastRow(): number { return this._grid.lastRow(); }
  getLastColumn(): number { return this._grid.lastCol(); }
  getMaxRows(): number { return this._grid.maxRows; }
  getMaxColumns(): number { return this._grid.maxCols; }

  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0) fail('The parameters () don\'t match the method signature for SpreadsheetApp.Sheet.appendRow.');
    const row = this._grid.lastRow() + 1;
    if (row > this._grid.maxRows) this._grid.insertRows(row, 1, null);
    if (rowContents.length > this._grid.maxCols) this._grid.insertCols(this._grid.maxCols + 1, rowContents.length - this._grid.maxCols, null);
    new LocalRange(this.host, this, { row, col: 1, numRows: 1, numCols: rowContents.length })._write([rowContents]);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this._insertRows(afterPosition + 1, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this._insertRows(beforePosition, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    this._insertRows(afterPosition + 1, 1);
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    this._insertRows(beforePosition, 1);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this._grid.insertCols(afterPosition + 1, howMany, afterPosition >= 1 ? afterPosition : null);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this._grid.insertCols(beforePosition, howMany, beforePosition > 1 ? beforePosition - 1 : 1);
    return this;
  }
  insertColumnAfter(afterPosition: number): this {
    this._grid.insertCols(afterPosition + 1, 1, afterPosition >= 1 ? afterPosition : null);
    return this;
  }
  insertColumnBefore(beforePosition: number): this {
    this._grid.insertCols(beforePosition, 1, beforePosition > 1 ? beforePosition - 1 : 1);
    return this;
  }
  deleteRow(rowPosition: number): this {
    this._deleteRows(rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._deleteRows(rowPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    if (columnPosition < 1 || columnPosition > this._grid.maxCols) fail('Those columns are out of bounds.');
    this._grid.deleteCols(columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || columnPosition + howMany - 1 > this._grid.maxCols) fail('Those columns are out of bounds.');
    this._grid.deleteCols(columnPosition, howMany);
  }

  getFrozenRows(): number { return this.frozenRows; }
  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this._grid.maxRows) fail('Those rows are out of bounds.');
    this.frozenRows = rows;
  }
  getFrozenColumns(): number { return this.frozenCols; }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this._grid.maxCols) fail('Those columns are out of bounds.');
    this.frozenCols = columns;
  }

  getConditionalFormatRules(): LocalConditionalFormatRule[] { return [...this.rules]; }
  setConditionalFormatRules(rules: LocalConditionalFormatRule[]): void { this.rules = [...rules]; }
  clearConditionalFormatRules(): void { this.rules = []; }

  protect(): LocalProtection {
    return this._addProtection('SHEET', new LocalRange(this.host, this, { row: 1, col: 1, numRows: this._grid.maxRows, numCols: this._grid.maxCols }));
  }
  getProtections(type: unknown): LocalProtection[] {
    return this.protections.filter((p) => p._type === String(type));
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.widths.set(columnPosition, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number { return this.widths.get(columnPosition) ?? 100; }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.widths.set(c, width);
    return this;
  }
  autoResizeColumns(startColumn: number, numColumns: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 1; r <= this._grid.lastRow(); r++) {
        const v = this._grid.cell(r, c)?.value;
        if (v !== undefined) longest = Math.max(longest, (v instanceof Date ? 'yyyy-mm-dd' : String(v)).length);
      }
      this.widths.set(c, Math.max(40, Math.min(500, longest * 8 + 16)));
    }
    return this;
  }

  activate(): this {
    this._spreadsheet._activate(this, null);
    return this;
  }
  setActiveRange(range: LocalRange): LocalRange {
    this._spreadsheet._activate(this, range);
    return range;
  }
  getActiveRange(): LocalRange | null { return this._spreadsheet._activeRangeOn(this); }
  hideSheet(): this {
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean { return this.hidden; }
  clear(): this {
    new LocalRange(this.host, this, { row: 1, col: 1, numRows: this._grid.maxRows, numCols: this._grid.maxCols })._clear();
    return this;
  }
  clearContents(): this {
    for (let r = 1; r <= this._grid.lastRow(); r++) {
      for (let c = 1; c <= this._grid.maxCols; c++) {
        const cell = this._grid.cell(r, c);
        if (cell) { cell.value = ''; delete cell.formula; }
      }
    }
    return this;
  }
  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this;
  }
  getTabColor(): string | null { return this.tabColor; }
  sort(columnPosition: number, ascending = true): this {
    this._grid.sortRows(this.frozenRows + 1, this._grid.lastRow(), [{ column: columnPosition, ascending }]);
    return this;
  }
}

export const SHEET_KINDS: Record<string, CallKind> = {};
for (const m of ['getLastRow', 'getLastColumn', 'getMaxRows', 'getMaxColumns', 'getDataRange', 'getFrozenRows',
  'getFrozenColumns', 'getConditionalFormatRules']) SHEET_KINDS[m] = 'read';
for (const m of ['appendRow', 'insertRowsAfter', 'insertRowsBefore', 'insertRowAfter', 'insertRowBefore', 'insertColumnsAfter',
  'insertColumnsBefore', 'insertColumnAfter', 'insertColumnBefore', 'deleteRow', 'deleteRows', 'deleteColumn',
  'deleteColumns', 'clear', 'clearContents', 'sort']) SHEET_KINDS[m] = 'write';
for (const m of ['setFrozenRows', 'setFrozenColumns', 'setConditionalFormatRules', 'clearConditionalFormatRules', 'protect',
  'setColumnWidth', 'setColumnWidths', 'autoResizeColumns', 'setTabColor']) SHEET_KINDS[m] = 'format';

countCalls(LocalSheet.prototype, SHEET_KINDS);
