// Set up / repair sheets: creates what is missing and adopts what exists. Re-running changes nothing: headers
// are only appended where missing, data is never reordered or overwritten, validations are only set where absent.
import type { Lang, ColumnKey } from '../domain/types';
import { SETTING_ROWS, settingKeyOf } from '../domain/settings';
import { statusLabel } from '../domain/tier';
import { t } from '../i18n';
import {
  LOG_HEADERS, PIPELINE_HEADERS, SETTINGS_HEADERS, SHEET_NAMES, TEAM_HEADERS, mapHeaders,
  type Bilingual, type SheetKind,
} from './headers';
import { findSheet } from './pipeline';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SetupReport {
  created: string[];
  /** "Sheet: column" for every header appended. */
  addedColumns: string[];
  addedSettings: string[];
}

const DATE_COLUMNS: ColumnKey[] = ['target', 'lastContact', 'tierSince', 'added', 'closed'];

export function setupSheets(ss: Spreadsheet, lang: Lang): SetupReport {
  const report: SetupReport = { created: [], addedColumns: [], addedSettings: [] };
  const pipeline = ensureSheet(ss, 'pipeline', lang, report);
  const pipelineCols = ensureHeaders(pipeline, PIPELINE_HEADERS, lang, report);
  ensurePipelineFormats(pipeline, pipelineCols, lang);
  const team = ensureSheet(ss, 'team', lang, report);
  ensureHeaders(team, TEAM_HEADERS, lang, report);
  // Team decides who may write whose rows and Settings what is flagged: editors get a warning before changing them.
  ensureWarning(team, t(lang, 'app.teamProtection'));
  const settings = ensureSheet(ss, 'settings', lang, report);
  ensureHeaders(settings, SETTINGS_HEADERS, lang, report);
  ensureSettingRows(settings, lang, report);
  ensureWarning(settings, t(lang, 'app.settingsProtection'));
  const log = ensureSheet(ss, 'log', lang, report);
  ensureHeaders(log, LOG_HEADERS, lang, report);
  ensureWarning(log, t(lang, 'app.logProtection'));
  return report;
}

function ensureSheet(ss: Spreadsheet, kind: SheetKind, lang: Lang, report: SetupReport): Sheet {
  const existing = findSheet(ss, kind);
  if (existing) return existing;
  const name = SHEET_NAMES[kind][lang];
  report.created.push(name);
  return ss.insertSheet(name);
}

/** Appends missing headers after the last used column; returns every key's 1-based column. */
function ensureHeaders<K extends string>(sheet: Sheet, defs: Record<K, Bilingual>, lang: Lang, report: SetupReport): Record<K, number> {
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0].map((v) => String(v));
  const { cols, missing } = mapHeaders(header, defs);
  const used = header.reduce((last, v, i) => (v.trim() ? i + 1 : last), 0);
  const result = {} as Record<K, number>;
  (Object.keys(cols) as K[]).forEach((k) => (result[k] = (cols[k] as number) + 1));
  if (missing.length) {
    // After the last column holding anything, headed or not: a team's unlabelled notes column is never taken over.
    const start = Math.max(used, sheet.getLastColumn()) + 1;
    const needed = start + missing.length - 1;
    if (needed > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
    sheet.getRange(1, start, 1, missing.length).setValues([missing.map((k) => defs[k][lang])]);
    missing.forEach((k, i) => {
      result[k] = start + i;
      report.addedColumns.push(`${sheet.getName()}: ${defs[k][lang]}`);
    });
  }
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  const headerRange = sheet.getRange(1, 1, 1, Math.max(used, ...Object.values<number>(result)));
  if (missing.length) headerRange.setFontWeight('bold');
  return result;
}

function ensurePipelineFormats(sheet: Sheet, cols: Record<ColumnKey, number>, lang: Lang): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const column = (key: ColumnKey) => sheet.getRange(2, cols[key], rows, 1);
  // Invalid input is allowed through so that onEdit can explain the problem in words instead of a bare red box.
  const rules: Array<[ColumnKey, GoogleAppsScript.Spreadsheet.DataValidation]> = [
    ['tier', SpreadsheetApp.newDataValidation().requireValueInList(['A', 'B', 'C'], true).setAllowInvalid(true).setHelpText(t(lang, 'app.help.tier')).build()],
    ['status', SpreadsheetApp.newDataValidation().requireValueInList((['Open', 'Signed', 'Dropped'] as const).map((s) => statusLabel(s, lang)), true).setAllowInvalid(true).build()],
    ['target', SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).setHelpText(t(lang, 'app.help.target')).build()],
    ['lastContact', SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).build()],
    ['visits', SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(true).build()],
  ];
  for (const [key, rule] of rules) {
    const top = sheet.getRange(2, cols[key]);
    if (!top.getDataValidation()) column(key).setDataValidation(rule);
  }
  for (const key of DATE_COLUMNS) {
    const top = sheet.getRange(2, cols[key]);
    if (top.getNumberFormat() !== 'yyyy-mm-dd') column(key).setNumberFormat('yyyy-mm-dd');
  }
}

function ensureSettingRows(sheet: Sheet, lang: Lang, report: SetupReport): void {
  const values = sheet.getDataRange().getValues();
  const present = new Set(values.slice(1).map((r) => settingKeyOf(String(r[0]))));
  const missing = SETTING_ROWS.filter((row) => !present.has(row.key));
  if (!missing.length) return;
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  sheet
    .getRange(start, 1, missing.length, 3)
    .setValues(missing.map((row) => [row[lang], row.defaultValue(lang), row.note(lang)]));
  missing.forEach((row) => report.addedSettings.push(row[lang]));
}

function ensureWarning(sheet: Sheet, description: string): void {
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length) return;
  sheet.protect().setDescription(description).setWarningOnly(true);
}
