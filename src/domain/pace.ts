// SPEC "The arithmetic": ~22 working days a month, a 10% floor of them, and the 8–10 signings a disciplined rep makes.
import type { DateKey, Settings } from './types';
import { monthOf, workingDaysInMonth, workingDaysSoFar } from './calendar';

export const FLOOR_RATE = 0.1;
export const GOAL_LOW = 8;
export const GOAL_HIGH = 10;

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
  goalLow: number;
  goalHigh: number;
  /** Signed so far extrapolated to the whole month. */
  projected: number;
}

export function oneDecimal(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The floor for `reps` reps after `days` working days (one decimal). */
export function floorFor(days: number, reps = 1): number {
  return oneDecimal(reps * days * FLOOR_RATE);
}

export function monthPace(signed: number, targetsNamed: number, today: DateKey, settings: Settings): MonthPace {
  return paceOf(monthOf(today), signed, targetsNamed, workingDaysSoFar(today, settings), workingDaysInMonth(today, settings));
}

/**
 * The month's pace from its counts and its working days (so far, in the month): the same figures wherever they are
 * worked out — the server from the sheet, the sidebar page after a save from the rows it holds.
 */
export function paceOf(month: string, signed: number, targetsNamed: number, soFar: number, inMonth: number): MonthPace {
  return {
    month,
    targetsNamed,
    signed,
    workingDaysSoFar: soFar,
    workingDaysInMonth: inMonth,
    floorSoFar: floorFor(soFar),
    floorMonth: floorFor(inMonth),
    goalLow: GOAL_LOW,
    goalHigh: GOAL_HIGH,
    projected: oneDecimal((signed / Math.max(1, soFar)) * inMonth),
  };
}
