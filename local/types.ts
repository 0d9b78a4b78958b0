// The shapes the local runtime's modules share, and nothing else: this file imports nothing (only the
// @types/google-apps-script globals), so any module can depend on it without closing an import cycle.
//
// Local classes declare which Apps Script methods they mirror through the `*Api` interfaces below: each extends
// `Mirror<GAS type, 'method' | …>`, which keeps each method's parameters and result as @types/google-apps-script has
// them, with Apps Script objects swapped for these interfaces, so a signature drift fails to compile. Methods
// returning Apps Script enums are left out of the mirror (ours are strings) and declared by hand. Members starting
// with '_' are the runtime's own (never counted, never seen by the bundle's author).

type IsAny<T> = 0 extends 1 & T ? true : false;

export type Swap<T> =
  IsAny<T> extends true ? T :
  [T] extends [number | string | boolean | null | undefined | void] ? T :
  T extends GoogleAppsScript.Base.Date ? Date :
  T extends GoogleAppsScript.Spreadsheet.Range ? RangeApi :
  T extends GoogleAppsScript.Spreadsheet.Sheet ? SheetApi :
  T extends GoogleAppsScript.Spreadsheet.Spreadsheet ? SpreadsheetApi :
  // Builders structurally include their products' methods, so they are matched first.
  T extends GoogleAppsScript.Spreadsheet.DataValidationBuilder ? DataValidationBuilderApi :
  T extends GoogleAppsScript.Spreadsheet.DataValidation ? DataValidationApi :
  T extends GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder ? ConditionalFormatRuleBuilderApi :
  T extends GoogleAppsScript.Spreadsheet.ConditionalFormatRule ? ConditionalFormatRuleApi :
  T extends GoogleAppsScript.Spreadsheet.Protection ? ProtectionApi :
  T extends GoogleAppsScript.Spreadsheet.TextFinder ? TextFinderApi :
  T extends GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder ? EmbeddedChartBuilderApi :
  T extends GoogleAppsScript.Spreadsheet.EmbeddedChart ? EmbeddedChartApi :
  T extends GoogleAppsScript.Spreadsheet.ContainerInfo ? ContainerInfoApi :
  T extends GoogleAppsScript.Charts.ChartOptions ? ChartOptionsApi :
  T extends GoogleAppsScript.HTML.HtmlOutput ? HtmlOutputApi :
  T extends GoogleAppsScript.Base.Menu ? MenuApi :
  T extends GoogleAppsScript.Script.Trigger ? TriggerApi :
  T extends GoogleAppsScript.URL_Fetch.HTTPResponse ? HttpResponseApi :
  T extends GoogleAppsScript.Base.User ? UserApi :
  T extends (infer U)[] ? Swap<U>[] :
  T;

type SwapArgs<A extends unknown[]> = { [I in keyof A]: Swap<A[I]> };

/** An overloaded method mirrors its last overload; interfaces below widen those that need the others too. */
export type Mirror<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: SwapArgs<A>) => Swap<R> : T[P];
};

// ---- plain data ----------------------------------------------------------------------------------------------

export interface Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export type CellValue = string | number | boolean | Date;

export interface Cell {
  value: CellValue;
  formula?: string;
  background?: string;
  note?: string;
  numberFormat?: string;
  fontWeight?: 'bold' | 'normal';
  fontColor?: string;
  validation?: DataValidationApi;
}

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

/** The four Spreadsheet-service kinds `runtime.counts()` has always reported. */
export type CallKind = 'read' | 'write' | 'format' | 'other';

/**
 * The kind of every counted service method in the call log: the Spreadsheet kinds, `meta` for cheap Spreadsheet
 * getters (names, sizes, lookups), and one kind per other service.
 */
export type MethodKind =
  | CallKind | 'meta' | 'properties' | 'cache' | 'lock' | 'session' | 'mail' | 'urlfetch' | 'script' | 'utilities' | 'ui' | 'log';

export interface CellCounts {
  read: number;
  written: number;
}

/** One counted service call: `method` is 'Service.method' as Apps Script names it (e.g. 'Range.getValues'). */
export interface CallRecord {
  method: string;
  kind: MethodKind;
  cells: CellCounts;
  /**
   * Which execution made the call (1, 2, … in the order they started; 0 outside any): one person's edit runs the simple
   * onEdit and an installable one side by side, each its own execution on Google's servers.
   */
  execution: number;
}

export interface MethodStats {
  kind: MethodKind;
  calls: number;
  cells: CellCounts;
}

/** The cells of one sheet (local/grid.ts). */
export interface GridApi {
  maxRows: number;
  maxCols: number;
  cell(row: number, col: number): Cell | undefined;
  ensure(row: number, col: number): Cell;
  insertRows(at: number, count: number, inheritFrom: number | null): void;
  deleteRows(at: number, count: number): void;
  insertCols(at: number, count: number, inheritFrom: number | null): void;
  deleteCols(at: number, count: number): void;
  lastRow(): number;
  lastCol(): number;
  sortRows(first: number, last: number, keys: { column: number; ascending: boolean }[], c1?: number, c2?: number): void;
  snapshotValue(row: number, col: number): CellValue;
}

// ---- Apps Script objects ------------------------------------------------------------------------------------

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type RangeMethods =
  'getValues' | 'getValue' | 'setValues' | 'setValue' | 'getDisplayValues' | 'getDisplayValue' | 'getFormulas' |
  'getFormula' | 'setFormula' | 'setFormulas' | 'getBackgrounds' | 'getBackground' | 'setBackgrounds' | 'setBackground' | 'getNotes' |
  'getNote' | 'setNotes' | 'setNote' | 'clearNote' | 'getNumberFormats' | 'getNumberFormat' | 'setNumberFormats' |
  'setNumberFormat' | 'getFontWeights' | 'getFontWeight' | 'setFontWeights' | 'setFontWeight' | 'getFontColors' | 'setFontColor' |
  'getDataValidations' | 'getDataValidation' | 'setDataValidations' | 'setDataValidation' | 'clearDataValidations' |
  'clearContent' | 'clearFormat' | 'clear' | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getLastRow' |
  'getLastColumn' | 'getA1Notation' | 'getSheet' | 'activate' | 'offset' | 'getCell' | 'isBlank' | 'protect' | 'sort' |
  'setWrap' | 'setHorizontalAlignment' | 'setVerticalAlignment' | 'createTextFinder';

export type TextFinderMethods =
  'findAll' | 'findNext' | 'findPrevious' | 'matchCase' | 'matchEntireCell' | 'matchFormulaText' | 'useRegularExpression';

export type TextFinderApi = Mirror<GoogleAppsScript.Spreadsheet.TextFinder, TextFinderMethods>;

export interface RangeApi extends Mirror<GasRange, RangeMethods> {
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeApi;
  readonly _sheet: SheetApi;
  readonly _box: Box;
}

export type SheetMethods =
  'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getParent' | 'getRange' | 'getDataRange' | 'getLastRow' |
  'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'appendRow' | 'insertRowsAfter' | 'insertRowsBefore' |
  'insertRowAfter' | 'insertRowBefore' | 'insertColumnsAfter' | 'insertColumnsBefore' | 'insertColumnAfter' |
  'insertColumnBefore' | 'deleteRow' | 'deleteRows' | 'deleteColumn' | 'deleteColumns' | 'getFrozenRows' |
  'setFrozenRows' | 'getFrozenColumns' | 'setFrozenColumns' | 'getConditionalFormatRules' | 'setConditionalFormatRules' |
  'clearConditionalFormatRules' | 'protect' | 'getProtections' | 'setColumnWidth' | 'getColumnWidth' | 'setColumnWidths' |
  'autoResizeColumns' | 'activate' | 'setActiveRange' | 'getActiveRange' | 'hideSheet' | 'showSheet' | 'isSheetHidden' |
  'clear' | 'clearContents' | 'setTabColor' | 'getTabColor' | 'sort' | 'hideRows' | 'showRows' | 'isRowHiddenByUser' |
  'isRowHiddenByFilter' | 'hideColumns' | 'showColumns' | 'isColumnHiddenByUser' |
  'newChart' | 'insertChart' | 'updateChart' | 'removeChart' | 'getCharts';

export interface SheetApi extends Mirror<GasSheet, SheetMethods> {
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): RangeApi;
  readonly _id: number;
  _name: string;
  readonly _grid: GridApi;
  readonly _spreadsheet: SpreadsheetApi;
  _inputContext(): { timeZone: string; locale: string };
  /** A range after Apps Script's bounds checks. */
  _range(box: Box): RangeApi;
  _addProtection(type: 'RANGE' | 'SHEET', box: Box): ProtectionApi;
  _frozenRows(): number;
  /** Throws Apps Script's protected-cell error unless the effective user may change box (null: the sheet itself). */
  _guardEdit(box: Box | null): void;
}

export type SpreadsheetMethods =
  'getId' | 'getName' | 'rename' | 'getUrl' | 'getSpreadsheetTimeZone' | 'setSpreadsheetTimeZone' | 'getSpreadsheetLocale' |
  'setSpreadsheetLocale' | 'getSheetByName' | 'getSheets' | 'getNumSheets' | 'getSheetById' | 'insertSheet' | 'deleteSheet' |
  'getActiveSheet' | 'setActiveSheet' | 'getActiveRange' | 'setActiveRange' | 'toast' | 'getRange' | 'getSheetName' |
  'renameActiveSheet' | 'getOwner' | 'getEditors';

export interface SpreadsheetApi extends Mirror<GasSpreadsheet, SpreadsheetMethods> {
  readonly _id: string;
  _name: string;
  _timeZone: string;
  _locale: string;
  /** The owner's address: the owner may always edit, protected or not. */
  readonly _owner: string;
  /** The people the spreadsheet is shared with by name to edit (others edit through link sharing). */
  readonly _editors: readonly string[];
  _sheets(): SheetApi[];
  _checkNewName(name: string, except?: SheetApi): void;
  _activate(sheet: SheetApi, range: RangeApi | null): void;
  _activeRangeOn(sheet: SheetApi): RangeApi | null;
}

export interface UserApi {
  getEmail(): string;
  getUserLoginId(): string;
}

export type ProtectionMethods =
  'addEditor' | 'addEditors' | 'canDomainEdit' | 'canEdit' | 'getDescription' | 'getEditors' | 'getRange' |
  'getUnprotectedRanges' | 'isWarningOnly' | 'remove' | 'removeEditor' | 'removeEditors' | 'setDescription' |
  'setDomainEdit' | 'setUnprotectedRanges' | 'setWarningOnly';

export interface ProtectionApi extends Mirror<GoogleAppsScript.Spreadsheet.Protection, ProtectionMethods> {
  addEditor(user: string | UserApi): ProtectionApi;
  removeEditor(user: string | UserApi): ProtectionApi;
  removeEditors(users: (string | UserApi)[]): ProtectionApi;
  getProtectionType(): string;
}

export type EmbeddedChartMethods =
  'getChartId' | 'getContainerInfo' | 'getNumHeaders' | 'getOptions' | 'getRanges' | 'getTransposeRowsAndColumns' | 'modify';

export interface EmbeddedChartApi extends Mirror<GoogleAppsScript.Spreadsheet.EmbeddedChart, EmbeddedChartMethods> {
  getHiddenDimensionStrategy(): string;
  getMergeStrategy(): string;
}

export type EmbeddedChartBuilderMethods =
  'addRange' | 'build' | 'clearRanges' | 'getContainer' | 'getRanges' | 'removeRange' | 'setNumHeaders' | 'setOption' |
  'setPosition' | 'setTransposeRowsAndColumns';

/** The chart type and strategies are Apps Script enums, ours are their names. */
export interface EmbeddedChartBuilderApi extends Mirror<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, EmbeddedChartBuilderMethods> {
  setChartType(type: string): EmbeddedChartBuilderApi;
  getChartType(): string | null;
  setHiddenDimensionStrategy(strategy: string): EmbeddedChartBuilderApi;
  setMergeStrategy(mergeStrategy: string): EmbeddedChartBuilderApi;
}

export type ContainerInfoApi = Mirror<GoogleAppsScript.Spreadsheet.ContainerInfo, 'getAnchorColumn' | 'getAnchorRow' | 'getOffsetX' | 'getOffsetY'>;

export type ChartOptionsApi = Mirror<GoogleAppsScript.Charts.ChartOptions, 'get'>;

export interface DataValidationApi extends Mirror<GoogleAppsScript.Spreadsheet.DataValidation, 'copy' | 'getAllowInvalid' | 'getCriteriaValues'> {
  getCriteriaType(): string;
  getHelpText(): string | null;
}

export type DataValidationBuilderMethods =
  'build' | 'copy' | 'getAllowInvalid' | 'getCriteriaValues' | 'requireCheckbox' |
  'requireDate' | 'requireDateAfter' | 'requireDateBefore' | 'requireDateOnOrAfter' | 'requireDateOnOrBefore' |
  'requireNumberBetween' | 'requireNumberGreaterThanOrEqualTo' | 'requireNumberGreaterThan' |
  'requireNumberLessThanOrEqualTo' | 'requireTextIsEmail' | 'requireValueInList' | 'requireFormulaSatisfied' |
  'setAllowInvalid' | 'setHelpText' | 'withCriteria';

export interface DataValidationBuilderApi extends Mirror<GoogleAppsScript.Spreadsheet.DataValidationBuilder, DataValidationBuilderMethods> {
  getCriteriaType(): string;
  getHelpText(): string | null;
}

export interface RuleCondition {
  type: string; // e.g. 'CUSTOM_FORMULA', 'TEXT_CONTAINS', 'CELL_EMPTY'
  values: unknown[];
}

export interface ConditionalFormatRuleApi extends Mirror<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'copy' | 'getRanges'> {
  /** The condition and format (Apps Script's BooleanCondition; the criteria type as its name, e.g. 'CUSTOM_FORMULA'). */
  getBooleanCondition(): {
    getCriteriaType(): string; getCriteriaValues(): unknown[]; getBackground(): string | null; getFontColor(): string | null; getBold(): boolean | null;
  } | null;
  /** Not in Apps Script's ConditionalFormatRule (it hides these behind getBooleanCondition()); handy for tests. */
  getCondition(): RuleCondition | null;
  getBackground(): string | null;
}

export type ConditionalFormatRuleBuilderMethods =
  'build' | 'copy' | 'getRanges' | 'setBackground' | 'setFontColor' | 'setBold' | 'setRanges' | 'whenFormulaSatisfied' |
  'whenTextContains' | 'whenTextEqualTo' | 'whenCellEmpty' | 'whenCellNotEmpty' | 'whenNumberGreaterThan';

export type ConditionalFormatRuleBuilderApi = Mirror<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, ConditionalFormatRuleBuilderMethods>;

export type HtmlOutputMethods =
  'setTitle' | 'getTitle' | 'setWidth' | 'getWidth' | 'setHeight' | 'getHeight' | 'getContent' | 'setContent' | 'append' |
  'appendUntrusted' | 'clear' | 'setSandboxMode' | 'setXFrameOptionsMode' | 'addMetaTag' | 'setFaviconUrl';

export type HtmlOutputApi = Mirror<GoogleAppsScript.HTML.HtmlOutput, HtmlOutputMethods>;

export type MenuApi = Mirror<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addToUi'>;

export type TriggerApi = Mirror<GoogleAppsScript.Script.Trigger, 'getHandlerFunction' | 'getUniqueId'>;

export type HttpResponseApi = Mirror<GoogleAppsScript.URL_Fetch.HTTPResponse,
  'getResponseCode' | 'getContentText' | 'getHeaders' | 'getAllHeaders' | 'getContent'>;
