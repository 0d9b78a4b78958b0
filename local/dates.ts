// Time-zone arithmetic on top of Intl, because Sheets and Utilities.formatDate think in the spreadsheet's zone
// while the Node process (and the tests' machine) may be anywhere.
export interface ZonedParts {
  year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number;
  weekday: number; // 1 = Monday … 7 = Sunday, as SimpleDateFormat's 'u'
  offsetMinutes: number;
  /** Exact offset: local mean time before 1900 (e.g. Shanghai +08:05:43) is not a whole number of minutes. */
  offsetMs: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

// Intl's formatToParts is the slow step of every date format; the same instants recur (a column of dates, the
// clock), so recent answers are kept, frozen, per zone.
const partsCache = new Map<string, Map<number, Readonly<ZonedParts>>>();
const PARTS_CACHE_SIZE = 20000;

export function zonedParts(date: Date, timeZone: string): Readonly<ZonedParts> {
  const ms = date.getTime();
  let zone = partsCache.get(timeZone);
  const hit = zone?.get(ms);
  if (hit) return hit;
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) parts[p.type] = p.value;
  const year = Number(parts.year), month = Number(parts.month), day = Number(parts.day);
  const hour = Number(parts.hour) % 24, minute = Number(parts.minute), second = Number(parts.second);
  const msPart = ((ms % 1000) + 1000) % 1000;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, msPart);
  const result: Readonly<ZonedParts> = Object.freeze({
    year, month, day, hour, minute, second, ms: msPart,
    weekday: WEEKDAYS.indexOf(parts.weekday) + 1,
    offsetMinutes: Math.round((asUtc - ms) / 60000),
    offsetMs: asUtc - ms,
  });
  if (!zone) partsCache.set(timeZone, (zone = new Map()));
  if (zone.size >= PARTS_CACHE_SIZE) zone.clear();
  zone.set(ms, result);
  return result;
}

/** The instant at which the wall clock in timeZone reads the given local time. */
export function zonedTime(timeZone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const next = wall - zonedParts(new Date(guess), timeZone).offsetMs;
    if (next === guess) break;
    guess = next;
  }
  return new Date(guess);
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** Sheets' day serial (days since 1899-12-30) of a date as seen in timeZone. */
export function daySerial(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms);
  return (wall - SERIAL_EPOCH) / 86400000;
}

/** The date as a UTC instant showing the same wall-clock fields, as Excel (which has no zones) expects. */
export function wallClockAsUtc(date: Date, timeZone: string): Date {
  const p = zonedParts(date, timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function offsetText(minutes: number, colon: boolean, short = false): string {
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2), m = pad(Math.abs(minutes) % 60, 2);
  if (short) return `${sign}${h}${m === '00' ? '' : m}`;
  return colon ? `${sign}${h}:${m}` : `${sign}${h}${m}`;
}

function formatToken(letter: string, count: number, p: Readonly<ZonedParts>): string {
  switch (letter) {
    case 'y': return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
      if (count >= 4) return MONTHS[p.month - 1];
      if (count === 3) return MONTHS[p.month - 1].slice(0, 3);
      return pad(p.month, count);
    case 'd': return pad(p.day, count);
    case 'H': return pad(p.hour, count);
    case 'k': return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'h': return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm': return pad(p.minute, count);
    case 's': return pad(p.second, count);
    case 'S': return pad(p.ms, 3).slice(0, Math.max(count, 3)).padEnd(count, '0');
    case 'E': return count >= 4 ? DAY_NAMES[p.weekday - 1] : DAY_NAMES[p.weekday - 1].slice(0, 3);
    case 'u': return String(p.weekday);
    case 'a': return p.hour < 12 ? 'AM' : 'PM';
    case 'Z': return offsetText(p.offsetMinutes, false);
    case 'X':
      if (p.offsetMinutes === 0) return 'Z';
      return count === 1 ? offsetText(p.offsetMinutes, false, true) : offsetText(p.offsetMinutes, count >= 3);
    case 'z': return `GMT${offsetText(p.offsetMinutes, true)}`;
    default: return letter.repeat(count);
  }
}

/** java.text.SimpleDateFormat patterns, as Utilities.formatDate takes them. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) { out += "'"; i += 2; continue; }
      out += pattern.slice(i + 1, end === -1 ? pattern.length : end);
      i = end === -1 ? pattern.length : end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let n = 1;
      while (pattern[i + n] === ch) n++;
      out += formatToken(ch, n, p);
      i += n;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** A small Utilities.parseDate: numeric fields only (y M d H m s S), literals must match; null when they don't. */
export function parseDate(text: string, timeZone: string, pattern: string): Date | null {
  const fields: Record<string, number> = { y: 1970, M: 1, d: 1, H: 0, m: 0, s: 0, S: 0 };
  let pos = 0;
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (/[yMdHmsS]/.test(ch)) {
      let n = 1;
      while (pattern[i + n] === ch) n++;
      const digits = /^\d+/.exec(text.slice(pos));
      if (!digits) return null;
      const isLast = !/[yMdHmsS]/.test(pattern.slice(i + n));
      const take = n > 1 && !isLast && /[yMdHmsS]/.test(pattern[i + n] ?? '') ? n : digits[0].length;
      fields[ch] = Number(digits[0].slice(0, take));
      pos += Math.min(take, digits[0].length);
      i += n;
    } else {
      if (text[pos] !== ch) return null;
      pos++;
      i++;
    }
  }
  if (fields.y < 100 && /(^|[^y])yy([^y]|$)/.test(pattern)) fields.y += 2000;
  return zonedTime(timeZone, fields.y, fields.M, fields.d, fields.H, fields.m, fields.s, fields.S);
}
