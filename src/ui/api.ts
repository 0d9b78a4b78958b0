// The one typed contract between the sidebar page and the server. Everything here is JSON-shaped:
// google.script.run carries no Date, function or undefined-in-array, so dates travel as 'yyyy-MM-dd'.
import type { DateKey, Lang, Status, Tier } from '../domain/types';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export type ReasonCategory = 'busy' | 'notDecisionMaker' | 'budget' | 'competitor' | 'timing' | 'other';
export const REASON_CATEGORIES: readonly ReasonCategory[] = ['busy', 'notDecisionMaker', 'budget', 'competitor', 'timing', 'other'];

export interface SidebarCustomer {
  id: string;
  customer: string;
  tier: Tier | null;
  /** Whole days since Tier since; null when unknown. */
  daysInTier: number | null;
  target: DateKey | '';
  nextStep: string;
  visits: number | null;
  status: Status | null;
  reason: string;
  lastContact: DateKey | '';
  /** For today's targets: what was recorded today, or null while no result is in. */
  result: 'signed' | 'notSigned' | 'dropped' | null;
  sheetRow: number;
  /** Flag text in the user's language ('' when the row is clear). */
  flag: string;
}

export interface MonthPace {
  month: string; // 'yyyy-MM'
  targetsNamed: number;
  signed: number;
  workingDaysSoFar: number;
  workingDaysInMonth: number;
  /** 10% of working days so far — the floor a rep should be at by now. */
  floorSoFar: number;
  /** 10% of the month's working days (2.2 for 22). */
  floorMonth: number;
  goalLow: number; // 8
  goalHigh: number; // 10
  /** Signed so far extrapolated to the whole month. */
  projected: number;
}

export interface SidebarState {
  lang: Lang;
  today: DateKey;
  isWorkingDay: boolean;
  /** The next working day after today: the day step 3 targets. */
  nextWorkingDay: DateKey;
  /** Who the sidebar acts for; null until the rep picks their name. */
  me: { rep: string; email: string; isManager: boolean } | null;
  /** Active reps to pick from (when me is null) — or, for a manager, the reps they may act for. */
  repChoices: string[];
  counts: { A: number; B: number; C: number; open: number };
  /** My open customers, A first, then B, C; within a tier the longest in tier first. */
  customers: SidebarCustomer[];
  todayTargets: SidebarCustomer[];
  tomorrowTargets: SidebarCustomer[];
  /** True when step 3 is still owed: no open row targeted for nextWorkingDay. */
  needsTomorrowTarget: boolean;
  uncleared: SidebarCustomer[];
  month: MonthPace;
  tierDescriptions: Record<Tier, string>;
}

export interface NewCustomer {
  customer: string;
  tier: Tier;
}

export interface SetTargetArgs {
  which: 'today' | 'tomorrow';
  /** An existing row, by its ID — or newCustomer to add a row. */
  rowId?: string;
  newCustomer?: NewCustomer;
  /** Managers acting for one of their reps. */
  rep?: string;
}

export interface RecordResultArgs {
  rowId: string;
  outcome: 'signed' | 'notSigned' | 'dropped';
  reasonCategory?: ReasonCategory;
  reasonText?: string;
  nextStep?: string;
  rep?: string;
}

/** The global functions src/index.ts exposes to the sidebar, by name. */
export interface SidebarApi {
  sidebarLoad(rep?: string): Result<SidebarState>;
  sidebarPickRep(rep: string): Result<SidebarState>;
  sidebarSetTarget(args: SetTargetArgs): Result<SidebarState>;
  sidebarRecordResult(args: RecordResultArgs): Result<SidebarState>;
  sidebarSelectRow(rowId: string): Result<number>;
}
