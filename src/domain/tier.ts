// Tier and status words as reps type them, in English or Chinese, half- or full-width.
import type { Cell, Lang, Status, Tier } from './types';
import { normalizeText } from './text';
import { t } from '../i18n';

// Only the letter, optionally with 类/級/级 (and 客户); "A+", "AB" or "D" are refused rather than guessed.
const TIER_PATTERN = /^([abc])(?:[类類级級](?:客户|客戶)?)?$/;

export function normalizeTier(c: Cell): Tier | null {
  if (typeof c !== 'string') return null;
  const m = TIER_PATTERN.exec(normalizeText(c).replace(/\s+/g, ''));
  return m ? (m[1].toUpperCase() as Tier) : null;
}

// The add-on's own words, always understood whatever the team's Settings say.
const STATUS_WORDS: Record<Status, string[]> = {
  Open: ['open', '跟进中', '跟进', '跟進中', '跟進'],
  Signed: ['signed', 'won', '已签单', '签单', '已签', '已簽單', '簽單', '已簽'],
  Dropped: ['dropped', 'lost', '已放弃', '放弃', '已放棄', '放棄'],
};

/** Null markers of database and CRM exports: they mean "nothing here" (SPEC "Adopting a team's own sheet"). */
const NULL_MARKERS = new Set(['\\n', 'null', 'n/a', '-', '—', '–', '无', '無', '#n/a']);

/** True for `\N`, `NULL`, `N/A`, `-`, `—`, `无`: read as empty in date and number columns, kept in the cell. */
export function isNullMarker(c: Cell): boolean {
  return typeof c === 'string' && NULL_MARKERS.has(normalizeText(c).replace(/\s+/g, ''));
}

/** A status word as compared: case, width, spaces and `_` ignored (`closed_won` = `Closed Won`). */
export function statusWordKey(word: string): string {
  return normalizeText(word).replace(/[\s_]+/g, '');
}

export interface StatusWords {
  signedWords: string[];
  droppedWords: string[];
  openStages: string[];
}

function vocabularyOf(words: StatusWords): Map<string, Status> {
  const map = new Map<string, Status>();
  const add = (list: string[], status: Status) => {
    for (const w of list) {
      const key = statusWordKey(w);
      if (key !== '' && !map.has(key)) map.set(key, status);
    }
  };
  for (const status of Object.keys(STATUS_WORDS) as Status[]) add(STATUS_WORDS[status], status);
  add(words.signedWords, 'Signed');
  add(words.droppedWords, 'Dropped');
  add(words.openStages, 'Open');
  return map;
}

/** SPEC's defaults for Settings' Signed words, Dropped words and Open stages. */
export const DEFAULT_STATUS_WORDS: StatusWords = {
  signedWords: ['Signed', 'Won', 'Closed Won', 'Win', '已签单', '签单', '成交', '已成交', '赢单'],
  droppedWords: ['Dropped', 'Lost', 'Closed Lost', 'Dead', '已放弃', '放弃', '输单', '丢单', '流失'],
  openStages: [],
};

// The team's words, set when a run reads Settings (each Apps Script execution starts afresh with the defaults): every
// row is parsed through normalizeStatus, and threading Settings through each parse would touch every reader.
let vocabulary = vocabularyOf(DEFAULT_STATUS_WORDS);

/** A word the add-on reads without the team's Settings: its own words and SPEC's default lists. */
export function isDefaultStatusWord(word: string): boolean {
  return defaultVocabulary.has(statusWordKey(word));
}

const defaultVocabulary = vocabularyOf(DEFAULT_STATUS_WORDS);

/** Reads status words through the team's Signed words, Dropped words and Open stages from now on in this run. */
export function useStatusWords(words: StatusWords): void {
  vocabulary = vocabularyOf(words);
}

export function normalizeStatus(c: Cell): Status | null {
  if (typeof c !== 'string') return null;
  const word = statusWordKey(c);
  if (word === '' || isNullMarker(c)) return 'Open';
  return vocabulary.get(word) ?? null;
}

export function statusLabel(s: Status, lang: Lang): string {
  return t(lang, `status.${s}`);
}

/** "A, B or C" — the allowed values, for messages. */
export function allowedTiersText(lang: Lang): string {
  return t(lang, 'tier.allowed');
}

/** The toast for a refused tier: names the value and the allowed ones. */
