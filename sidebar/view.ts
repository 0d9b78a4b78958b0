// Pure view-model helpers: what the page shows and what it sends, decided without touching the DOM.
import type { Lang, Tier } from '../src/contract/sidebar';
import { counted, dayLabel, REASON_CATEGORIES } from '../src/contract/sidebar';
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

/** The short facts under a customer's name: tier and days in it, target day, visits, and pushes when there were any. */
export function customerFacts(lang: Lang, c: SidebarCustomer): string[] {
  const facts: string[] = [];
  if (!c.tier) facts.push(t(lang, 'sb.noTier'));
  else if (c.daysInTier === null) facts.push(t(lang, 'sb.tierOnly', { tier: c.tier }));
  else facts.push(counted(lang, 'sb.tierDays', c.daysInTier, { tier: c.tier }));
  facts.push(c.target ? t(lang, 'sb.targetOn', { date: dayLabel(lang, c.target) }) : t(lang, 'sb.noTarget'));
  if (c.visits !== null) facts.push(counted(lang, 'sb.visits', c.visits));
  if (c.pushes > 0) facts.push(t(lang, 'sb.pushedTimes', { n: c.pushes }));
  return facts;
}

/**
 * The rep every write names. A manager always names one — the default rep too — because the server's default for a
 * manager follows the Team sheet's order, which someone may change between the load and the write.
 */
export function repForWrites(me: SidebarState['me']): string | undefined {
  return me && me.isManager && me.rep ? me.rep : undefined;
}

/** Customers that may still be picked: those not among the ones left out (already targeted, or shown elsewhere). */
export function pickableCustomers(customers: SidebarCustomer[], taken: SidebarCustomer[]): SidebarCustomer[] {
  const ids = new Set(taken.map((c) => c.id));
  return customers.filter((c) => !ids.has(c.id));
}

/** Case, width and spaces do not matter when typing a name: "ａｃｍｅ" finds "Acme Trading". */
export function searchKey(text: string): string {
  return (text || '').normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export type TierFilter = Tier | '';

export function matchesPick(c: SidebarCustomer, query: string, tier: TierFilter): boolean {
  if (tier && c.tier !== tier) return false;
  const q = searchKey(query);
  return q === '' || searchKey(c.customer).indexOf(q) >= 0;
}

/**
 * What a pick sends. A customer whose move to a later day would be a push (its target passed with no result) goes
 * only as a carry-over with a reason, as the server requires.
 */
export function targetArgsFromDraft(
  which: 'today' | 'tomorrow', draft: Draft, rep?: string, picked?: Pick<SidebarCustomer, 'pushIfMoved'>,
): Checked<SetTargetArgs> {
  const choice = draft.choice || '';
  let args: SetTargetArgs;
  if (choice === NEW_CUSTOMER) {
    const customer = (draft.name || '').trim();
    if (!customer) return { ok: false, error: 'sb.needName' };
    const tier = TIER_CHOICES.find((x) => x === draft.tier) || 'A';
    args = { which, newCustomer: { customer, tier } };
  } else if (choice) {
    args = { which, rowId: choice };
    if (which === 'tomorrow' && picked && picked.pushIfMoved) {
      const reason = (draft.carryReason || '').trim();
      if (!reason) return { ok: false, error: 'sb.needCarryReason' };
      args.carryOver = true;
      args.reason = reason;
    }
  } else {
    return { ok: false, error: 'sb.needPick' };
  }
  if (rep) args.rep = rep;
  return { ok: true, value: args };
}

/** Today's target moved on without a result: a carry-over, always with the rep's reason. */
export function carryArgsFromDraft(rowId: string, draft: Draft, rep?: string): Checked<SetTargetArgs> {
  const reason = (draft.carryReason || '').trim();
  if (!reason) return { ok: false, error: 'sb.needCarryReason' };
  const args: SetTargetArgs = { which: 'tomorrow', rowId, carryOver: true, reason };
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
 * Only fields with something in them are sent: an absent field means "leave the sheet as it is". Not signed asks for
 * the next step afresh: the old one is shown beside the field, never sent again unread.
 */
export function resultArgsFromDraft(target: Pick<SidebarCustomer, 'id'>, draft: Draft, rep?: string): Checked<RecordResultArgs> {
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
    const nextStep = (draft.nextStep || '').trim();
    if (!nextStep) return { ok: false, error: 'sb.needNextStep' };
    args.nextStep = nextStep;
  }
  if (rep) args.rep = rep;
  return { ok: true, value: args };
}

export type PaceStatus = 'new' | 'below' | 'floorMet' | 'goalMet';

/** A straight line through fewer working days than this says more about luck than pace, so it is not shown. */
export const PROJECTION_AFTER_DAYS = 5;

export interface PaceView {
  /** Bar positions in percent of the bar's width. */
  signedPct: number;
  floorPct: number;
  goalLowPct: number;
  goalHighPct: number;
  status: PaceStatus;
  /** Whether "On pace for about N this month" is shown at all. */
  showProjection: boolean;
  /** Signings that reach the 10% floor so far: a whole number, since nobody signs a tenth of a customer. */
  floorSignings: number;
}

/**
 * The month bar: signings so far against the 10% floor and the 8–10 goal, on a scale that fits them all. The status
 * judges what is signed, against the floor so far (or the goal once reached) — never the projection; a rep with no
 * customers yet is not judged at all.
 */
export function paceView(m: MonthPace, newRep = false): PaceView {
  const scale = Math.max(m.goalHigh, m.signed, m.floorMonth, 1);
  const pct = (n: number) => Math.round((Math.min(Math.max(n, 0), scale) / scale) * 1000) / 10;
  // 0.3 of a signing is still one signing to make; the tolerance keeps 2.0 from becoming 3.
  const floorSignings = Math.ceil(m.floorSoFar - 1e-9);
  let status: PaceStatus = 'below';
  if (newRep) status = 'new';
  else if (m.signed >= m.goalLow) status = 'goalMet';
  else if (m.signed >= floorSignings) status = 'floorMet';
  return {
    signedPct: pct(m.signed),
    floorPct: pct(floorSignings),
    goalLowPct: pct(m.goalLow),
    goalHighPct: pct(m.goalHigh),
    status,
    showProjection: !newRep && m.workingDaysSoFar >= PROJECTION_AFTER_DAYS,
    floorSignings,
  };
}

/** Whether a step that waits for the afternoon is open: it is due, or the rep opened it by hand. */
export function stepOpen(state: Pick<SidebarState, 'phase' | 'isWorkingDay'>, openedByHand: boolean): boolean {
  return openedByHand || state.phase === 'afternoon' || !state.isWorkingDay;
}

/** "17:00" — the hour steps 2 and 3 open by themselves. */
export function hourLabel(hour: number): string {
  return `${hour < 10 ? '0' : ''}${hour}:00`;
}

/** Whether the next working day is tomorrow: on a Friday step 3 names Monday, never "tomorrow". */
export function nextIsTomorrow(state: Pick<SidebarState, 'today' | 'nextWorkingDay'>): boolean {
  const ms = (key: string) => Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));
  return ms(state.nextWorkingDay) - ms(state.today) === 24 * 60 * 60 * 1000;
}
