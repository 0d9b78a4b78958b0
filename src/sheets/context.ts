// Everything a run needs to know about the document before it decides anything: zone, today, language,
// settings and team. "Today" is the spreadsheet's today, not the machine's or the script's.
import type { DateKey, Lang, Settings, TeamMember } from '../domain/types';
import type { SettingProblem } from '../domain/settings';
import { buildTeamIndex, type TeamIndex } from '../domain/team';
import { resolveLang } from '../i18n';
import { readSettings, readTeam, useSettings } from './teamSheet';
import type { GuardConfig } from './configCache';
import type { PipelineShape } from './pipeline';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DocContext {
  ss: Spreadsheet;
  /** The Team sheet's rows as read (the index below is built from them). */
  members?: TeamMember[];
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
  const { settings } = readSettings(ss);
  return resolveLang(settings.language, ss.getSpreadsheetLocale());
}

export function loadContext(ss: Spreadsheet): DocContext {
  const timeZone = ss.getSpreadsheetTimeZone();
  const locale = ss.getSpreadsheetLocale();
  const { settings, problems } = readSettings(ss, timeZone);
  const members = readTeam(ss, timeZone);
  return {
    ss,
    members,
    timeZone,
    locale,
    lang: resolveLang(settings.language, locale),
    today: todayIn(timeZone),
    settings,
    settingProblems: problems,
    team: buildTeamIndex(members),
  };
}

/** The context the edit guard's cached configuration gives, with no read (today is still the spreadsheet's today). */
export function contextFromConfig(ss: Spreadsheet, cfg: GuardConfig): DocContext {
  useSettings(ss, { settings: cfg.settings, problems: cfg.problems });
  return {
    ss,
    members: cfg.team,
    timeZone: cfg.timeZone,
    locale: cfg.locale,
    lang: cfg.lang,
    today: todayIn(cfg.timeZone),
    settings: cfg.settings,
    settingProblems: cfg.problems,
    team: buildTeamIndex(cfg.team),
  };
}

/** What the edit guard keeps of a context read fresh, and of the Pipeline's columns as this run found them. */
export function configOf(ctx: DocContext, pipeline: { name: string; shape: PipelineShape } | null, rules: string): GuardConfig | null {
  // A document still being set up (no one on Team yet) is read fresh until it has a team: nothing worth keeping.
  if (!ctx.members || !ctx.members.length) return null;
  return {
    timeZone: ctx.timeZone, locale: ctx.locale, lang: ctx.lang, settings: ctx.settings, problems: ctx.settingProblems,
    team: ctx.members, pipeline, rules, builtAt: Date.now(),
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
