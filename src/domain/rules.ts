// Why a row is uncleared (SPEC "Uncleared rows"), the words for it, its colour, and which targets are refused.
import type { Cell, DateKey, Flag, FlagCode, FlagKind, Lang, Row, Settings } from './types';
import { FLAG_KINDS } from './types';
import { quoted } from './limits';
import { counted } from './words';
import { cellDate, cellText, isBlank, isEmptyRow } from './cells';
import { daysBetween, shortDate } from './calendar';
import { statusLabel } from './tier';
import { repKey, type TeamIndex } from './team';
import { normalizeText } from './text';
import { isEmptyValue } from './adopt';
import { t, type MessageKey } from '../i18n';

const KIND_ORDER: readonly FlagKind[] = FLAG_KINDS;

function invalid(code: FlagCode, params: Flag['params'] = {}): Flag {
  return { kind: 'invalid', code, params };
}

function repFlags(row: Row, team: TeamIndex): Flag[] {
  if (isBlank(row.raw.rep)) return [invalid('noRep')];
  const member = team.byRep.get(repKey(row.rep));
  if (!member) return [invalid('unknownRep', { rep: quoted(row.rep) })];
  if (!member.active) return [invalid('inactiveRep', { rep: quoted(row.rep) })];
  return [];
}

function invalidFlags(row: Row, team: TeamIndex): Flag[] {
  const flags: Flag[] = [];
  // A value echoed in a Flag is shortened: a 49,990-character paste must not make the Flag overflow its cell.
  const value = (c: Cell) => quoted(cellText(c));
  if (!isBlank(row.raw.tier) && row.tier === null) flags.push(invalid('badTier', { value: value(row.raw.tier) }));
  if (isBlank(row.raw.tier) && !isBlank(row.raw.customer)) flags.push(invalid('noTier'));
  if (isBlank(row.raw.customer)) flags.push(invalid('noCustomer'));
  flags.push(...repFlags(row, team));
  if (!isEmptyValue(row.raw.target) && row.target === null) flags.push(invalid('targetNotDate', { value: value(row.raw.target) }));
  if (row.status === null) flags.push(invalid('badStatus', { value: value(row.raw.status) }));
  if (!isEmptyValue(row.raw.visits) && row.visits === null) flags.push(invalid('badVisits', { value: value(row.raw.visits) }));
  return flags;
}

/**
 * Every reason the row is uncleared, invalid first, then missed, noTarget, aged. Closed rows are history: only a
 * drop without a reason is flagged there. A row with an unknown status is checked for invalid cells only.
 */
export function unclearedReasons(row: Row, today: DateKey, settings: Settings, team: TeamIndex): Flag[] {
  // The nightly run asks about every row several times (flags, log, each digest): answer once per run.
  const cached = reasonsCache.get(row);
  if (cached && cached.today === today && cached.settings === settings && cached.team === team) return cached.flags;
  const flags = computeReasons(row, today, settings, team);
  reasonsCache.set(row, { today, settings, team, flags });
  return flags;
}

const reasonsCache = new WeakMap<Row, { today: DateKey; settings: Settings; team: TeamIndex; flags: Flag[] }>();

function computeReasons(row: Row, today: DateKey, settings: Settings, team: TeamIndex): Flag[] {
  if (isEmptyRow(row)) return [];
  // Closed before the add-on adopted the sheet: history, never flagged.
  if (row.memory?.history) return [];
  if (row.status === 'Signed' || row.status === 'Dropped') {
    const flags: Flag[] = [];
    if (row.status === 'Dropped' && isBlank(row.raw.reason)) flags.push(invalid('droppedNoReason'));
    // A target put on a row that is already closed (the memory keeps the target it closed with).
    if (!isEmptyValue(row.raw.target) && row.memory && cellDate(row.raw.target) !== (row.memory.target || null)) {
      flags.push(invalid('targetOnClosed', { value: quoted(cellText(row.raw.target)) }));
    }
    return flags;
  }
  const flags = invalidFlags(row, team);
  if (row.status !== 'Open') return flags;
  if (row.target !== null && row.target < today) flags.push({ kind: 'missed', code: 'missed', params: { target: row.target } });
  // An unreadable target is already flagged as invalid; "A without target" is for an empty one.
  if (row.tier === 'A' && isEmptyValue(row.raw.target)) flags.push({ kind: 'noTarget', code: 'aTarget', params: {} });
  const pushes = row.memory?.pushes ?? 0;
  if (pushes > settings.maxPushes) flags.push({ kind: 'pushed', code: 'pushed', params: { count: pushes } });
  const since = row.tierSince ?? row.added;
  if (row.tier !== null && since !== null) {
    const days = daysBetween(since, today);
    const max = settings.maxDays[row.tier];
    if (days > max) flags.push({ kind: 'aged', code: 'aged', params: { tier: row.tier, days, max } });
  }
  return flags;
}

function flagParams(flag: Flag, lang: Lang): Flag['params'] {
  const params = { ...flag.params };
  if (typeof params.target === 'string') params.target = shortDate(params.target, lang);
  return params;
}

export function flagText(flags: Flag[], lang: Lang): string {
  return flags
    .map((flag) => (flag.code === 'aged'
      ? counted(lang, 'flag.aged', Number(flag.params.days), flagParams(flag, lang))
      : t(lang, `flag.${flag.code}` as MessageKey, flagParams(flag, lang))))
    .join(t(lang, 'flag.join'));
}

// Light red, orange, yellow and purple, a shade off Sheets' palette ("light red 3" is #f4cccc) on purpose.
const COLORS: Record<FlagKind, string> = {
  invalid: '#f6d0ce',
  missed: '#fde2c6',
  noTarget: '#fff0c2',
  pushed: '#c9e4f6',
  aged: '#ddd5ec',
};

/** Every colour the highlighter paints, so it can tell its own backgrounds from ones the team applied. */
export const FLAG_COLORS: readonly string[] = KIND_ORDER.map((kind) => COLORS[kind]);

export function flagColor(kind: FlagKind): string {
  return COLORS[kind];
}

export function primaryFlag(flags: Flag[]): Flag | null {
  let best: Flag | null = null;
  for (const flag of flags) {
    if (!best || KIND_ORDER.indexOf(flag.kind) < KIND_ORDER.indexOf(best.kind)) best = flag;
  }
  return best;
}

export type TargetRefusalCode = 'notDate' | 'past' | 'closed';

/** A target typed in the sheet or set from the sidebar: a date, today or later, on an open row. Empty clears it. */
export function targetRefusal(
  target: Cell,
  row: Row,
  today: DateKey,
): { code: TargetRefusalCode; params: Record<string, string> } | null {
  if (isBlank(target)) return null;
  const date = cellDate(target);
  if (date === null) return { code: 'notDate', params: { value: cellText(target), today } };
  if (row.status === 'Signed' || row.status === 'Dropped') return { code: 'closed', params: { value: date, today, status: row.status } };
  if (date < today) return { code: 'past', params: { value: date, today } };
  return null;
}

export function refusalText(code: TargetRefusalCode, params: Record<string, string>, lang: Lang): string {
  const status = params.status === 'Signed' || params.status === 'Dropped' ? statusLabel(params.status, lang) : params.status ?? '';
  return t(lang, `refuse.${code}`, {
    ...params,
    column: t(lang, 'col.target'),
    status,
    open: statusLabel('Open', lang),
  });
}

/** A drop for a reason like "busy" is not a real no, so the manager reviews it. */
export function isSoftReason(reason: string, settings: Settings): boolean {
  const said = normalizeText(reason);
  if (said === '') return false;
  return settings.softDropReasons.some((soft) => {
    const word = normalizeText(soft);
    return word !== '' && said.includes(word);
  });
}
