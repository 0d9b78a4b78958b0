// A1 notation both ways; open-ended spans ('A:C', '2:5', 'A2:C') run to the sheet's edge as in Sheets.
import { fail } from './errors';
import type { Box } from './types';

export type { Box } from './types';

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(box: Box): string {
  const start = `${columnLetters(box.col)}${box.row}`;
  if (box.numRows === 1 && box.numCols === 1) return start;
  return `${start}:${columnLetters(box.col + box.numCols - 1)}${box.row + box.numRows - 1}`;
}

const REF = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Parses 'B2', 'A1:C3', 'A:C', '2:5', 'A2:C' (sheet prefix already removed) against the sheet's size. */
export function parseA1(a1: string, maxRows: number, maxCols: number): Box {
  const [first, second = first] = a1.trim().split(':');
  const a = REF.exec(first), b = REF.exec(second);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) fail('Range not found');
  const r1 = a[2] ? Number(a[2]) : 1, c1 = a[1] ? columnNumber(a[1]) : 1;
  const r2 = b[2] ? Number(b[2]) : maxRows, c2 = b[1] ? columnNumber(b[1]) : maxCols;
  const row = Math.min(r1, r2), col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

/** Splits "'My sheet'!A1:B2" into sheet name and range part. */
export function splitSheetRef(ref: string): { sheet: string | null; range: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { sheet: null, range: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: ref.slice(bang + 1) };
}
