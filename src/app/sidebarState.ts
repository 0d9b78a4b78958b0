// Builds everything the sidebar's first screen needs, in one answer, JSON-shaped.
import type { Flag, Lang, Row, TeamMember, Tier } from '../domain/types';
import { TIERS } from '../domain/types';
import { daysBetween, isWorkingDay, monthOf, nextWorkingDay } from '../domain/calendar';
import { flagText, unclearedReasons } from '../domain/rules';
import type { DailyLogRow } from '../domain/summary';
import { byUrgency, mostUrgent } from '../domain/urgency';
import { monthPace } from '../domain/pace';
import { dayPhase, isTodaysTarget, todaysResult, isSignedInMonth } from '../domain/day';
import { isPush } from '../domain/decide';
import { allManagers, repKey } from '../domain/team';
import { tierDescription } from '../domain/settings';
import { isEmptyRow } from '../domain/cells';
import { counted, dayLabel } from '../domain/words';
import { t } from '../i18n';
import type { DocContext } from './context';
import { overviewOf, repView, type SidebarCustomer, type SidebarState, type TeamRepDay } from '../contract/sidebar';
import { claimableReps, type Identity } from './identity';

/** A flag in the sidebar's words: counts and days from the one formatter ("A for 1 day", "target Mon, Nov 30 passed"). */
function flagWords(flag: Flag, lang: Lang): string {
  if (flag.code === 'aged') {
    return counted(lang, 'sb.flag.aged', Number(flag.params.days), { tier: flag.params.tier, max: flag.params.max });
  }
  if (flag.code === 'pushed') return counted(lang, 'sb.flag.pushed', Number(flag.params.count));
  if (flag.code === 'missed') return t(lang, 'sb.flag.missed', { date: dayLabel(lang, String(flag.params.target)) });
  return flagText([flag], lang);
}

export function toSidebarCustomer(row: Row, ctx: DocContext, nextDay = nextWorkingDay(ctx.today, ctx.settings)): SidebarCustomer {
  const flags = byUrgency(unclearedReasons(row, ctx.today, ctx.settings, ctx.team));
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
    isToday: isTodaysTarget(row, ctx.today),
    signedThisMonth: isSignedInMonth(row, monthOf(ctx.today)),
  };
}

/** The rows a rep's view is worked out from (contract/repView): open ones, today's targets, flagged, signed this month. */
function viewRows(ctx: DocContext, rows: Row[], rep: string, nextDay: string): SidebarCustomer[] {
  const key = repKey(rep);
  return rows
    .filter((r) => !isEmptyRow(r) && repKey(r.rep) === key)
    .map((r) => toSidebarCustomer(r, ctx, nextDay))
    .filter((c) => c.status === 'Open' || c.isToday || c.flag !== '' || c.signedThisMonth);
}

/** Each of a manager's reps: today's targets with what was recorded, and the next working day's targets. */
function teamOverview(ctx: DocContext, rows: Row[], reps: TeamMember[], nextDay: string): TeamRepDay[] {
  return reps.map((member) => overviewOf(member.rep, viewRows(ctx, rows, member.rep, nextDay), nextDay));
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
    team: teamOverview(ctx, rows, who.managedReps, nextDay),
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
      rows: [],
      loggedTargetDays: 0,
    };
  }
  const key = repKey(rep.rep);
  const month = monthOf(ctx.today);
  const rowsShown = viewRows(ctx, rows, rep.rep, nextDay);
  const loggedTargetDays = log.filter((l) => repKey(l.rep) === key && monthOf(l.date) === month && l.date !== ctx.today && l.todayTargets).length;
  const pace = monthPace(0, 0, ctx.today, ctx.settings);
  return {
    ...base,
    signedInAs: '',
    askWhom: [],
    me: { rep: rep.rep, email: who.email, isManager: who.managedReps.length > 0 },
    repChoices: who.managedReps.map((m) => m.rep),
    ...repView(rowsShown, { nextWorkingDay: nextDay, isWorkingDay: base.isWorkingDay, loggedTargetDays, month: pace }),
    rows: rowsShown,
    loggedTargetDays,
    newRep: !rows.some((r) => !isEmptyRow(r) && repKey(r.rep) === key),
  };
}
