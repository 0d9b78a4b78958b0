// The domain's own words. Dates are DateKeys ('yyyy-MM-dd' in the spreadsheet's time zone): the sheets/
// adapter turns Sheets' Date objects into keys, so nothing here depends on the machine's zone.

import type { RowMemory } from './memory';

export type DateKey = string;
export type Tier = 'A' | 'B' | 'C';
export const TIERS: readonly Tier[] = ['A', 'B', 'C'];
export type Status = 'Open' | 'Signed' | 'Dropped';
export const STATUSES: readonly Status[] = ['Open', 'Signed', 'Dropped'];
/** What a rep records for one of today's targets. */
export type Outcome = 'signed' | 'notSigned' | 'dropped';
export const OUTCOMES: readonly Outcome[] = ['signed', 'notSigned', 'dropped'];
export type Lang = 'en' | 'zh';

/** The add-on's Pipeline columns, by key (SPEC "Pipeline"). */
export type ColumnKey =
  | 'id' | 'rep' | 'customer' | 'tier' | 'status' | 'target' | 'nextStep' | 'lastContact'
  | 'visits' | 'reason' | 'tierSince' | 'added' | 'closed' | 'flag' | 'memory';

export const COLUMN_KEYS: readonly ColumnKey[] = [
  'id', 'rep', 'customer', 'tier', 'status', 'target', 'nextStep', 'lastContact',
  'visits', 'reason', 'tierSince', 'added', 'closed', 'flag', 'memory',
];

/** The columns only the add-on writes (SPEC "Pipeline": written by add-on); a manager may protect them. */
export const ADDON_COLUMNS: readonly ColumnKey[] = ['id', 'tierSince', 'added', 'closed', 'flag', 'memory'];

/**
 * The add-on's columns protected so only managers edit them (reps cannot forge dates): the stamps and the Flag. ID and
 * the memory stay writable, because the sidebar runs as the rep and must record a result, a push or a new row's ID;
 * a typed ID change is refused by the guard, and the next beat writes whatever stamps the rep's run could not.
 */
export const PROTECTED_COLUMNS: readonly ColumnKey[] = ['tierSince', 'added', 'closed', 'flag'];

/** A cell as the domain sees it: Sheets' Date objects arrive as {date: key}. '' is an empty cell. */
export type Cell = string | number | boolean | { date: DateKey };

/** One Pipeline row, parsed. `raw` keeps exactly what was in the cells so nothing a rep typed is lost. */
export interface Row {
  /** 1-based row number in the sheet when it was read. */
  sheetRow: number;
  id: string;
  rep: string;
  customer: string;
  /** null when empty or not a tier (see raw.tier). */
  tier: Tier | null;
  /** null when not a known status; '' counts as Open. */
  status: Status | null;
  target: DateKey | null;
  nextStep: string;
  lastContact: DateKey | null;
  visits: number | null;
  reason: string;
  tierSince: DateKey | null;
  added: DateKey | null;
  closed: DateKey | null;
  flag: string;
  /** What the add-on remembers of the row; null when it has not seen the row yet. */
  memory: RowMemory | null;
  raw: Record<ColumnKey, Cell>;
}

export interface TeamMember {
  rep: string;
  email: string;
  managerEmails: string[];
  active: boolean;
  /** The Active value as typed, when it was not understood (the rep counts as active meanwhile). */
  activeProblem?: string;
  /** Team's optional organisation columns (SPEC "Team"): Team name, Region, Director email(s). */
  teamName?: string;
  region?: string;
  directorEmails?: string[];
}

export interface Settings {
  maxDays: Record<Tier, number>;
  /** 0–23, in the spreadsheet's time zone. */
  digestHour: number;
  /** Days of week that are working days, 0 = Sunday … 6 = Saturday. */
  workingDays: number[];
  holidays: DateKey[];
  extraWorkingDays: DateKey[];
  language: 'auto' | Lang;
  softDropReasons: string[];
  digestListLength: number;
  /** A target moved on more often than this without a result is flagged pushed (SPEC "Carry-over"). */
  maxPushes: number;
  /** The morning meeting's hour (nudges, morning briefs, directors' roll-ups) and the afternoon reminder's (0–23). */
  morningHour: number;
  reminderHour: number;
  /** Managers get the morning brief (false: only the nightly digest). */
  morningBrief: boolean;
  /** Reps get the morning nudge and the reminder (false: never email reps). */
  remindReps: boolean;
  /** Teams may reword what A/B/C mean; '' means the default description. */
  tierDescriptions: Record<Tier, string>;
  /** The team's own status words (SPEC "Adopting a team's own sheet"): read as Signed, Dropped or Open. */
  signedWords: string[];
  droppedWords: string[];
  openStages: string[];
  /** Stage word (as written in Settings) → the tier it gives an adopted row with an empty Tier. */
  tierByStage: Array<{ stage: string; tier: Tier }>;
  /** The team's own tab names for the Pipeline and Team ('' = Pipeline / 客户库, Team / 团队). */
  pipelineSheet: string;
  teamSheet: string;
  /** The team's own header for a Pipeline column (Settings' `Column: <key>` rows). */
  columns: Partial<Record<ColumnKey, string>>;
}

export type FlagKind = 'invalid' | 'missed' | 'noTarget' | 'pushed' | 'aged';
export const FLAG_KINDS: readonly FlagKind[] = ['invalid', 'missed', 'noTarget', 'pushed', 'aged'];

/** Each exact problem; its words are the catalogue entry `flag.<code>`. */
export type FlagCode =
  | 'badTier' | 'noTier' | 'unknownRep' | 'inactiveRep' | 'noRep' | 'noCustomer' | 'targetNotDate' | 'targetOnClosed'
  | 'droppedNoReason' | 'badStatus' | 'badVisits' | 'missed' | 'aTarget' | 'pushed' | 'aged';

/** One reason a row is uncleared. `code` names the exact problem, `params` fill its message. */
export interface Flag {
  kind: FlagKind;
  code: FlagCode;
  params: Record<string, string | number>;
}
