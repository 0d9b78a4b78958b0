// Sheet and column names the add-on knows, in both languages, and matching a sheet's header row to them: its own names,
// the synonyms of domain/synonyms and the team's Settings overrides, so "target date", "close_date" and "目标签单日" map.
import type { Cell, ColumnKey } from '../domain/types';
import { COLUMN_KEYS } from '../domain/types';
import { t, type MessageKey } from '../i18n';
import { nameKey } from '../domain/text';
import { headerKey, headerTail, type TeamKey } from '../domain/synonyms';

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
/** Every Team column Set up recognises: its four and the optional organisation columns it never appends. */
export const TEAM_ALL_HEADERS: Record<TeamKey, Bilingual> = {
  ...TEAM_HEADERS,
  teamName: names('adopt.team.teamName'),
  region: names('adopt.team.region'),
  directorEmail: names('adopt.team.directorEmail'),
};

export type SettingsColumn = 'key' | 'value' | 'note';
export const SETTINGS_HEADERS: Record<SettingsColumn, Bilingual> = namesOf('settingsSheet', ['key', 'value', 'note'] as const);

export type LogColumn =
  | 'date' | 'rep' | 'A' | 'B' | 'C' | 'open' | 'added' | 'signed' | 'dropped'
  | 'todayTargets' | 'targetSigned' | 'tomorrowTarget' | 'uncleared' | 'pushed';
export const LOG_COLUMNS: readonly LogColumn[] = [
  'date', 'rep', 'A', 'B', 'C', 'open', 'added', 'signed', 'dropped', 'todayTargets', 'targetSigned', 'tomorrowTarget', 'uncleared', 'pushed',
];
export const LOG_HEADERS: Record<LogColumn, Bilingual> = namesOf('log', LOG_COLUMNS);
/** Headers earlier versions wrote: a log kept since then is still read and written in place. */
export const LOG_SYNONYMS: Partial<Record<LogColumn, readonly string[]>> = { uncleared: ['未清理'] };

export function matchesName(actual: string, names: Bilingual): boolean {
  const k = nameKey(actual);
  return k === nameKey(names.en) || k === nameKey(names.zh);
}

/** How a column was recognised: its own name, a known synonym, or a `Column: <key>` row in Settings. */
export type MatchKind = 'name' | 'synonym' | 'override';

export interface HeaderMap<K extends string> {
  /** 0-based column index of each known key found in the header row. */
  cols: Partial<Record<K, number>>;
  missing: K[];
  how: Partial<Record<K, MatchKind>>;
  /** Keys whose Settings override names a header this row does not have. */
  badOverrides: K[];
}

export interface MatchOptions<K extends string> {
  synonyms?: Partial<Record<K, readonly string[]>>;
  /** The team's own header for a key (Settings' `Column: <key>`): it wins over every other match. */
  overrides?: Partial<Record<K, string>>;
  /** A column a key may not take by synonym (a Manager column holding names is not Manager email). */
  refuseSynonym?: (key: K, index: number) => boolean;
}

const keysOf = (text: string): string[] => {
  const tail = headerTail(text);
  return tail === null ? [headerKey(text)] : [headerKey(text), headerKey(tail)];
};

/**
 * Maps a header row to keys: Settings overrides first, then the add-on's own names, then synonyms, so an appended
 * "Manager email" wins over the team's "Manager". Each column serves one key; the leftmost match wins.
 */
export function mapHeaders<K extends string>(headerRow: Cell[], defs: Record<K, Bilingual>, opts: MatchOptions<K> = {}): HeaderMap<K> {
  const cols: Partial<Record<K, number>> = {};
  const how: Partial<Record<K, MatchKind>> = {};
  const keys = Object.keys(defs) as K[];
  const texts = headerRow.map((cell) => (typeof cell === 'string' ? cell : cell === null || cell === undefined ? '' : String(cell)));
  const cellKeys = texts.map((text) => (text.trim() ? keysOf(text) : []));
  const taken = new Set<number>();
  const claim = (key: K, index: number, kind: MatchKind) => {
    cols[key] = index;
    how[key] = kind;
    taken.add(index);
  };
  const find = (key: K, words: readonly string[], kind: MatchKind, exact = false) => {
    if (cols[key] !== undefined) return;
    const wanted = new Set(words.map(headerKey).filter((w) => w !== ''));
    const index = cellKeys.findIndex((ks, i) =>
      !taken.has(i) && (exact ? wanted.has(headerKey(texts[i])) : ks.some((k) => wanted.has(k))) &&
      !(kind === 'synonym' && opts.refuseSynonym?.(key, i)));
    if (index >= 0) claim(key, index, kind);
  };
  const badOverrides: K[] = [];
  for (const key of keys) {
    const own = opts.overrides?.[key];
    if (own === undefined || own.trim() === '') continue;
    find(key, [own], 'override', true);
    if (cols[key] === undefined) find(key, [own], 'override');
    if (cols[key] === undefined) badOverrides.push(key);
  }
  for (const key of keys) find(key, [defs[key].en, defs[key].zh], 'name');
  for (const key of keys) find(key, opts.synonyms?.[key] ?? [], 'synonym');
  return { cols, missing: keys.filter((k) => cols[k] === undefined), how, badOverrides };
}

/** How many keys a row names (a header row names several; a data row names none). */
export function matchCount<K extends string>(row: Cell[], defs: Record<K, Bilingual>, opts: MatchOptions<K> = {}): number {
  const { cols } = mapHeaders(row, defs, opts);
  return Object.keys(cols).length;
}

/** Rows searched for the header: titles and banners above it are left alone and never read as data. */
export const HEADER_SEARCH_ROWS = 10;

/** The first of the first 10 rows naming at least `min` keys (1-based), or null. */
export function findHeaderRow<K extends string>(rows: Cell[][], defs: Record<K, Bilingual>, min: number, opts: MatchOptions<K> = {}): number | null {
  const last = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < last; i++) if (matchCount(rows[i], defs, opts) >= min) return i + 1;
  return null;
}
