// How Sheets turns what is written into what is stored, and stored values back into text.
import { formatDate, zonedParts, zonedTime, daySerial } from './dates';

export type CellValue = string | number | boolean | Date;

export interface Stored {
  value: CellValue;
  formula?: string;
}

export interface InputContext {
  timeZone: string;
  locale: string;
  plainText: boolean; // the cell's number format is '@' (plain text): nothing is converted
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Recognises the date spellings Sheets parses on input: ISO-like everywhere, m/d/yyyy in en_US. */
export function parseTypedDate(text: string, ctx: Pick<InputContext, 'timeZone' | 'locale'>): Date | null {
  let y: number, m: number, d: number;
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)) && /^en_US$/i.test(ctx.locale)) {
    [m, d, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    return null;
  }
  if (!validDay(y, m, d)) return null;
  return zonedTime(ctx.timeZone, y, m, d);
}

/** A formula's value: numbers and quoted strings written as formulas evaluate; everything else is unknown here. */
export function evaluateFormula(formula: string): CellValue {
  const body = formula.slice(1).trim();
  if (NUMBER.test(body)) return Number(body);
  const quoted = /^"([^"]*)"$/.exec(body);
  if (quoted) return quoted[1];
  if (/^(TRUE|FALSE)(\(\))?$/i.test(body)) return /^TRUE/i.test(body);
  return '#NAME?';
}

/** A value written by a script or typed by a person, as Sheets would store it. */
export function interpretInput(raw: unknown, ctx: InputContext): Stored {
  if (raw === null || raw === undefined) return { value: '' };
  if (raw instanceof Date || Object.prototype.toString.call(raw) === '[object Date]') {
    return { value: new Date((raw as Date).getTime()) };
  }
  if (typeof raw === 'number') return { value: Number.isFinite(raw) ? raw : '#NUM!' };
  if (typeof raw === 'boolean') return { value: raw };
  const text = String(raw);
  if (text.startsWith('=') && text.length > 1) return { value: evaluateFormula(text), formula: text };
  if (ctx.plainText) return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  const trimmed = text.trim();
  if (trimmed === '') return { value: text === '' ? '' : text };
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if (/^en/i.test(ctx.locale) && GROUPED_NUMBER.test(trimmed)) return { value: Number(trimmed.replace(/,/g, '')) };
  const percent = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/.exec(trimmed);
  if (percent) return { value: Number(percent[1]) / 100 };
  if (/^(true|false)$/i.test(trimmed)) return { value: /^true$/i.test(trimmed) };
  const date = parseTypedDate(trimmed, ctx);
  if (date) return { value: date };
  // A typed time is a time value: Sheets keeps it as that time on its epoch day, 1899-12-30.
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) {
    return { value: zonedTime(ctx.timeZone, 1899, 12, 30, Number(time[1]), Number(time[2]), Number(time[3] ?? 0)) };
  }
  return { value: text };
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function isMidnight(date: Date, timeZone: string): boolean {
  const p = zonedParts(date, timeZone);
  return p.hour === 0 && p.minute === 0 && p.second === 0;
}

function formatNumber(n: number, numberFormat: string | undefined): string {
  const fixed = numberFormat ? /^#?,?#*0(\.(0+))?$/.exec(numberFormat.replace(/#,##/, '')) : null;
  if (fixed) return n.toFixed(fixed[2] ? fixed[2].length : 0);
  if (numberFormat && /%$/.test(numberFormat)) {
    const decimals = /\.(0+)%$/.exec(numberFormat);
    return `${(n * 100).toFixed(decimals ? decimals[1].length : 0)}%`;
  }
  return String(n);
}

/** A Sheets number format such as 'yyyy-mm-dd hh:mm' as a SimpleDateFormat pattern ('m' is minutes only next to h or s). */
export function sheetsDatePattern(numberFormat: string): string {
  const runs = numberFormat.match(/([a-zA-Z])\1*|[^a-zA-Z]+/g) ?? [];
  const letter = (i: number) => (runs[i] && /[a-zA-Z]/.test(runs[i]) ? runs[i][0].toLowerCase() : '');
  const near = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < runs.length; j += step) if (letter(j)) return letter(j);
    return '';
  };
  return runs.map((run, i) => {
    const c = letter(i);
    if (!c) return run.includes("'") ? run.replace(/'/g, "''") : run;
    if (c === 'y') return 'y'.repeat(run.length);
    if (c === 'd') return run.length >= 3 ? 'E'.repeat(run.length) : 'd'.repeat(run.length);
    if (c === 'h') return 'H'.repeat(run.length);
    if (c === 's') return 's'.repeat(run.length);
    if (c === 'm') return near(i, -1) === 'h' || near(i, 1) === 's' ? 'm'.repeat(run.length) : 'M'.repeat(run.length);
    return `'${run}'`;
  }).join('');
}

/** Sheets-like display text: dates as 'yyyy-MM-dd' (with the time when not midnight) unless a date format is set. */
export function displayText(value: CellValue, timeZone: string, numberFormat?: string): string {
  if (isDate(value)) {
    if (numberFormat && /[yd]/i.test(numberFormat)) return formatDate(value, timeZone, sheetsDatePattern(numberFormat));
    // A time on Sheets' epoch day is a time of day and shows as one (Sheets' default time format).
    if (formatDate(value, timeZone, 'yyyy-MM-dd') === '1899-12-30') return formatDate(value, timeZone, 'H:mm:ss');
    return formatDate(value, timeZone, isMidnight(value, timeZone) ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm:ss');
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, numberFormat);
  return value;
}

/** The string Apps Script puts in onEdit's e.value / e.oldValue for a stored value (dates as day serials). */
export function eventText(value: CellValue, timeZone: string): string {
  if (isDate(value)) return String(daySerial(value, timeZone));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function copyValue(value: CellValue): CellValue {
  return isDate(value) ? new Date(value.getTime()) : value;
}

export function isEmpty(value: CellValue): boolean {
  return value === '';
}
