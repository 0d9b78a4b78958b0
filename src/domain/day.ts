// One home for the day's rules (SPEC "The daily target column", "Carry-over"): which rows are today's targets, what
// was recorded for each, and the next working day's target. The sidebar, the Daily Log and the digest all ask here.
import type { DateKey, Outcome, Row, Settings } from './types';
import { isEmptyRow } from './cells';

/**
 * One of today's targets: targeted for today now, or earlier today (the add-on remembers a target moved on), and not
 * closed before today (a row signed yesterday whose Target date says today is history, not a pending target).
 */
export function isTodaysTarget(row: Row, today: DateKey): boolean {
  if (isEmptyRow(row)) return false;
  const named = row.target === today || row.memory?.namedOn === today || row.memory?.target === today;
  if (!named) return false;
  if (row.status === 'Open' || row.status === null) return true;
  // Closed: today's only when it closed today (or the closing day is unknown but it was remembered open today).
  return row.closed === today || (row.closed === null && row.memory?.namedOn === today);
}

/**
 * What today brought for a target: the sheet has the last word for closed rows; "not signed" is only what a rep
 * recorded today, never a guess. null while nothing is in.
 */
export function todaysResult(row: Row, today: DateKey): Outcome | null {
  const recorded = row.memory && row.memory.resultOn === today ? row.memory.result || null : null;
  if (row.status === 'Signed' && (row.closed === today || recorded === 'signed')) return 'signed';
  if (row.status === 'Dropped' && (row.closed === today || recorded === 'dropped')) return 'dropped';
  if (row.status === 'Open' && recorded === 'notSigned') return 'notSigned';
  return null;
}

/** An open customer targeted for the given (next working) day. */
export function isTargetFor(row: Row, day: DateKey): boolean {
  return row.status === 'Open' && !isEmptyRow(row) && row.target === day;
}

/** Before Reminder hour the day is about naming and chasing today's target; from it, the result and the next target are due. */
export type DayPhase = 'morning' | 'afternoon';

/** The part of the day an hour (0–23, in the spreadsheet's zone) falls in, by Settings' Reminder hour. */
export function dayPhase(hour: number, settings: Settings): DayPhase {
  return hour >= settings.reminderHour ? 'afternoon' : 'morning';
}

/** A signing of the month `month` ('yyyy-MM'): Signed, with its Closed on in that month (SPEC "The arithmetic"). */
export function isSignedInMonth(row: Row, month: string): boolean {
  return row.status === 'Signed' && row.closed !== null && row.closed.slice(0, 7) === month;
}
