// Local classes declare which Apps Script methods they mirror: `implements Mirror<GAS type, 'method' | …>` keeps each
// method's parameters and result as @types/google-apps-script has them, with Apps Script objects swapped for ours,
// so a signature drift fails to compile. Methods returning Apps Script enums are left out: ours are strings.
import type { LocalRange } from './range';
import type { LocalSheet } from './sheet';
import type { LocalSpreadsheet } from './spreadsheet';
import type { LocalDataValidation, LocalDataValidationBuilder } from './validation';
import type { LocalConditionalFormatRule, LocalConditionalFormatRuleBuilder } from './formatRules';
import type { LocalProtection } from './protection';
import type { LocalHtmlOutput } from './html';
import type { LocalTriggerHandle } from './script';
import type { LocalMenu } from './ui';

type IsAny<T> = 0 extends 1 & T ? true : false;

export type Swap<T> =
  IsAny<T> extends true ? T :
  [T] extends [number | string | boolean | null | undefined | void] ? T :
  T extends GoogleAppsScript.Base.Date ? Date :
  T extends GoogleAppsScript.Spreadsheet.Range ? LocalRange :
  T extends GoogleAppsScript.Spreadsheet.Sheet ? LocalSheet :
  T extends GoogleAppsScript.Spreadsheet.Spreadsheet ? LocalSpreadsheet :
  // Builders structurally include their products' methods, so they are matched first.
  T extends GoogleAppsScript.Spreadsheet.DataValidationBuilder ? LocalDataValidationBuilder :
  T extends GoogleAppsScript.Spreadsheet.DataValidation ? LocalDataValidation :
  T extends GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder ? LocalConditionalFormatRuleBuilder :
  T extends GoogleAppsScript.Spreadsheet.ConditionalFormatRule ? LocalConditionalFormatRule :
  T extends GoogleAppsScript.Spreadsheet.Protection ? LocalProtection :
  T extends GoogleAppsScript.HTML.HtmlOutput ? LocalHtmlOutput :
  T extends GoogleAppsScript.Base.Menu ? LocalMenu :
  T extends GoogleAppsScript.Script.Trigger ? LocalTriggerHandle :
  T extends (infer U)[] ? Swap<U>[] :
  T;

type SwapArgs<A extends unknown[]> = { [I in keyof A]: Swap<A[I]> };

export type Mirror<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: SwapArgs<A>) => Swap<R> : T[P];
};

