// Loads dist/Code.js into a fresh local runtime with the sample team, and reads the sheet the way a person would.
import { LocalRuntime, type LocalBundle } from '../../local';
import { setupSampleTeam, sheetByAnyName, type SampleTeam } from './team';

export interface Harness {
  runtime: LocalRuntime;
  bundle: LocalBundle;
  team: SampleTeam;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  pipeline: GoogleAppsScript.Spreadsheet.Sheet;
  /** The Pipeline cell of a data row under a header (English or Chinese name). */
  cell(row: number, header: string): unknown;
  /** 1-based column of a header in a sheet's first row. */
  col(header: string, sheet?: GoogleAppsScript.Spreadsheet.Sheet): number;
  /** The sheet row holding a customer. */
  rowOf(customer: string): number;
  lastToast(): string;
}

/** 10:00 on Friday 2026-11-27 in Shanghai. */
export const FRIDAY_MORNING = new Date('2026-11-27T02:00:00Z');

export function harness(opts: { locale?: string; timeZone?: string; now?: Date; customersPerRep?: number; oauthScopes?: string[]; mailQuota?: number } = {}): Harness {
  const runtime = new LocalRuntime({
    oauthScopes: opts.oauthScopes,
    timeZone: opts.timeZone ?? 'Asia/Shanghai',
    locale: opts.locale ?? 'en_US',
    now: opts.now ?? FRIDAY_MORNING,
    userEmail: 'manager@example.com',
    mailQuota: opts.mailQuota,
  });
  const bundle = runtime.loadBundle();
  const team = setupSampleTeam(runtime, bundle, { customersPerRep: opts.customersPerRep });
  const ss = runtime.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const pipeline = sheetByAnyName(runtime, 'Pipeline', '客户库');
  const col = (header: string, sheet = pipeline) => {
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const i = headers.indexOf(header);
    if (i < 0) throw new Error(`no header ${header} in ${headers.join('|')}`);
    return i + 1;
  };
  return {
    runtime,
    bundle,
    team,
    ss,
    pipeline,
    col,
    cell: (row, header) => pipeline.getRange(row, col(header)).getValue(),
    rowOf: (customer) => {
      const c = col(/^zh/.test(opts.locale ?? '') ? '客户' : 'Customer');
      const values = pipeline.getRange(1, c, pipeline.getLastRow(), 1).getValues().map((r) => r[0]);
      const i = values.indexOf(customer);
      if (i < 0) throw new Error(`no customer ${customer}`);
      return i + 1;
    },
    lastToast: () => {
      const toasts = runtime.toasts;
      return toasts.length ? toasts[toasts.length - 1].message : '';
    },
  };
}

/** yyyy-MM-dd of a date cell in the spreadsheet's zone ('' for a non-date). */
export function keyOf(h: Harness, value: unknown): string {
  if (!(value instanceof Date)) return '';
  return Utilities_formatDate(h, value);
}

function Utilities_formatDate(h: Harness, d: Date): string {
  const u = h.runtime.globals().Utilities as GoogleAppsScript.Utilities.Utilities;
  return u.formatDate(d, h.ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}
