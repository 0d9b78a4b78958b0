// The organisation's day (SPEC "Morning", "Reminder"): the morning brief for each manager's 晨会, the directors' roll-up
// of the managers' daily reports (the national call), and the short nudges reps get. Pure: today, the rows, Team and
// the Daily Log come in; the same inputs give the same mail.
import type { DateKey, Lang, Row, Settings, TeamMember } from './types';
import { daysBetween, monthOf, nextWorkingDay, previousWorkingDay, weekStart, workingDaysSoFar } from './calendar';
import { normalizeEmail } from './email';
import { repDay, rowsOf, type DailyLogRow } from './summary';
import { activeMembers, repKey, repsOfManager, type TeamIndex } from './team';
import { isTargetFor, todaysResult, isSignedInMonth } from './day';
import { GOAL_HIGH, GOAL_LOW, floorFor } from './pace';
import { t } from '../i18n';

export interface OrgInput {
  lang: Lang;
  today: DateKey;
  settings: Settings;
  team: TeamIndex;
  rows: Row[];
  /** The Daily Log's recent rows (yesterday's targets, the week). */
  log: DailyLogRow[];
  sheetName: string;
  sheetUrl: string;
}

export interface BriefRep {
  rep: string;
  A: number;
  B: number;
  C: number;
  /** Customers targeted for today (named last evening or this morning). */
  targets: string[];
}

export interface MorningBrief {
  lang: Lang;
  date: DateKey;
  sheetName: string;
  sheetUrl: string;
  reps: BriefRep[];
  /** Reps who have named no target for today. */
  without: string[];
}

function briefRep(input: OrgInput, member: TeamMember): BriefRep {
  const day = repDay(input.rows, member.rep, input.today, input.settings, input.team);
  const targets = rowsOf(input.rows, member.rep).filter((r) => isTargetFor(r, input.today)).map((r) => r.customer);
  return { rep: member.rep, A: day.A, B: day.B, C: day.C, targets };
}

/** One manager's morning brief: today's target per rep, who has none, each rep's A/B/C (Team order). */
export function morningBrief(input: OrgInput, managerEmail: string): MorningBrief {
  const reps = repsOfManager(input.team, managerEmail).map((m) => briefRep(input, m));
  return {
    lang: input.lang, date: input.today, sheetName: input.sheetName, sheetUrl: input.sheetUrl,
    reps, without: reps.filter((r) => r.targets.length === 0).map((r) => r.rep),
  };
}

export interface RollupTeam {
  team: string;
  region: string;
  managers: string[];
  reps: number;
  A: number;
  B: number;
  C: number;
  /** Reps who named a target for today, with the customers. */
  named: { rep: string; customers: string[] }[];
  without: string[];
  /** Yesterday (the previous working day): reps who named a target, and how many of them signed it. */
  yesterdayNamed: number;
  yesterdaySigned: number;
  monthSigned: number;
  floorSoFar: number;
  goalLow: number;
  goalHigh: number;
  uncleared: number;
  weekAdded: number;
  weekOut: number;
}

export interface Rollup {
  lang: Lang;
  date: DateKey;
  sheetName: string;
  sheetUrl: string;
  teams: RollupTeam[];
}

/** Directors named on Team (active reps only), each once, in order of first appearance. */
export function directorsOf(team: TeamIndex): string[] {
  return [...new Set(team.members.filter((m) => m.active).flatMap((m) => (m.directorEmails ?? []).map(normalizeEmail)).filter((e) => e))];
}

const YES_WORDS = new Set([t('en', 'log.yes'), t('zh', 'log.yes'), t('en', 'log.partial'), t('zh', 'log.partial')]);

/**
 * A director's roll-up: one block per team (Team name, else the manager) of the director's active reps; teams whose
 * report names no target today first, then by region and team.
 */
export function rollup(input: OrgInput, directorEmail: string): Rollup {
  const director = normalizeEmail(directorEmail);
  const mine = input.team.members.filter((m) => m.active && (m.directorEmails ?? []).map(normalizeEmail).includes(director));
  const groups = new Map<string, TeamMember[]>();
  for (const m of mine) {
    const key = m.teamName || m.managerEmails[0] || '—';
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const yesterday = previousWorkingDay(input.today, input.settings);
  const month = monthOf(input.today);
  const from = weekStart(input.today);
  const soFar = workingDaysSoFar(input.today, input.settings);
  const within = (d: DateKey | null) => d !== null && d >= from && d <= input.today;
  const teams = [...groups.entries()].map(([name, members]): RollupTeam => {
    const briefs = members.map((m) => briefRep(input, m));
    const keys = new Set(members.map((m) => repKey(m.rep)));
    const logY = input.log.filter((l) => l.date === yesterday && keys.has(repKey(l.rep)) && l.todayTargets !== '');
    const rows = members.flatMap((m) => rowsOf(input.rows, m.rep));
    return {
      team: name,
      region: members.find((m) => m.region)?.region ?? '',
      managers: [...new Set(members.flatMap((m) => m.managerEmails))],
      reps: members.length,
      A: briefs.reduce((n, b) => n + b.A, 0),
      B: briefs.reduce((n, b) => n + b.B, 0),
      C: briefs.reduce((n, b) => n + b.C, 0),
      named: briefs.filter((b) => b.targets.length).map((b) => ({ rep: b.rep, customers: b.targets })),
      without: briefs.filter((b) => !b.targets.length).map((b) => b.rep),
      yesterdayNamed: logY.length,
      yesterdaySigned: logY.filter((l) => YES_WORDS.has(l.targetSigned)).length,
      monthSigned: rows.filter((r) => isSignedInMonth(r, month)).length,
      floorSoFar: floorFor(soFar, members.length),
      goalLow: members.length * GOAL_LOW,
      goalHigh: members.length * GOAL_HIGH,
      uncleared: members.reduce((n, m) => n + repDay(input.rows, m.rep, input.today, input.settings, input.team).uncleared, 0),
      weekAdded: rows.filter((r) => within(r.added)).length,
      weekOut: rows.filter((r) => r.status !== 'Open' && within(r.closed)).length,
    };
  });
  teams.sort((a, b) => Number(a.named.length > 0) - Number(b.named.length > 0) || a.region.localeCompare(b.region) || a.team.localeCompare(b.team));
  return { lang: input.lang, date: input.today, sheetName: input.sheetName, sheetUrl: input.sheetUrl, teams };
}

export interface Nudge {
  lang: Lang;
  kind: 'morning' | 'reminder';
  rep: string;
  email: string;
  date: DateKey;
  sheetUrl: string;
  /** Morning: the rep's A customers to choose today's target from. */
  aCustomers: { customer: string; daysAsA: number | null; nextStep: string }[];
  /** Reminder: today's targets still without a result, and whether the next working day has a target. */
  noResult: string[];
  nextDay: DateKey;
  needsNextTarget: boolean;
}

function activeRepsWithEmail(team: TeamIndex): TeamMember[] {
  return activeMembers(team).filter((m) => m.email !== '');
}

/** The morning nudge: each active rep (with an email) who has no open row targeted for today. */
export function morningNudges(input: OrgInput): Nudge[] {
  return activeRepsWithEmail(input.team).flatMap((m): Nudge[] => {
    const mine = rowsOf(input.rows, m.rep);
    if (mine.some((r) => isTargetFor(r, input.today))) return [];
    const aCustomers = mine.filter((r) => r.status === 'Open' && r.tier === 'A' && r.customer).map((r) => ({
      customer: r.customer,
      daysAsA: r.tierSince ? daysBetween(r.tierSince, input.today) : null,
      nextStep: r.nextStep,
    }));
    return [{ ...nudgeBase(input, m, 'morning'), aCustomers }];
  });
}

/** The afternoon reminder: reps owing today's result or the next working day's target. */
export function reminders(input: OrgInput): Nudge[] {
  return activeRepsWithEmail(input.team).flatMap((m): Nudge[] => {
    const day = repDay(input.rows, m.rep, input.today, input.settings, input.team);
    const noResult = day.todayTargets.filter((r) => r.status === 'Open' && todaysResult(r, input.today) === null).map((r) => r.customer);
    const needsNextTarget = day.tomorrowTargets.length === 0;
    if (!noResult.length && !needsNextTarget) return [];
    return [{ ...nudgeBase(input, m, 'reminder'), noResult, needsNextTarget }];
  });
}

function nudgeBase(input: OrgInput, m: TeamMember, kind: Nudge['kind']): Nudge {
  return {
    lang: input.lang, kind, rep: m.rep, email: m.email, date: input.today, sheetUrl: input.sheetUrl,
    aCustomers: [], noResult: [], nextDay: nextWorkingDay(input.today, input.settings), needsNextTarget: false,
  };
}
