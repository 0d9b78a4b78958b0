// Sheet and column names the add-on knows, in both languages, and matching a sheet's header row to them.
// Matching ignores case, spaces and full-width forms, so "target date", "TargetDate" and "目标签单日" all map.
import type { Cell, ColumnKey } from '../domain/types';
import { COLUMN_KEYS } from '../domain/types';
import { t, type MessageKey } from '../i18n';
import { nameKey } from '../domain/text';

export type Bilingual = { en: string; zh: string };

/** A name in both languages, taken from the i18n catalogue so the sheet and the messages never disagree. */
function names(key: MessageKey): Bilingual {
  return { en: t('en', key), zh: t('zh', key) };
}

function namesOf<K extends string>(prefix: string, keys: readonly K[]): Record<K, Bilingual> {
  const out = {} as Record<K, Bilingual>;
  for (const k of keys) out[k] = names(`${prefix}.${k}` as MessageKey);
  return out;
}

export const SHEET_NAMES = {
  pipeline: names('sheet.pipeline'),
  team: names('sheet.team'),
  settings: names('sheet.settings'),
  log: names('sheet.log'),
};
export type SheetKind = keyof typeof SHEET_NAMES;

export const PIPELINE_HEADERS: Record<ColumnKey, Bilingual> = namesOf('col', COLUMN_KEYS);

export type TeamColumn = 'rep' | 'email' | 'managerEmail' | 'active';
export const TEAM_HEADERS: Record<TeamColumn, Bilingual> = namesOf('team', ['rep', 'email', 'managerEmail', 'active'] as const);

export type SettingsColumn = 'key' | 'value' | 'note';
export const SETTINGS_HEADERS: Record<SettingsColumn, Bilingual> = namesOf('settingsSheet', ['key', 'value', 'note'] as const);

export type LogColumn =
  | 'date' | 'rep' | 'A' | 'B' | 'C' | 'open' | 'added' | 'signed' | 'dropped'
  | 'todayTargets' | 'targetSigned' | 'tomorrowTarget' | 'uncleared';
export const LOG_COLUMNS: readonly LogColumn[] = [
  'date', 'rep', 'A', 'B', 'C', 'open', 'added', 'signed', 'dropped', 'todayTargets', 'targetSigned', 'tomorrowTarget', 'uncleared',
];
export const LOG_HEADERS: Record<LogColumn, Bilingual> = namesOf('log', LOG_COLUMNS);

export function matchesName(actual: string, names: Bilingual): boolean {
  const k = nameKey(actual);
  return k === nameKey(names.en) || k === nameKey(names.zh);
}

export interface HeaderMap<K extends string> {
  /** 0-based column index of each known key found in the header row. */
  cols: Partial<Record<K, number>>;
  missing: K[];
}

export function mapHeaders<K extends string>(headerRow: Cell[], defs: Record<K, Bilingual>): HeaderMap<K> {
  const cols: Partial<Record<K, number>> = {};
  const keys = Object.keys(defs) as K[];
  headerRow.forEach((cell, index) => {
    if (typeof cell !== 'string' || !cell.trim()) return;
    const key = keys.find((k) => cols[k] === undefined && matchesName(cell, defs[k]));
    if (key !== undefined) cols[key] = index;
  });
  return { cols, missing: keys.filter((k) => cols[k] === undefined) };
}
