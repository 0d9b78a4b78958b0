// Builds everything the sidebar's first screen needs, in one answer, JSON-shaped.
import type { Flag, FlagKind, Lang, Row, TeamMember, Tier } from '../domain/types';
import { TIERS } from '../domain/types';
import { daysBetween, isWorkingDay, monthOf, nextWorkingDay } from '../domain/calendar';
import { flagText, unclearedReasons } from '../domain/rules';
import { repDay, type DailyLogRow } from '../domain/summary';
import { monthPace } from '../domain/pace';
import { dayPhase, isTargetFor, isTodaysTarget, todaysResult, isSignedInMonth } from '../domain/day';
import { isPush } from '../domain/decide';
import { allManagers, repKey } from '../domain/team';
import { tierDescription } from '../domain/settings';
import { isEmptyRow } from '../domain/cells';
import { counted, dayLabel } from '../domain/words';
import { t } from '../i18n';
import type { DocContext } from './context';
import type { SidebarCustomer, SidebarState, TeamRepDay } from '../contract/sidebar';
import { claimableReps, type Identity } from './identity';

const TIER_ORDER: Record<string, number> = { A: 0, B: 1, C: 2 };
/** Most urgent first, as the digest lists them (SPEC "Digest"): what the rep must fix before what has merely aged. */
const URGENCY: readonly FlagKind[] = ['invalid', 'noTarget', 'pushed', 'missed', 'aged'];

/** A flag in the sidebar's words: counts and days from the one formatter ("A for 1 day", "target Mon, Nov 30 passed"). */
function flagWords(flag: Flag, lang: Lang): string {
  if (flag.code === 'aged') {
    return counted(lang, 'sb.flag.aged', Number(flag.params.days), { tier: flag.params.tier, max: flag.params.max });
  }
  if (flag.code === 'pushed') return counted(lang, 'sb.flag.pushed', Number(flag.params.count));
  if (flag.code === 'missed') return t(lang, 'sb.flag.missed', { date: dayLabel(lang, String(flag.params.target)) });
  return flagText([flag], lang);
}

function mostUrgent(flags: Flag[]): FlagKind | null {
  let best: FlagKind | null = null;
  for (const flag of flags) if (best === null || URGENCY.indexOf(flag.kind) < URGENCY.indexOf(best)) best = flag.kind;
  return best;
}

export function toSidebarCustomer(row: Row, ctx: DocContext, nextDay = nextWorkingDay(ctx.today, ctx.settings)): SidebarCustomer {
  const flags = [...unclearedReasons(row, ctx.today, ctx.settings, ctx.team)].sort((a, b) => URGENCY.indexOf(a.kind) - URGENCY.indexOf(b.kind));
  const result = isTodaysTarget(row, ctx.today) ? todaysResult(row, ctx.today) : null;
  const memory = row.memory;
  // The same question decide.ts asks when the move is made, so the sidebar asks for a reason exactly when it will count.
  const pushIfMoved = row.status === 'Open' && memory !== null
    && isPush(memory.target, nextDay, ctx.today, memory.resultOn);
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
    flag: flags.map((f) => flagWords(f, ctx.lang)).join(t(ctx.lang, 'flag.join')),
    flagKind: mostUrgent(flags),
    pushes: memory?.pushes ?? 0,
    pushIfMoved,
  };
}

function byTierThenAge(a: SidebarCustomer, b: SidebarCustomer): number {
  const ta = a.tier ? TIER_ORDER[a.tier] : 3;
  const tb = b.tier ? TIER_ORDER[b.tier] : 3;
  return ta - tb || (b.daysInTier ?? -1) - (a.daysInTier ?? -1);
}

function byUrgency(a: SidebarCustomer, b: SidebarCustomer): number {
  const ua = a.flagKind ? URGENCY.indexOf(a.flagKind) : URGENCY.length;
  const ub = b.flagKind ? URGENCY.indexOf(b.flagKind) : URGENCY.length;
  return ua - ub || byTierThenAge(a, b);
}

/** Each of a manager's reps: today's targets with what was recorded, and the next working day's targets. */
function teamOverview(ctx: DocContext, rows: Row[], reps: TeamMember[]): TeamRepDay[] {
  return reps.map((member) => {
    const day = repDay(rows, member.rep, ctx.today, ctx.settings, ctx.team);
    return {
      rep: member.rep,
      today: day.todayTargets.map((row) => ({ customer: row.customer, result: todaysResult(row, ctx.today) })),
      next: day.tomorrowTargets.map((row) => row.customer),
    };
  });
}

export function buildSidebarState(
  ctx: DocContext, rows: Row[], log: DailyLogRow[], who: Identity, rep: TeamMember | null, hour: number,
): SidebarState {
  const nextDay = nextWorkingDay(ctx.today, ctx.settings);
  const descriptions = {} as Record<Tier, string>;
  TIERS.forEach((tier) => (descriptions[tier] = tierDescription(ctx.settings, tier, ctx.lang)));
  const base = {
    lang: ctx.lang,
    today: ctx.today,
    isWorkingDay: isWorkingDay(ctx.today, ctx.settings),
    nextWorkingDay: nextDay,
    phase: dayPhase(hour, ctx.settings),
    reminderHour: ctx.settings.reminderHour,
    tierDescriptions: descriptions,
    team: teamOverview(ctx, rows, who.managedReps),
  };
  if (!rep) {
    // Signed in with an address Team does not list: only names nobody else's address claims are offered, and the
    // page says whom to ask — rather than offering every name and refusing the click.
    const choices = who.email ? claimableReps(ctx, who.email) : ctx.team.members.filter((m) => m.active);
    return {
      ...base,
      signedInAs: who.email,
      askWhom: who.email ? allManagers(ctx.team) : [],
      me: null,
      repChoices: choices.map((m) => m.rep),
      counts: { A: 0, B: 0, C: 0, open: 0 },
      customers: [],
      todayTargets: [],
      tomorrowTargets: [],
      needsTomorrowTarget: false,
      uncleared: [],
      month: monthPace(0, 0, ctx.today, ctx.settings),
      newRep: false,
    };
  }
  const key = repKey(rep.rep);
  const mine = rows.filter((r) => !isEmptyRow(r) && repKey(r.rep) === key);
  const day = repDay(rows, rep.rep, ctx.today, ctx.settings, ctx.team);
  const all = mine.map((r) => toSidebarCustomer(r, ctx, nextDay));
  const todayIds = new Set(day.todayTargets.map((r) => r.id));
  const nextIds = new Set(mine.filter((r) => isTargetFor(r, nextDay)).map((r) => r.id));
  // A row without a customer name is flagged, not offered as a target.
  const open = all.filter((c) => c.status === 'Open' && c.customer !== '').sort(byTierThenAge);
  const month = monthOf(ctx.today);
  const signed = mine.filter((r) => isSignedInMonth(r, month)).length;
  const loggedDays = log.filter((l) => repKey(l.rep) === key && monthOf(l.date) === month && l.date !== ctx.today && l.todayTargets);
  // A target named on a non-working day is not one of the month's 22.
  const targetsNamed = loggedDays.length + (day.todayTargets.length && isWorkingDay(ctx.today, ctx.settings) ? 1 : 0);
  return {
    ...base,
    signedInAs: '',
    askWhom: [],
    me: { rep: rep.rep, email: who.email, isManager: who.managedReps.length > 0 },
    repChoices: who.managedReps.map((m) => m.rep),
    counts: { A: day.A, B: day.B, C: day.C, open: day.open },
    customers: open,
    todayTargets: all.filter((c) => todayIds.has(c.id)),
    tomorrowTargets: all.filter((c) => nextIds.has(c.id)).sort(byTierThenAge),
    needsTomorrowTarget: day.tomorrowTargets.length === 0,
    uncleared: all.filter((c) => c.flag !== '').sort(byUrgency),
    month: monthPace(signed, targetsNamed, ctx.today, ctx.settings),
    newRep: mine.length === 0,
  };
}
