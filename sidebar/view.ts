// Pure view-model helpers: what the page shows and what it sends, decided without touching the DOM.
import type { DateKey, Lang, Tier } from '../src/contract/sidebar';
import { REASON_CATEGORIES } from '../src/contract/sidebar';
import type { MonthPace, ReasonCategory, RecordResultArgs, SetTargetArgs, SidebarCustomer, SidebarState } from '../src/contract/sidebar';
import { t } from '../src/i18n';
import type { MessageKey } from '../src/i18n';
import type { Draft } from './drafts';

/** The picker's value for "a new customer" — never a row ID, which the add-on writes as its own format. */
export const NEW_CUSTOMER = '__new__';
export const OUTCOMES = ['signed', 'notSigned', 'dropped'] as const;
export type Outcome = (typeof OUTCOMES)[number];
const TIER_CHOICES: readonly Tier[] = ['A', 'B', 'C'];

export type Checked<T> = { ok: true; value: T } | { ok: false; error: MessageKey };

function parseKey(key: DateKey): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key || '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** 'Fri, Nov 27' / '11月27日 周五' — the weekday is computed in UTC so the browser's zone cannot shift it. */
export function formatDay(lang: Lang, key: DateKey): string {
  const d = parseKey(key);
  if (!d) return key;
  const weekday = t(lang, 'sb.weekdays').split(',')[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
  const month = t(lang, 'sb.monthNames').split(',')[d.month - 1];
  return t(lang, 'sb.dayFormat', { weekday, month, day: d.day });
}

export function formatShortDate(lang: Lang, key: DateKey): string {
  const d = parseKey(key);
  if (!d) return key;
  return t(lang, 'sb.shortDateFormat', { month: t(lang, 'sb.monthNames').split(',')[d.month - 1], day: d.day });
}

/** The short facts under a customer's name: tier and days in it, target date, visits. */
export function customerFacts(lang: Lang, c: SidebarCustomer): string[] {
  const facts: string[] = [];
  if (!c.tier) facts.push(t(lang, 'sb.noTier'));
  else if (c.daysInTier === null) facts.push(t(lang, 'sb.tierOnly', { tier: c.tier }));
  else facts.push(t(lang, 'sb.daysInTier', { tier: c.tier, n: c.daysInTier }));
  facts.push(c.target ? t(lang, 'sb.targetOn', { date: formatShortDate(lang, c.target) }) : t(lang, 'sb.noTarget'));
  if (c.visits !== null) facts.push(c.visits === 1 ? t(lang, 'sb.oneVisit') : t(lang, 'sb.visits', { n: c.visits }));
  return facts;
}

/**
 * The rep every write names. A manager always names one — the default rep too — because the server's default for a
 * manager follows the Team sheet's order, which someone may change between the load and the write.
 */
export function repForWrites(me: SidebarState['me']): string | undefined {
  return me && me.isManager && me.rep ? me.rep : undefined;
}

/** Customers that may still be picked: those not already targeted for that day. */
export function pickableCustomers(customers: SidebarCustomer[], taken: SidebarCustomer[]): SidebarCustomer[] {
  const ids = new Set(taken.map((c) => c.id));
  return customers.filter((c) => !ids.has(c.id));
}

export function targetArgsFromDraft(which: 'today' | 'tomorrow', draft: Draft, rep?: string): Checked<SetTargetArgs> {
  const choice = draft.choice || '';
  let args: SetTargetArgs;
  if (choice === NEW_CUSTOMER) {
    const customer = (draft.name || '').trim();
    if (!customer) return { ok: false, error: 'sb.needName' };
    const tier = TIER_CHOICES.find((x) => x === draft.tier) || 'A';
    args = { which, newCustomer: { customer, tier } };
  } else if (choice) {
    args = { which, rowId: choice };
  } else {
    return { ok: false, error: 'sb.needPick' };
  }
  if (rep) args.rep = rep;
  return { ok: true, value: args };
}

export function isOutcome(value: string | undefined): value is Outcome {
  return (OUTCOMES as readonly string[]).indexOf(value || '') >= 0;
}

function isReasonCategory(value: string | undefined): value is ReasonCategory {
  return (REASON_CATEGORIES as readonly string[]).indexOf(value || '') >= 0;
}

/**
 * Only fields with something in them are sent: an absent field means "leave the sheet as it is". The next step
 * field starts with the row's current one, so an untouched field still sends it (Not signed needs one).
 */
export function resultArgsFromDraft(
  target: Pick<SidebarCustomer, 'id' | 'nextStep'>,
  draft: Draft,
  rep?: string,
): Checked<RecordResultArgs> {
  const outcome = draft.outcome;
  if (!isOutcome(outcome)) return { ok: false, error: 'sb.needOutcome' };
  const args: RecordResultArgs = { rowId: target.id, outcome };
  if (outcome !== 'signed') {
    if (!isReasonCategory(draft.reasonCategory)) return { ok: false, error: 'sb.needReason' };
    args.reasonCategory = draft.reasonCategory;
    const reasonText = (draft.reasonText || '').trim();
    if (reasonText) args.reasonText = reasonText;
  }
  if (outcome === 'notSigned') {
    const nextStep = (draft.nextStep !== undefined ? draft.nextStep : target.nextStep).trim();
    if (!nextStep) return { ok: false, error: 'sb.needNextStep' };
    args.nextStep = nextStep;
  }
  if (rep) args.rep = rep;
  return { ok: true, value: args };
}

export type PaceStatus = 'below' | 'floorMet' | 'goalMet';

/** A straight line through fewer working days than this says more about luck than pace, so it is not shown. */
export const PROJECTION_AFTER_DAYS = 5;

export interface PaceView {
  /** Bar positions in percent of the bar's width. */
  signedPct: number;
  floorPct: number;
  goalLowPct: number;
  goalHighPct: number;
  status: PaceStatus;
  /** Whether "On pace for N this month" is shown at all. */
  showProjection: boolean;
}

/**
 * The month bar: signings so far against the 10% floor and the 8–10 goal, on a scale that fits them all. The status
 * judges what is signed, against the floor so far (or the goal once reached) — never the projection.
 */
export function paceView(m: MonthPace): PaceView {
  const scale = Math.max(m.goalHigh, m.signed, m.floorMonth, 1);
  const pct = (n: number) => Math.round((Math.min(Math.max(n, 0), scale) / scale) * 1000) / 10;
  let status: PaceStatus = 'below';
  if (m.signed >= m.goalLow) status = 'goalMet';
  else if (m.signed >= m.floorSoFar) status = 'floorMet';
  return {
    signedPct: pct(m.signed),
    floorPct: pct(m.floorSoFar),
    goalLowPct: pct(m.goalLow),
    goalHighPct: pct(m.goalHigh),
    status,
    showProjection: m.workingDaysSoFar >= PROJECTION_AFTER_DAYS,
  };
}

/** 2.2 stays 2.2, 1.0 shows as 1: pace numbers are tenths at most. */
export function formatCount(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
