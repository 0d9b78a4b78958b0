// How Sheets turns what is written into what is stored, and stored values back into text.
import { formatDate, zonedParts, zonedTime, daySerial } from './dates';
import { fail } from './errors';
import type { CellValue } from './types';

export type { CellValue } from './types';

export interface Stored {
  value: CellValue;
  formula?: string;
}

export interface InputContext {
  timeZone: string;
  locale: string;
  plainText: boolean; // the cell's number format is '@' (plain text): nothing is converted
  /** Stored exactly as written: no number, date or boolean is read out of a string (the Sheets API's RAW input). */
  raw?: boolean;
}

/** Sheets refuses a cell value (or formula) longer than this, from a script and from the keyboard alike. */
export const MAX_CELL_CHARS = 50000;
export const CELL_TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`;

export function tooLongForCell(raw: unknown): boolean {
  return typeof raw === 'string' && raw.length > MAX_CELL_CHARS;
}

/** Throws Apps Script's error when any value is too long for a cell, before anything is written. */
export function checkCellLengths(values: unknown[][]): void {
  for (const row of values) for (const v of row) if (tooLongForCell(v)) fail(CELL_TOO_LONG);
}

// ---- the spreadsheet locale's reading of typed text ----------------------------------------------------------

type DateOrder = 'MDY' | 'DMY' | 'YMD';

interface LocaleRules {
  dateOrder: DateOrder;
  number: RegExp;
  grouped: RegExp;
  percent: RegExp;
  decimal: '.' | ',';
  group: RegExp;
  trueWords: string[];
  falseWords: string[];
  kanjiDates: boolean;
}

// Decimal comma with '.' grouping ("1.234,5"), decimal comma with space grouping ("1 234,5"); everyone else
// writes "1,234.5". Languages are matched first, then whole locales override them.
const COMMA_DOT = new Set(['de', 'es', 'it', 'pt', 'nl', 'id', 'tr', 'da', 'el', 'ro', 'hr', 'sl', 'vi']);
const COMMA_SPACE = new Set(['fr', 'ru', 'pl', 'cs', 'sk', 'sv', 'fi', 'nb', 'no', 'uk', 'bg', 'hu', 'lt', 'lv', 'et']);
const DOT_DECIMAL_LOCALES = new Set(['es_mx', 'es_us', 'de_ch', 'it_ch']);
const COMMA_SPACE_LOCALES = new Set(['pt_pt']);
const MONTH_FIRST = new Set(['en', 'en_us', 'en_ph', 'es_us']);
const YEAR_FIRST = new Set(['zh', 'ja', 'ko', 'hu', 'lt']);

/** TRUE/FALSE are understood everywhere; these locales also read their own words. */
const BOOLEAN_WORDS: Record<string, [string, string]> = {
  de: ['WAHR', 'FALSCH'], fr: ['VRAI', 'FAUX'], es: ['VERDADERO', 'FALSO'], it: ['VERO', 'FALSO'],
  pt: ['VERDADEIRO', 'FALSO'], nl: ['WAAR', 'ONWAAR'], ru: ['ИСТИНА', 'ЛОЖЬ'],
};

const rulesCache = new Map<string, LocaleRules>();

/** The rules of a locale, as written ('en_US', 'de', 'pt-BR'); looked up once per distinct spelling. */
function localeRules(locale: string): LocaleRules {
  const cached = rulesCache.get(locale);
  if (cached) return cached;
  const key = String(locale || 'en_US').replace('-', '_').toLowerCase();
  const lang = key.split('_')[0];
  const decimalComma = !DOT_DECIMAL_LOCALES.has(key) && (COMMA_DOT.has(lang) || COMMA_SPACE.has(lang) || COMMA_SPACE_LOCALES.has(key));
  const spaceGroup = COMMA_SPACE_LOCALES.has(key) || (COMMA_SPACE.has(lang) && decimalComma);
  const d = decimalComma ? ',' : '\\.';
  const g = !decimalComma ? ',' : spaceGroup ? '[ \\u00A0\\u202F]' : '\\.';
  const num = `[+-]?(?:\\d+(?:${d}\\d*)?|${d}\\d+)(?:[eE][+-]?\\d+)?`;
  const groupedNum = `[+-]?\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?`;
  const words = BOOLEAN_WORDS[lang] ?? [];
  const rules: LocaleRules = {
    dateOrder: MONTH_FIRST.has(key) ? 'MDY' : YEAR_FIRST.has(lang) ? 'YMD' : 'DMY',
    number: new RegExp(`^${num}$`),
    grouped: new RegExp(`^${groupedNum}$`),
    percent: new RegExp(`^(${groupedNum}|${num})\\s?%$`),
    decimal: decimalComma ? ',' : '.',
    group: new RegExp(g, 'g'),
    trueWords: ['TRUE', words[0]].filter(Boolean),
    falseWords: ['FALSE', words[1]].filter(Boolean),
    kanjiDates: lang === 'zh' || lang === 'ja',
  };
  rulesCache.set(locale, rules);
  return rules;
}

/** A number as the locale writes it ("3,5" and "1.234,5" in de_DE; "3.5" and "1,234.5" in en_US), else null. */
export function parseLocaleNumber(text: string, locale: string): number | null {
  return readNumber(text, localeRules(locale));
}

function readNumber(text: string, rules: LocaleRules): number | null {
  let plain: string;
  if (rules.number.test(text)) plain = text;
  else if (rules.grouped.test(text)) plain = text.replace(rules.group, '');
  else return null;
  if (rules.decimal === ',') plain = plain.replace(',', '.');
  return Number(plain);
}

/** Only strings starting like a number (digit, sign, decimal mark) can be one; most text is ruled out at once. */
const NUMBER_START = /^[+\-.,\d]/;

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Recognises the date spellings Sheets parses on input: year first (yyyy-mm-dd, yyyy/m/d, yyyy.m.d) everywhere;
 * then by the locale's order: m/d/yyyy (en_US), y/m/d only (zh, ja, ko), d/m/yyyy, d.m.yyyy or d-m-yyyy (most
 * others, e.g. en_GB, fr_FR, de_DE); and 2026年3月5日 in Chinese and Japanese.
 */
export function parseTypedDate(text: string, ctx: Pick<InputContext, 'timeZone' | 'locale'>): Date | null {
  return readDate(text, ctx.timeZone, localeRules(ctx.locale));
}

function readDate(text: string, timeZone: string, rules: LocaleRules): Date | null {
  if (!/^\d/.test(text)) return null;
  let y: number, m: number, d: number;
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if (rules.kanjiDates && (match = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(text))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if (rules.dateOrder === 'MDY' && (match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) {
    [m, d, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if (rules.dateOrder === 'DMY' && (match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text))) {
    [d, m, y] = [Number(match[1]), Number(match[3]), Number(match[4])];
  } else {
    return null;
  }
  if (!validDay(y, m, d)) return null;
  return zonedTime(timeZone, y, m, d);
}

function localeBoolean(text: string, rules: LocaleRules): boolean | null {
  if (text.length > 10) return null;
  const upper = text.toUpperCase();
  if (rules.trueWords.includes(upper)) return true;
  if (rules.falseWords.includes(upper)) return false;
  return null;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A formula's value: numbers and quoted strings written as formulas evaluate; everything else is unknown here. */
export function evaluateFormula(formula: string): CellValue {
  const body = formula.slice(1).trim();
  if (NUMBER.test(body)) return Number(body);
  const quoted = /^"([^"]*)"$/.exec(body);
  if (quoted) return quoted[1];
  if (/^(TRUE|FALSE)(\(\))?$/i.test(body)) return /^TRUE/i.test(body);
  return '#NAME?';
}

/** A value written by a script or typed by a person, as Sheets would store it in a sheet of the context's locale. */
export function interpretInput(raw: unknown, ctx: InputContext): Stored {
  if (raw === null || raw === undefined) return { value: '' };
  if (raw instanceof Date || Object.prototype.toString.call(raw) === '[object Date]') {
    return { value: new Date((raw as Date).getTime()) };
  }
  if (typeof raw === 'number') return { value: Number.isFinite(raw) ? raw : '#NUM!' };
  if (typeof raw === 'boolean') return { value: raw };
  const text = String(raw);
  if (ctx.raw) return { value: text };
  if (text.startsWith('=') && text.length > 1) return { value: evaluateFormula(text), formula: text };
  if (ctx.plainText) return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  const trimmed = text.trim();
  if (trimmed === '') return { value: text === '' ? '' : text };
  const rules = localeRules(ctx.locale);
  if (NUMBER_START.test(trimmed)) {
    const number = readNumber(trimmed, rules);
    if (number !== null) return { value: number };
    const percent = rules.percent.exec(trimmed);
    if (percent) return { value: (readNumber(percent[1], rules) as number) / 100 };
  }
  const bool = localeBoolean(trimmed, rules);
  if (bool !== null) return { value: bool };
  const date = readDate(trimmed, ctx.timeZone, rules);
  if (date) return { value: date };
  // A typed time is a time value: Sheets keeps it as that time on its epoch day, 1899-12-30.
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) {
    return { value: zonedTime(ctx.timeZone, 1899, 12, 30, Number(time[1]), Number(time[2]), Number(time[3] ?? 0)) };
  }
  return { value: text };
}

/** Cells hold primitives or this realm's Dates; a Date from another realm (the bundle's) is recognised too. */
export function isDate(value: unknown): value is Date {
  if (typeof value !== 'object' || value === null) return false;
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
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
