// Which of a team's tabs are its Pipeline and Team when they keep their own names (the tab whose header row names the
// most columns), and a tab of data with no header at all. Read only: Set up asks before it adopts anything found here.
import type { Cell } from '../domain/types';
import { isNullMarker } from '../domain/tier';
import { cellDate } from '../domain/cells';
import { PIPELINE_SYNONYMS, TEAM_SYNONYMS } from '../domain/synonyms';
import {
  HEADER_SEARCH_ROWS, PIPELINE_HEADERS, SHEET_NAMES, TEAM_ALL_HEADERS, findHeaderRow, mapHeaders, matchCount, matchesName,
  type Bilingual, type SheetKind,
} from './headers';
import { PIPELINE_MIN_MATCHES, findSheet } from './pipeline';
import { TEAM_MIN_MATCHES } from './teamSheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The first rows of a sheet (where its header is), one read. */
export function topRows(sheet: Sheet): Cell[][] {
  const width = Math.max(sheet.getLastColumn(), 1);
  const rows = Math.max(Math.min(sheet.getLastRow(), HEADER_SEARCH_ROWS), 1);
  return sheet.getRange(1, 1, rows, width).getValues() as Cell[][];
}

export const isFilled = (c: Cell) => !(typeof c === 'string' && c.trim() === '');

/** A row of values rather than names: a date, a number or a null marker, and no header the add-on knows. */
export function looksLikeData(row: Cell[]): boolean {
  if (matchCount(row, PIPELINE_HEADERS, { synonyms: PIPELINE_SYNONYMS }) > 0) return false;
  return row.some((c) => c instanceof Date || typeof c === 'number' || (typeof c === 'string' && (cellDate(c.slice(0, 10)) !== null || isNullMarker(c))));
}

/**
 * With no Pipeline tab yet, a tab of the team's that holds rows of data without a header (a database export): Set up
 * neither appends to it nor creates an empty Pipeline beside it, and says which row and what to do.
 */
export function headerlessDataTab(ss: Spreadsheet): { found: { name: string; row: number } } | null {
  for (const sheet of ss.getSheets()) {
    if ((Object.keys(SHEET_NAMES) as SheetKind[]).some((k) => matchesName(sheet.getName(), SHEET_NAMES[k]))) continue;
    if (sheet.getLastRow() < 2 || sheet.getLastColumn() < 3) continue;
    const top = topRows(sheet);
    const first = top.findIndex((r) => r.some(isFilled));
    if (first < 0 || top[first].filter(isFilled).length < 3) continue;
    const datelike = top[first].some((c) => c instanceof Date || (typeof c === 'string' && cellDate(c.slice(0, 10)) !== null));
    if (datelike && looksLikeData(top[first]) && pipelineHeaderIn(top) === null) return { found: { name: sheet.getName(), row: first + 1 } };
  }
  return null;
}

function pipelineHeaderIn(top: Cell[][]): number | null {
  return findHeaderRow(top.map((r) => r.map((v) => (typeof v === 'string' ? v : String(v)))), PIPELINE_HEADERS, PIPELINE_MIN_MATCHES, { synonyms: PIPELINE_SYNONYMS });
}

/** A candidate for the team's own Pipeline or Team tab: the tab whose header names the most of that kind's columns. */
export interface TabCandidate {
  sheet: Sheet;
  count: number;
  /** The team's headers that matched, as they are written. */
  columns: string[];
}

/** Tabs not named like one of the add-on's sheets, nor named in Settings, nor excluded. */
function otherTabs(ss: Spreadsheet, exclude: Sheet | null): Sheet[] {
  const own = (Object.keys(SHEET_NAMES) as SheetKind[]).map((k) => findSheet(ss, k)).filter((s): s is Sheet => s !== null);
  const ids = new Set([...own, ...(exclude ? [exclude] : [])].map((s) => s.getSheetId()));
  return ss.getSheets().filter((s) => !ids.has(s.getSheetId()) && !(Object.keys(SHEET_NAMES) as SheetKind[]).some((k) => matchesName(s.getName(), SHEET_NAMES[k])));
}

function bestTab<K extends string>(
  tabs: Sheet[], defs: Record<K, Bilingual>, synonyms: Partial<Record<K, readonly string[]>>, min: number,
): TabCandidate | null {
  let best: TabCandidate | null = null;
  for (const sheet of tabs) {
    if (sheet.getLastRow() < 1) continue;
    const top = topRows(sheet).map((r) => r.map((v) => (typeof v === 'string' ? v : String(v))));
    const row = findHeaderRow(top, defs, min, { synonyms });
    if (row === null) continue;
    const { cols } = mapHeaders(top[row - 1], defs, { synonyms });
    const columns = Object.values<number | undefined>(cols).filter((c): c is number => c !== undefined).sort((a, b) => a - b).map((c) => top[row - 1][c]);
    if (!best || columns.length > best.count) best = { sheet, count: columns.length, columns };
  }
  return best;
}

/** With no Pipeline tab (by name or Settings), the team's tab that looks like one (three columns or more). */
export function pipelineCandidate(ss: Spreadsheet): TabCandidate | null {
  if (findSheet(ss, 'pipeline')) return null;
  return bestTab(otherTabs(ss, null), PIPELINE_HEADERS, PIPELINE_SYNONYMS, PIPELINE_MIN_MATCHES);
}

/** With no Team tab, the team's tab that looks like one (two Team columns), other than the Pipeline. */
export function teamCandidate(ss: Spreadsheet, pipeline: Sheet | null): TabCandidate | null {
  if (findSheet(ss, 'team')) return null;
  return bestTab(otherTabs(ss, pipeline ?? findSheet(ss, 'pipeline')), TEAM_ALL_HEADERS, TEAM_SYNONYMS, TEAM_MIN_MATCHES);
}
