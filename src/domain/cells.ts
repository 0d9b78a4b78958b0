// Reading cells as the team typed them: full-width digits, Chinese dates and stray spaces all count.
import type { Cell, ColumnKey, DateKey, Row } from './types';
import { COLUMN_KEYS } from './types';
import { normalizeStatus, normalizeTier } from './tier';
import { decodeMemory } from './memory';

export { normalizeText } from './text';

function isDateCell(c: Cell): c is { date: DateKey } {
  return typeof c === 'object' && c !== null && typeof (c as { date?: unknown }).date === 'string';
}

export function isBlank(c: Cell): boolean {
  return typeof c === 'string' && c.trim() === '';
}

export function cellText(c: Cell): string {
  if (isDateCell(c)) return c.date;
  if (c === null || c === undefined) return '';
  return String(c).trim();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A key for a real calendar day, or null (2026-02-30 is not a day). */
export function dateKeyOf(y: number, m: number, d: number): DateKey | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

const realDays = new Set<DateKey>();

const DATE_PATTERNS = [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/];

export function cellDate(c: Cell): DateKey | null {
  if (isDateCell(c)) {
    // A pipeline repeats few dates: each key is checked for being a real day once.
    if (realDays.has(c.date)) return c.date;
    const key = dateKeyOf(...(c.date.split('-').map(Number) as [number, number, number]));
    if (key === c.date) realDays.add(key);
    return key;
  }
  if (typeof c !== 'string') return null;
  // CRM exports write date-times as text ("2025-03-02 10:00", "2025-03-02T10:00:00Z"): the day is what counts.
  const s = c.normalize('NFKC').trim().replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i, '').replace(/\s+/g, '');
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(s);
    if (m) return dateKeyOf(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}

export function cellCount(c: Cell): number | null {
  if (typeof c === 'number') return Number.isInteger(c) && c >= 0 ? c : null;
  if (typeof c !== 'string') return null;
  const s = c.normalize('NFKC').trim();
  if (!/^\d+(\.0+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : null;
}

export function parseRow(sheetRow: number, raw: Record<ColumnKey, Cell>): Row {
  const cells = {} as Record<ColumnKey, Cell>;
  // A column the sheet lacks reads as empty, so a missing optional column never crashes the rules.
  for (const key of COLUMN_KEYS) cells[key] = raw[key] ?? '';
  return {
    sheetRow,
    id: cellText(cells.id),
    rep: cellText(cells.rep),
    customer: cellText(cells.customer),
    tier: normalizeTier(cells.tier),
    status: normalizeStatus(cells.status),
    target: cellDate(cells.target),
    nextStep: cellText(cells.nextStep),
    lastContact: cellDate(cells.lastContact),
    visits: cellCount(cells.visits),
    reason: cellText(cells.reason),
    tierSince: cellDate(cells.tierSince),
    added: cellDate(cells.added),
    closed: cellDate(cells.closed),
    flag: cellText(cells.flag),
    memory: decodeMemory(cellText(cells.memory)),
    raw: cells,
  };
}

/** No customer, no rep and no tier: a spare line in the sheet, not a customer. */
export function isEmptyRow(row: Row): boolean {
  return isBlank(row.raw.customer) && isBlank(row.raw.rep) && isBlank(row.raw.tier);
}

export function isOpenRow(row: Row): boolean {
  return row.status === 'Open' && !isEmptyRow(row);
}

/** The row with some cells changed; the same row when nothing changed (a 50,000-row run re-parses only what changed). */
export function withUpdate(row: Row, update: Partial<Record<ColumnKey, Cell>>): Row {
  for (const key in update) {
    if (Object.prototype.hasOwnProperty.call(update, key)) return parseRow(row.sheetRow, { ...row.raw, ...update });
  }
  return row;
}
