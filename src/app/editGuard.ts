// The Pipeline guard behind onEdit: reads only the edited rows (a constant number of calls whatever the sheet's
// size), decides each row in domain/guard, and writes back only what changed.
import type { ColumnKey, FlagKind, Row } from '../domain/types';
import { COLUMN_KEYS } from '../domain/types';
import { decideEdit, oldValueCell, type RowUpdate } from '../domain/guard';
import { rememberNamedToday } from './namedToday';
import { documentLock, documentStore } from './store';
import { primaryFlag } from '../domain/rules';
import { SETTING_ROWS, settingProblemText } from '../domain/settings';
import { t } from '../i18n';
import { isUserError } from '../i18n/errors';
import { loadContext, type DocContext } from '../sheets/context';
import { SHEET_NAMES, headerKey, matchesName } from '../sheets/headers';
import { isEmptyRow } from '../domain/cells';
import { pipelineColumns, rowFromValues, writeUpdates, type Columns } from '../sheets/pipeline';
import { paintRows } from '../sheets/highlight';
import { CellReader } from '../sheets/values';
import { newRowId } from '../sheets/ids';

type OnEdit = GoogleAppsScript.Events.SheetsOnEdit;

export function guardEdit(e: OnEdit): void {
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  if (matchesName(name, SHEET_NAMES.settings)) return checkSettings(loadContext(e.source), e.range);
  if (!matchesName(name, SHEET_NAMES.pipeline)) return;
  const ctx = loadContext(e.source);
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0].map((v) => String(v));
  let cols: Columns;
  try {
    cols = pipelineColumns(header);
  } catch (err) {
    if (isUserError(err)) return toast(ctx, t(ctx.lang, err.key, err.params));
    throw err;
  }
  const firstRow = Math.max(2, e.range.getRow());
  const lastRow = e.range.getRow() + e.range.getNumRows() - 1;
  if (lastRow < 2) return;
  const editedKeys = keysInColumns(cols, e.range.getColumn(), e.range.getNumColumns());
  if (!editedKeys.size) return;
  // Only a typed cell carries value/oldValue; a paste carries neither, even into one cell, so its old value is
  // unknown and it must be kept and flagged rather than "put back" as empty.
  const { value, oldValue } = e as { value?: unknown; oldValue?: string };
  const typed = e.range.getNumRows() === 1 && e.range.getNumColumns() === 1 && (value !== undefined || oldValue !== undefined);
  // The nightly run and sidebar saves write under the document lock; waiting for it keeps their batched writes from
  // overwriting this edit's stamps with what they read before it.
  const lock = documentLock();
  if (!lock.tryLock(10 * 1000)) return toast(ctx, t(ctx.lang, 'app.editWhileBusy'));
  try {
    guardRows(ctx, sheet, cols, width, firstRow, lastRow, editedKeys, typed, typed ? oldValue : undefined);
  } finally {
    lock.releaseLock();
  }
}

function keysInColumns(cols: Columns, firstColumn: number, numColumns: number): Set<ColumnKey> {
  const keys = new Set<ColumnKey>();
  for (const key of COLUMN_KEYS) {
    const c = cols[key] + 1;
    if (c >= firstColumn && c < firstColumn + numColumns) keys.add(key);
  }
  return keys;
}

function guardRows(
  ctx: DocContext,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  cols: Columns,
  width: number,
  firstRow: number,
  lastRow: number,
  editedKeys: Set<ColumnKey>,
  singleCell: boolean,
  oldValue: string | undefined,
): void {
  const count = lastRow - firstRow + 1;
  const values = sheet.getRange(firstRow, 1, count, width).getValues();
  const tierNotesRange = sheet.getRange(firstRow, cols.tierSince + 1, count, 1);
  const tierNotes = tierNotesRange.getNotes();
  const reader = new CellReader(ctx.timeZone);
  const bySheetRow = new Map<number, Row>();
  const updates = new Map<number, RowUpdate>();
  const kinds: (FlagKind | null)[] = [];
  const messages = new Set<string>();
  let pastedProblems = 0;
  let notesChanged = false;

  values.forEach((cells, i) => {
    const row = rowFromValues(firstRow + i, cells, cols, reader);
    bySheetRow.set(row.sheetRow, row);
    if (isEmptyRow(row)) {
      if (row.flag) updates.set(row.sheetRow, { flag: '' });
      kinds.push(null);
      return;
    }
    const decision = decideEdit({
      row,
      editedKeys,
      singleCell,
      oldValue,
      rememberedTier: String(tierNotes[i][0] ?? ''),
      today: ctx.today,
      lang: ctx.lang,
      settings: ctx.settings,
      team: ctx.team,
      newId: newRowId,
    });
    if (Object.keys(decision.update).length) updates.set(row.sheetRow, decision.update);
    if (decision.rememberTier) {
      tierNotes[i][0] = decision.rememberTier;
      notesChanged = true;
    }
    decision.messages.forEach((m) => messages.add(m));
    if (!singleCell) pastedProblems += decision.flags.filter((f) => f.kind === 'invalid').length;
    kinds.push(primaryFlag(decision.flags)?.kind ?? null);
  });

  if (!singleCell && editedKeys.has('id') && reIdCopiedRows(sheet, cols, firstRow, lastRow, bySheetRow, updates)) {
    messages.add(t(ctx.lang, 'app.idCopied'));
  }
  rememberTypedTargets(ctx, bySheetRow, editedKeys, singleCell, oldValue);
  writeUpdates({ sheet, cols, bySheetRow }, updates, ctx.timeZone);
  if (notesChanged) tierNotesRange.setNotes(tierNotes);
  paintRows(sheet, firstRow, kinds, width, cols);
  if (pastedProblems) messages.add(t(ctx.lang, 'app.pasteFlagged', { count: pastedProblems }));
  if (messages.size) toast(ctx, [...messages].join('\n'));
}

/**
 * A pasted copy of a row carries the original's ID, and two rows with one ID would let a sidebar write land on the
 * wrong customer. The pasted rows (the newcomers) get fresh IDs; the ID column is read in one call.
 */
function reIdCopiedRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  cols: Columns,
  firstRow: number,
  lastRow: number,
  bySheetRow: Map<number, Row>,
  updates: Map<number, RowUpdate>,
): boolean {
  const ids = sheet.getRange(2, cols.id + 1, Math.max(sheet.getLastRow() - 1, 1), 1).getValues().map((r) => String(r[0]).trim());
  const outside = new Set(ids.filter((_, i) => i + 2 < firstRow || i + 2 > lastRow));
  const seenInBlock = new Set<string>();
  let changed = false;
  for (let r = firstRow; r <= lastRow; r++) {
    const row = bySheetRow.get(r);
    const id = row ? row.id.trim() : '';
    if (!row || !id || updates.get(r)?.id !== undefined) continue;
    if (outside.has(id) || seenInBlock.has(id)) {
      updates.set(r, { ...updates.get(r), id: newRowId() });
      changed = true;
    }
    seenInBlock.add(id);
  }
  return changed;
}

/** A target typed over today's (or set to today) still counts as one of today's targets at night. */
function rememberTypedTargets(ctx: DocContext, rows: Map<number, Row>, editedKeys: Set<ColumnKey>, singleCell: boolean, oldValue?: string): void {
  if (!editedKeys.has('target')) return;
  const old = singleCell ? oldValueCell('target', oldValue) : '';
  const wasToday = typeof old === 'object' && old.date === ctx.today;
  const ids = [...rows.values()].filter((r) => r.id && (wasToday || r.target === ctx.today)).map((r) => r.id);
  rememberNamedToday(documentStore(ctx.ss.getId()), ctx.today, ids);
}

/** A manager editing Settings hears at once about a value that cannot be used (the default applies meanwhile). */
function checkSettings(ctx: DocContext, range: GoogleAppsScript.Spreadsheet.Range): void {
  const messages = ctx.settingProblems.map((p) => settingProblemText(p, ctx.lang));
  // A simple trigger may not touch triggers: the nightly run moves itself to the new hour after its next run.
  const hourRow = SETTING_ROWS.find((r) => r.key === 'digestHour') as (typeof SETTING_ROWS)[number];
  const keys = range.getSheet().getRange(range.getRow(), 1, range.getNumRows(), 1).getValues().map((r) => String(r[0]));
  const hourEdited = keys.some((k) => headerKey(k) === headerKey(hourRow.en) || headerKey(k) === headerKey(hourRow.zh));
  if (hourEdited && !ctx.settingProblems.some((p) => p.key === 'digestHour')) {
    messages.push(t(ctx.lang, 'app.digestHourEdited', { hour: ctx.settings.digestHour }));
  }
  if (messages.length) toast(ctx, messages.join('\n'));
}

function toast(ctx: DocContext, message: string): void {
  ctx.ss.toast(message, t(ctx.lang, 'app.name'), 10);
}
