// Writing what the Pipeline session decided: the changed cells in as few setValues calls as the cost allows, never a
// call per row, and never a cell of a column the team added.
import type { Cell, ColumnKey } from '../domain/types';
import { ADDON_COLUMNS, COLUMN_KEYS } from '../domain/types';
import type { RowUpdate } from '../domain/decide';
import { isDate, sheetValue } from './values';
import { contiguousRuns } from './runs';
import type { PipelineTable } from './pipeline';

/**
 * Cells a write call is worth: the bench's cost model prices a round trip at up to ~175 ms and a cell moved at up to
 * ~20 µs, so writing back up to ~8,000 unchanged cells between two changed blocks is cheaper than a second call.
 */
export const CELLS_PER_CALL = 8000;

type Table = Pick<PipelineTable, 'sheet' | 'cols' | 'bySheetRow'> & Partial<Pick<PipelineTable, 'read'>>;

/** A cell as read, when it can be put back exactly by setValues (text Sheets would re-read as something else cannot). */
function asRead(table: Table, sheetRow: number, col: number): { value: unknown } | null {
  const read = table.read;
  if (!read) return null;
  const row = read.values[sheetRow - read.first];
  if (!row || col >= row.length) return null;
  const value = row[col];
  if (typeof value === 'string' && value !== '' && sheetValue(value, 'UTC') !== value) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || isDate(value)) return { value };
  return null;
}

/**
 * Writes the changed cells in as few calls as the cost allows: changed columns joined across the add-on's own columns
 * between them, and changed rows joined across unchanged ones while that is cheaper than another call; each unchanged
 * cell inside a block is put back exactly as it was read. Columns the team added are never written. Returns the calls.
 */
export function writeUpdates(table: Table, updates: Map<number, RowUpdate>, timeZone: string, avoid: readonly ColumnKey[] = []): number {
  if (!updates.size) return 0;
  const keyAt = new Map(COLUMN_KEYS.filter((k) => table.cols[k] >= 0).map((k) => [table.cols[k], k] as const));
  const changed = [...keyAt.entries()].filter(([, k]) => [...updates.values()].some((u) => u[k] !== undefined)).map(([c]) => c).sort((a, b) => a - b);
  const segments: number[][] = [];
  for (const col of changed) {
    const last = segments[segments.length - 1];
    const between = last ? Array.from({ length: col - last[last.length - 1] - 1 }, (_, i) => last[last.length - 1] + 1 + i) : [];
    // The add-on's own columns hold only what it wrote, so putting them back as read is safe under the lock.
    // Never across a column this run may not write (protected from a rep), even to put a value back.
    const joinable = (c: number) => ADDON_COLUMNS.includes(keyAt.get(c) as ColumnKey) && !avoid.includes(keyAt.get(c) as ColumnKey);
    if (last && between.every(joinable)) last.push(...between, col);
    else segments.push([col]);
  }
  let calls = 0;
  for (const segment of segments) {
    const keys = segment.map((c) => keyAt.get(c)).filter((k): k is ColumnKey => k !== undefined);
    const rows = [...updates.keys()].filter((r) => keys.some((k) => updates.get(r)?.[k] !== undefined)).sort((a, b) => a - b);
    for (const block of rowBlocks(table, rows, segment)) calls += writeBlock(table, updates, block, segment, keyAt, timeZone);
  }
  return calls;
}

/** Changed rows in runs, a run joined to the next while the unchanged rows between are cheaper than a call. */
function rowBlocks(table: Table, rows: number[], segment: number[]): number[][] {
  const blocks: number[][] = [];
  for (const run of contiguousRuns(rows)) {
    const last = blocks[blocks.length - 1];
    const gap = last ? run[0] - last[last.length - 1] - 1 : Infinity;
    const between = () => Array.from({ length: gap }, (_, i) => last[last.length - 1] + 1 + i);
    if (last && gap * segment.length <= CELLS_PER_CALL && between().every((r) => segment.every((c) => asRead(table, r, c)))) {
      last.push(...between(), ...run);
    } else {
      blocks.push([...run]);
    }
  }
  return blocks;
}

/** One rectangle; where a cell inside it can be neither written nor put back, it splits into the changed columns' runs. */
function writeBlock(
  table: Table, updates: Map<number, RowUpdate>, rows: number[], segment: number[], keyAt: Map<number, ColumnKey>, timeZone: string,
): number {
  const values: unknown[][] = [];
  for (const r of rows) {
    const line: unknown[] = [];
    for (const c of segment) {
      const key = keyAt.get(c);
      const next = key ? updates.get(r)?.[key] : undefined;
      if (next !== undefined) line.push(sheetValue(next, timeZone));
      else {
        const kept = asRead(table, r, c);
        if (!kept) return writeExactly(table, updates, rows, segment, keyAt, timeZone);
        line.push(kept.value);
      }
    }
    values.push(line);
  }
  setValuesAsTyped(table.sheet.getRange(rows[0], segment[0] + 1, rows.length, segment.length), values);
  return 1;
}

/** The fallback: per changed column, its runs of changed rows (nothing unchanged is put back). */
function writeExactly(
  table: Table, updates: Map<number, RowUpdate>, rows: number[], segment: number[], keyAt: Map<number, ColumnKey>, timeZone: string,
): number {
  let calls = 0;
  for (const c of segment) {
    const key = keyAt.get(c) as ColumnKey;
    const touched = rows.filter((r) => updates.get(r)?.[key] !== undefined);
    for (const run of contiguousRuns(touched)) {
      setValuesAsTyped(table.sheet.getRange(run[0], c + 1, run.length, 1), run.map((r) => [sheetValue(updates.get(r)?.[key] as Cell, timeZone)]));
      calls++;
    }
  }
  return calls;
}

/**
 * Writes values made by sheetValue. Its apostrophe keeps text from being reinterpreted, but a cell formatted as plain
 * text keeps a written apostrophe literally, so there (found with one extra read, only when something was quoted) the
 * text goes in bare.
 */
function setValuesAsTyped(range: GoogleAppsScript.Spreadsheet.Range, values: unknown[][]): void {
  const quoted = (v: unknown) => typeof v === 'string' && v.startsWith("'");
  if (values.some((row) => row.some(quoted))) {
    const formats = range.getNumberFormats();
    values = values.map((row, r) => row.map((v, c) => (quoted(v) && formats[r][c] === '@' ? (v as string).slice(1) : v)));
  }
  range.setValues(values);
}
