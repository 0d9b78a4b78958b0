// Builds one manager's digest from the rows, the team and the Daily Log. Pure: today, settings and the
// spreadsheet URL come in, so the same inputs always give the same email.
import type { DateKey, Flag, Lang, Row, Settings, TeamMember } from './types';
import type { ACustomer, Capped, DigestModel, FlagLine, RepDigest, RowLink, TotalsDigest, UnclearedItem } from './digestModel';
import {
  addDays, daysBetween, isWorkingDay, monthOf, nextWorkingDay, weekStart, workingDaysInMonth, workingDaysSoFar,
} from './calendar';
import { repKey, repsOfManager, type TeamIndex } from './team';
import { isSoftReason, unclearedReasons } from './rules';
import { byUrgency, urgencyRank } from './urgency';
import { flagWords } from './words';
import { repDay, rowsByRep, rowsOf as rowsOfRep, type DailyLogRow, type RepDay } from './summary';
import { statusLabel } from './tier';
import { todaysResult, isSignedInMonth } from './day';
import { normalizeEmail } from './email';
import { GOAL_HIGH, GOAL_LOW, floorFor } from './pace';
import { DIGEST_CHART_DAYS, dailyTotals } from './dashboard';

export interface DigestInput {
  lang: Lang;
  teamName: string;
  managerEmail: string;
  /** Spreadsheet URL ('' if unknown); a row's link is `${sheetUrl}#gid=${pipelineGid}&range=A${row.sheetRow}`. */
  sheetUrl: string;
  pipelineGid: number;
  today: DateKey;
  settings: Settings;
  team: TeamIndex;
  rows: Row[];
  /** Every Daily Log row (all dates, all reps). */
  log: DailyLogRow[];
  /** Sent on a later day because the mail quota (or a failure) held it back. */
  sentLate?: boolean;
  /** Other managers whose digest kept failing and was given up: their address on Team needs a look. */
  undelivered?: string[];
}

/** "Last 7 days" means today and the six days before it. */
const RECENT_DAYS = 7;

const isOpen = (row: Row): boolean => row.status === 'Open';
/** Days in the current tier, counted as the aged rule counts them (Added stands in for a missing Tier since). */
const daysInTier = (row: Row, today: DateKey): number | null => {
  const since = row.tierSince ?? row.added;
  return since ? daysBetween(since, today) : null;
};
const within = (d: DateKey | null, from: DateKey, to: DateKey): boolean => d !== null && d >= from && d <= to;

/** Managers with at least one active rep, in Team order, each address once. */
export function managersToNotify(team: TeamIndex): string[] {
  const seen = new Set<string>();
  for (const member of team.members) {
    if (!member.active) continue;
    for (const email of member.managerEmails) {
      const key = normalizeEmail(email);
      if (key) seen.add(key);
    }
  }
  return [...seen];
}

export function buildDigest(input: DigestInput): DigestModel {
  const { lang, today, settings, team, rows } = input;
  const reps = repsOfManager(team, input.managerEmail);
  const repKeys = new Set(reps.map((m) => repKey(m.rep)));
  const rowsOf = (rep: TeamMember): Row[] => rowsOfRep(rows, rep.rep);
  const days = repsDays(input, reps);
  const soFar = workingDaysSoFar(today, settings);
  const month = monthOf(today);
  const signedThisMonth = (r: Row): boolean => isSignedInMonth(r, month);
  const sheetUrl = /^https:\/\//i.test(input.sheetUrl) ? input.sheetUrl : '';
  const link = (row: Row): string => (sheetUrl ? `${sheetUrl}#gid=${input.pipelineGid}&range=A${row.sheetRow}` : '');
  const nameOf = (row: Row): string => team.byRep.get(repKey(row.rep))?.rep ?? row.rep;
  const rowLink = (row: Row): RowLink => ({ rep: nameOf(row), customer: row.customer, link: link(row) });
  const reasons = (row: Row): FlagLine[] => flagLines(unclearedReasons(row, today, settings, team), lang);
  // From the rows grouped by rep once per run, not a scan of the whole pipeline per manager.
  const mine = reps.flatMap((m) => rowsOf(m)).sort((a, b) => a.sheetRow - b.sheetRow);
  const cap = <T>(items: T[]): Capped<T> => capList(items, settings.digestListLength);
  const inCards = new Set<Row>();

  const repDigests: RepDigest[] = reps.map((member, i) => {
    const day = days[i];
    const own = rowsOf(member);
    const signed = own.filter(signedThisMonth);
    const aRows = own.filter((r) => isOpen(r) && r.tier === 'A');
    aRows.forEach((r) => inCards.add(r));
    return {
      rep: member.rep,
      A: day.A, B: day.B, C: day.C, open: day.open,
      todayTargets: day.todayTargets.map((r) => ({ customer: r.customer, result: todaysResult(r, today) ?? 'open' })),
      tomorrowTargets: day.tomorrowTargets.map((r) => r.customer),
      uncleared: day.uncleared,
      monthSigned: signed.length,
      firstVisitSignings: signed.filter((r) => r.visits !== null && r.visits <= 1).length,
      floorSoFar: floorFor(soFar),
      pushed: own.filter((r) => isOpen(r) && r.tier !== 'A' && (r.memory?.pushes ?? 0) > 0)
        .sort((a, b) => (b.memory?.pushes ?? 0) - (a.memory?.pushes ?? 0) || a.sheetRow - b.sheetRow)
        .map((r) => ({ customer: r.customer, pushes: r.memory?.pushes ?? 0 })),
      aCustomers: { items: aCustomersOf(aRows, today, reasons, rowLink), more: 0 },
    };
  });

  const notified = new Set(managersToNotify(team));
  const concerned = [...rowsByRep(rows).entries()]
    .filter(([, group]) => concernsManager(group[0], input.managerEmail, repKeys, team, notified))
    .flatMap(([, group]) => group);
  // An uncleared A customer of a rep with a card is shown there with its reason: one place per customer.
  const uncleared = concerned
    .filter((row) => !inCards.has(row))
    .map((row) => ({ row, flags: reasons(row) }))
    .filter((x) => x.flags.length > 0)
    .map(({ row, flags }): { row: Row; item: UnclearedItem } => ({
      row,
      item: { ...rowLink(row), tier: row.tier, flags, daysInTier: daysInTier(row, today) },
    }))
    .sort((a, b) => urgencyRank(a.item.flags[0].kind) - urgencyRank(b.item.flags[0].kind)
      || (b.item.daysInTier ?? -Infinity) - (a.item.daysInTier ?? -Infinity) || a.row.sheetRow - b.row.sheetRow)
    .map((x) => x.item);

  const recentFrom = addDays(today, -(RECENT_DAYS - 1));
  const softDrops = mine
    .filter((r) => r.status === 'Dropped' && within(r.closed, recentFrom, today) && isSoftReason(r.reason, settings))
    .sort((a, b) => (b.closed ?? '').localeCompare(a.closed ?? '') || a.sheetRow - b.sheetRow)
    .map((row) => ({ ...rowLink(row), reason: row.reason, closed: row.closed ?? ('' as const) }));

  const notFirstVisit = sortByRep(mine.filter((r) => within(r.added, recentFrom, today) && notSignedOnFirstVisit(r)), reps)
    .map((row) => ({
      ...rowLink(row),
      added: row.added ?? ('' as const),
      visits: row.visits,
      status: row.status ? statusLabel(row.status, lang) : String(row.raw.status ?? ''),
    }));

  const weekFrom = weekStart(today);
  const flow = reps.map((member) => {
    const own = rowsOf(member);
    const added = own.filter((r) => within(r.added, weekFrom, today)).length;
    const signed = own.filter((r) => r.status === 'Signed' && within(r.closed, weekFrom, today)).length;
    const dropped = own.filter((r) => r.status === 'Dropped' && within(r.closed, weekFrom, today)).length;
    return { rep: member.rep, added, signed, dropped, clearing: signed + dropped >= added };
  });

  return {
    lang,
    teamName: input.teamName,
    managerEmail: input.managerEmail,
    sheetUrl,
    date: today,
    nextWorkingDay: nextWorkingDay(today, settings),
    isWorkingDay: isWorkingDay(today, settings),
    sentLate: input.sentLate === true,
    undelivered: input.undelivered ?? [],
    totals: teamTotals(input, reps, days, repDigests, soFar),
    reps: repDigests,
    noTargetTomorrow: repDigests.filter((r) => r.tomorrowTargets.length === 0).map((r) => r.rep),
    uncleared: capUrgent(uncleared, settings.digestListLength),
    softDrops: cap(softDrops),
    notFirstVisit: cap(notFirstVisit),
    flow,
    chart: dailyTotals(input.log, today, DIGEST_CHART_DAYS, settings, reps.map((m) => m.rep)).map(({ date, A, B, C }) => ({ date, A, B, C })),
  };
}

function flagLines(flags: Flag[], lang: Lang): FlagLine[] {
  return byUrgency(flags).map((flag) => ({ kind: flag.kind, text: flagWords(lang, flag) }));
}

/** A rep's A customers: the flagged ones first (most urgent first), then by target date (soonest first), then sheet order. */
function aCustomersOf(
  aRows: Row[], today: DateKey, reasons: (row: Row) => FlagLine[], rowLink: (row: Row) => RowLink,
): ACustomer[] {
  return aRows
    .map((row) => ({ row, flags: reasons(row) }))
    .sort((a, b) => urgencyRank(a.flags[0]?.kind) - urgencyRank(b.flags[0]?.kind)
      || (a.row.target ?? '9999').localeCompare(b.row.target ?? '9999') || a.row.sheetRow - b.row.sheetRow)
    .map(({ row, flags }) => ({
      ...rowLink(row),
      daysAsA: daysInTier(row, today),
      target: row.target ?? ('' as const),
      nextStep: row.nextStep,
      visits: row.visits,
      pushes: row.memory?.pushes ?? 0,
      flags,
    }));
}

function repsDays(input: DigestInput, reps: TeamMember[]): RepDay[] {
  return reps.map((m) => repDay(input.rows, m.rep, input.today, input.settings, input.team));
}

function teamTotals(
  input: DigestInput, reps: TeamMember[], days: RepDay[], repDigests: RepDigest[], soFar: number,
): TotalsDigest {
  const sum = (pick: (d: RepDay) => number): number => days.reduce((n, d) => n + pick(d), 0);
  const A = sum((d) => d.A), B = sum((d) => d.B), C = sum((d) => d.C), open = sum((d) => d.open);
  // A week ago, or the last logged day before that when it was a holiday or a weekend without a run.
  const weekAgo = addDays(input.today, -7);
  const keys = new Set(reps.map((m) => repKey(m.rep)));
  const ours = input.log.filter((l) => keys.has(repKey(l.rep)) && l.date <= weekAgo);
  const thenDate = ours.reduce((latest, l) => (l.date > latest ? l.date : latest), '');
  const then = ours.filter((l) => l.date === thenDate);
  const was = (pick: (l: DailyLogRow) => number): number => then.reduce((n, l) => n + (Number(pick(l)) || 0), 0);
  const change = (now: number, pick: (l: DailyLogRow) => number): number | null =>
    then.length === 0 ? null : now - was(pick);
  const targets = days.flatMap((d) => d.todayTargets);
  return {
    A, B, C, open,
    change7: { A: change(A, (l) => l.A), B: change(B, (l) => l.B), C: change(C, (l) => l.C), open: change(open, (l) => l.open) },
    todayTargetsNamed: targets.length,
    todayTargetsSigned: targets.filter((r) => r.status === 'Signed').length,
    signedToday: sum((d) => d.signed),
    monthSigned: repDigests.reduce((n, r) => n + r.monthSigned, 0),
    workingDaysSoFar: soFar,
    workingDaysInMonth: workingDaysInMonth(input.today, input.settings),
    floorSoFar: floorFor(soFar, reps.length),
    goalLow: reps.length * GOAL_LOW,
    goalHigh: reps.length * GOAL_HIGH,
  };
}

/** Dropped, visited again without signing, signed only after several visits, or still open after the first visit. */
function notSignedOnFirstVisit(row: Row): boolean {
  if (row.status === 'Dropped') return true;
  if (row.visits === null) return false;
  if (row.visits >= 2) return true;
  return row.visits === 1 && isOpen(row);
}

/**
 * A manager sees the uncleared rows of their active reps, of their reps who left (to hand over), and of rows
 * whose rep is empty or not on Team at all — otherwise those flags would reach nobody. A departed rep whose
 * managers get no digest at all (no active reps left) is everyone's to hand over.
 */
function concernsManager(row: Row, managerEmail: string, repKeys: Set<string>, team: TeamIndex, notified: Set<string>): boolean {
  const key = repKey(row.rep);
  if (repKeys.has(key)) return true;
  const member = team.byRep.get(key);
  if (!member) return true; // rows reaching here are not empty (rowsByRep leaves those out)
  if (member.active) return false;
  const managers = member.managerEmails.map(normalizeEmail);
  const me = normalizeEmail(managerEmail);
  return managers.includes(me) || !managers.some((m) => notified.has(m));
}

/** Team order first, then the sheet's own order, so a manager reads one rep at a time. */
function sortByRep(rows: Row[], reps: TeamMember[]): Row[] {
  const order = new Map(reps.map((m, i) => [repKey(m.rep), i]));
  const rank = (r: Row): number => order.get(repKey(r.rep)) ?? reps.length;
  return [...rows].sort((a, b) => rank(a) - rank(b) || a.sheetRow - b.sheetRow);
}

function capList<T>(items: T[], length: number): Capped<T> {
  const max = Math.max(1, Math.floor(length) || 0);
  return { items: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** Cut at the list length, but never before the last invalid row: those come first and are always shown. */
function capUrgent(items: UnclearedItem[], length: number): Capped<UnclearedItem> {
  const invalid = items.filter((x) => x.flags[0]?.kind === 'invalid').length;
  return capList(items, Math.max(Math.max(1, Math.floor(length) || 0), invalid));
}
