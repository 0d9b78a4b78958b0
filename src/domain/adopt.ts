// Adopting a team's own pipeline (SPEC "Adopting a team's own sheet"): which status words the add-on does not know
// yet and where each probably belongs, Tier by stage for adopted rows, and what a manager is told about the result.
import type { Cell, Row, Settings, Tier } from './types';
import { cellText, isBlank, isEmptyRow } from './cells';
import { isDefaultStatusWord, isNullMarker, normalizeStatus, statusWordKey } from './tier';
import { parseRow } from './cells';

export type WordClass = 'signed' | 'dropped' | 'open';

export interface UnknownWord {
  /** The word as the sheet first shows it. */
  word: string;
  rows: number;
  proposal: WordClass;
  /** For an open stage: the tier its rows would get (Tier by stage). */
  tier: Tier | '';
}

// Cues in the words CRMs use for their stages (English, Spanish, Chinese). A proposal is only shown: the manager
// decides in the dialog, and Set up never applies one silently.
const DROPPED = /lost|dead|drop|cancel|disqual|reject|churn|unqualified|perdid|descartad|rechazad|丢|输|流失|放弃|取消|失败|无效|作废/;
const SIGNED = /won|^win$|signed|ganad|firmad|成交|签单|签约成功|赢|已签|中标/;
const TIER_A = /negotiat|contract|commit|verbal|closing|decisionmaker|negociac|谈判|合同|签约|议价/;
const TIER_C = /prospect|lead|new|cold|initial|discovery|appointment|contactmade|prospecc|contacto|潜在|初步|接洽|线索|新建|意向/;

export function proposeWord(word: string): { proposal: WordClass; tier: Tier | '' } {
  const key = statusWordKey(word);
  if (DROPPED.test(key)) return { proposal: 'dropped', tier: '' };
  if (SIGNED.test(key)) return { proposal: 'signed', tier: '' };
  if (TIER_A.test(key)) return { proposal: 'open', tier: 'A' };
  if (TIER_C.test(key)) return { proposal: 'open', tier: 'C' };
  return { proposal: 'open', tier: 'B' };
}

/** The distinct status words no Settings list knows, most rows first, each with its proposal. */
export function unknownStatusWords(rows: Row[]): UnknownWord[] {
  const found = new Map<string, UnknownWord>();
  for (const row of rows) {
    if (isEmptyRow(row) || row.status !== null || typeof row.raw.status !== 'string') continue;
    const key = statusWordKey(row.raw.status);
    const known = found.get(key);
    if (known) known.rows++;
    else found.set(key, { word: cellText(row.raw.status), rows: 1, ...proposeWord(row.raw.status) });
  }
  return [...found.values()].sort((a, b) => b.rows - a.rows || a.word.localeCompare(b.word));
}

/** The tier Tier by stage gives an open row with an empty Tier, or null. */
export function tierFromStage(row: Row, settings: Settings): Tier | null {
  if (!isBlank(row.raw.tier) || row.status !== 'Open' || typeof row.raw.status !== 'string') return null;
  const key = statusWordKey(row.raw.status);
  if (key === '') return null;
  return settings.tierByStage.find((p) => statusWordKey(p.stage) === key)?.tier ?? null;
}

/**
 * A row the add-on saw with a status word it did not know, which now reads through one of the team's own words
 * (classified in the dialog or typed into Settings), is adopted again: its memory is set aside, so a historic
 * "Perdida" becomes history rather than a drop of today, and a stage's tier dates from the row's Added like any
 * adopted row. SPEC's default words are left out: a typo fixed to "Dropped" is a drop of the day it is noticed.
 */
export function needsReadoption(row: Row): boolean {
  const m = row.memory;
  if (m === null || m.history || m.status !== '' || row.status === null || typeof row.raw.status !== 'string') return false;
  const word = row.raw.status;
  return statusWordKey(word) !== '' && !isDefaultStatusWord(word) && !isNullMarker(word);
}

/** The row as a baseline again (its memory cell read as empty). */
export function asBaseline(row: Row): Row {
  return parseRow(row.sheetRow, { ...row.raw, memory: '' });
}

/** Empty for the rules of a date or number column: a blank cell or a null marker (`\N`, NULL, N/A, -, —, 无). */
export function isEmptyValue(c: Cell): boolean {
  return isBlank(c) || isNullMarker(c);
}

export interface AdoptionCounts {
  history: number;
  blankAdded: number;
  aged: number;
  /** Open rows with no tier (an export without one, a stage Tier by stage does not name). */
  noTier: number;
}

/** One number per kind of adopted row, for Set up's summary lines. */
export function adoptionCounts(rows: Row[], agedRows: number): AdoptionCounts {
  let history = 0;
  let blankAdded = 0;
  let noTier = 0;
  for (const row of rows) {
    if (isEmptyRow(row)) continue;
    if (row.memory?.history) history++;
    else if (row.added === null) blankAdded++;
    if (row.status === 'Open' && isBlank(row.raw.tier)) noTier++;
  }
  return { history, blankAdded, aged: agedRows, noTier };
}

/** Whether a typed status word is read (for the dialog: words classified by the Settings in force). */
export function isKnownWord(word: string): boolean {
  return normalizeStatus(word) !== null;
}
