// Re-evaluates every Pipeline row: the Flag column in one write, highlights in one read + one write.
import type { FlagKind } from '../domain/types';
import { flagText, primaryFlag, unclearedReasons } from '../domain/rules';
import type { DocContext } from '../sheets/context';
import { readPipeline, writeUpdates, type PipelineTable, type RowUpdate } from '../sheets/pipeline';
import { paintRows } from '../sheets/highlight';
import { isEmptyRow } from '../domain/cells';
import { newRowId } from '../sheets/ids';

export interface RefreshResult {
  table: PipelineTable;
  rowsSeen: number;
  flagged: number;
  changed: number;
}

export function refreshFlags(ctx: DocContext, table: PipelineTable = readPipeline(ctx.ss, ctx.timeZone)): RefreshResult {
  const updates = new Map<number, RowUpdate>();
  const kinds: (FlagKind | null)[] = [];
  let flagged = 0;
  const seenIds = new Set<string>();
  for (let r = 2; r <= table.lastRow; r++) {
    const row = table.bySheetRow.get(r);
    if (!row || isEmptyRow(row)) {
      kinds.push(null);
      if (row?.flag) updates.set(r, { flag: '' });
      continue;
    }
    // IDs are the add-on's: a missing one is given, a copied one is replaced on the later row.
    if (!row.id || seenIds.has(row.id)) {
      const id = newRowId();
      updates.set(r, { id });
      row.id = id;
      row.raw.id = id;
    }
    seenIds.add(row.id);
    const flags = unclearedReasons(row, ctx.today, ctx.settings, ctx.team);
    const text = flagText(flags, ctx.lang);
    if (flags.length) flagged++;
    if (text !== row.flag) {
      updates.set(r, { ...updates.get(r), flag: text });
      row.flag = text;
      row.raw.flag = text;
    }
    kinds.push(primaryFlag(flags)?.kind ?? null);
  }
  // The bySheetRow rows now hold the new flags, so rows written back between changed ones keep them too.
  writeUpdates(table, updates, ctx.timeZone);
  paintRows(table.sheet, 2, kinds, table.width, table.cols);
  return { table, rowsSeen: table.rows.length, flagged, changed: updates.size };
}
