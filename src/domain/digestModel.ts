// What one manager's digest says, as data. mail/ renders it; domain/digest.ts builds it.
import type { DateKey, FlagKind, Lang, Outcome, Tier } from './types';

export interface Capped<T> {
  items: T[];
  /** How many more there were beyond what is shown ("and N more", then the link to the sheet). */
  more: number;
}

/** One reason a row is uncleared, in words, with its kind (the colour it has in the sheet). */
export interface FlagLine {
  kind: FlagKind;
  text: string;
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
  /** Team floor so far: reps × working days so far × 10% (one decimal; shown as a whole number). */
  floorSoFar: number;
  /** What disciplined reps reach: reps × 8 and reps × 10 for the month. */
  goalLow: number;
  goalHigh: number;
}

export interface RowLink {
  rep: string;
  customer: string;
  /** URL of the row in the sheet ('' when the spreadsheet URL is unknown). */
  link: string;
}

export interface ACustomer extends RowLink {
  daysAsA: number | null;
  target: DateKey | '';
  nextStep: string;
  visits: number | null;
  /** How often its target was moved on without a result (SPEC "Carry-over"). */
  pushes: number;
  /** Why it is uncleared, most urgent first; empty when it is not. It is said here, not again in the uncleared list. */
  flags: FlagLine[];
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
  /** Open B/C rows whose target was pushed (moved on without a result), most pushed first; A customers say it in their line. */
  pushed: { customer: string; pushes: number }[];
  /** Pushed targets left out to keep the email under Gmail's clip (mail/clip.ts); absent or 0 when none. */
  pushedMore?: number;
  /**
   * Every open A customer of the rep, flagged ones first (SPEC discipline 4: never cut, neither by Digest list length
   * nor by Gmail's clip — past the clip their lines only get shorter, see `aCompact`). `A` counts them all.
   */
  aCustomers: Capped<ACustomer>;
}

export interface UnclearedItem extends RowLink {
  tier: Tier | null;
  /** Most urgent first; the list is sorted by the first. */
  flags: FlagLine[];
  daysInTier: number | null;
}

export interface DigestModel {
  lang: Lang;
  teamName: string;
  managerEmail: string;
  /** The spreadsheet's URL when it is a plain https link, else '' ("Open the pipeline" and the cut lists' link). */
  sheetUrl: string;
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
  /**
   * Most urgent first (invalid, A without target, pushed, missed, aged), invalid rows always shown. The A customers of
   * the reps with a card are in their card instead.
   */
  uncleared: Capped<UnclearedItem>;
  softDrops: Capped<RowLink & { reason: string; closed: DateKey | '' }>;
  /** Added in the last 7 days, visited more than once or still open after the first visit, and not signed on the first visit. */
  notFirstVisit: Capped<RowLink & { added: DateKey | ''; visits: number | null; status: string }>;
  /** This week (Monday to today) per rep. */
  flow: { rep: string; added: number; signed: number; dropped: number; clearing: boolean }[];
  /** Reps left out of the flow table to keep the email under Gmail's clip (mail/clip.ts); absent or 0 when none. */
  flowMore?: number;
  /**
   * How far the A customers' lines were shortened (details left to the sheet) because they alone pass Gmail's clip:
   * absent or 0 not at all; 4 is names only (mail/clip.ts MAX_COMPACT).
   */
  aCompact?: number;
  /** The team's open A/B/C on each Daily Log day of the last 14 working days, oldest first. */
  chart: { date: DateKey; A: number; B: number; C: number }[];
}
