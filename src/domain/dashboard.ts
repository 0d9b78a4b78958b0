// The Dashboard's figures (SPEC "Dashboard") and the digest's 14-day chart: the team's open A/B/C over the last working
// days from the Daily Log, what entered and left the pipeline per week, and each rep's month against the floor and goal.
// Pure: the log, the rows, the team and "today" come in.
import type { Cell, DateKey, Lang, Row, Settings, Tier } from './types';
import { addDays, daysBetween, isWorkingDay, monthOf, previousWorkingDay, weekStart, workingDaysSoFar } from './calendar';
import { isEmptyRow } from './cells';
import { GOAL_HIGH, GOAL_LOW, floorFor } from './pace';
import { activeMembers, repKey, type TeamIndex } from './team';
import type { DailyLogRow } from './summary';
import { isSignedInMonth } from './day';
import { t } from '../i18n';

/** The tiers' colours in every picture: the sidebar's (A red, B amber, C blue), so a manager reads one picture everywhere. */
export const TIER_COLORS: Record<Tier, string> = { A: '#d93025', B: '#f29900', C: '#1a73e8' };

/** The Dashboard's time chart covers the last 30 working days; the digest's, 14; the flow chart, 8 weeks. */
export const DASHBOARD_DAYS = 30;
export const DIGEST_CHART_DAYS = 14;
export const DASHBOARD_WEEKS = 8;

/** One logged day, summed over the reps asked for. `out` is signed + dropped. */
export interface DayTotals {
  date: DateKey;
  A: number;
  B: number;
  C: number;
  open: number;
  added: number;
  out: number;
}

export interface WeekFlow {
  /** Monday of the week. */
  week: DateKey;
  added: number;
  out: number;
}

export interface RepMonth {
  rep: string;
  signed: number;
  floorSoFar: number;
  goalLow: number;
  goalHigh: number;
}

export interface DashboardData {
  days: DayTotals[];
  weeks: WeekFlow[];
  reps: RepMonth[];
}

/** The first day of the last `count` working days up to today (today counts when it is one). */
export function workingWindowStart(today: DateKey, count: number, settings: Settings): DateKey {
  let day = isWorkingDay(today, settings) ? today : previousWorkingDay(today, settings);
  for (let counted = 1; counted < count; counted++) day = previousWorkingDay(day, settings);
  return day;
}

/**
 * The Daily Log's days within the last `count` working days, oldest first, each summed over the reps given (every rep
 * when none are). A working day without a run has no log rows and no entry: nothing was recorded, which is not zero.
 */
export function dailyTotals(log: DailyLogRow[], today: DateKey, count: number, settings: Settings, reps?: readonly string[]): DayTotals[] {
  const from = workingWindowStart(today, count, settings);
  const keys = reps ? new Set(reps.map(repKey)) : null;
  const byDate = new Map<DateKey, DayTotals>();
  for (const l of log) {
    if (l.date < from || l.date > today || (keys && !keys.has(repKey(l.rep)))) continue;
    let day = byDate.get(l.date);
    if (!day) byDate.set(l.date, (day = { date: l.date, A: 0, B: 0, C: 0, open: 0, added: 0, out: 0 }));
    day.A += l.A;
    day.B += l.B;
    day.C += l.C;
    day.open += l.open;
    day.added += l.added;
    day.out += l.signed + l.dropped;
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Added and out (signed + dropped) per week, Monday to Sunday, the current week last. From the Pipeline's own Added and
 * Closed on dates — the rule the digest's "flow this week" uses — so eight weeks are there from the first day, where
 * the Daily Log keeps only the last 45 days.
 */
export function weeklyFlow(rows: Row[], today: DateKey, weeks = DASHBOARD_WEEKS): WeekFlow[] {
  const current = weekStart(today);
  const flows = Array.from({ length: weeks }, (_, i) => ({ week: addDays(current, -7 * (weeks - 1 - i)), added: 0, out: 0 }));
  const first = flows[0].week;
  const at = (d: DateKey | null): WeekFlow | undefined =>
    d !== null && d >= first && d <= today ? flows[Math.floor(daysBetween(first, d) / 7)] : undefined;
  for (const row of rows) {
    if (isEmptyRow(row)) continue;
    const added = at(row.added);
    if (added) added.added++;
    if (row.status === 'Signed' || row.status === 'Dropped') {
      const out = at(row.closed);
      if (out) out.out++;
    }
  }
  return flows;
}

/** Active reps in Team order, each once. */
function activeReps(team: TeamIndex): string[] {
  return activeMembers(team).map((m) => m.rep);
}

/** Each active rep's signings this month (Closed on in the month, as the digest and the sidebar count them) against pace. */
export function repMonths(rows: Row[], team: TeamIndex, today: DateKey, settings: Settings): RepMonth[] {
  const month = monthOf(today);
  const signed = new Map<string, number>();
  for (const row of rows) {
    if (!isSignedInMonth(row, month)) continue;
    const key = repKey(row.rep);
    signed.set(key, (signed.get(key) ?? 0) + 1);
  }
  const floor = floorFor(workingDaysSoFar(today, settings));
  return activeReps(team).map((rep) => ({ rep, signed: signed.get(repKey(rep)) ?? 0, floorSoFar: floor, goalLow: GOAL_LOW, goalHigh: GOAL_HIGH }));
}

export interface DashboardInput {
  rows: Row[];
  team: TeamIndex;
  log: DailyLogRow[];
  today: DateKey;
  settings: Settings;
}

export function dashboardData(input: DashboardInput): DashboardData {
  return {
    days: dailyTotals(input.log, input.today, DASHBOARD_DAYS, input.settings),
    weeks: weeklyFlow(input.rows, input.today),
    reps: repMonths(input.rows, input.team, input.today, input.settings),
  };
}

// ---- the block of cells the Dashboard sheet holds ------------------------------------------------------------

export type DashboardTable = 'days' | 'weeks' | 'reps';
export const DASHBOARD_TABLES: readonly DashboardTable[] = ['days', 'weeks', 'reps'];

/** Where each table sits in the block (0-based column within it) and how wide it is; one empty column between tables. */
export const TABLE_COLUMNS: Record<DashboardTable, { col: number; width: number }> = {
  days: { col: 0, width: 7 },
  weeks: { col: 8, width: 3 },
  reps: { col: 12, width: 5 },
};
export const BLOCK_WIDTH = 17;
/** Row 0 of the block holds each table's caption, row 1 its headers, data from row 2. */
export const HEADER_ROW = 1;

export interface DashboardBlock {
  cells: Cell[][];
  /** Data rows under each table's header (the chart's range is the header and these). */
  rows: Record<DashboardTable, number>;
}

/** The block as cells, in the sheet's language: captions, headers, then each table's rows; '' pads the rest. */
export function dashboardBlock(data: DashboardData, lang: Lang): DashboardBlock {
  const tables: Record<DashboardTable, Cell[][]> = {
    days: [
      [t(lang, 'dash.days.caption', { days: DASHBOARD_DAYS })],
      ['date', 'A', 'B', 'C', 'open', 'added', 'out'].map((k) => t(lang, `dash.col.${k}` as 'dash.col.date')),
      ...data.days.map((d) => [{ date: d.date }, d.A, d.B, d.C, d.open, d.added, d.out]),
    ],
    weeks: [
      [t(lang, 'dash.weeks.caption', { weeks: DASHBOARD_WEEKS })],
      ['week', 'added', 'out'].map((k) => t(lang, `dash.col.${k}` as 'dash.col.week')),
      ...data.weeks.map((w) => [{ date: w.week }, w.added, w.out]),
    ],
    reps: [
      [t(lang, 'dash.reps.caption')],
      ['rep', 'signed', 'floor', 'goalLow', 'goalHigh'].map((k) => t(lang, `dash.col.${k}` as 'dash.col.rep', { low: GOAL_LOW, high: GOAL_HIGH })),
      ...data.reps.map((r) => [r.rep, r.signed, r.floorSoFar, r.goalLow, r.goalHigh]),
    ],
  };
  const height = Math.max(...DASHBOARD_TABLES.map((k) => tables[k].length));
  const cells: Cell[][] = Array.from({ length: height }, () => Array<Cell>(BLOCK_WIDTH).fill(''));
  for (const k of DASHBOARD_TABLES) {
    tables[k].forEach((line, r) => line.forEach((cell, c) => { cells[r][TABLE_COLUMNS[k].col + c] = cell; }));
  }
  return { cells, rows: { days: data.days.length, weeks: data.weeks.length, reps: data.reps.length } };
}
