// Re-evaluates every Pipeline row: the Flag column in one write, highlights in one read + one write, the tier
// remembered by Tier since in one read (+ one write when a row is new to the add-on).
import type { DateKey, FlagKind, Row } from '../domain/types';
import { flagText, primaryFlag, unclearedReasons } from '../domain/rules';
import type { DocContext } from '../sheets/context';
import { readPipeline, writeUpdates, type PipelineTable, type RowUpdate } from '../sheets/pipeline';
import { paintRows } from '../sheets/highlight';
import { isBlank, isEmptyRow, parseRow } from '../domain/cells';
import { newRowId } from '../sheets/ids';

export interface RefreshResult {
  table: PipelineTable;
  rowsSeen: number;
  flagged: number;
  changed: number;
}

/**
 * A row the add-on has not stamped yet (adopted from the team's own sheet, or written by another script) gets its
 * ID, Added and Tier since now, so every rule can see it; a copied ID is replaced on the later row.
 */
function adoptionStamps(row: Row, seenIds: Set<string>, today: DateKey): RowUpdate {
  const update: RowUpdate = {};
  if (!row.id || seenIds.has(row.id)) update.id = newRowId();
  if (isBlank(row.raw.added)) update.added = { date: today };
  if (isBlank(row.raw.tierSince)) update.tierSince = { date: today };
  return update;
}

export function refreshFlags(ctx: DocContext, table: PipelineTable = readPipeline(ctx.ss, ctx.timeZone)): RefreshResult {
  const updates = new Map<number, RowUpdate>();
  const kinds: (FlagKind | null)[] = [];
  let flagged = 0;
  const seenIds = new Set<string>();
  const notesRange = table.lastRow > 1 ? table.sheet.getRange(2, table.cols.tierSince + 1, table.lastRow - 1, 1) : null;
  const notes = notesRange ? notesRange.getNotes() : [];
  let notesChanged = false;
  for (let r = 2; r <= table.lastRow; r++) {
    let row = table.bySheetRow.get(r);
    if (!row || isEmptyRow(row)) {
      kinds.push(null);
      if (row?.flag) updates.set(r, { flag: '' });
      continue;
    }
    const update = adoptionStamps(row, seenIds, ctx.today);
    row = parseRow(r, { ...row.raw, ...update });
    seenIds.add(row.id);
    // Tier since remembers the tier it dates, so a later paste over the Tier column can tell a change from a repeat.
    if (row.tier && !notes[r - 2][0]) {
      notes[r - 2][0] = row.tier;
      notesChanged = true;
    }
    const flags = unclearedReasons(row, ctx.today, ctx.settings, ctx.team);
    const text = flagText(flags, ctx.lang);
    if (flags.length) flagged++;
    if (text !== row.flag) update.flag = text;
    if (Object.keys(update).length) {
      updates.set(r, update);
      // Rows written back between changed ones take their value from here, so they keep the new stamps too.
      table.bySheetRow.set(r, parseRow(r, { ...row.raw, flag: text }));
    }
    kinds.push(primaryFlag(flags)?.kind ?? null);
  }
  table.rows = [...table.bySheetRow.values()].filter((row) => !isEmptyRow(row));
  writeUpdates(table, updates, ctx.timeZone);
  if (notesRange && notesChanged) notesRange.setNotes(notes);
  paintRows(table.sheet, 2, kinds, table.width, table.cols);
  return { table, rowsSeen: table.rows.length, flagged, changed: updates.size };
}
