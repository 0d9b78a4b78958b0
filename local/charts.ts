// Embedded charts: the builder a sheet hands out (newChart / EmbeddedChart.modify), the charts a sheet holds, and the
// Charts.ChartType enum. Every public method is a counted 'format' call, as a chart is layout, never a cell.
//
// What the model keeps from Apps Script: a chart that is not in a spreadsheet has no id (getChartId() is null, as the
// reference says), so a script finds the id of a chart it inserted through getCharts(); getCharts() and modify() hand
// out copies, and only updateChart() of a chart built from modify() changes the chart with that id, keeping what the
// builder did not change (the position a person dragged it to, its size, its other options); a chart's ranges must be
// of the spreadsheet that holds it. Not modelled: ranges moving when rows are inserted above them, data-source charts,
// blobs and the typed as…Chart() builders.
import { fail } from './errors';
import { CallKind, countCalls, Host } from './host';
import type {
  ChartOptionsApi, ContainerInfoApi, EmbeddedChartApi, EmbeddedChartBuilderApi, RangeApi, SheetApi,
} from './types';

export const ChartType = {
  TIMELINE: 'TIMELINE', AREA: 'AREA', BAR: 'BAR', BUBBLE: 'BUBBLE', CANDLESTICK: 'CANDLESTICK', COLUMN: 'COLUMN',
  COMBO: 'COMBO', GAUGE: 'GAUGE', GEO: 'GEO', HISTOGRAM: 'HISTOGRAM', RADAR: 'RADAR', LINE: 'LINE', ORG: 'ORG', PIE: 'PIE',
  SCATTER: 'SCATTER', SPARKLINE: 'SPARKLINE', STEPPED_AREA: 'STEPPED_AREA', TABLE: 'TABLE', TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
} as const;
export type ChartTypeName = keyof typeof ChartType;

export const ChartHiddenDimensionStrategy = {
  IGNORE_BOTH: 'IGNORE_BOTH', IGNORE_ROWS: 'IGNORE_ROWS', IGNORE_COLUMNS: 'IGNORE_COLUMNS', SHOW_BOTH: 'SHOW_BOTH',
} as const;
export const ChartMergeStrategy = { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' } as const;

/** The `Charts` global, as far as spreadsheets use it: the enums a builder takes. */
export function createCharts(): { ChartType: typeof ChartType; ChartHiddenDimensionStrategy: typeof ChartHiddenDimensionStrategy; ChartMergeStrategy: typeof ChartMergeStrategy } {
  return { ChartType, ChartHiddenDimensionStrategy, ChartMergeStrategy };
}

export interface ChartPosition {
  row: number;
  col: number;
  offsetX: number;
  offsetY: number;
}

/** What one chart is: everything the builder sets. */
export interface ChartState {
  type: ChartTypeName | null;
  ranges: RangeApi[];
  options: Record<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
  transpose: boolean;
  hiddenDimensionStrategy: string;
  mergeStrategy: string;
}

function copyValue(v: unknown): unknown {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v)) as unknown;
}

export function copyState(s: ChartState): ChartState {
  return {
    ...s,
    ranges: [...s.ranges],
    options: Object.fromEntries(Object.entries(s.options).map(([k, v]) => [k, copyValue(v)])),
    position: { ...s.position },
  };
}

function emptyState(): ChartState {
  return {
    type: null, ranges: [], options: {}, position: { row: 1, col: 1, offsetX: 0, offsetY: 0 }, numHeaders: -1,
    transpose: false, hiddenDimensionStrategy: ChartHiddenDimensionStrategy.IGNORE_BOTH, mergeStrategy: ChartMergeStrategy.MERGE_COLUMNS,
  };
}

// Ids are unique across every spreadsheet of the runtime (Apps Script's are unique within one), and look like Sheets' own.
let chartSerial = 0;
function newChartId(): number {
  chartSerial++;
  return 100_000_000 + ((chartSerial * 48_271) % 1_900_000_000);
}

function sameRange(a: RangeApi, b: RangeApi): boolean {
  return a._sheet === b._sheet && a._box.row === b._box.row && a._box.col === b._box.col
    && a._box.numRows === b._box.numRows && a._box.numCols === b._box.numCols;
}

function typeName(type: unknown): ChartTypeName {
  const name = String(type);
  if (!Object.prototype.hasOwnProperty.call(ChartType, name)) {
    fail(`The parameters (${typeof type}) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.`);
  }
  return name as ChartTypeName;
}

export class LocalChartOptions implements ChartOptionsApi {
  constructor(readonly host: Host, private readonly options: Record<string, unknown>) {}
  get(option: string): unknown {
    return copyValue(this.options[option]) ?? null;
  }
  getOrDefault(option: string): unknown {
    return this.get(option);
  }
}

export class LocalContainerInfo implements ContainerInfoApi {
  constructor(readonly host: Host, private readonly position: ChartPosition) {}
  getAnchorColumn(): number { return this.position.col; }
  getAnchorRow(): number { return this.position.row; }
  getOffsetX(): number { return this.position.offsetX; }
  getOffsetY(): number { return this.position.offsetY; }
}

export class LocalEmbeddedChart implements EmbeddedChartApi {
  /** `_id` is null until the chart is in a sheet; `_sheet` is the sheet that made its builder. */
  constructor(readonly host: Host, readonly _sheet: SheetApi, readonly _id: number | null, readonly _state: ChartState) {}
  getChartId(): number | null { return this._id; }
  getContainerInfo(): LocalContainerInfo { return new LocalContainerInfo(this.host, { ...this._state.position }); }
  getHiddenDimensionStrategy(): string { return this._state.hiddenDimensionStrategy; }
  getMergeStrategy(): string { return this._state.mergeStrategy; }
  getNumHeaders(): number { return this._state.numHeaders; }
  getOptions(): LocalChartOptions { return new LocalChartOptions(this.host, this._state.options); }
  getRanges(): RangeApi[] { return [...this._state.ranges]; }
  getTransposeRowsAndColumns(): boolean { return this._state.transpose; }
  modify(): LocalEmbeddedChartBuilder { return new LocalEmbeddedChartBuilder(this.host, this._sheet, this._id, copyState(this._state)); }
  /** Not in Apps Script's EmbeddedChart (it hides the type behind the options); handy for tests. */
  getType(): ChartTypeName | null { return this._state.type; }
}

export class LocalEmbeddedChartBuilder implements EmbeddedChartBuilderApi {
  constructor(readonly host: Host, readonly _sheet: SheetApi, private readonly id: number | null = null, private readonly s: ChartState = emptyState()) {}
  addRange(range: RangeApi): this {
    if (!range || !range._box) fail("The parameters (null) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.");
    this.s.ranges.push(range);
    return this;
  }
  removeRange(range: RangeApi): this {
    this.s.ranges = this.s.ranges.filter((r) => !sameRange(r, range));
    return this;
  }
  clearRanges(): this {
    this.s.ranges = [];
    return this;
  }
  getRanges(): RangeApi[] { return [...this.s.ranges]; }
  setChartType(type: string): this {
    this.s.type = typeName(type);
    return this;
  }
  getChartType(): string | null { return this.s.type; }
  setOption(option: string, value: unknown): this {
    this.s.options[String(option)] = copyValue(value);
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    if (anchorRowPos < 1 || anchorColPos < 1) fail('The coordinates of the range are outside the dimensions of the sheet.');
    this.s.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this;
  }
  getContainer(): LocalContainerInfo { return new LocalContainerInfo(this.host, { ...this.s.position }); }
  setNumHeaders(headers: number): this {
    this.s.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.s.transpose = transpose;
    return this;
  }
  setHiddenDimensionStrategy(strategy: string): this {
    this.s.hiddenDimensionStrategy = String(strategy);
    return this;
  }
  setMergeStrategy(mergeStrategy: string): this {
    this.s.mergeStrategy = String(mergeStrategy);
    return this;
  }
  build(): LocalEmbeddedChart {
    if (!this.s.type) fail('You must specify a chart type for the chart.');
    return new LocalEmbeddedChart(this.host, this._sheet, this.id, copyState(this.s));
  }
}

/** The charts one sheet holds, in the order they were inserted. The sheet guards its edits before calling these. */
export class SheetCharts {
  private readonly charts: { id: number; state: ChartState }[] = [];
  constructor(private readonly host: Host, private readonly sheet: SheetApi) {}

  private check(chart: EmbeddedChartApi): ChartState {
    const local = chart as LocalEmbeddedChart;
    if (!(local instanceof LocalEmbeddedChart)) fail("The parameters (object) don't match the method signature for SpreadsheetApp.Sheet.insertChart.");
    const ss = this.sheet._spreadsheet;
    if (local._state.ranges.some((r) => r._sheet._spreadsheet !== ss)) fail('The chart ranges must be in the same spreadsheet as the chart.');
    return local._state;
  }

  newChart(): LocalEmbeddedChartBuilder {
    return new LocalEmbeddedChartBuilder(this.host, this.sheet);
  }

  insert(chart: EmbeddedChartApi): number {
    const state = copyState(this.check(chart));
    const id = newChartId();
    this.charts.push({ id, state });
    return id;
  }

  update(chart: EmbeddedChartApi): void {
    const state = this.check(chart);
    const at = this.charts.findIndex((c) => c.id === chart.getChartId());
    if (at < 0) fail('The chart could not be found. It may have been deleted.');
    this.charts[at] = { id: this.charts[at].id, state: copyState(state) };
  }

  remove(chart: EmbeddedChartApi): void {
    const at = this.charts.findIndex((c) => c.id === chart.getChartId());
    if (at < 0) fail('The chart could not be found. It may have been deleted.');
    this.charts.splice(at, 1);
  }

  list(): LocalEmbeddedChart[] {
    return this.charts.map((c) => new LocalEmbeddedChart(this.host, this.sheet, c.id, copyState(c.state)));
  }
}

const allFormat = (proto: object): Record<string, CallKind> =>
  Object.fromEntries(Object.getOwnPropertyNames(proto).filter((n) => n !== 'constructor' && !n.startsWith('_')).map((n) => [n, 'format' as const]));

countCalls(LocalEmbeddedChartBuilder.prototype, 'EmbeddedChartBuilder', { legacy: allFormat(LocalEmbeddedChartBuilder.prototype) });
countCalls(LocalEmbeddedChart.prototype, 'EmbeddedChart', { legacy: allFormat(LocalEmbeddedChart.prototype) });
countCalls(LocalChartOptions.prototype, 'ChartOptions', { legacy: allFormat(LocalChartOptions.prototype) });
countCalls(LocalContainerInfo.prototype, 'ContainerInfo', { legacy: allFormat(LocalContainerInfo.prototype) });
