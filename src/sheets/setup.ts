// Set up / repair sheets: creates what is missing and adopts what exists (SPEC "Adopting a team's own sheet"). The
// team's tabs, header cells, columns and values are never renamed, moved, formatted or rewritten: missing columns are
// appended after the last used one, in the header row (below any title rows), and only those cells are formatted.
// Re-running changes nothing.
import type { Cell, ColumnKey, Lang } from '../domain/types';
import {
  OPTIONAL_SETTING_ROWS, SETTING_ROWS, columnOfSetting, columnSettingLabel, settingKeyOf, type SettingKey,
} from '../domain/settings';
import { isNullMarker, statusLabel } from '../domain/tier';
import { cellDate } from '../domain/cells';
import { OPTIONAL_TEAM_KEYS, PIPELINE_SYNONYMS, TEAM_SYNONYMS } from '../domain/synonyms';
import { t } from '../i18n';
import {
  HEADER_SEARCH_ROWS, LOG_HEADERS, PIPELINE_HEADERS, SETTINGS_HEADERS, SHEET_NAMES, TEAM_ALL_HEADERS, findHeaderRow,
  mapHeaders, matchCount, matchesName, type Bilingual, type HeaderMap, type MatchKind, type SheetKind,
} from './headers';
import { PIPELINE_MIN_MATCHES, findSheet, mapPipelineHeader } from './pipeline';
import { TEAM_MIN_MATCHES, forgetSettings, readSettings, teamLayout } from './teamSheet';

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
}

/** The tabs a person chose when Set up asked (the team's own Pipeline and Team tabs); null = create the add-on's. */
export interface TabChoice {
  pipeline?: Sheet | null;
  team?: Sheet | null;
}

const DATE_COLUMNS: ColumnKey[] = ['target', 'lastContact', 'tierSince', 'added', 'closed'];

export function setupSheets(ss: Spreadsheet, lang: Lang, choice: TabChoice = {}): SetupReport {
  const report: SetupReport = {
    created: [], addedColumns: [], addedSettings: [], pipeline: null, team: null, headerless: null, recorded: [],
  };
  const headerless = choice.pipeline === undefined && !findSheet(ss, 'pipeline') ? headerlessDataTab(ss) : null;
  if (headerless) report.headerless = headerless.found;
  else {
    const pipeline = choice.pipeline ?? ensureSheet(ss, 'pipeline', lang, report);
    const adopted = adoptPipeline(pipeline, lang, report);
    if (adopted) ensurePipelineFormats(pipeline, adopted.cols, lang, adopted.headerRow, adopted.appended);
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

/** The first rows of a sheet (where its header is), one read. */
function topRows(sheet: Sheet): Cell[][] {
  const width = Math.max(sheet.getLastColumn(), 1);
  const rows = Math.max(Math.min(sheet.getLastRow(), HEADER_SEARCH_ROWS), 1);
  return sheet.getRange(1, 1, rows, width).getValues() as Cell[][];
}

const isFilled = (c: Cell) => !(typeof c === 'string' && c.trim() === '');

/** A row of values rather than names: a date, a number or a null marker, and no header the add-on knows. */
function looksLikeData(row: Cell[]): boolean {
  if (matchCount(row, PIPELINE_HEADERS, { synonyms: PIPELINE_SYNONYMS }) > 0) return false;
  return row.some((c) => c instanceof Date || typeof c === 'number' || (typeof c === 'string' && (cellDate(c.slice(0, 10)) !== null || isNullMarker(c))));
}

/**
 * With no Pipeline tab yet, a tab of the team's that holds rows of data without a header (a database export): Set up
 * neither appends to it nor creates an empty Pipeline beside it, and says which row and what to do.
 */
function headerlessDataTab(ss: Spreadsheet): { found: { name: string; row: number } } | null {
  for (const sheet of ss.getSheets()) {
    if ((Object.keys(SHEET_NAMES) as SheetKind[]).some((k) => matchesName(sheet.getName(), SHEET_NAMES[k]))) continue;
    if (sheet.getLastRow() < 2 || sheet.getLastColumn() < 3) continue;
    const top = topRows(sheet);
    const first = top.findIndex((r) => r.some(isFilled));
    if (first < 0 || top[first].filter(isFilled).length < 3) continue;
    const datelike = top[first].some((c) => c instanceof Date || (typeof c === 'string' && cellDate(c.slice(0, 10)) !== null));
    if (datelike && looksLikeData(top[first]) && pipelineHeaderIn(top) === null) return { found: { name: sheet.getName(), row: first + 1 } };
  }
  return null;
}

function pipelineHeaderIn(top: Cell[][]): number | null {
  return findHeaderRow(top.map((r) => r.map((v) => (typeof v === 'string' ? v : String(v)))), PIPELINE_HEADERS, PIPELINE_MIN_MATCHES, { synonyms: PIPELINE_SYNONYMS });
}

/** A candidate for the team's own Pipeline or Team tab: the tab whose header names the most of that kind's columns. */
export interface TabCandidate {
  sheet: Sheet;
  count: number;
  /** The team's headers that matched, as they are written. */
  columns: string[];
}

/** Tabs not named like one of the add-on's sheets, nor named in Settings, nor excluded. */
function otherTabs(ss: Spreadsheet, exclude: Sheet | null): Sheet[] {
  const own = (Object.keys(SHEET_NAMES) as SheetKind[]).map((k) => findSheet(ss, k)).filter((s): s is Sheet => s !== null);
  const ids = new Set([...own, ...(exclude ? [exclude] : [])].map((s) => s.getSheetId()));
  return ss.getSheets().filter((s) => !ids.has(s.getSheetId()) && !(Object.keys(SHEET_NAMES) as SheetKind[]).some((k) => matchesName(s.getName(), SHEET_NAMES[k])));
}

function bestTab<K extends string>(
  tabs: Sheet[], defs: Record<K, Bilingual>, synonyms: Partial<Record<K, readonly string[]>>, min: number,
): TabCandidate | null {
  let best: TabCandidate | null = null;
  for (const sheet of tabs) {
    if (sheet.getLastRow() < 1) continue;
    const top = topRows(sheet).map((r) => r.map((v) => (typeof v === 'string' ? v : String(v))));
    const row = findHeaderRow(top, defs, min, { synonyms });
    if (row === null) continue;
    const { cols } = mapHeaders(top[row - 1], defs, { synonyms });
    const columns = Object.values<number | undefined>(cols).filter((c): c is number => c !== undefined).sort((a, b) => a - b).map((c) => top[row - 1][c]);
    if (!best || columns.length > best.count) best = { sheet, count: columns.length, columns };
  }
  return best;
}

/** With no Pipeline tab (by name or Settings), the team's tab that looks like one (three columns or more). */
export function pipelineCandidate(ss: Spreadsheet): TabCandidate | null {
  if (findSheet(ss, 'pipeline')) return null;
  return bestTab(otherTabs(ss, null), PIPELINE_HEADERS, PIPELINE_SYNONYMS, PIPELINE_MIN_MATCHES);
}

/** With no Team tab, the team's tab that looks like one (two Team columns), other than the Pipeline. */
export function teamCandidate(ss: Spreadsheet, pipeline: Sheet | null): TabCandidate | null {
  if (findSheet(ss, 'team')) return null;
  return bestTab(otherTabs(ss, pipeline ?? findSheet(ss, 'pipeline')), TEAM_ALL_HEADERS, TEAM_SYNONYMS, TEAM_MIN_MATCHES);
}

interface Adopted<K extends string> {
  headerRow: number;
  /** Every key's 1-based column (the optional Team columns only where present). */
  cols: Record<K, number>;
  appended: K[];
}

function adoptPipeline(sheet: Sheet, lang: Lang, report: SetupReport): Adopted<ColumnKey> | null {
  const top = topRows(sheet);
  const overrides = readSettings(sheet.getParent(), sheet.getParent().getSpreadsheetTimeZone()).settings.columns;
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
function ensureHeaders<K extends string>(sheet: Sheet, defs: Record<K, Bilingual>, lang: Lang, report: SetupReport): void {
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0].map((v) => String(v));
  appendMissing(sheet, 1, header, mapHeaders(header, defs), defs, lang, report, []);
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
  const sheet = findSheet(ss, 'settings') ?? ss.insertSheet(SHEET_NAMES.settings[lang]);
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

