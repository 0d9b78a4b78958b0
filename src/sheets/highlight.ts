// Row highlights: one colour per uncleared reason, painted in one getBackgrounds + one setBackgrounds.
// Only the add-on's own columns are painted, and a colour the team chose (not white, not ours) is left alone.
// The flag colours are deliberately not in Sheets' palette, so a cell the team coloured by hand is never taken for ours.
import type { FlagKind } from '../domain/types';
import { FLAG_COLORS, flagColor } from '../domain/rules';
import type { Columns } from './pipeline';
import { contiguousRuns } from './runs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PLAIN = new Set(['', '#ffffff', 'white']);

function isOurs(color: string): boolean {
  const c = (color || '').toLowerCase();
  return PLAIN.has(c) || (FLAG_COLORS as readonly string[]).includes(c);
}

/**
 * Paints rows firstRow.. (one entry per row: the row's primary flag kind, or null for a clear row). Only the add-on's
 * columns are read and written (one getBackgrounds + one setBackgrounds per block of adjacent add-on columns, usually
 * one), so the team's own columns are never rewritten. A cleared cell is reset (null), not painted white, so
 * alternating colours the team set up show through again.
 */
export function paintRows(sheet: Sheet, firstRow: number, kinds: (FlagKind | null)[], width: number, cols: Columns): void {
  if (!kinds.length || width < 1) return;
  for (const run of contiguousRuns(Object.values(cols).filter((c) => c < width))) {
    const range = sheet.getRange(firstRow, run[0] + 1, kinds.length, run.length);
    const current = range.getBackgrounds();
    let changed = false;
    const next: (string | null)[][] = current.map((row, i) => {
      const want = kinds[i] ? flagColor(kinds[i] as FlagKind) : null;
      return row.map((color) => {
        const c = color.toLowerCase();
        if (!isOurs(c)) return color;
        if (c !== (want ?? '#ffffff')) changed = true;
        return want;
      });
    });
    if (changed) range.setBackgrounds(next);
  }
}
