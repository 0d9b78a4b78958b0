// The one path every Pipeline row change takes (STYLE "One path for a Pipeline row"): a typed edit, a paste, Refresh,
// a sidebar save, the nightly run and a heartbeat noticing a change that came without an edit event. It reads the edited
// block or the whole sheet once, lets domain/decide settle each row, and writes values and the add-on's memory of each
// row once. Colours need no write: the sheet's conditional-format rules (sheets/highlight) follow the flag kind the
// memory carries.
import type { ColumnKey, Outcome, Row } from '../domain/types';
import { PROTECTED_COLUMNS } from '../domain/types';
import { isEmptyRow, parseRow } from '../domain/cells';
import { decideRow, type EditFacts, type RowUpdate } from '../domain/decide';
import { decodeMemory, encodeMemory } from '../domain/memory';
import { asBaseline, needsReadoption, tierFromStage } from '../domain/adopt';
import { t } from '../i18n';
import type { DocContext } from './context';
import {
  addMemoryColumn, ensureRow, firstFreeRow, readIds, readPipeline, readPipelineBlock, readPipelineBlockAt, readPipelineColumns,
  readPipelineLayout, readPipelineRepRows, readPipelineRows, requireSheet, rowsWithId, type PipelineShape, type PipelineTable,
} from '../sheets/pipeline';
import { writeUpdates } from '../sheets/pipelineWrites';
import { newRowId } from '../sheets/ids';
import { repKey } from '../domain/team';

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
  readonly messages: string[] = [];
  /** Problems in pasted cells (kept and flagged, not refused). */
  pastedProblems = 0;
  flagged = 0;

  /** Where each sheet row sits in table.rows, so deciding a row is O(1), not a scan of 50,000 rows. */
  private readonly position = new Map<number, number>();

  private constructor(
    readonly ctx: DocContext, public table: PipelineTable, private readonly whole: boolean, private readonly readOnly = false,
    /** Gives a later row carrying an ID already seen in this session a fresh one (a copy): a whole read, or a rep's rows. */
    private readonly findsCopies = whole,
  ) {
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

  /** The same block where a known shape says the columns are (the edit guard's cached header): one read. */
  static blockAt(ctx: DocContext, sheet: Sheet, shape: PipelineShape, firstRow: number, lastRow: number): PipelineSession {
    return new PipelineSession(ctx, readPipelineBlockAt(sheet, shape, firstRow, lastRow, ctx.timeZone), false);
  }

  /**
   * The rows holding an ID, read alone (the header's first rows; Sheets finds the ID in its column; then those rows): a
   * save by ID writes one row whatever the sheet's size. `rows` are every sheet row with the ID. Deciding the session
   * gives every later copy a fresh ID, as a whole read does, so the first row keeps it: the original.
   */
  static byId(ctx: DocContext, id: string): { session: PipelineSession; rows: number[] } {
    const sheet = requireSheet(ctx.ss, 'pipeline');
    const layout = readPipelineLayout(sheet);
    const shape: PipelineShape = { headerRow: layout.headerRow, cols: layout.cols, width: layout.width };
    const rows = rowsWithId(sheet, shape, id, layout.lastRow);
    return { session: new PipelineSession(ctx, readPipelineRows(sheet, layout, rows, ctx.timeZone), false, false, true), rows };
  }

  /**
   * The rows of some reps, for the sidebar (sheets/pipeline readPipelineRepRows: the Rep column, then those rows in a
   * read per run): decided and written like any session, so what the page shows is the sheet as it stands. A sheet
   * without the memory column yet is read whole, where the column is added.
   */
  static ofReps(ctx: DocContext, reps: readonly string[]): PipelineSession {
    const sheet = requireSheet(ctx.ss, 'pipeline');
    const layout = readPipelineLayout(sheet);
    if (layout.cols.memory < 0) return PipelineSession.whole(ctx);
    return new PipelineSession(ctx, readPipelineRepRows(sheet, layout, new Set(reps.map(repKey)), repKey, ctx.timeZone), false, false, true);
  }

  /**
   * Only the columns a page shows, in one read of the smallest block of whole columns holding them: for showing the
   * sheet as it is, never for deciding (the other columns read as empty), so such a session cannot decide or commit.
   */
  static columns(ctx: DocContext, keys: readonly ColumnKey[]): PipelineSession {
    return new PipelineSession(ctx, readPipelineColumns(ctx.ss, keys, ctx.timeZone), true, true);
  }

  /** Rows with anything in them, as they will be after this session's decisions. */
  get rows(): Row[] {
    return this.table.rows;
  }

  /** Decided changes not yet written. */
  get pending(): boolean {
    return this.updates.size > 0;
  }

  get hasMemoryColumn(): boolean {
    return this.table.cols.memory >= 0;
  }

  /** Every row in the session (empty ones included) decided: stamps, memory, flag, highlight. */
  decideAll(opts: DecideOptions = {}): void {
    this.writable();
    // Rows present before the add-on kept memory (its first run on a sheet) are adopted: closed ones are history.
    const adopting = opts.adopting ?? (this.whole && !this.hasMemoryColumn);
    if (!this.hasMemoryColumn) this.table = addMemoryColumn(this.table, t(this.ctx.lang, 'col.memory'));
    opts = { ...opts, adopting };
    const seenIds = new Set<string>();
    for (let r = this.firstRow; r <= this.table.lastRow; r++) {
      const row = this.table.bySheetRow.get(r);
      if (!row) continue;
      // A copied ID is replaced on the later row, so a sidebar write by ID never meets two rows.
      const fresh = this.findsCopies && row.id !== '' && seenIds.has(row.id) ? newRowId() : '';
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

  /**
   * Writes every decided change (values, memory, flags) in batched calls. A run that may not write the add-on's
   * columns leaves the flag and memory (so the colour) to the next beat.
   */
  commit(opts: CommitOptions = {}): number {
    this.writable();
    const updates = opts.repColumnsOnly ? withoutAddonColumns(this.updates) : this.updates;
    writeUpdates(this.table, updates, this.ctx.timeZone, opts.repColumnsOnly ? PROTECTED_COLUMNS : []);
    return updates.size;
  }

  private writable(): void {
    if (this.readOnly) throw new Error('A session of some columns only shows the sheet: it cannot decide or write.');
  }

  private get firstRow(): number {
    let first = Infinity;
    for (const r of this.table.bySheetRow.keys()) first = Math.min(first, r);
    return first === Infinity ? 2 : first;
  }

  private decide(row: Row, opts: DecideOptions, extra: RowUpdate, result?: Outcome): Row {
    const r = row.sheetRow;
    if (isEmptyRow(row)) {
      // An emptied row keeps no flag, nor the kind its colour came from.
      const cleared: RowUpdate = { ...extra };
      if (row.flag) cleared.flag = '';
      if (row.memory?.flag) cleared.memory = encodeMemory({ ...row.memory, flag: undefined });
      this.merge(r, cleared);
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
}

function withoutAddonColumns(updates: Map<number, RowUpdate>): Map<number, RowUpdate> {
  const out = new Map<number, RowUpdate>();
  for (const [r, update] of updates) {
    const kept: RowUpdate = {};
    for (const key of Object.keys(update) as ColumnKey[]) {
      if (!PROTECTED_COLUMNS.includes(key)) kept[key] = update[key];
    }
    // A new row's Added cannot be written here: its memory says it is owed, and the next run that may write it (a beat,
    // the manager's Refresh) stamps it with the day it notices (domain/decide; a blank Tier since is stamped anyway).
    const memory = typeof kept.memory === 'string' ? decodeMemory(kept.memory) : null;
    if (memory && update.added !== undefined && !memory.history) {
      kept.memory = encodeMemory({ ...memory, owed: true });
    }
    if (Object.keys(kept).length) out.set(r, kept);
  }
  return out;
}
