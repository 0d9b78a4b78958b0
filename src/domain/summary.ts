// A rep's day in numbers: what the sidebar shows, what the Daily Log keeps and what the digest reports.
import type { DateKey, Lang, Row, Settings } from './types';
import { isEmptyRow } from './cells';
import { nextWorkingDay } from './calendar';
import { isTargetFor, isTodaysTarget } from './day';
import { unclearedReasons } from './rules';
import { activeMembers, repKey, type TeamIndex } from './team';
import { t } from '../i18n';

/** A rep's open customers by tier, and what entered and left the pipeline that day. */
export interface DayCounts {
  rep: string;
  A: number;
  B: number;
  C: number;
  open: number;
  added: number;
  signed: number;
  dropped: number;
  /** Rows whose target was moved on without a result today (SPEC "Carry-over": a push), counted once a row. */
  pushed: number;
}

export interface RepDay extends DayCounts {
  /** Rows of any status targeted for today: a target signed this morning still counts as today's. */
  todayTargets: Row[];
  /** Open rows targeted for the next working day. */
  tomorrowTargets: Row[];
  uncleared: number;
}

const byRepCache = new WeakMap<Row[], Map<string, Row[]>>();

/** Non-empty rows grouped by rep key, built once per rows array so per-rep summaries stay linear. */
export function rowsByRep(rows: Row[]): Map<string, Row[]> {
  let groups = byRepCache.get(rows);
  if (!groups) {
    groups = new Map();
    for (const row of rows) {
      if (isEmptyRow(row)) continue;
      const key = repKey(row.rep);
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
    byRepCache.set(rows, groups);
  }
  return groups;
}

export function rowsOf(rows: Row[], rep: string): Row[] {
  return rowsByRep(rows).get(repKey(rep)) ?? [];
}

/** A rep's day; today's targets as domain/day counts them (a target moved on today is still one of today's). */
export function repDay(rows: Row[], rep: string, today: DateKey, settings: Settings, team: TeamIndex): RepDay {
  const mine = rowsOf(rows, rep);
  const open = mine.filter((row) => row.status === 'Open');
  const tomorrow = nextWorkingDay(today, settings);
  return {
    rep,
    A: open.filter((row) => row.tier === 'A').length,
    B: open.filter((row) => row.tier === 'B').length,
    C: open.filter((row) => row.tier === 'C').length,
    open: open.length,
    added: mine.filter((row) => row.added === today).length,
    signed: mine.filter((row) => row.status === 'Signed' && row.closed === today).length,
    dropped: mine.filter((row) => row.status === 'Dropped' && row.closed === today).length,
    pushed: mine.filter((row) => row.memory?.pushedOn === today).length,
    todayTargets: mine.filter((row) => isTodaysTarget(row, today)),
    tomorrowTargets: open.filter((row) => isTargetFor(row, tomorrow)),
    uncleared: mine.filter((row) => unclearedReasons(row, today, settings, team).length > 0).length,
  };
}

/** Active reps' names in Team order, each once. */
export function activeRepNames(team: TeamIndex): string[] {
  return activeMembers(team).map((m) => m.rep);
}

/** Active reps (Team order) who have not yet named an open customer for the next working day. */
export function repsWithoutTomorrowTarget(rows: Row[], team: TeamIndex, today: DateKey, settings: Settings): string[] {
  const tomorrow = nextWorkingDay(today, settings);
  const targeted = new Set(rows.filter((row) => isTargetFor(row, tomorrow)).map((row) => repKey(row.rep)));
  return activeRepNames(team).filter((rep) => !targeted.has(repKey(rep)));
}

export interface DailyLogRow extends DayCounts {
  date: DateKey;
  /** Customer names joined with ', '. */
  todayTargets: string;
  /** Yes / No / Partly (是 / 否 / 部分), '' when no target was named today. */
  targetSigned: string;
  tomorrowTarget: string;
  uncleared: number;
}

function targetSignedText(targets: Row[], lang: Lang): string {
  if (targets.length === 0) return '';
  const signed = targets.filter((row) => row.status === 'Signed').length;
  if (signed === targets.length) return t(lang, 'log.yes');
  return signed === 0 ? t(lang, 'log.no') : t(lang, 'log.partial');
}

function names(rows: Row[]): string {
  return rows.map((row) => row.customer).join(', ');
}

/** One Daily Log row per active rep, in Team order. */
export function dailyLogRows(
  rows: Row[], team: TeamIndex, today: DateKey, settings: Settings, lang: Lang,
): DailyLogRow[] {
  return activeRepNames(team).map((rep) => {
    const day = repDay(rows, rep, today, settings, team);
    return {
      date: today,
      rep,
      A: day.A,
      B: day.B,
      C: day.C,
      open: day.open,
      added: day.added,
      signed: day.signed,
      dropped: day.dropped,
      todayTargets: names(day.todayTargets),
      targetSigned: targetSignedText(day.todayTargets, lang),
      tomorrowTarget: names(day.tomorrowTargets),
      uncleared: day.uncleared,
      pushed: day.pushed,
    };
  });
}
