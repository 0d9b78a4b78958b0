// One tab of a spreadsheet. Public methods are counted by kind (SHEET_KINDS); '_' methods are the runtime's own.
// Protections live here: every change to the sheet's cells or structure is checked against them first.
import { parseA1, splitSheetRef } from './a1';
import { fail } from './errors';
import { Grid } from './grid';
import { LocalEmbeddedChart, LocalEmbeddedChartBuilder, SheetCharts } from './charts';
import { CallKind, countCalls, Host, MethodKind } from './host';
import { LocalProtection, PROTECTED_MESSAGE } from './protection';
import { checkBox, LocalRange } from './range';
import type { Box, ConditionalFormatRuleApi, EmbeddedChartApi, RangeApi, SheetApi, SpreadsheetApi } from './types';
import { checkCellLengths } from './values';

export class LocalSheet implements SheetApi {
  readonly _grid: Grid;
  private frozenRows = 0;
  private frozenCols = 0;
  private rules: ConditionalFormatRuleApi[] = [];
  private readonly protections: LocalProtection[] = [];
  private readonly widths = new Map<number, number>();
  private hidden = false;
  private tabColor: string | null = null;
  /** Rows and columns a person or script hid (they move with inserted and deleted lines). No filters here. */
  private readonly hiddenLines = { row: new Set<number>(), col: new Set<number>() };
  private readonly charts: SheetCharts;

  constructor(readonly host: Host, readonly _spreadsheet: SpreadsheetApi, public _name: string, readonly _id: number, rows = 1000, cols = 26) {
    this._grid = new Grid(rows, cols);
    this.charts = new SheetCharts(host, this);
  }

  _inputContext(): { timeZone: string; locale: string } {
    return { timeZone: this._spreadsheet._timeZone, locale: this._spreadsheet._locale };
  }

  /** A range after Apps Script's bounds checks (same messages). */
  _range(box: Box): LocalRange {
    return new LocalRange(this.host, this, checkBox(box, this._grid));
  }

  _rangeA1(a1: string): LocalRange {
    const ref = splitSheetRef(a1).range;
    const range = this._range(parseA1(ref, this._grid.maxRows, this._grid.maxCols));
    range._wholeColumns = /^\$?[A-Za-z]+:\$?[A-Za-z]+$/.test(ref.trim());
    return range;
  }

  private _whole(): Box {
    return { row: 1, col: 1, numRows: this._grid.maxRows, numCols: this._grid.maxCols };
  }

  _addProtection(type: 'RANGE' | 'SHEET', box: Box): LocalProtection {
    const p = new LocalProtection(this.host, type, this, box, (gone) => {
      const i = this.protections.indexOf(gone);
      if (i >= 0) this.protections.splice(i, 1);
    });
    this.protections.push(p);
    return p;
  }

  /** The protection that refuses `user` a change to box (null: the sheet's own settings), if any. */
  _refusingProtection(box: Box | null, user: string): LocalProtection | null {
    return this.protections.find((p) => p._refuses(box, user)) ?? null;
  }

  /** Throws Apps Script's error when a protection refuses the effective user (the script's user) this change. */
  _guardEdit(box: Box | null): void {
    if (this._refusingProtection(box, this.host.effectiveUser)) fail(PROTECTED_MESSAGE);
  }

  /**
   * Inserting or deleting rows/columns: refused by a sheet protection, by a range protection the deleted lines
   * touch, or one an insertion would split. Protected ranges then move with the lines, as in Sheets.
   */
  _guardLines(axis: 'row' | 'col', at: number, count: number, inserted: boolean, user = this.host.effectiveUser): void {
    if (this._linesRefusal(axis, at, count, inserted, user)) fail(PROTECTED_MESSAGE);
  }

  _linesRefusal(axis: 'row' | 'col', at: number, count: number, inserted: boolean, user: string): LocalProtection | null {
    return this.protections.find((p) => {
      if (p._type === 'SHEET') return p._refuses(null, user);
      const start = axis === 'row' ? p._box.row : p._box.col;
      const end = start + (axis === 'row' ? p._box.numRows : p._box.numCols) - 1;
      const touched = inserted ? at > start && at <= end : at <= end && at + count - 1 >= start;
      return touched && p._refuses(p._box, user);
    }) ?? null;
  }

  private _moveProtections(axis: 'row' | 'col', at: number, count: number, inserted: boolean): void {
    for (const p of [...this.protections]) {
      if (!p._shift(axis, at, count, inserted)) this.protections.splice(this.protections.indexOf(p), 1);
    }
    const hidden = this.hiddenLines[axis];
    const moved = [...hidden].flatMap((n) => (n < at ? [n] : inserted ? [n + count] : n >= at + count ? [n - count] : []));
    hidden.clear();
    for (const n of moved) hidden.add(n);
  }

  private _setHidden(axis: 'row' | 'col', start: number, count: number, hide: boolean): void {
    const max = axis === 'row' ? this._grid.maxRows : this._grid.maxCols;
    if (start < 1 || count < 1 || start + count - 1 > max) fail(axis === 'row' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    this._guardEdit(null);
    for (let n = start; n < start + count; n++) {
      if (hide) this.hiddenLines[axis].add(n);
      else this.hiddenLines[axis].delete(n);
    }
  }

  private _insertCols(at: number, count: number, inheritFrom: number | null): void {
    this._guardLines('col', at, count, true);
    this._grid.insertCols(at, count, inheritFrom);
    this._moveProtections('col', at, count, true);
  }

  private _deleteCols(at: number, count: number): void {
    if (at < 1 || count < 1 || at + count - 1 > this._grid.maxCols) fail('Those columns are out of bounds.');
    this._guardLines('col', at, count, false);
    this._grid.deleteCols(at, count);
    this._moveProtections('col', at, count, false);
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

  /** Inserting rows; `user` is who does it (the script's effective user unless a person is inserting). */
  _insertRows(at: number, count: number, user = this.host.effectiveUser): void {
    if (at < 1 || at > this._grid.maxRows + 1) fail('Those rows are out of bounds.');
    this._guardLines('row', at, count, true, user);
    this._grid.insertRows(at, count, at > 1 ? at - 1 : this._grid.maxRows >= 1 ? 1 : null);
    this._moveProtections('row', at, count, true);
  }

  _deleteRows(at: number, count: number, user = this.host.effectiveUser): void {
    if (at < 1 || count < 1 || at + count - 1 > this._grid.maxRows) fail('Those rows are out of bounds.');
    if (count >= this._grid.maxRows - this.frozenRows && at > this.frozenRows) {
      fail('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this._guardLines('row', at, count, false, user);
    this._grid.deleteRows(at, count);
    this._moveProtections('row', at, count, false);
  }

  getName(): string { return this._name; }
  setName(name: string): this {
    this._guardEdit(null);
    this._spreadsheet._checkNewName(name, this);
    this._name = name;
    return this;
  }
  getSheetId(): number { return this._id; }
  getIndex(): number { return this._spreadsheet._sheets().indexOf(this) + 1; }
  getParent(): SpreadsheetApi { return this._spreadsheet; }

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
    const box = { row, col: 1, numRows: 1, numCols: rowContents.length };
    this._guardEdit(box);
    if (row > this._grid.maxRows) this._guardLines('row', row, 1, true);
    checkCellLengths([rowContents]);
    if (row > this._grid.maxRows) this._grid.insertRows(row, 1, null);
    if (rowContents.length > this._grid.maxCols) this._grid.insertCols(this._grid.maxCols + 1, rowContents.length - this._grid.maxCols, null);
    new LocalRange(this.host, this, box)._write([rowContents]);
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
    this._insertCols(afterPosition + 1, howMany, afterPosition >= 1 ? afterPosition : null);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this._insertCols(beforePosition, howMany, beforePosition > 1 ? beforePosition - 1 : 1);
    return this;
  }
  insertColumnAfter(afterPosition: number): this {
    this._insertCols(afterPosition + 1, 1, afterPosition >= 1 ? afterPosition : null);
    return this;
  }
  insertColumnBefore(beforePosition: number): this {
    this._insertCols(beforePosition, 1, beforePosition > 1 ? beforePosition - 1 : 1);
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
    this._deleteCols(columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._deleteCols(columnPosition, howMany);
  }

  getFrozenRows(): number { return this.frozenRows; }
  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this._grid.maxRows) fail('Those rows are out of bounds.');
    this._guardEdit(null);
    this.frozenRows = rows;
  }
  getFrozenColumns(): number { return this.frozenCols; }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this._grid.maxCols) fail('Those columns are out of bounds.');
    this._guardEdit(null);
    this.frozenCols = columns;
  }

  getConditionalFormatRules(): ConditionalFormatRuleApi[] { return [...this.rules]; }
  /** The rules, uncounted: what the runtime reads to show a cell's colour. */
  _conditionalRules(): ConditionalFormatRuleApi[] { return this.rules; }
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void {
    this._guardEdit(null);
    this.rules = [...rules];
  }
  clearConditionalFormatRules(): void {
    this._guardEdit(null);
    this.rules = [];
  }

  /** As in Apps Script, a sheet that is already protected gives back its existing protection. */
  protect(): LocalProtection {
    return this.protections.find((p) => p._type === 'SHEET') ?? this._addProtection('SHEET', this._whole());
  }
  getProtections(type: unknown): LocalProtection[] {
    return this.protections.filter((p) => p._type === String(type));
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this._guardEdit(null);
    this.widths.set(columnPosition, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number { return this.widths.get(columnPosition) ?? 100; }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this._guardEdit(null);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.widths.set(c, width);
    return this;
  }
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this._guardEdit(null);
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
  setActiveRange(range: RangeApi): RangeApi {
    this._spreadsheet._activate(this, range);
    return range;
  }
  getActiveRange(): RangeApi | null { return this._spreadsheet._activeRangeOn(this); }
  hideSheet(): this {
    this._guardEdit(null);
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this._guardEdit(null);
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean { return this.hidden; }
  clear(): this {
    this._guardEdit(this._whole());
    new LocalRange(this.host, this, this._whole())._clear();
    return this;
  }
  clearContents(): this {
    this._guardEdit(this._whole());
    for (let r = 1; r <= this._grid.lastRow(); r++) {
      for (let c = 1; c <= this._grid.maxCols; c++) {
        const cell = this._grid.cell(r, c);
        if (cell) { cell.value = ''; delete cell.formula; }
      }
    }
    return this;
  }
  setTabColor(color: string | null): this {
    this._guardEdit(null);
    this.tabColor = color;
    return this;
  }
  getTabColor(): string | null { return this.tabColor; }
  hideRows(rowIndex: number, numRows = 1): void { this._setHidden('row', rowIndex, numRows, true); }
  showRows(rowIndex: number, numRows = 1): void { this._setHidden('row', rowIndex, numRows, false); }
  hideColumns(columnIndex: number, numColumns = 1): void { this._setHidden('col', columnIndex, numColumns, true); }
  showColumns(columnIndex: number, numColumns = 1): void { this._setHidden('col', columnIndex, numColumns, false); }
  isRowHiddenByUser(rowPosition: number): boolean { return this.hiddenLines.row.has(rowPosition); }
  /** Filters are not modelled: no row is ever hidden by one. */
  isRowHiddenByFilter(_rowPosition: number): boolean { return false; }
  isColumnHiddenByUser(columnPosition: number): boolean { return this.hiddenLines.col.has(columnPosition); }
  newChart(): LocalEmbeddedChartBuilder { return this.charts.newChart(); }
  insertChart(chart: EmbeddedChartApi): void {
    this._guardEdit(null);
    this.charts.insert(chart);
  }
  updateChart(chart: EmbeddedChartApi): void {
    this._guardEdit(null);
    this.charts.update(chart);
  }
  removeChart(chart: EmbeddedChartApi): void {
    this._guardEdit(null);
    this.charts.remove(chart);
  }
  getCharts(): LocalEmbeddedChart[] { return this.charts.list(); }
  sort(columnPosition: number, ascending = true): this {
    this._guardEdit({ row: this.frozenRows + 1, col: 1, numRows: Math.max(1, this._grid.maxRows - this.frozenRows), numCols: this._grid.maxCols });
    this._grid.sortRows(this.frozenRows + 1, this._grid.lastRow(), [{ column: columnPosition, ascending }]);
    return this;
  }
}

export const SHEET_KINDS: Record<string, CallKind> = {};
for (const m of ['getLastRow', 'getLastColumn', 'getMaxRows', 'getMaxColumns', 'getDataRange', 'getFrozenRows',
  'getFrozenColumns', 'getConditionalFormatRules', 'isRowHiddenByUser', 'isRowHiddenByFilter', 'isColumnHiddenByUser']) SHEET_KINDS[m] = 'read';
for (const m of ['appendRow', 'insertRowsAfter', 'insertRowsBefore', 'insertRowAfter', 'insertRowBefore', 'insertColumnsAfter',
  'insertColumnsBefore', 'insertColumnAfter', 'insertColumnBefore', 'deleteRow', 'deleteRows', 'deleteColumn',
  'deleteColumns', 'clear', 'clearContents', 'sort']) SHEET_KINDS[m] = 'write';
for (const m of ['setFrozenRows', 'setFrozenColumns', 'setConditionalFormatRules', 'clearConditionalFormatRules', 'protect',
  'setColumnWidth', 'setColumnWidths', 'autoResizeColumns', 'setTabColor', 'hideRows', 'showRows', 'hideColumns',
  'showColumns', 'newChart', 'insertChart', 'updateChart', 'removeChart', 'getCharts']) SHEET_KINDS[m] = 'format';

/** Cheap getters: names, ids, sizes and lookups. */
const SHEET_META: Record<string, MethodKind> = {};
for (const m of ['getName', 'getSheetId', 'getIndex', 'getParent', 'getRange', 'getDataRange', 'getLastRow', 'getLastColumn',
  'getMaxRows', 'getMaxColumns', 'getFrozenRows', 'getFrozenColumns', 'getColumnWidth', 'isSheetHidden', 'getTabColor',
  'getActiveRange', 'getProtections']) SHEET_META[m] = 'meta';

const contentCells = (self: unknown) => { const g = (self as LocalSheet)._grid; return g.lastRow() * g.lastCol(); };
const SHEET_CELLS: Record<string, (self: unknown, args: unknown[]) => { read?: number; written?: number }> = {
  appendRow: (_self, args) => ({ written: Array.isArray(args[0]) ? args[0].length : 0 }),
  clear: (self) => ({ written: contentCells(self) }),
  clearContents: (self) => ({ written: contentCells(self) }),
  sort: (self) => ({ written: contentCells(self) }),
};

countCalls(LocalSheet.prototype, 'Sheet', { legacy: SHEET_KINDS, kinds: SHEET_META, cells: SHEET_CELLS });
