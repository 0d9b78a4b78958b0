// A rep's day in the sidebar, worked out from the rows the server sent. The server builds its first answer with it,
// and the page applies a save's answer — only the rows that changed — with it, so the two always say the same: a save
// need not read the rep's other rows again.
import type { DateKey } from '../domain/types';
import { urgencyRank } from '../domain/urgency';
import { paceOf } from '../domain/pace';
import { repKey } from '../domain/team';
import type { SidebarCustomer, SidebarPatch, SidebarState, TeamRepDay } from './sidebar';

const TIER_ORDER: Record<string, number> = { A: 0, B: 1, C: 2 };

/** A first, then B, C and no tier; within a tier the longest in tier first. */
export function byTierThenAge(a: SidebarCustomer, b: SidebarCustomer): number {
  const ta = a.tier ? TIER_ORDER[a.tier] : 3;
  const tb = b.tier ? TIER_ORDER[b.tier] : 3;
  return ta - tb || (b.daysInTier ?? -1) - (a.daysInTier ?? -1);
}

/** Most urgent first (domain/urgency, the digest's order), then A before B and C. */
export function byUrgency(a: SidebarCustomer, b: SidebarCustomer): number {
  return urgencyRank(a.flagKind) - urgencyRank(b.flagKind) || byTierThenAge(a, b);
}

/** What the page shows of a rep's day, all of it worked out from `rows`. */
export type RepView = Pick<SidebarState, 'counts' | 'customers' | 'todayTargets' | 'tomorrowTargets' | 'needsTomorrowTarget' | 'uncleared' | 'month'>;

/** The day's facts a view needs besides the rows (all in the state the server sent first). */
export interface ViewFacts {
  nextWorkingDay: DateKey;
  isWorkingDay: boolean;
  /** Working days of the month before today on which the rep named a target (the Daily Log). */
  loggedTargetDays: number;
  month: Pick<SidebarState['month'], 'month' | 'workingDaysSoFar' | 'workingDaysInMonth'>;
}

const bySheetRow = (a: SidebarCustomer, b: SidebarCustomer) => a.sheetRow - b.sheetRow;

/**
 * A rep's view from their rows (open ones, today's targets, flagged and signed-this-month ones; others are ignored):
 * counts of open customers by tier; the open customers with a name, A first; today's targets in sheet order; the next
 * working day's open targets; the uncleared rows most urgent first; the month's pace (signed this month; days with a
 * target named, today's counting once it has one on a working day).
 */
export function repView(rows: readonly SidebarCustomer[], facts: ViewFacts): RepView {
  const open = rows.filter((c) => c.status === 'Open');
  const today = rows.filter((c) => c.isToday).sort(bySheetRow);
  const next = open.filter((c) => c.target === facts.nextWorkingDay).sort(byTierThenAge);
  const tier = (t: string) => open.filter((c) => c.tier === t).length;
  const signed = rows.filter((c) => c.signedThisMonth).length;
  const named = facts.loggedTargetDays + (today.length && facts.isWorkingDay ? 1 : 0);
  const m = facts.month;
  return {
    counts: { A: tier('A'), B: tier('B'), C: tier('C'), open: open.length },
    customers: open.filter((c) => c.customer !== '').sort(byTierThenAge),
    todayTargets: today,
    tomorrowTargets: next,
    needsTomorrowTarget: next.length === 0,
    uncleared: rows.filter((c) => c.flag !== '').sort(byUrgency),
    month: paceOf(m.month, signed, named, m.workingDaysSoFar, m.workingDaysInMonth),
  };
}

/** One rep's line in a manager's overview: today's targets with their results, the next working day's targets. */
export function overviewOf(rep: string, rows: readonly SidebarCustomer[], nextWorkingDay: DateKey): TeamRepDay {
  return {
    rep,
    today: rows.filter((c) => c.isToday).sort(bySheetRow).map((c) => ({ customer: c.customer, result: c.result })),
    next: rows.filter((c) => c.status === 'Open' && c.target === nextWorkingDay).sort(bySheetRow).map((c) => c.customer),
  };
}

export function isPatch(value: SidebarState | SidebarPatch): value is SidebarPatch {
  return (value as SidebarPatch).patch === true;
}

/**
 * Whether a save's rows can be merged into the state shown: the same rep (a manager's page may show another rep's day)
 * and the same day (a sidebar left open overnight shows yesterday's lists).
 */
export function patchFits(state: SidebarState, patch: SidebarPatch): boolean {
  return state.me !== null && repKey(state.me.rep) === repKey(patch.rep) && state.today === patch.today;
}

/**
 * The state after a save: the rows it changed replace (or join) the ones held, and everything shown is worked out
 * again from them — lists, counts, the month, and the rep's own line in a manager's overview.
 */
export function applyPatch(state: SidebarState, patch: SidebarPatch): SidebarState {
  const byId = new Map(state.rows.map((r) => [r.id, r] as const));
  for (const r of patch.rows) byId.set(r.id, r);
  const rows = [...byId.values()].sort(bySheetRow);
  const view = repView(rows, { ...state, month: state.month });
  const me = state.me;
  const team = me ? state.team.map((d) => (repKey(d.rep) === repKey(me.rep) ? overviewOf(d.rep, rows, state.nextWorkingDay) : d)) : state.team;
  return { ...state, ...view, rows, team, newRep: state.newRep && rows.length === 0 };
}
