// One formatter per language for what people count and the days they name (issue 12, "Words"): plurals ("A for 1
// day", "2 visits"), whole numbers, "Mon, Nov 30" / "11月30日 周一", and lists of names (", " / "、"). The server
// and the sidebar page (through the contract) both format with these, so a day or a count reads the same everywhere.
import type { DateKey, Flag, Lang } from './types';
import { t, type MessageKey, type Params } from '../i18n';

/** Message keys that come as a `.one` / `.other` pair: the base a count picks a form of. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/** A count of things people count: a whole number (never "1.1 signings"), in the form the language needs for it. */
export function wholeNumber(n: number): number {
  return Number.isFinite(n) ? Math.round(n) : 0;
}

/** The message for n things: English says "1 day" and "2 days"; Chinese has one form. {n} is the whole number. */
export function counted(lang: Lang, base: PluralKey, n: number, params: Params = {}): string {
  const whole = wholeNumber(n);
  const form = lang === 'en' && whole === 1 ? 'one' : 'other';
  return t(lang, `${base}.${form}` as MessageKey, { ...params, n: whole });
}

function parseKey(key: DateKey): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key || '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/**
 * A day as people name it: 'Mon, Nov 30' / '11月30日 周一'. The weekday is computed in UTC from the key, so neither the
 * browser's nor the server's zone can shift it. Anything that is not a date key is shown as it is.
 */
export function dayLabel(lang: Lang, key: DateKey): string {
  const d = parseKey(key);
  if (!d) return key;
  const weekday = t(lang, 'sb.weekdays').split(',')[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
  const month = t(lang, 'sb.monthNames').split(',')[d.month - 1];
  return t(lang, 'sb.dayFormat', { weekday, month, day: d.day });
}

/** Just the weekday: 'Mon' / '周一' — for "Mon's target" where the full day is said nearby. */
export function weekdayLabel(lang: Lang, key: DateKey): string {
  const d = parseKey(key);
  if (!d) return key;
  return t(lang, 'sb.weekdays').split(',')[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
}

/** Names in a row: 'Acme, Globex' / '华美、蓝河'. */
export function joinNames(lang: Lang, names: readonly string[]): string {
  return names.join(t(lang, 'sb.nameJoin'));
}

/** The weekday in full: 'Monday' / '周一' — for "1 rep without Monday's target" where no date is beside it. */
export function weekdayName(lang: Lang, key: DateKey): string {
  const d = parseKey(key);
  if (!d) return key;
  return t(lang, 'words.weekdayNames').split(',')[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
}

/**
 * A flag as people read it: counts from counted() and days from dayLabel() ("A for 1 day (max 7)", "target Mon,
 * Nov 30 passed"); the other reasons are the sheet's Flag words.
 */
export function flagWords(lang: Lang, flag: Flag): string {
  if (flag.code === 'aged') {
    return counted(lang, 'sb.flag.aged', Number(flag.params.days), { tier: flag.params.tier, max: flag.params.max });
  }
  if (flag.code === 'pushed') return counted(lang, 'sb.flag.pushed', Number(flag.params.count));
  if (flag.code === 'missed') return t(lang, 'sb.flag.missed', { date: dayLabel(lang, String(flag.params.target)) });
  return t(lang, `flag.${flag.code}` as MessageKey, flag.params);
}
