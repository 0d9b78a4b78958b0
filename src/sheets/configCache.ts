// What the edit guard needs to know about the document before it looks at an edit — zone, locale, Settings, Team and
// where the Pipeline's columns are — kept in the document cache, so a typed cell costs one read of its rows instead of
// re-reading Settings, Team and the header every time. Only the guard trusts it: Set up, Refresh, the heartbeat and
// the sidebar read the sheets fresh (truth from the sheet) and a whole read leaves it rebuilt; the guard drops it when
// Settings, Team or the Pipeline's header is edited. A cache miss costs nothing but the reads it saves.
import type { Lang, Settings, TeamMember } from '../domain/types';
import type { SettingProblem } from '../domain/settings';
import type { PipelineShape } from './pipeline';

const KEY = 'dc.guardConfig.v1';
/** CacheService keeps a value at most six hours; an hourly heartbeat puts it back long before. */
const TTL_SECONDS = 6 * 60 * 60;
/** Unchanged content is put again only after this long, so the entry never expires under a running heartbeat. */
const REPUT_AFTER_MS = 3 * 60 * 60 * 1000;
/** CacheService refuses values over 100 KB: a larger Team is read fresh every time instead. */
const MAX_CHARS = 90 * 1024;

export interface GuardConfig {
  timeZone: string;
  locale: string;
  lang: Lang;
  settings: Settings;
  problems: SettingProblem[];
  team: TeamMember[];
  /** The Pipeline tab's name and where its columns are; null when the document has none yet. */
  pipeline: { name: string; shape: PipelineShape } | null;
  /** The flag colour rules installed for that shape (highlight.rulesSignature); '' when not checked. */
  rules: string;
  builtAt: number;
}

function documentCache(): GoogleAppsScript.Cache.Cache | null {
  // None where Apps Script gives no active document (an editor add-on's time trigger).
  return CacheService.getDocumentCache();
}

/** The cached configuration, or null (never cached, dropped, expired, or from an older version). */
export function readGuardConfig(): GuardConfig | null {
  const cache = documentCache();
  const text = cache ? cache.get(KEY) : null;
  if (!text) return null;
  try {
    const cfg = JSON.parse(text) as GuardConfig;
    return cfg && typeof cfg === 'object' && cfg.settings && Array.isArray(cfg.team) ? cfg : null;
  } catch {
    return null;
  }
}

function content(cfg: GuardConfig): string {
  return JSON.stringify({ ...cfg, builtAt: 0 });
}

/** Keeps `next` unless the cache already holds the same and was put recently (a put is the dear call). */
export function saveGuardConfig(next: GuardConfig, cached: GuardConfig | null): void {
  if (cached && content(cached) === content(next) && next.builtAt - cached.builtAt < REPUT_AFTER_MS) return;
  const cache = documentCache();
  if (!cache) return;
  const text = JSON.stringify(next);
  if (text.length > MAX_CHARS) {
    if (cached) cache.remove(KEY);
    return;
  }
  cache.put(KEY, text, TTL_SECONDS);
}

/** After an edit of Settings, Team or the Pipeline's header (or Set up): the next edit reads them fresh. */
export function forgetGuardConfig(): void {
  const cache = documentCache();
  if (cache) cache.remove(KEY);
}
