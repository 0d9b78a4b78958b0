// Builds everything the sidebar's first screen needs, in one answer, JSON-shaped.
import type { Row, TeamMember, Tier } from '../domain/types';
import { TIERS } from '../domain/types';
import { daysBetween, isWorkingDay, monthOf, nextWorkingDay } from '../domain/calendar';
import { flagText, unclearedReasons } from '../domain/rules';
import { repDay, type DailyLogRow } from '../domain/summary';
import { monthPace } from '../domain/pace';
import { isTargetFor, isTodaysTarget, todaysResult } from '../domain/day';
import { repKey } from '../domain/team';
import { tierDescription } from '../domain/settings';
import { isEmptyRow } from '../domain/cells';
import type { DocContext } from './context';
import type { SidebarCustomer, SidebarState } from '../contract/sidebar';
import type { Identity } from './identity';

const TIER_ORDER: Record<string, number> = { A: 0, B: 1, C: 2 };

export function toSidebarCustomer(row: Row, ctx: DocContext): SidebarCustomer {
  const flags = unclearedReasons(row, ctx.today, ctx.settings, ctx.team);
  const result = isTodaysTarget(row, ctx.today) ? todaysResult(row, ctx.today) : null;
  return {
    id: row.id,
    customer: row.customer,
    tier: row.tier,
    daysInTier: row.tierSince ? daysBetween(row.tierSince, ctx.today) : null,
    target: row.target ?? '',
    nextStep: row.nextStep,
    visits: row.visits,
    status: row.status,
    reason: row.reason,
    lastContact: row.lastContact ?? '',
    result,
    sheetRow: row.sheetRow,
    flag: flagText(flags, ctx.lang),
  };
}

function byTierThenAge(a: SidebarCustomer, b: SidebarCustomer): number {
  const ta = a.tier ? TIER_ORDER[a.tier] : 3;
  const tb = b.tier ? TIER_ORDER[b.tier] : 3;
  return ta - tb || (b.daysInTier ?? -1) - (a.daysInTier ?? -1);
}

export function buildSidebarState(
  ctx: DocContext, rows: Row[], log: DailyLogRow[], who: Identity, rep: TeamMember | null,
): SidebarState {
  const nextDay = nextWorkingDay(ctx.today, ctx.settings);
  const descriptions = {} as Record<Tier, string>;
  TIERS.forEach((tier) => (descriptions[tier] = tierDescription(ctx.settings, tier, ctx.lang)));
  const base = {
    lang: ctx.lang,
    today: ctx.today,
    isWorkingDay: isWorkingDay(ctx.today, ctx.settings),
    nextWorkingDay: nextDay,
    tierDescriptions: descriptions,
  };
  const choices = who.managedReps.length ? who.managedReps : ctx.team.members.filter((m) => m.active);
  if (!rep) {
    return {
      ...base,
      me: null,
      repChoices: choices.map((m) => m.rep),
      counts: { A: 0, B: 0, C: 0, open: 0 },
      customers: [],
      todayTargets: [],
      tomorrowTargets: [],
      needsTomorrowTarget: false,
      uncleared: [],
      month: monthPace(0, 0, ctx.today, ctx.settings),
    };
  }
  const key = repKey(rep.rep);
  const mine = rows.filter((r) => !isEmptyRow(r) && repKey(r.rep) === key);
  const day = repDay(rows, rep.rep, ctx.today, ctx.settings, ctx.team);
  const all = mine.map((r) => toSidebarCustomer(r, ctx));
  const todayIds = new Set(day.todayTargets.map((r) => r.id));
  // A row without a customer name is flagged, not offered as a target.
  const open = all.filter((c) => c.status === 'Open' && c.customer !== '').sort(byTierThenAge);
  const month = monthOf(ctx.today);
  const signed = mine.filter((r) => r.status === 'Signed' && r.closed !== null && monthOf(r.closed) === month).length;
  const loggedDays = log.filter((l) => repKey(l.rep) === key && monthOf(l.date) === month && l.date !== ctx.today && l.todayTargets);
  // A target named on a non-working day is not one of the month's 22.
  const targetsNamed = loggedDays.length + (day.todayTargets.length && isWorkingDay(ctx.today, ctx.settings) ? 1 : 0);
  return {
    ...base,
    me: { rep: rep.rep, email: who.email, isManager: who.managedReps.length > 0 },
    repChoices: who.managedReps.map((m) => m.rep),
    counts: { A: day.A, B: day.B, C: day.C, open: day.open },
    customers: open,
    todayTargets: all.filter((c) => todayIds.has(c.id)),
    tomorrowTargets: mine.filter((r) => isTargetFor(r, nextDay)).map((r) => toSidebarCustomer(r, ctx)).sort(byTierThenAge),
    needsTomorrowTarget: day.tomorrowTargets.length === 0,
    uncleared: all.filter((c) => c.flag !== '').sort(byTierThenAge),
    month: monthPace(signed, targetsNamed, ctx.today, ctx.settings),
  };
}
