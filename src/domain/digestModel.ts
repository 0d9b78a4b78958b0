// What one manager's digest says, as data. mail/ renders it; domain/digest.ts builds it.
import type { DateKey, Lang, Outcome, Tier } from './types';

export interface Capped<T> {
  items: T[];
  /** How many more there were beyond the list length ("and N more"). */
  more: number;
}

export interface TotalsDigest {
  A: number;
  B: number;
  C: number;
  open: number;
  /** Change against the Daily Log 7 days ago; null where there is no log row that day. */
  change7: { A: number | null; B: number | null; C: number | null; open: number | null };
  todayTargetsNamed: number;
  todayTargetsSigned: number;
  signedToday: number;
  monthSigned: number;
  workingDaysSoFar: number;
  workingDaysInMonth: number;
  /** Team floor so far: reps × working days so far × 10%. */
  floorSoFar: number;
  /** What disciplined reps reach: reps × 8 and reps × 10 for the month. */
  goalLow: number;
  goalHigh: number;
}

export interface RepDigest {
  rep: string;
  A: number;
  B: number;
  C: number;
  open: number;
  todayTargets: { customer: string; result: Outcome | 'open' }[];
  /** Customers targeted for the next working day; empty means the warning shows. */
  tomorrowTargets: string[];
  uncleared: number;
  monthSigned: number;
  /** Signed this month with Visits ≤ 1. */
  firstVisitSignings: number;
  floorSoFar: number;
}

export interface RowLink {
  rep: string;
  customer: string;
  /** URL of the row in the sheet ('' when the spreadsheet URL is unknown). */
  link: string;
}

export interface DigestModel {
  lang: Lang;
  teamName: string;
  managerEmail: string;
  date: DateKey;
  nextWorkingDay: DateKey;
  isWorkingDay: boolean;
  /** Sent on a later day than `date` (the mail quota or a failure held it back). */
  sentLate: boolean;
  /** Other managers whose digest kept failing and was given up (check their address on Team). */
  undelivered: string[];
  totals: TotalsDigest;
  reps: RepDigest[];
  noTargetTomorrow: string[];
  aCustomers: Capped<RowLink & { daysAsA: number | null; target: DateKey | ''; nextStep: string; visits: number | null; flag: string }>;
  /** Oldest first (longest in tier). */
  uncleared: Capped<RowLink & { tier: Tier | null; flag: string; daysInTier: number | null }>;
  softDrops: Capped<RowLink & { reason: string; closed: DateKey | '' }>;
  /** Added in the last 7 days, visited more than once or still open after the first visit, and not signed on the first visit. */
  notFirstVisit: Capped<RowLink & { added: DateKey | ''; visits: number | null; status: string }>;
  /** This week (Monday to today) per rep. */
  flow: { rep: string; added: number; signed: number; dropped: number; clearing: boolean }[];
  /** The team's open A/B/C on each Daily Log day of the last 14 working days, oldest first. */
  chart: { date: DateKey; A: number; B: number; C: number }[];
}
