// The cells of one sheet: values and per-cell formatting, with row/column insertion, deletion and sorting that move
// everything in a cell together, as Sheets does. Pure data: no counting, no Apps Script surface.
import type { Cell, CellValue, GridApi } from './types';
import { copyValue, isDate } from './values';

export type { Cell } from './types';

/** The formatting a newly inserted row or column inherits from its neighbour (never values or notes). */
function formatOf(cell: Cell | undefined): Cell | undefined {
  if (!cell) return undefined;
  const { background, numberFormat, fontWeight, fontColor, validation } = cell;
  if (!background && !numberFormat && !fontWeight && !fontColor && !validation) return undefined;
  return { value: '', background, numberFormat, fontWeight, fontColor, validation };
}

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.value !== '' || !!cell.formula);
}

export class Grid implements GridApi {
  private rows: (Cell | undefined)[][] = [];
  constructor(public maxRows: number, public maxCols: number) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensure(row: number, col: number): Cell {
    const r = (this.rows[row - 1] ??= []);
    return (r[col - 1] ??= { value: '' });
  }

  /** Inserts count rows so the first new one is `at`; they take the formatting of row `inheritFrom` (pre-insert index). */
  insertRows(at: number, count: number, inheritFrom: number | null): void {
    const template = inheritFrom ? [...(this.rows[inheritFrom - 1] ?? [])].map(formatOf) : [];
    while (this.rows.length < at - 1) this.rows.push([]);
    const fresh = Array.from({ length: count }, () => template.map((c) => c && { ...c }));
    this.rows.splice(at - 1, 0, ...fresh);
    this.maxRows += count;
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at - 1, count);
    this.maxRows -= count;
  }

  insertCols(at: number, count: number, inheritFrom: number | null): void {
    for (const r of this.rows) {
      if (!r) continue;
      const template = inheritFrom ? formatOf(r[inheritFrom - 1]) : undefined;
      while (r.length < at - 1) r.push(undefined);
      r.splice(at - 1, 0, ...Array.from({ length: count }, () => template && { ...template }));
    }
    this.maxCols += count;
  }

  deleteCols(at: number, count: number): void {
    for (const r of this.rows) if (r) r.splice(at - 1, count);
    this.maxCols -= count;
  }

  lastRow(): number {
    for (let r = Math.min(this.rows.length, this.maxRows); r >= 1; r--) {
      if ((this.rows[r - 1] ?? []).some(hasContent)) return r;
    }
    return 0;
  }

  lastCol(): number {
    let last = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let c = Math.min(r.length, this.maxCols); c > last; c--) if (hasContent(r[c - 1])) { last = c; break; }
    }
    return last;
  }

  /** Sorts rows first..last of columns c1..c2 by the keys in order; blanks sink to the bottom in both directions. */
  sortRows(first: number, last: number, keys: { column: number; ascending: boolean }[], c1 = 1, c2 = this.maxCols): void {
    if (last < first) return;
    while (this.rows.length < last) this.rows.push([]);
    const chunks = this.rows.slice(first - 1, last).map((r) => (r ?? []).slice(c1 - 1, c2));
    const rank = (v: CellValue) => (typeof v === 'number' || isDate(v) ? 0 : typeof v === 'string' ? 1 : 2);
    const key = (v: CellValue) => (isDate(v) ? v.getTime() : v);
    const compare = (a: CellValue, b: CellValue, ascending: boolean): number => {
      if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
      const dir = ascending ? 1 : -1;
      if (rank(a) !== rank(b)) return (rank(a) - rank(b)) * dir;
      const ka = key(a), kb = key(b);
      if (typeof ka === 'string' && typeof kb === 'string') return ka.localeCompare(kb, undefined, { sensitivity: 'base' }) * dir;
      return (ka < kb ? -1 : ka > kb ? 1 : 0) * dir;
    };
    chunks.sort((x, y) => {
      for (const k of keys) {
        const c = compare(x[k.column - c1]?.value ?? '', y[k.column - c1]?.value ?? '', k.ascending);
        if (c !== 0) return c;
      }
      return 0;
    });
    chunks.forEach((chunk, i) => {
      const r = (this.rows[first - 1 + i] ??= []);
      for (let c = c1; c <= c2; c++) r[c - 1] = chunk[c - c1];
    });
  }

  /** A deep copy for export or snapshots. */
  snapshotValue(row: number, col: number): CellValue {
    const c = this.cell(row, col);
    return c ? copyValue(c.value) : '';
  }
}
