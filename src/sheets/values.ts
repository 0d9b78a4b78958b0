// Converting between what Sheets stores (Date objects, numbers, '') and the domain's Cells (dates as keys).
// Sheets hands back a date cell as the instant of its midnight in the spreadsheet's zone, so keys use that zone.
import type { Cell, DateKey } from '../domain/types';

export function isDate(value: unknown): value is Date {
  if (typeof value !== 'object' || value === null) return false;
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}

const SHEETS_EPOCH = '1899-12-30';

/** Turns Sheets values into Cells, remembering date keys per instant (a pipeline repeats few distinct dates). */
export class CellReader {
  private readonly keys = new Map<number, DateKey>();
  constructor(private readonly timeZone: string) {}

  dateKey(d: Date): DateKey {
    const time = d.getTime();
    let key = this.keys.get(time);
    if (key === undefined) {
      key = Utilities.formatDate(d, this.timeZone, 'yyyy-MM-dd');
      this.keys.set(time, key);
    }
    return key;
  }

  /** A time typed alone ("20:00") is stored on Sheets' epoch day: a time of day, not a date. */
  isTimeOfDay(value: unknown): value is Date {
    return isDate(value) && !isNaN(value.getTime()) && this.dateKey(value) === SHEETS_EPOCH;
  }

  cell(value: unknown): Cell {
    if (isDate(value)) {
      if (isNaN(value.getTime())) return '';
      // Rounded to the minute: a zone's pre-1900 local mean time can put such a value seconds off the hour.
      if (this.isTimeOfDay(value)) return Utilities.formatDate(new Date(value.getTime() + 30000), this.timeZone, 'H:mm');
      return { date: this.dateKey(value) };
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    return value === null || value === undefined ? '' : String(value);
  }
}

/** The instant Sheets uses for a date: midnight of that day in the spreadsheet's zone. */
export function dateForKey(key: DateKey, timeZone: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  const midnightUtc = Date.UTC(y, m - 1, d);
  let instant = midnightUtc;
  // Two passes settle the zone offset even on a daylight-saving change day.
  for (let i = 0; i < 2; i++) instant = midnightUtc - offsetMinutes(new Date(instant), timeZone) * 60000;
  return new Date(instant);
}

function offsetMinutes(at: Date, timeZone: string): number {
  const z = Utilities.formatDate(at, timeZone, 'Z'); // e.g. +0800
  const sign = z.startsWith('-') ? -1 : 1;
  return sign * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
}

/**
 * What to hand setValues so the cell ends up holding exactly this Cell. Sheets parses written strings like typed
 * input ('=x' becomes a formula, '+1' a number, '2026-01-02' a date), so text that would be re-read is quoted.
 */
export function sheetValue(cell: Cell, timeZone: string): string | number | boolean | Date {
  if (typeof cell === 'object') return dateForKey(cell.date, timeZone);
  if (typeof cell !== 'string') return cell;
  return needsQuote(cell) ? `'${cell}` : cell;
}

function needsQuote(text: string): boolean {
  // The apostrophe is never stored, so quoting anything Sheets might read as a number, date, time, currency,
  // boolean or formula costs nothing and keeps the text exactly as typed (e.g. "7-11", "1e5", "$5", "+1", "Dec 5").
  const t = text.trim();
  if (t === '') return false;
  return /^[=+\-@'.$¥€£\d]/.test(t) || /^(true|false)$/i.test(t) || /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d/i.test(t);
}
