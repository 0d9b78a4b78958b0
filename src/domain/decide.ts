// What one Pipeline row should become, whatever brought the run here: a typed cell, a paste, Refresh, a sidebar save,
// the nightly run or a heartbeat noticing a change that came without an edit event. Stamps come from the difference
// between the add-on's memory of the row and the sheet (SPEC "Truth from the sheet"); a single typed cell that breaks a
// rule gets its old value back; a pasted block keeps what was pasted and is flagged.
import type { Cell, ColumnKey, DateKey, Flag, Lang, Row, Settings } from './types';
import { STATUSES } from './types';
import { cellCount, cellDate, cellText, isBlank, withUpdate } from './cells';
import { allowedTiersText, normalizeStatus, normalizeTier, statusLabel } from './tier';
import { primaryFlag, refusalText, targetRefusal, unclearedReasons, flagText } from './rules';
import type { TeamIndex } from './team';
import { repKey } from './team';
import { addDays } from './calendar';
import { encodeMemory, type RowMemory } from './memory';
import { fitCell } from './limits';
import { t } from '../i18n';

export type RowUpdate = Partial<Record<ColumnKey, Cell>>;

/** A person's edit event on this row. */
export interface EditFacts {
  keys: ReadonlySet<ColumnKey>;
  /** True for one typed cell: only then does Sheets give the old value, so only then can a value be refused. */
  singleCell: boolean;
  /** The single cell's previous value as the edit event gives it (undefined when it was empty). */
  oldValue?: string;
}

export interface DecideInput {
  row: Row;
  today: DateKey;
  lang: Lang;
  settings: Settings;
  team: TeamIndex;
  newId: () => string;
  edit?: EditFacts;
  /** Set up adopting rows that were in the team's sheet before the add-on: closed ones are history. */
  adopting?: boolean;
}

export interface RowDecision {
  update: RowUpdate;
  /** Messages for the person who typed (a toast). */
  messages: string[];
  flags: Flag[];
  /** The row as it will be after the update. */
  after: Row;
}

const DATE_KEYS: ReadonlySet<ColumnKey> = new Set(['target', 'lastContact', 'tierSince', 'added', 'closed']);

/** An edit event's oldValue as a Cell: date cells arrive as day serials (days since 1899-12-30). */
export function oldValueCell(key: ColumnKey, oldValue: string | undefined): Cell {
  if (oldValue === undefined) return '';
  if (DATE_KEYS.has(key) && /^\d+(\.\d+)?$/.test(oldValue.trim())) {
    return { date: addDays('1899-12-30', Math.floor(Number(oldValue))) };
  }
  if (DATE_KEYS.has(key)) {
    const date = cellDate(oldValue);
    if (date) return { date };
  }
  if (key === 'visits' && /^\d+$/.test(oldValue.trim())) return Number(oldValue);
  return oldValue;
}

const isClosed = (s: Row['status']): boolean => s === 'Signed' || s === 'Dropped';

/** Refusals of a single typed cell (the only edit whose old value Sheets gives), and the words for them. */
function refuseTyped(input: DecideInput, update: RowUpdate, messages: string[]): void {
  const { row, edit, lang, today } = input;
  if (!edit || !edit.singleCell) return;
  const refuse = (key: ColumnKey, message: string) => {
    update[key] = oldValueCell(key, edit.oldValue);
    messages.push(message);
  };
  const raw = row.raw;
  if (edit.keys.has('id') && cellText(raw.id) !== cellText(oldValueCell('id', edit.oldValue))) {
    refuse('id', t(lang, 'app.idIsAddOns', { value: cellText(raw.id) }));
  }
  if (edit.keys.has('tier') && !isBlank(raw.tier) && !row.tier) {
    refuse('tier', t(lang, 'app.tierRefused', { value: cellText(raw.tier), allowed: allowedTiersText(lang) }));
  }
  if (edit.keys.has('status') && !isBlank(raw.status) && !row.status) {
    const allowed = STATUSES.map((s) => statusLabel(s, lang)).join(' / ');
    refuse('status', t(lang, 'app.statusRefused', { value: cellText(raw.status), allowed }));
  }
  if (edit.keys.has('target') && !isBlank(raw.target)) {
    const refusal = targetRefusal(raw.target, withUpdate(row, update), today);
    if (refusal) refuse('target', refusalText(refusal.code, refusal.params, lang));
  }
  if (edit.keys.has('visits') && !isBlank(raw.visits) && cellCount(raw.visits) === null) {
    refuse('visits', t(lang, 'app.visitsRefused', { value: cellText(raw.visits) }));
  }
  if (edit.keys.has('rep') && !isBlank(raw.rep) && !input.team.byRep.has(repKey(cellText(raw.rep)))) {
    messages.push(t(lang, 'app.unknownRep', { value: cellText(raw.rep) }));
  }
}

/** Typed words in their canonical form: `a类` → A, `signed` → the sheet's word for Signed. */
function normaliseTyped(input: DecideInput, row: Row, update: RowUpdate): void {
  const keys = input.edit?.keys;
  if (!keys) return;
  if (keys.has('tier') && row.tier && update.tier === undefined && row.raw.tier !== row.tier) update.tier = row.tier;
  if (keys.has('status') && row.status && update.status === undefined && row.raw.status !== statusLabel(row.status, input.lang)) {
    if (!isBlank(row.raw.status)) update.status = statusLabel(row.status, input.lang);
  }
}

/** A row the add-on has not seen: its baseline, with the stamps SPEC gives each kind of newcomer. */
function baselineStamps(input: DecideInput, row: Row, update: RowUpdate): boolean {
  const { today } = input;
  // New: typed into now, or appearing without an ID (another tool, a form, an import). A row with an ID was
  // stamped by the add-on before it kept memory, so its stamps stand.
  const isNew = input.edit !== undefined;
  if (!row.id || update.id === '') update.id = input.newId();
  if (input.adopting) {
    // Honest history: a deal open since last year is aged on day one; a blank Added stays blank.
    if (isBlank(row.raw.tierSince) && row.tier) update.tierSince = row.added ? { date: row.added } : { date: today };
    // Closed before the add-on adopted the sheet (with or without a Closed on): history, never flagged.
    return isClosed(row.status);
  }
  if (isBlank(row.raw.added)) update.added = { date: today };
  if (isBlank(row.raw.tierSince)) update.tierSince = { date: today };
  if (isNew && isBlank(row.raw.status)) update.status = statusLabel('Open', input.lang);
  // Arriving Signed or Dropped (another tool, a form, an import) is a close of the day it is noticed.
  if (isClosed(row.status) && row.closed === null) update.closed = { date: today };
  return false;
}

/**
 * Without memory, one typed cell still tells what it was before (the edit event's old value): the row as it was,
 * so a typed tier change, close or target move on a row the add-on has not seen is stamped like any other.
 */
function typedBefore(row: Row, edit: EditFacts | undefined): RowMemory | null {
  if (!edit?.singleCell) return null;
  const old = (key: ColumnKey) => oldValueCell(key, edit.oldValue);
  return {
    tier: edit.keys.has('tier') ? normalizeTier(old('tier')) ?? '' : row.tier ?? '',
    status: edit.keys.has('status') ? normalizeStatus(old('status')) ?? '' : row.status ?? '',
    target: edit.keys.has('target') ? cellDate(old('target')) ?? '' : row.target ?? '',
    pushes: 0, namedOn: '', result: '', resultOn: '', history: false,
  };
}

/** Stamps from what changed since the add-on last saw the row. */
function changeStamps(input: DecideInput, row: Row, mem: RowMemory, update: RowUpdate): void {
  const { today } = input;
  // A new row's stamps a rep's run could not write (protected columns): the day this run notices it.
  if (mem.owed && isBlank(row.raw.added)) update.added = { date: today };
  if (row.tier && row.tier !== mem.tier) update.tierSince = { date: today };
  else if (row.tier && isBlank(row.raw.tierSince)) update.tierSince = { date: today };
  const wasClosed = mem.status === 'Signed' || mem.status === 'Dropped';
  // Closed without a Closed on (noticed closing now, or closed by a rep whose run could not write the stamp): today.
  if (isClosed(row.status) && row.closed === null && (!wasClosed || !mem.history)) {
    // Closed by a rep's sidebar whose run could not write Closed on: the day the result was recorded, not the day a
    // later run noticed (a signing at 23:30 belongs to that day, and that month).
    const recorded = wasClosed && mem.resultOn !== '' && mem.result === (row.status === 'Signed' ? 'signed' : 'dropped');
    update.closed = { date: recorded ? mem.resultOn : today };
  }
  if (row.status === 'Open' && wasClosed && !isBlank(row.raw.closed)) update.closed = '';
}

/** A target moved on from today or a passed day to a later one without a result recorded today. */
export function isPush(before: DateKey | '', after: DateKey | null, today: DateKey, resultOn: DateKey | ''): boolean {
  return before !== '' && after !== null && before <= today && after > today && after > before && resultOn !== today;
}

function nextMemory(row: Row, mem: RowMemory | null, today: DateKey, history: boolean): RowMemory {
  const prev: RowMemory = mem ?? { tier: '', status: '', target: '', pushes: 0, namedOn: '', result: '', resultOn: '', history };
  const open = row.status === 'Open';
  // A target put on a row already closed is flagged until it is taken off: memory keeps the target the row closed
  // with. A row noticed closing now closed with the target it has (the add-on may not have seen it while open).
  const wasClosed = prev.status === 'Signed' || prev.status === 'Dropped';
  const target = open || mem === null || !wasClosed ? row.target ?? (isBlank(row.raw.target) ? '' : prev.target) : prev.target;
  const pushed = mem !== null && open && isPush(prev.target, row.target, today, prev.resultOn);
  const wasToday = prev.target === today || row.target === today;
  return {
    tier: row.tier ?? prev.tier,
    status: row.status ?? prev.status,
    target,
    pushes: prev.pushes + (pushed ? 1 : 0),
    pushedOn: pushed ? today : prev.pushedOn ?? '',
    namedOn: wasToday && !(mem === null && !open) ? today : prev.namedOn,
    result: prev.result,
    resultOn: prev.resultOn,
    history: prev.history || history,
  };
  // Whatever was owed is stamped by this decision (a run that cannot write it marks it owed again: app/session).
}

export function decideRow(input: DecideInput): RowDecision {
  const { row, today, lang } = input;
  const update: RowUpdate = {};
  const messages: string[] = [];
  refuseTyped(input, update, messages);
  const current = withUpdate(row, update);
  normaliseTyped(input, current, update);
  const history = current.memory === null ? baselineStamps(input, current, update) : false;
  const before = current.memory ?? typedBefore(current, input.edit);
  if (before) changeStamps(input, current, before, update);
  if (input.edit?.keys.has('status') && current.status === 'Dropped' && isBlank(current.raw.reason)) {
    messages.push(t(lang, 'app.dropNeedsReason'));
  }
  const stamped = withUpdate(row, update);
  const next = nextMemory(stamped, before, today, history);
  const plain = encodeMemory(next);
  const unflagged = withUpdate(row, plain !== cellText(row.raw.memory) ? { ...update, memory: plain } : update);
  const flags = unclearedReasons(unflagged, today, input.settings, input.team);
  // The memory carries the primary flag kind: the sheet's conditional-format rules colour the row from it.
  const kind = primaryFlag(flags)?.kind;
  const memory = kind ? encodeMemory({ ...next, flag: kind }) : plain;
  if (memory !== cellText(row.raw.memory)) update.memory = memory;
  const after = memory === plain ? unflagged : withUpdate(row, update);
  const text = fitCell(flagText(flags, lang));
  if (text !== cellText(row.raw.flag)) {
    update.flag = text;
    return { update, messages, flags, after: withUpdate(row, update) };
  }
  return { update, messages, flags, after };
}
