// Everything a run needs to know about the document before it decides anything: zone, today, language,
// settings and team. "Today" is the spreadsheet's today, not the machine's or the script's.
import type { DateKey, Lang, Settings } from '../domain/types';
import type { SettingProblem } from '../domain/settings';
import { buildTeamIndex, type TeamIndex } from '../domain/team';
import { resolveLang } from '../i18n';
import { readSettings, readTeam } from './teamSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DocContext {
  ss: Spreadsheet;
  timeZone: string;
  locale: string;
  lang: Lang;
  today: DateKey;
  settings: Settings;
  settingProblems: SettingProblem[];
  team: TeamIndex;
}

export function todayIn(timeZone: string): DateKey {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}

/** The document's language (Settings' Language, else the spreadsheet locale) without reading the Team sheet. */
export function documentLang(ss: Spreadsheet): Lang {
  const { settings } = readSettings(ss, ss.getSpreadsheetTimeZone());
  return resolveLang(settings.language, ss.getSpreadsheetLocale());
}

export function loadContext(ss: Spreadsheet): DocContext {
  const timeZone = ss.getSpreadsheetTimeZone();
  const locale = ss.getSpreadsheetLocale();
  const { settings, problems } = readSettings(ss, timeZone);
  const team = buildTeamIndex(readTeam(ss, timeZone));
  return {
    ss,
    timeZone,
    locale,
    lang: resolveLang(settings.language, locale),
    today: todayIn(timeZone),
    settings,
    settingProblems: problems,
    team,
  };
}

/** The spreadsheet the sidebar and menu act on. */
export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActive();
}

/** The active spreadsheet, or null where Apps Script gives none (an editor add-on's time trigger). */
export function activeSpreadsheetOrNull(): Spreadsheet | null {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Opens a spreadsheet by ID (needs the full spreadsheets scope). */
export function openSpreadsheet(id: string): Spreadsheet {
  return SpreadsheetApp.openById(id);
}

/** The hour (0–23) now in the spreadsheet's zone: which heartbeat jobs are due. */
export function hourIn(timeZone: string): number {
  return Number(Utilities.formatDate(new Date(), timeZone, 'H'));
}

/** "HH:mm" now in the spreadsheet's zone, for run records. */
export function clockIn(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, 'HH:mm');
}
