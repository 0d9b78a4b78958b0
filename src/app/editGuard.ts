// The Pipeline guard behind onEdit: a thin caller of the Pipeline session on the edited block. Its floor on Google's
// servers: the configuration from the document cache (no read of Settings, Team or the header), one read of the
// edited rows, at most two writes; a bad tier typed into one cell is refused from the event's own values before any
// read. Edits of Settings and Team are answered at once and drop the cached configuration.
import type { ColumnKey } from '../domain/types';
import { COLUMN_KEYS } from '../domain/types';
import { settingKeyOf, settingProblemText } from '../domain/settings';
import { activeProblems } from '../domain/team';
import { allowedTiersText, normalizeTier } from '../domain/tier';
import { cellText } from '../domain/cells';
import { t } from '../i18n';
import { counted } from '../domain/words';
import { isUserError } from '../i18n/errors';
import { loadContext, type DocContext } from './context';
import { withDocumentLock } from './lock';
import { PipelineSession } from './session';
import { rememberMenuLang } from './menuLang';
import { readKeyColumn, toast } from '../sheets/edits';
import { readPipelineHeader, shapeSeen, shapeStillHolds, sheetKindByName, sheetKindOf, type Columns, type PipelineShape } from '../sheets/pipeline';
import { forgetGuardConfig, readGuardConfig, saveGuardConfig, type GuardConfig } from '../sheets/configCache';
import { configOf, contextFromConfig } from '../sheets/context';
import { nameKey } from '../domain/text';

type OnEdit = GoogleAppsScript.Events.SheetsOnEdit;
type Range = GoogleAppsScript.Spreadsheet.Range;

interface Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The edited rectangle from one getA1Notation ('D5', 'D5:F9'); an open span ('D:D') asks the range's own getters. */
function editedBox(range: Range): Box {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(range.getA1Notation());
  if (!m) return { row: range.getRow(), col: range.getColumn(), numRows: range.getNumRows(), numCols: range.getNumColumns() };
  const c1 = columnNumber(m[1]), r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1, r2 = m[4] ? Number(m[4]) : r1;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

export function guardEdit(e: OnEdit): void {
  const cfg = readGuardConfig();
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  const kind = cfg ? sheetKindByName(name, cfg.settings) : sheetKindOf(sheet);
  if (kind === 'settings') {
    forgetGuardConfig();
    return checkSettings(loadContext(e.source), e.range);
  }
  if (kind === 'team') {
    forgetGuardConfig();
    return checkTeam(loadContext(e.source));
  }
  if (kind !== 'pipeline') return;
  const box = editedBox(e.range);
  const shape = cfg?.pipeline && nameKey(cfg.pipeline.name) === nameKey(name) ? cfg.pipeline.shape : null;
  const lastRow = box.row + box.numRows - 1;
  // An edit of the header row (or the titles above it): a renamed or removed column is reported at once (the toast
  // names it and the fix), and the cached columns are dropped.
  if (lastRow <= (shape?.headerRow ?? 1)) {
    forgetGuardConfig();
    return void readPipelineHeader(sheet);
  }
  const ctx = cfg && shape ? contextFromConfig(e.source, cfg) : loadContext(e.source);
  // Only a typed cell carries value/oldValue; a paste carries neither, even into one cell, so its old value is
  // unknown and it must be kept and flagged rather than "put back" as empty.
  const { value, oldValue } = e as { value?: unknown; oldValue?: string };
  const singleCell = box.numRows === 1 && box.numCols === 1 && (value !== undefined || oldValue !== undefined);
  if (shape && singleCell && refusedTier(ctx, e.range, box, shape, value, oldValue)) return;
  const firstRow = Math.max(2, box.row);
  // The nightly run and sidebar saves write under the document lock; waiting for it keeps their batched writes from
  // overwriting this edit's stamps with what they read before it. A busy lock is said; the next beat stamps the edit.
  const done = withDocumentLock(10 * 1000, () => {
    let session = shape ? PipelineSession.blockAt(ctx, sheet, shape, firstRow, lastRow) : null;
    // Columns inserted, deleted or moved without an edit event leave the cache behind: the memory column tells.
    if (!session || shapeStillHolds(session.table) !== true) session = PipelineSession.block(ctx, sheet, firstRow, lastRow);
    const keys = keysInColumns(session.table.cols, box.col, box.numCols);
    if (keys.size) guardRows(ctx, session, keys, singleCell, singleCell ? oldValue : undefined);
    return session;
  });
  if (done.busy) return void toast(ctx.ss, t(ctx.lang, 'app.editWhileBusy'), t(ctx.lang, 'app.name'));
  keepConfig(ctx, cfg, name, done.value);
}

/**
 * A bad tier typed into one cell, refused from the event alone: its old value goes back and the toast names the
 * allowed values. Only where the cell's old value was a tier, so a cached header gone stale (a column inserted since)
 * can never refuse what was typed into another column; anything else takes the reading path.
 */
function refusedTier(ctx: DocContext, range: Range, box: Box, shape: PipelineShape, value: unknown, oldValue: string | undefined): boolean {
  if (box.col !== shape.cols.tier + 1 || box.row <= shape.headerRow) return false;
  if (value === undefined || cellText(String(value)) === '' || normalizeTier(String(value)) !== null) return false;
  if (oldValue === undefined || normalizeTier(oldValue) === null) return false;
  range.setValue(oldValue);
  toast(ctx.ss, t(ctx.lang, 'app.tierRefused', { value: cellText(String(value)), allowed: allowedTiersText(ctx.lang) }), t(ctx.lang, 'app.name'));
  return true;
}

/** After a fresh read (no cache, or a stale one): the configuration as found, for the next edit. */
function keepConfig(ctx: DocContext, cached: GuardConfig | null, name: string, session: PipelineSession): void {
  const shape = shapeSeen(session.table.sheet);
  const cols = session.table.cols;
  if (!shape) return;
  // The memory column appended by this edit: the shape read a moment ago no longer holds.
  if (shape.cols.memory !== cols.memory) return void forgetGuardConfig();
  const next = configOf(ctx, { name, shape }, cached?.rules ?? '');
  if (next) saveGuardConfig(next, cached);
}

/** A problem the person can fix (a renamed column) reaches them as a toast; anything else is Apps Script's to log. */
export function guardEditSafely(e: OnEdit): void {
  try {
    guardEdit(e);
  } catch (err) {
    if (!isUserError(err)) throw err;
    const ctx = loadContext(e.source);
    toast(ctx.ss, t(ctx.lang, err.key, err.params), t(ctx.lang, 'app.name'));
  }
}

function keysInColumns(cols: Columns, firstColumn: number, numColumns: number): Set<ColumnKey> {
  const keys = new Set<ColumnKey>();
  for (const key of COLUMN_KEYS) {
    const c = cols[key] + 1;
    if (c >= 1 && c >= firstColumn && c < firstColumn + numColumns) keys.add(key);
  }
  return keys;
}

function guardRows(ctx: DocContext, session: PipelineSession, keys: Set<ColumnKey>, singleCell: boolean, oldValue: string | undefined): void {
  session.decideAll({ edit: { keys, singleCell, oldValue } });
  const messages = new Set(session.messages);
  if (!singleCell && keys.has('id') && session.reIdPastedCopies()) messages.add(t(ctx.lang, 'app.idCopied'));
  session.commit();
  if (session.pastedProblems) messages.add(counted(ctx.lang, 'app.pasteFlagged', session.pastedProblems));
  if (messages.size) toast(ctx.ss, [...messages].join('\n'), t(ctx.lang, 'app.name'));
}

/** A Team Active value the add-on does not understand is said at once (the rep counts as active meanwhile). */
function checkTeam(ctx: DocContext): void {
  const lines = activeProblems(ctx.team).map((p) => t(ctx.lang, 'app.teamActiveProblem', p));
  if (lines.length) toast(ctx.ss, lines.join('\n'), t(ctx.lang, 'app.name'));
}

/** A manager editing Settings hears at once about a value that cannot be used (the default applies meanwhile). */
function checkSettings(ctx: DocContext, range: GoogleAppsScript.Spreadsheet.Range): void {
  // A changed Language reaches the menu the next time the spreadsheet opens.
  rememberMenuLang(ctx);
  const messages = ctx.settingProblems.map((p) => settingProblemText(p, ctx.lang));
  // A simple trigger may not touch triggers: the nightly run moves itself to the new hour after its next run.
  const hourEdited = readKeyColumn(range).some((k) => settingKeyOf(k) === 'digestHour');
  if (hourEdited && !ctx.settingProblems.some((p) => p.key === 'digestHour')) {
    messages.push(t(ctx.lang, 'app.digestHourEdited', { hour: ctx.settings.digestHour }));
  }
  if (messages.length) toast(ctx.ss, messages.join('\n'), t(ctx.lang, 'app.name'));
}
