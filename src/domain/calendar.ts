// Day arithmetic on DateKeys through Date.UTC, so neither the machine's zone nor DST can shift a day.
import type { DateKey, Lang, Settings } from './types';
import { t } from '../i18n';

const DAY_MS = 24 * 60 * 60 * 1000;

function parts(d: DateKey): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) throw new Error(`Not a date key: "${d}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const msCache = new Map<DateKey, number>();

/** A pipeline holds few distinct dates, so each key is parsed once. */
function utcMs(d: DateKey): number {
  let ms = msCache.get(d);
  if (ms === undefined) {
    const [y, m, day] = parts(d);
    ms = Date.UTC(y, m - 1, day);
    if (msCache.size > 5000) msCache.clear();
    msCache.set(d, ms);
  }
  return ms;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function keyOfUtc(ms: number): DateKey {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

export function addDays(d: DateKey, n: number): DateKey {
  const [y, m, day] = parts(d);
  return keyOfUtc(Date.UTC(y, m - 1, day + n));
}

export function daysBetween(from: DateKey, to: DateKey): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

export function dayOfWeek(d: DateKey): number {
  return new Date(utcMs(d)).getUTCDay();
}

export function isWorkingDay(d: DateKey, s: Settings): boolean {
  if (s.extraWorkingDays.includes(d)) return true;
  if (s.holidays.includes(d)) return false;
  return s.workingDays.includes(dayOfWeek(d));
}

// A year without a single working day means the settings are broken; stepping one day keeps callers moving.
const SEARCH_LIMIT = 366;

export function nextWorkingDay(d: DateKey, s: Settings): DateKey {
  for (let i = 1; i <= SEARCH_LIMIT; i++) {
    const day = addDays(d, i);
    if (isWorkingDay(day, s)) return day;
  }
  return addDays(d, 1);
}

export function previousWorkingDay(d: DateKey, s: Settings): DateKey {
  for (let i = 1; i <= SEARCH_LIMIT; i++) {
    const day = addDays(d, -i);
    if (isWorkingDay(day, s)) return day;
  }
  return addDays(d, -1);
}

export function monthOf(d: DateKey): string {
  return d.slice(0, 7);
}

export function monthStart(d: DateKey): DateKey {
  return `${monthOf(d)}-01`;
}

/** Monday of d's week. */
export function weekStart(d: DateKey): DateKey {
  return addDays(d, -((dayOfWeek(d) + 6) % 7));
}

function workingDaysBetween(first: DateKey, last: DateKey, s: Settings): number {
  let count = 0;
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (isWorkingDay(day, s)) count++;
  }
  return count;
}

export function workingDaysInMonth(d: DateKey, s: Settings): number {
  const [y, m] = parts(d);
  const lastDay = keyOfUtc(Date.UTC(y, m, 0));
  return workingDaysBetween(monthStart(d), lastDay, s);
}

/** From the 1st of d's month up to and including d. */
export function workingDaysSoFar(d: DateKey, s: Settings): number {
  return workingDaysBetween(monthStart(d), d, s);
}

/** Display only: anything that is not a DateKey is shown as it is rather than throwing mid-render. */
export function shortDate(d: DateKey, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  const [, m, day] = parts(d);
  return t(lang, 'date.short', { mm: pad2(m), dd: pad2(day), m, d: day });
}
