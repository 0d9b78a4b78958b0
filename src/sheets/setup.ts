// Set up / repair sheets: creates what is missing and adopts what exists (SPEC "Adopting a team's own sheet"). The
// team's tabs, header cells, columns and values are never renamed, moved, formatted or rewritten: missing columns are
// appended after the last used one, in the header row (below any title rows), and only those cells are formatted.
// Re-running changes nothing.
import type { Cell, ColumnKey, Lang } from '../domain/types';
import { COLUMN_KEYS } from '../domain/types';
import {
  OPTIONAL_SETTING_ROWS, SETTING_ROWS, columnOfSetting, columnSettingLabel, settingKeyOf, type SettingKey,
} from '../domain/settings';
import { statusLabel } from '../domain/tier';
import { OPTIONAL_TEAM_KEYS, PIPELINE_SYNONYMS } from '../domain/synonyms';
import { t } from '../i18n';
import {
  LOG_HEADERS, LOG_SYNONYMS, PIPELINE_HEADERS, SETTINGS_HEADERS, SHEET_NAMES, TEAM_ALL_HEADERS, findHeaderRow,
  mapHeaders, matchesName, type Bilingual, type HeaderMap, type MatchKind, type SheetKind,
} from './headers';
import { PIPELINE_MIN_MATCHES, findSheet, forgetSheets, mapPipelineHeader, sheetNameOf, type Columns } from './pipeline';
import { clearPaintedFlags, installFlagRules, writeFlagLegend } from './highlight';
import { forgetGuardConfig } from './configCache';
import { forgetSettings, readSettings, teamLayout } from './teamSheet';
import { headerlessDataTab, isFilled, looksLikeData, topRows } from './tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What Set up did to one of the team's sheets, in words the report can list. */
export interface SheetAdoption {
  name: string;
  headerRow: number;
  /** The team's header and the add-on's column it serves, in sheet order. */
  matched: Array<{ yours: string; ours: string; how: MatchKind }>;
  /** The add-on's column names appended (the hidden memory column left out). */
  appended: string[];
  /** The team's headers that serve no column of the add-on. */
  leftAlone: string[];
  /** A Team column that looked like Manager email but holds names: kept, Manager email appended. */
  managerNames?: string;
  /** Settings overrides naming a header the sheet does not have: [setting label, header]. */
  badOverrides: Array<[string, string]>;
  /** The memory column was appended now: the rows already there are adopted by this Set up. */
  firstAdoption: boolean;
}

export interface SetupReport {
  created: string[];
  /** "Sheet: column" for every header appended. */
  addedColumns: string[];
  addedSettings: string[];
  pipeline: SheetAdoption | null;
  team: SheetAdoption | null;
  /** A tab whose first row is data: nothing was appended to it (the report names the row and the fix). */
  headerless: { name: string; row: number } | null;
  /** Settings rows Set up filled: [setting label, value]. */
  recorded: Array<[string, string]>;
  /** The empty default first tab ("Sheet1" / "工作表1") Set up removed, or ''. */
  removed: string;
}

/** The tabs a person chose when Set up asked (the team's own Pipeline and Team tabs); null = create the add-on's. */
export interface TabChoice {
  pipeline?: Sheet | null;
  team?: Sheet | null;
}

const DATE_COLUMNS: ColumnKey[] = ['target', 'lastContact', 'tierSince', 'added', 'closed'];

export function setupSheets(ss: Spreadsheet, lang: Lang, choice: TabChoice = {}): SetupReport {
  const report: SetupReport = {
    created: [], addedColumns: [], addedSettings: [], pipeline: null, team: null, headerless: null, recorded: [], removed: '',
  };
  const headerless = choice.pipeline === undefined && !findSheet(ss, 'pipeline') ? headerlessDataTab(ss) : null;
  if (headerless) report.headerless = headerless.found;
  else {
    const pipeline = choice.pipeline ?? ensureSheet(ss, 'pipeline', lang, report);
    const adopted = adoptPipeline(pipeline, lang, report);
    if (adopted) {
      ensurePipelineFormats(pipeline, adopted.cols, lang, adopted.headerRow, adopted.appended);
      ensureFlagColours(pipeline, adopted, lang);
    }
  }
  const team = choice.team ?? ensureSheet(ss, 'team', lang, report);
  adoptTeam(team, lang, report);
  // Team decides who may write whose rows and Settings what is flagged: editors get a warning before changing them.
  ensureWarning(team, t(lang, 'app.teamProtection'));
  const settings = ensureSheet(ss, 'settings', lang, report);
  ensureHeaders(settings, SETTINGS_HEADERS, lang, report);
  ensureSettingRows(settings, lang, report);
  const own: Array<['pipelineSheet' | 'teamSheet', Sheet | null | undefined, SheetKind]> = [['pipelineSheet', choice.pipeline, 'pipeline'], ['teamSheet', choice.team, 'team']];
  for (const [key, sheet, kind] of own) {
    if (sheet && !matchesName(sheet.getName(), SHEET_NAMES[kind])) {
      writeSettings(ss, lang, [{ key, value: sheet.getName() }]);
      report.recorded.push([t(lang, `set.${key}`), sheet.getName()]);
    }
  }
  ensureWarning(settings, t(lang, 'app.settingsProtection'));
  const log = ensureSheet(ss, 'log', lang, report);
  ensureHeaders(log, LOG_HEADERS, lang, report, LOG_SYNONYMS);
  ensureWarning(log, t(lang, 'app.logProtection'));
  report.removed = removeEmptyDefaultTab(ss);
  // Columns and Settings may have changed: the edit guard reads them fresh next time.
  forgetGuardConfig();
  return report;
}

/** The name a new spreadsheet gives its first tab, in any language Sheets is used in here: Sheet1, Sheet 1, 工作表1. */
const DEFAULT_FIRST_TAB = /^(sheet|工作表)\s*1$/i;

/** How much of an empty tab is looked at for notes, colours and drop-downs: two reads, whatever the tab's size. */
const UNTOUCHED_ROWS = 100;
const UNTOUCHED_COLUMNS = 26;

/**
 * A new spreadsheet's "Sheet1" / "工作表1", left first and empty once Set up has made its own tabs, is removed — only
 * when it is untouched (see `isUntouched`), is not the sheet the add-on uses, and is not the only tab.
 */
function removeEmptyDefaultTab(ss: Spreadsheet): string {
  const sheets = ss.getSheets();
  const first = sheets[0];
  const name = sheets.length < 2 ? '' : sheetNameOf(ss, first);
  if (!DEFAULT_FIRST_TAB.test(name.trim())) return '';
  if ((['pipeline', 'team', 'settings', 'log'] as const).some((kind) => findSheet(ss, kind) === first)) return '';
  if (!isUntouched(first)) return '';
  ss.deleteSheet(first);
  forgetSheets(ss);
  return name;
}

/**
 * Nothing a person put there: no value or formula anywhere, no chart, no conditional-format rule, no protection, and
 * no note, background colour or drop-down in its top-left block (A1:Z100, or the whole tab when smaller) — a chart
 * or a note in an otherwise empty Sheet1 is someone's work.
 */
function isUntouched(sheet: Sheet): boolean {
  if (sheet.getLastRow() > 0 || sheet.getLastColumn() > 0) return false;
  if (sheet.getCharts().length > 0) return false;
  if (sheet.getConditionalFormatRules().length > 0) return false;
  const types = SpreadsheetApp.ProtectionType;
  if (sheet.getProtections(types.SHEET).length > 0 || sheet.getProtections(types.RANGE).length > 0) return false;
  const block = sheet.getRange(1, 1, Math.min(UNTOUCHED_ROWS, sheet.getMaxRows()), Math.min(UNTOUCHED_COLUMNS, sheet.getMaxColumns()));
  if (block.getNotes().some((row) => row.some((note) => note !== ''))) return false;
  if (block.getBackgrounds().some((row) => row.some((color) => !isWhite(color)))) return false;
  return !block.getDataValidations().some((row) => row.some((rule) => rule !== null));
}

/** A cell with no fill of its own reads as white ("#ffffff", in any case, or "white"). */
function isWhite(color: string): boolean {
  return /^(#ffffff|#fff|white|)$/i.test(color.trim());
}

/**
 * The flag colours: one conditional-format rule per reason over the Pipeline columns the add-on knows, replacing its
 * own rules wholesale (the team's stay), and the legend on the Flag header. A sheet an earlier version painted by
 * hand has those painted colours reset when the rules first arrive.
 */
function ensureFlagColours(sheet: Sheet, adopted: Adopted<ColumnKey>, lang: Lang): void {
  const cols = {} as Columns;
  for (const key of COLUMN_KEYS) cols[key] = adopted.cols[key] === undefined ? -1 : adopted.cols[key] - 1;
  const shape = { headerRow: adopted.headerRow, cols };
  const outcome = installFlagRules(sheet, shape);
  if (outcome.firstTime && !adopted.appended.includes('memory')) clearPaintedFlags(sheet, shape);
  writeFlagLegend(sheet, shape, lang);
}

function ensureSheet(ss: Spreadsheet, kind: SheetKind, lang: Lang, report: SetupReport): Sheet {
  const existing = findSheet(ss, kind);
  if (existing) return existing;
  const name = SHEET_NAMES[kind][lang];
  report.created.push(name);
  const sheet = ss.insertSheet(name);
  forgetSheets(ss);
  return sheet;
}

interface Adopted<K extends string> {
  headerRow: number;
  /** Every key's 1-based column (the optional Team columns only where present). */
  cols: Record<K, number>;
  appended: K[];
}

function adoptPipeline(sheet: Sheet, lang: Lang, report: SetupReport): Adopted<ColumnKey> | null {
  const top = topRows(sheet);
  const overrides = readSettings(sheet.getParent()).settings.columns;
  const found = findHeaderRow(top.map((r) => r.map((v) => (typeof v === 'string' ? v : String(v)))), PIPELINE_HEADERS, PIPELINE_MIN_MATCHES, { synonyms: PIPELINE_SYNONYMS, overrides });
  const first = top.findIndex((r) => r.some(isFilled));
  if (found === null && first >= 0 && looksLikeData(top[first])) {
    report.headerless = { name: sheet.getName(), row: first + 1 };
    return null;
  }
  const headerRow = found ?? 1;
  const header = (top[headerRow - 1] ?? []).map((v) => (typeof v === 'string' ? v : String(v)));
  const map = mapPipelineHeader(header, overrides);
  const adopted = appendMissing(sheet, headerRow, header, map, PIPELINE_HEADERS, lang, report, []);
  report.pipeline = describe(sheet, headerRow, header, map, PIPELINE_HEADERS, adopted.appended, lang);
  report.pipeline.badOverrides = map.badOverrides.map((k) => [columnSettingLabel(k, lang), overrides[k] ?? '']);
  if (adopted.appended.includes('memory')) sheet.hideColumns(adopted.cols.memory);
  return adopted;
}

function adoptTeam(sheet: Sheet, lang: Lang, report: SetupReport): void {
  const width = Math.max(sheet.getLastColumn(), 1);
  const values = sheet.getRange(1, 1, Math.max(sheet.getLastRow(), 1), width).getValues() as Cell[][];
  const layout = teamLayout(values);
  const header = (values[layout.headerRow - 1] ?? []).map((v) => (typeof v === 'string' ? v : String(v)));
  const adopted = appendMissing(sheet, layout.headerRow, header, layout.map, TEAM_ALL_HEADERS, lang, report, OPTIONAL_TEAM_KEYS);
  const described = describe(sheet, layout.headerRow, header, layout.map, TEAM_ALL_HEADERS, adopted.appended, lang);
  if (layout.managerNames !== null) described.managerNames = header[layout.managerNames];
  report.team = described;
}

/** Appends the missing headers after the last used column, in the header row; bolds only the cells it wrote. */
function appendMissing<K extends string>(
  sheet: Sheet, headerRow: number, header: string[], map: HeaderMap<K>, defs: Record<K, Bilingual>, lang: Lang,
  report: SetupReport, optional: readonly K[],
): Adopted<K> {
  const cols = {} as Record<K, number>;
  (Object.keys(map.cols) as K[]).forEach((k) => (cols[k] = (map.cols[k] as number) + 1));
  const missing = map.missing.filter((k) => !optional.includes(k));
  if (missing.length) {
    const used = header.reduce((last, v, i) => (v.trim() ? i + 1 : last), 0);
    // After the last column holding anything, headed or not: a team's unlabelled notes column is never taken over.
    const start = Math.max(used, sheet.getLastColumn()) + 1;
    const needed = start + missing.length - 1;
    if (needed > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
    const cells = sheet.getRange(headerRow, start, 1, missing.length);
    cells.setValues([missing.map((k) => defs[k][lang])]);
    cells.setFontWeight('bold');
    missing.forEach((k, i) => {
      cols[k] = start + i;
      report.addedColumns.push(`${sheet.getName()}: ${defs[k][lang]}`);
    });
  }
  if (sheet.getFrozenRows() < headerRow) sheet.setFrozenRows(headerRow);
  return { headerRow, cols, appended: missing };
}

function describe<K extends string>(
  sheet: Sheet, headerRow: number, header: string[], map: HeaderMap<K>, defs: Record<K, Bilingual>, appended: K[], lang: Lang,
): SheetAdoption {
  const byIndex = new Map<number, K>();
  (Object.keys(map.cols) as K[]).forEach((k) => byIndex.set(map.cols[k] as number, k));
  const matched: SheetAdoption['matched'] = [];
  const leftAlone: string[] = [];
  header.forEach((text, i) => {
    if (!text.trim()) return;
    const key = byIndex.get(i);
    if (key === undefined) leftAlone.push(text.trim());
    else matched.push({ yours: text.trim(), ours: defs[key][lang], how: map.how[key] ?? 'name' });
  });
  return {
    name: sheet.getName(),
    headerRow,
    matched,
    appended: appended.filter((k) => k !== 'memory').map((k) => defs[k][lang]),
    leftAlone,
    badOverrides: [],
    firstAdoption: (appended as string[]).includes('memory'),
  };
}

/** Appends missing headers of the add-on's own sheets (Settings, Daily Log) in row 1. */
function ensureHeaders<K extends string>(
  sheet: Sheet, defs: Record<K, Bilingual>, lang: Lang, report: SetupReport, synonyms?: Partial<Record<K, readonly string[]>>,
): void {
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0].map((v) => String(v));
  appendMissing(sheet, 1, header, mapHeaders(header, defs, { synonyms }), defs, lang, report, []);
}

/** Dropdowns, date validation and date formats, only on the columns Set up appended now (the team's stay as they are). */
function ensurePipelineFormats(sheet: Sheet, cols: Record<ColumnKey, number>, lang: Lang, headerRow: number, appended: ColumnKey[]): void {
  const rows = sheet.getMaxRows() - headerRow;
  if (rows < 1 || !appended.length) return;
  const column = (key: ColumnKey) => sheet.getRange(headerRow + 1, cols[key], rows, 1);
  // Invalid input is allowed through so that onEdit can explain the problem in words instead of a bare red box.
  const rules: Array<[ColumnKey, () => GoogleAppsScript.Spreadsheet.DataValidation]> = [
    ['tier', () => SpreadsheetApp.newDataValidation().requireValueInList(['A', 'B', 'C'], true).setAllowInvalid(true).setHelpText(t(lang, 'app.help.tier')).build()],
    ['status', () => SpreadsheetApp.newDataValidation().requireValueInList((['Open', 'Signed', 'Dropped'] as const).map((s) => statusLabel(s, lang)), true).setAllowInvalid(true).build()],
    ['target', () => SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).setHelpText(t(lang, 'app.help.target')).build()],
    ['lastContact', () => SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).build()],
    ['visits', () => SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(true).build()],
  ];
  for (const [key, rule] of rules) if (appended.includes(key)) column(key).setDataValidation(rule());
  for (const key of DATE_COLUMNS) if (appended.includes(key)) column(key).setNumberFormat('yyyy-mm-dd');
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
  forgetSettings(sheet.getParent());
}

/** A value for a Settings row: a named setting, or a `Column: <key>` row. */
export type SettingWrite = { key: Exclude<SettingKey, 'column'>; value: string } | { column: ColumnKey; value: string };

/**
 * Writes Settings values: a row already there gets its value (one write per changed row), the others are appended
 * in one write with their note. Returns the labels of the rows that changed.
 */
export function writeSettings(ss: Spreadsheet, lang: Lang, writes: SettingWrite[]): string[] {
  let sheet = findSheet(ss, 'settings');
  if (!sheet) {
    sheet = ss.insertSheet(SHEET_NAMES.settings[lang]);
    forgetSheets(ss);
  }
  const values = sheet.getDataRange().getValues();
  const rows = [...SETTING_ROWS, ...OPTIONAL_SETTING_ROWS];
  const changed: string[] = [];
  const appended: string[][] = [];
  for (const write of writes) {
    const at = values.findIndex((r, i) => i > 0 && ('column' in write ? columnOfSetting(String(r[0])) === write.column : settingKeyOf(String(r[0])) === write.key));
    const label = 'column' in write ? columnSettingLabel(write.column, lang) : t(lang, `set.${write.key}`);
    if (at > 0) {
      if (String(values[at][1]) === write.value) continue;
      sheet.getRange(at + 1, 2).setValue(write.value === '' ? '' : `'${write.value}`);
      values[at][1] = write.value;
    } else {
      const note = 'column' in write ? t(lang, 'set.note.column') : rows.find((r) => r.key === write.key)?.note(lang) ?? '';
      appended.push([label, write.value === '' ? '' : `'${write.value}`, note]);
    }
    changed.push(label);
  }
  if (appended.length) sheet.getRange(Math.max(sheet.getLastRow(), 1) + 1, 1, appended.length, 3).setValues(appended);
  if (changed.length) forgetSettings(ss);
  return changed;
}

function ensureWarning(sheet: Sheet, description: string): void {
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length) return;
  sheet.protect().setDescription(description).setWarningOnly(true);
}

