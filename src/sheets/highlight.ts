// Row highlights: one colour per uncleared reason, painted in one getBackgrounds + one setBackgrounds.
// Only the add-on's own columns are painted, and a colour the team chose (not white, not ours) is left alone.
// The flag colours are deliberately not in Sheets' palette, so a cell the team coloured by hand is never taken for ours.
import type { FlagKind } from '../domain/types';
import { FLAG_COLORS, flagColor } from '../domain/rules';
import type { Columns } from './pipeline';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PLAIN = new Set(['', '#ffffff', 'white']);

function isOurs(color: string): boolean {
  const c = (color || '').toLowerCase();
  return PLAIN.has(c) || (FLAG_COLORS as readonly string[]).includes(c);
}

/**
 * Paints rows firstRow.. (one entry per row: the row's primary flag kind, or null for a clear row). A cleared cell
 * is reset (null), not painted white, so alternating colours or a banding the team set up show through again.
 */
export function paintRows(sheet: Sheet, firstRow: number, kinds: (FlagKind | null)[], width: number, cols: Columns): void {
  if (!kinds.length || width < 1) return;
  const range = sheet.getRange(firstRow, 1, kinds.length, width);
  const current = range.getBackgrounds();
  const ourColumns = Object.values(cols).filter((c) => c < width);
  let changed = false;
  const next: (string | null)[][] = current.map((row) => row.map((color) => (PLAIN.has(color.toLowerCase()) ? null : color)));
  kinds.forEach((kind, i) => {
    const want = kind ? flagColor(kind) : null;
    for (const c of ourColumns) {
      const color = current[i][c].toLowerCase();
      if (!isOurs(color) || color === (want ?? '#ffffff')) continue;
      next[i][c] = want;
      changed = true;
    }
  });
  if (changed) range.setBackgrounds(next);
}
