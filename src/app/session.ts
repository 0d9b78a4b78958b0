// The one path every Pipeline row change takes (STYLE "One path for a Pipeline row"): a typed edit, a paste, Refresh,
// a sidebar save, the nightly run and a heartbeat noticing a change that came without an edit event. It reads the edited
// block or the whole sheet once, lets domain/decide settle each row, and writes values, the add-on's memory of each row
// and the highlights once.
import type { ColumnKey, FlagKind, Outcome, Row } from '../domain/types';
import { ADDON_COLUMNS } from '../domain/types';
import { isEmptyRow, parseRow } from '../domain/cells';
import { decideRow, type EditFacts, type RowUpdate } from '../domain/decide';
import { encodeMemory } from '../domain/memory';
import { asBaseline, needsReadoption, tierFromStage } from '../domain/adopt';
import { primaryFlag } from '../domain/rules';
import { t } from '../i18n';
import type { DocContext } from './context';
import {
  addMemoryColumn, ensureRow, firstFreeRow, readIds, readPipeline, readPipelineBlock, writeUpdates, type PipelineTable,
} from '../sheets/pipeline';
import { paintRows } from '../sheets/highlight';
import { contiguousRuns } from '../sheets/runs';
import { newRowId } from '../sheets/ids';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface DecideOptions {
  edit?: EditFacts;
  adopting?: boolean;
}

export interface CommitOptions {
  /** The add-on's own columns are protected from whoever runs this: write only the rep's columns; a beat stamps the rest. */
  repColumnsOnly?: boolean;
}

export class PipelineSession {
  private readonly updates = new Map<number, RowUpdate>();
  private readonly kinds = new Map<number, FlagKind | null>();
  readonly messages: string[] = [];
  /** Problems in pasted cells (kept and flagged, not refused). */
  pastedProblems = 0;
  flagged = 0;

  /** Where each sheet row sits in table.rows, so deciding a row is O(1), not a scan of 50,000 rows. */
  private readonly position = new Map<number, number>();

  private constructor(readonly ctx: DocContext, public table: PipelineTable, private readonly whole: boolean) {
    table.rows.forEach((row, i) => this.position.set(row.sheetRow, i));
  }

  /** The whole Pipeline, in one read. */
  static whole(ctx: DocContext): PipelineSession {
    return new PipelineSession(ctx, readPipeline(ctx.ss, ctx.timeZone), true);
  }

  /** Rows firstRow..lastRow of an edited sheet (a constant number of calls whatever the sheet's size). */
  static block(ctx: DocContext, sheet: Sheet, firstRow: number, lastRow: number): PipelineSession {
    return new PipelineSession(ctx, readPipelineBlock(sheet, firstRow, lastRow, ctx.timeZone), false);
  }

  /** Rows with anything in them, as they will be after this session's decisions. */
  get rows(): Row[] {
    return this.table.rows;
  }

  get hasMemoryColumn(): boolean {
    return this.table.cols.memory >= 0;
  }

  /** Every row in the session (empty ones included) decided: stamps, memory, flag, highlight. */
  decideAll(opts: DecideOptions = {}): void {
    // Rows present before the add-on kept memory (its first run on a sheet) are adopted: closed ones are history.
    const adopting = opts.adopting ?? (this.whole && !this.hasMemoryColumn);
    if (!this.hasMemoryColumn) this.table = addMemoryColumn(this.table, t(this.ctx.lang, 'col.memory'));
    opts = { ...opts, adopting };
    const seenIds = new Set<string>();
    for (let r = this.firstRow; r <= this.table.lastRow; r++) {
      const row = this.table.bySheetRow.get(r);
      if (!row) continue;
      // A copied ID is replaced on the later row, so a sidebar write by ID never meets two rows.
      const fresh = this.whole && row.id !== '' && seenIds.has(row.id) ? newRowId() : '';
      // A row whose status word has just become known through the team's words is adopted again (domain/adopt).
      const again = needsReadoption(row);
      const base = again ? asBaseline(row) : row;
      const rowOpts = again ? { ...opts, adopting: true } : opts;
      const decided = fresh ? this.decide(parseRow(r, { ...base.raw, id: fresh }), rowOpts, { id: fresh }) : this.decide(base, rowOpts, {});
      if (decided.id) seenIds.add(decided.id);
    }
  }

  /**
   * Applies a change to one row (a sidebar save) and decides it. `result` is what a rep recorded for it today.
   * Returns the row as it will be.
   */
  change(row: Row, update: RowUpdate, result?: Outcome): Row {
    const base = parseRow(row.sheetRow, { ...row.raw, ...update });
    const decided = this.decide(base, {}, update, result);
    return decided;
  }

  /** A new customer row under the last one in use, decided like a typed new row. Returns the row. */
  addRow(update: RowUpdate): Row {
    const sheetRow = firstFreeRow(this.table);
    ensureRow(this.table.sheet, sheetRow);
    const blank = parseRow(sheetRow, {} as Row['raw']);
    this.table.bySheetRow.set(sheetRow, blank);
    this.table.lastRow = Math.max(this.table.lastRow, sheetRow);
    const base = parseRow(sheetRow, { ...blank.raw, ...update });
    const keys = new Set(Object.keys(update) as ColumnKey[]);
    return this.decide(base, { edit: { keys, singleCell: false } }, update);
  }

  /** Pasted rows that carry an ID already used elsewhere in the sheet get fresh IDs (one read of the ID column). */
  reIdPastedCopies(): boolean {
    const ids = readIds(this.table);
    const top = this.table.headerRow + 1;
    const outside = new Set(ids.filter((_, i) => i + top < this.firstRow || i + top > this.table.lastRow));
    const inBlock = new Set<string>();
    let changed = false;
    for (let r = this.firstRow; r <= this.table.lastRow; r++) {
      const row = this.table.bySheetRow.get(r);
      const id = row ? row.id : '';
      if (!row || !id || this.updates.get(r)?.id !== undefined) continue;
      if (outside.has(id) || inBlock.has(id)) {
        this.updates.set(r, { ...this.updates.get(r), id: newRowId() });
        this.table.bySheetRow.set(r, parseRow(r, { ...row.raw, ...this.updates.get(r) }));
        changed = true;
      }
      inBlock.add(id);
    }
    if (changed) {
      this.table.rows = this.table.rows.map((x) => this.table.bySheetRow.get(x.sheetRow) ?? x);
    }
    return changed;
  }

  /** Writes every decided change (values, memory, flags) in batched calls, then the highlights. */
  commit(opts: CommitOptions = {}): number {
    const updates = opts.repColumnsOnly ? withoutAddonColumns(this.updates) : this.updates;
    writeUpdates(this.table, updates, this.ctx.timeZone);
    // Highlights sit on the add-on's columns: a run that may not write those leaves them to the next beat.
    if (!opts.repColumnsOnly) this.paint();
    return updates.size;
  }

  private get firstRow(): number {
    let first = Infinity;
    for (const r of this.table.bySheetRow.keys()) first = Math.min(first, r);
    return first === Infinity ? 2 : first;
  }

  private decide(row: Row, opts: DecideOptions, extra: RowUpdate, result?: Outcome): Row {
    const r = row.sheetRow;
    if (isEmptyRow(row)) {
      if (row.flag) this.merge(r, { ...extra, flag: '' });
      else if (Object.keys(extra).length) this.merge(r, extra);
      this.kinds.set(r, null);
      return row;
    }
    // Tier by stage fills an empty Tier of an adopted open row, so its Tier since dates from its Added.
    const stageTier = opts.adopting && row.memory === null ? tierFromStage(row, this.ctx.settings) : null;
    if (stageTier) {
      extra = { ...extra, tier: stageTier };
      row = parseRow(r, { ...row.raw, tier: stageTier });
    }
    const decision = decideRow({
      row,
      today: this.ctx.today,
      lang: this.ctx.lang,
      settings: this.ctx.settings,
      team: this.ctx.team,
      newId: newRowId,
      edit: opts.edit,
      adopting: opts.adopting,
    });
    let update: RowUpdate = { ...extra, ...decision.update };
    let after = decision.after;
    if (result && after.memory) {
      const memory = encodeMemory({ ...after.memory, result, resultOn: this.ctx.today });
      update = { ...update, memory };
      after = parseRow(r, { ...after.raw, memory });
    }
    decision.messages.forEach((m) => this.messages.push(m));
    if (opts.edit && !opts.edit.singleCell) this.pastedProblems += decision.flags.filter((f) => f.kind === 'invalid').length;
    if (decision.flags.length) this.flagged++;
    this.merge(r, update);
    this.kinds.set(r, primaryFlag(decision.flags)?.kind ?? null);
    this.table.bySheetRow.set(r, after);
    const i = this.position.get(r);
    if (i !== undefined) this.table.rows[i] = after;
    else {
      // A row that just became a customer (a new one): rows stay in sheet order.
      this.table.rows = [...this.table.rows, after].sort((a, b) => a.sheetRow - b.sheetRow);
      this.position.clear();
      this.table.rows.forEach((row, n) => this.position.set(row.sheetRow, n));
    }
    return after;
  }

  private merge(r: number, update: RowUpdate): void {
    if (!Object.keys(update).length) return;
    this.updates.set(r, { ...this.updates.get(r), ...update });
  }

  private paint(): void {
    const rows = [...this.kinds.keys()];
    for (const run of contiguousRuns(rows)) {
      paintRows(this.table.sheet, run[0], run.map((r) => this.kinds.get(r) ?? null), this.table.width, this.table.cols);
    }
  }
}

function withoutAddonColumns(updates: Map<number, RowUpdate>): Map<number, RowUpdate> {
  const out = new Map<number, RowUpdate>();
  for (const [r, update] of updates) {
    const kept: RowUpdate = {};
    for (const key of Object.keys(update) as ColumnKey[]) if (!ADDON_COLUMNS.includes(key)) kept[key] = update[key];
    if (Object.keys(kept).length) out.set(r, kept);
  }
  return out;
}
