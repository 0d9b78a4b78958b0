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

const STATUS_WORDS: Record<Status, string[]> = {
  Open: ['open', '跟进中', '跟进', '跟進中', '跟進'],
  Signed: ['signed', 'won', '已签单', '签单', '已签', '已簽單', '簽單', '已簽'],
  Dropped: ['dropped', 'lost', '已放弃', '放弃', '已放棄', '放棄'],
};

export function normalizeStatus(c: Cell): Status | null {
  if (typeof c !== 'string') return null;
  const word = normalizeText(c).replace(/\s+/g, '');
  if (word === '') return 'Open';
  for (const status of Object.keys(STATUS_WORDS) as Status[]) {
    if (STATUS_WORDS[status].includes(word)) return status;
  }
  return null;
}

export function statusLabel(s: Status, lang: Lang): string {
  return t(lang, `status.${s}`);
}

/** "A, B or C" — the allowed values, for messages. */
export function allowedTiersText(lang: Lang): string {
  return t(lang, 'tier.allowed');
}

/** The toast for a refused tier: names the value and the allowed ones. */
