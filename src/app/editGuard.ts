// The Pipeline guard behind onEdit: a thin caller of the Pipeline session on the edited block (a constant number of
// calls whatever the sheet's size). Settings edits are answered at once.
import type { ColumnKey } from '../domain/types';
import { COLUMN_KEYS } from '../domain/types';
import { settingKeyOf, settingProblemText } from '../domain/settings';
import { activeProblems } from '../domain/team';
import { t } from '../i18n';
import { isUserError } from '../i18n/errors';
import { loadContext, type DocContext } from './context';
import { withDocumentLock } from './lock';
import { PipelineSession } from './session';
import { readKeyColumn, toast } from '../sheets/edits';
import { readPipelineHeader, sheetKindOf } from '../sheets/pipeline';
import type { Columns } from '../sheets/pipeline';


type OnEdit = GoogleAppsScript.Events.SheetsOnEdit;

export function guardEdit(e: OnEdit): void {
  const kind = sheetKindOf(e.range.getSheet());
  if (kind === 'settings') return checkSettings(loadContext(e.source), e.range);
  if (kind === 'team') return checkTeam(loadContext(e.source));
  if (kind !== 'pipeline') return;
  const firstRow = Math.max(2, e.range.getRow());
  const lastRow = e.range.getRow() + e.range.getNumRows() - 1;
  // An edit of the header row: a renamed or removed column is reported at once (the toast names it and the fix).
  if (lastRow < 2) return void readPipelineHeader(e.range.getSheet());
  const ctx = loadContext(e.source);
  // Only a typed cell carries value/oldValue; a paste carries neither, even into one cell, so its old value is
  // unknown and it must be kept and flagged rather than "put back" as empty.
  const { value, oldValue } = e as { value?: unknown; oldValue?: string };
  const singleCell = e.range.getNumRows() === 1 && e.range.getNumColumns() === 1 && (value !== undefined || oldValue !== undefined);
  // The nightly run and sidebar saves write under the document lock; waiting for it keeps their batched writes from
  // overwriting this edit's stamps with what they read before it. A busy lock is said; the next beat stamps the edit.
  const done = withDocumentLock(10 * 1000, () => {
    const session = PipelineSession.block(ctx, e.range.getSheet(), firstRow, lastRow);
    const keys = keysInColumns(session.table.cols, e.range.getColumn(), e.range.getNumColumns());
    if (keys.size) guardRows(ctx, session, keys, singleCell, singleCell ? oldValue : undefined);
  });
  if (done.busy) toast(ctx.ss, t(ctx.lang, 'app.editWhileBusy'), t(ctx.lang, 'app.name'));
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
  if (session.pastedProblems) messages.add(t(ctx.lang, 'app.pasteFlagged', { count: session.pastedProblems }));
  if (messages.size) toast(ctx.ss, [...messages].join('\n'), t(ctx.lang, 'app.name'));
}

/** A Team Active value the add-on does not understand is said at once (the rep counts as active meanwhile). */
function checkTeam(ctx: DocContext): void {
  const lines = activeProblems(ctx.team).map((p) => t(ctx.lang, 'app.teamActiveProblem', p));
  if (lines.length) toast(ctx.ss, lines.join('\n'), t(ctx.lang, 'app.name'));
}

/** A manager editing Settings hears at once about a value that cannot be used (the default applies meanwhile). */
function checkSettings(ctx: DocContext, range: GoogleAppsScript.Spreadsheet.Range): void {
  const messages = ctx.settingProblems.map((p) => settingProblemText(p, ctx.lang));
  // A simple trigger may not touch triggers: the nightly run moves itself to the new hour after its next run.
  const hourEdited = readKeyColumn(range).some((k) => settingKeyOf(k) === 'digestHour');
  if (hourEdited && !ctx.settingProblems.some((p) => p.key === 'digestHour')) {
    messages.push(t(ctx.lang, 'app.digestHourEdited', { hour: ctx.settings.digestHour }));
  }
  if (messages.length) toast(ctx.ss, messages.join('\n'), t(ctx.lang, 'app.name'));
}
