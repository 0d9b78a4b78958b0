// The one typed contract between the sidebar page and the server, imported by both halves: src/index.ts is checked
// against SidebarEndpoints (satisfies), the page's client is typed from it and the test fake server implements it.
// Everything here is JSON-shaped: google.script.run carries no Date, function or undefined-in-array, so dates travel
// as 'yyyy-MM-dd'. Errors cross as a code with parameters; the text is chosen where it is shown, in the user's language.
import type { DateKey, FlagKind, Lang, Outcome, Status, Tier } from '../domain/types';
import type { MonthPace } from '../domain/pace';
import type { DayPhase } from '../domain/day';
import { t, type MessageKey, type Params } from '../i18n';

export type { DateKey, DayPhase, FlagKind, Lang, MonthPace, Outcome, Status, Tier };
/** What a rep may type in the sidebar (SPEC "Limits"): the page stops there, the server refuses beyond. */
export { TEXT_LIMITS } from '../domain/limits';
/** The one formatter per language (plurals, whole numbers, days, lists of names): the page words things as the server does. */
export { counted, dayLabel, joinNames, weekdayLabel, wholeNumber, type PluralKey } from '../domain/words';

export interface ErrorInfo {
  code: MessageKey;
  params: Params;
  /** For "saved, but the sidebar could not refresh": why it could not. */
  cause?: ErrorInfo;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** The words for an error, in the language of the place that shows it. */
export function errorText(lang: Lang, error: ErrorInfo): string {
  const params = error.cause ? { ...error.params, message: errorText(lang, error.cause) } : error.params;
  return t(lang, error.code, params);
}

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
  result: Outcome | null;
  sheetRow: number;
  /** Flag text in the user's language ('' when the row is clear). */
  flag: string;
  /** The most urgent reason the row is uncleared (its colour in the sheet); null when it is clear. */
  flagKind: FlagKind | null;
  /** Times its target was moved on without a result (SPEC "Carry-over"). */
  pushes: number;
  /** One of today's targets (named today, even if since moved on or closed today: domain/day isTodaysTarget). */
  isToday: boolean;
  /** Signed with a Closed on date in this month: it counts in the month's pace. */
  signedThisMonth: boolean;
  /**
   * Moving its target to a later day now would be a push (it is today's target, or a passed one, with no result
   * today): the sidebar then moves it only as a carry-over with a reason.
   */
  pushIfMoved: boolean;
}

/** One of a manager's reps at a glance: today's targets and their results, and the next working day's targets. */
export interface TeamRepDay {
  rep: string;
  today: { customer: string; result: Outcome | null }[];
  next: string[];
}

export interface SidebarState {
  lang: Lang;
  today: DateKey;
  isWorkingDay: boolean;
  /** The next working day after today: the day step 3 targets. */
  nextWorkingDay: DateKey;
  /** The part of the day in the spreadsheet's zone: before Reminder hour steps 2 and 3 wait, folded. */
  phase: DayPhase;
  /** Settings' Reminder hour (0–23): when steps 2 and 3 open by themselves. */
  reminderHour: number;
  /** The signed-in address when Team does not know it ('' when Apps Script gives none), and whom to ask to be added. */
  signedInAs: string;
  askWhom: string[];
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
  /** Most urgent first (invalid, A without target, pushed, missed, aged), then A before B and C. */
  uncleared: SidebarCustomer[];
  month: MonthPace;
  /** The rep has no customer rows at all yet (added to Team today): no pace to judge, nothing "flowing". */
  newRep: boolean;
  /** A manager's reps (Team order), each one's day at a glance; empty for a rep. */
  team: TeamRepDay[];
  /**
   * Every row the lists above are worked out from (open, today's targets, flagged, signed this month), in sheet order:
   * a save answers with the rows it changed and the page works the lists out again (contract/repView applyPatch).
   */
  rows: SidebarCustomer[];
  /** Working days of this month before today on which the rep named a target (the Daily Log): the month's pace. */
  loggedTargetDays: number;
  tierDescriptions: Record<Tier, string>;
}

/**
 * A save's answer: only the rows it wrote, as they now are (a new customer's row included). The page merges them into
 * the state it holds (applyPatch); nothing else is read or sent, so a save costs the same on any size of sheet.
 */
export interface SidebarPatch {
  patch: true;
  /** Whose rows they are, and the day of the save: a page showing another rep's day, or a day gone by, loads again. */
  rep: string;
  today: DateKey;
  rows: SidebarCustomer[];
}

export interface NewCustomer {
  customer: string;
  tier: Tier;
}

/**
 * The day the page shows ('yyyy-MM-dd'), sent with every save: a page left open past midnight is refused
 * (sv.dayChanged) rather than putting a target or a result on a day the rep did not see.
 */
export interface AsOf {
  asOf?: DateKey;
}

export interface SetTargetArgs extends AsOf {
  which: 'today' | 'tomorrow';
  /** An existing row, by its ID — or newCustomer to add a row. */
  rowId?: string;
  newCustomer?: NewCustomer;
  /** Managers acting for one of their reps. */
  rep?: string;
  /**
   * Moving today's target (or a passed one) to a later day without a result: an explicit carry-over, with its reason.
   * It counts as a push; without it such a move is refused (sv.carryOverNeeded).
   */
  carryOver?: boolean;
  reason?: string;
}

export interface RecordResultArgs extends AsOf {
  rowId: string;
  outcome: Outcome;
  reasonCategory?: ReasonCategory;
  reasonText?: string;
  nextStep?: string;
  rep?: string;
}

/** The global functions src/index.ts exposes to the sidebar, by name. */
export interface SidebarEndpoints {
  sidebarLoad(rep?: string): Result<SidebarState>;
  sidebarPickRep(rep: string): Result<SidebarState>;
  sidebarSetTarget(args: SetTargetArgs): Result<SidebarPatch>;
  sidebarRecordResult(args: RecordResultArgs): Result<SidebarPatch>;
  sidebarSelectRow(rowId: string): Result<number>;
}

export { applyPatch, byTierThenAge, byUrgency, isPatch, patchFits, overviewOf, repView, type RepView, type ViewFacts } from './repView';

/** The page's name for the same contract. */
export type SidebarApi = SidebarEndpoints;
