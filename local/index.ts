// The offline Apps Script runtime: everything other code needs is imported from here.
export { LocalRuntime } from './runtime';
export type { RuntimeOptions, LocalBundle, LocalGlobals } from './runtime';
export { LocalSpreadsheetApp } from './spreadsheetApp';
export { LocalUi, LocalMenu } from './ui';
export type { SentMail, MenuRecord } from './host';
export { CALL_LOG_LIMIT } from './host';
export type {
  AuthModeName, CallKind, MethodKind, CallRecord, MethodStats, CellCounts, Box, Cell,
  RangeApi, SheetApi, SpreadsheetApi, ProtectionApi, UserApi, DataValidationApi, ConditionalFormatRuleApi, HtmlOutputApi,
} from './types';
export type { LocalTrigger, TriggerType } from './script';
export type { ActionHost, RejectedEdit, RejectionReason, TriggerError } from './userActions';
export type { FetchRequest, FetchAnswer, FetchMatcher } from './urlfetch';
export { createScriptRunBridge, GAS_CLIENT_SHIM, illegalValuePath } from './bridge';
export { exportXlsx } from './xlsx';
export { LocalSpreadsheet } from './spreadsheet';
export { LocalSheet } from './sheet';
export { LocalRange } from './range';
export { LocalDataValidation, LocalDataValidationBuilder, DataValidationCriteria } from './validation';
export { LocalBooleanCondition, LocalConditionalFormatRule, LocalConditionalFormatRuleBuilder, displayedBackground, displayedBackgrounds } from './formatRules';
export { LocalProtection, PROTECTED_MESSAGE } from './protection';
export { LocalHtmlOutput } from './html';
export { LocalHttpResponse } from './urlfetch';
export { GasException } from './errors';
export { formatDate, zonedTime, daySerial } from './dates';
export { MAX_CELL_CHARS, CELL_TOO_LONG } from './values';
export type { CellValue } from './types';
