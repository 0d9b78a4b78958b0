// The sidebar's server side. Every endpoint validates its arguments, finds rows by ID under the document lock
// (so a sort or insert meanwhile cannot misdirect a write), checks the caller may write that row, and answers
// with a tagged result in the user's language instead of throwing at the page.
import type { Row, TeamMember } from '../domain/types';
import { TIERS } from '../domain/types';
import { nextWorkingDay } from '../domain/calendar';
import { isEmptyRow, normalizeText, parseRow } from '../domain/cells';
import { unclearedReasons, flagText, primaryFlag } from '../domain/rules';
import { repKey } from '../domain/team';
import { statusLabel } from '../domain/tier';
import { t } from '../i18n';
import { isUserError, UserError } from '../i18n/errors';
import { loadContext, type DocContext } from '../sheets/context';
import { readLog } from '../sheets/logSheet';
import { readPipeline, writeUpdates, type PipelineTable, type RowUpdate } from '../sheets/pipeline';
import { paintRows } from '../sheets/highlight';
import { newRowId } from '../sheets/ids';
import { REASON_CATEGORIES, type RecordResultArgs, type Result, type SetTargetArgs, type SidebarState } from './api';
import { actingRep, identify, mayWrite, pickRep, type Identity } from './identity';
import { buildSidebarState } from './sidebarState';
import { documentLock, documentStore } from '../app/store';
import { rememberNamedToday, rememberResult, rememberTargetsOfToday } from '../app/namedToday';
import { optionalText, requireObject, requireOneOf, requireText } from './validate';

type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Set once a call has written to the sheet, so a later failure never claims that nothing was saved. */
interface Call {
  written: boolean;
}

/** Runs an endpoint: a user-fixable error becomes {ok:false} in their language; anything else is reported too. */
function answer<T>(ss: Ss, body: (ctx: DocContext, call: Call) => T): Result<T> {
  let ctx: DocContext | null = null;
  const call: Call = { written: false };
  try {
    ctx = loadContext(ss);
    return { ok: true, value: body(ctx, call) };
  } catch (e) {
    const lang = ctx ? ctx.lang : 'en';
    const message = isUserError(e) ? t(lang, e.key, e.params) : e instanceof Error ? e.message : String(e);
    if (call.written) return { ok: false, error: t(lang, 'sv.savedButNoRefresh', { message }) };
    if (isUserError(e)) return { ok: false, error: message };
    return { ok: false, error: t(lang, 'sv.unexpected', { message }) };
  }
}

function stateFor(ctx: DocContext, who: Identity, rep: TeamMember | null, table?: PipelineTable): SidebarState {
  const pipeline = table ?? readPipeline(ctx.ss, ctx.timeZone);
  const store = documentStore(ctx.ss.getId());
  const today = rememberTargetsOfToday(store, ctx.today, pipeline.rows);
  return buildSidebarState(ctx, pipeline.rows, readLog(ctx.ss, ctx.timeZone), who, rep, today);
}

function optionalRep(rep: unknown): string | undefined {
  return optionalText(rep, 'rep', 200);
}

export function sidebarLoad(ss: Ss, rep?: unknown): Result<SidebarState> {
  return answer(ss, (ctx) => {
    const requested = optionalRep(rep);
    const who = identify(ctx);
    const acting = who.rep || who.managedReps.length || requested ? actingRep(ctx, who, requested) : null;
    return stateFor(ctx, who, acting);
  });
}

export function sidebarPickRep(ss: Ss, rep: unknown): Result<SidebarState> {
  return answer(ss, (ctx) => {
    pickRep(ctx, requireText(rep, 'rep', 200));
    const who = identify(ctx);
    return stateFor(ctx, who, actingRep(ctx, who));
  });
}

/** Holds the document lock around a write; a busy lock is a clear message, not a lost save. */
function underLock<T>(body: () => T): T {
  const lock = documentLock();
  if (!lock.tryLock(10 * 1000)) throw new UserError('sv.busy');
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}

function findRow(table: PipelineTable, id: string): Row {
  const matches = table.rows.filter((r) => r.id === id);
  if (!matches.length) throw new UserError('sv.rowGone', { id });
  // Never guess between two rows: the next refresh gives the copy a fresh ID.
  if (matches.length > 1) throw new UserError('sv.duplicateId', { id, rows: matches.map((r) => r.sheetRow).join(', ') });
  return matches[0];
}

function authorize(who: Identity, row: Row): void {
  if (!mayWrite(who, row.rep)) throw new UserError('sv.notYourRow', { customer: row.customer, rep: row.rep });
}

/** Writes one row's update plus its recomputed flag and highlight. */
function saveRow(ctx: DocContext, call: Call, table: PipelineTable, row: Row, update: RowUpdate): void {
  call.written = true;
  const after = parseRow(row.sheetRow, { ...row.raw, ...update });
  const flags = unclearedReasons(after, ctx.today, ctx.settings, ctx.team);
  const text = flagText(flags, ctx.lang);
  if (text !== row.flag) update.flag = text;
  writeUpdates(table, new Map([[row.sheetRow, update]]), ctx.timeZone);
  paintRows(table.sheet, row.sheetRow, [primaryFlag(flags)?.kind ?? null], table.width, table.cols);
  table.bySheetRow.set(row.sheetRow, parseRow(row.sheetRow, { ...row.raw, ...update }));
  table.rows = [...table.bySheetRow.values()].filter((r) => !isEmptyRow(r));
}

export function sidebarSetTarget(ss: Ss, rawArgs: unknown): Result<SidebarState> {
  return answer(ss, (ctx, call) => {
    const args = requireObject(rawArgs, 'args') as Partial<SetTargetArgs>;
    const which = requireOneOf(args.which, ['today', 'tomorrow'] as const, 'which');
    const rowId = optionalText(args.rowId, 'rowId', 64);
    const requested = optionalRep(args.rep);
    let newCustomer: { customer: string; tier: (typeof TIERS)[number] } | undefined;
    if (args.newCustomer !== undefined) {
      const nc = requireObject(args.newCustomer, 'newCustomer');
      newCustomer = { customer: requireText(nc.customer, 'customer', 200).trim(), tier: requireOneOf(nc.tier, TIERS, 'tier') };
    }
    if (!rowId === !newCustomer) throw new UserError('sv.badArgs', { what: 'rowId / newCustomer' });
    const date = which === 'today' ? ctx.today : nextWorkingDay(ctx.today, ctx.settings);
    return underLock(() => {
      const who = identify(ctx);
      const rep = actingRep(ctx, who, requested);
      const table = readPipeline(ctx.ss, ctx.timeZone);
      rememberTargetsOfToday(documentStore(ctx.ss.getId()), ctx.today, table.rows);
      if (rowId) {
        const row = findRow(table, rowId);
        authorize(who, row);
        if (row.status !== 'Open') throw new UserError('sv.notOpen', { customer: row.customer });
        saveRow(ctx, call, table, row, { target: { date } });
        if (which === 'today') rememberNamedToday(documentStore(ctx.ss.getId()), ctx.today, [row.id]);
      } else if (newCustomer) {
        const dup = table.rows.find(
          (r) => r.status === 'Open' && repKey(r.rep) === repKey(rep.rep) && normalizeText(r.customer) === normalizeText(newCustomer!.customer),
        );
        if (dup) throw new UserError('sv.duplicate', { customer: dup.customer, row: dup.sheetRow });
        // A manager who is not a rep must say whose customer this is: never a guess from Team's order.
        if (!who.rep && requested === undefined) throw new UserError('sv.sayWhichRep');
        const id = addRow(ctx, call, table, rep, newCustomer.customer, newCustomer.tier, date);
        if (which === 'today') rememberNamedToday(documentStore(ctx.ss.getId()), ctx.today, [id]);
      }
      return stateFor(ctx, who, rep, table);
    });
  });
}

function addRow(
  ctx: DocContext, call: Call, table: PipelineTable, rep: TeamMember, customer: string, tier: (typeof TIERS)[number], target: string,
): string {
  const sheetRow = table.lastRow + 1;
  if (sheetRow > table.sheet.getMaxRows()) table.sheet.insertRowsAfter(table.sheet.getMaxRows(), 1);
  const blank: Row = parseRow(sheetRow, { id: '', rep: '', customer: '', tier: '', status: '', target: '', nextStep: '', lastContact: '', visits: '', reason: '', tierSince: '', added: '', closed: '', flag: '' });
  table.bySheetRow.set(sheetRow, blank);
  table.lastRow = sheetRow;
  const today = { date: ctx.today };
  const id = newRowId();
  saveRow(ctx, call, table, blank, {
    id, rep: rep.rep, customer, tier, status: statusLabel('Open', ctx.lang), target: { date: target },
    nextStep: '', lastContact: '', visits: 0, reason: '', tierSince: today, added: today, closed: '',
  });
  // Tier since remembers which tier it dates, as the edit guard does.
  table.sheet.getRange(sheetRow, table.cols.tierSince + 1).setNote(tier);
  return id;
}

export function sidebarRecordResult(ss: Ss, rawArgs: unknown): Result<SidebarState> {
  return answer(ss, (ctx, call) => {
    const args = requireObject(rawArgs, 'args') as Partial<RecordResultArgs>;
    const rowId = requireText(args.rowId, 'rowId', 64);
    const outcome = requireOneOf(args.outcome, ['signed', 'notSigned', 'dropped'] as const, 'outcome');
    const reasonText = (optionalText(args.reasonText, 'reasonText', 500) ?? '').trim();
    const nextStep = (optionalText(args.nextStep, 'nextStep', 500) ?? '').trim();
    const category = args.reasonCategory === undefined ? undefined : requireOneOf(args.reasonCategory, REASON_CATEGORIES, 'reasonCategory');
    if (outcome !== 'signed' && !category) throw new UserError('sv.needReason');
    if (outcome === 'notSigned' && !nextStep) throw new UserError('sv.needNextStep');
    return underLock(() => {
      const who = identify(ctx);
      const table = readPipeline(ctx.ss, ctx.timeZone);
      const store = documentStore(ctx.ss.getId());
      const day = rememberTargetsOfToday(store, ctx.today, table.rows);
      const row = findRow(table, rowId);
      authorize(who, row);
      if (row.status !== 'Open') throw new UserError('sv.notOpen', { customer: row.customer });
      const today = { date: ctx.today };
      // Changing today's result (not signed this morning, signed this afternoon) is not another visit.
      const changing = day.results[row.id] !== undefined;
      const update: RowUpdate = { lastContact: today, visits: (row.visits ?? 0) + (changing ? 0 : 1) };
      if (nextStep) update.nextStep = nextStep;
      if (category) {
        const label = t(ctx.lang, `sv.reason.${category}`);
        update.reason = reasonText ? `${label}${ctx.lang === 'zh' ? '：' : ': '}${reasonText}` : label;
      }
      if (outcome === 'signed') {
        update.status = statusLabel('Signed', ctx.lang);
        update.closed = today;
      } else if (outcome === 'dropped') {
        update.status = statusLabel('Dropped', ctx.lang);
        update.closed = today;
      }
      saveRow(ctx, call, table, row, update);
      rememberResult(store, ctx.today, row.id, outcome);
      const own = who.rep !== null && repKey(who.rep.rep) === repKey(row.rep);
      const rep = actingRep(ctx, who, own ? undefined : row.rep);
      return stateFor(ctx, who, rep, table);
    });
  });
}

export function sidebarSelectRow(ss: Ss, rawId: unknown): Result<number> {
  return answer(ss, (ctx) => {
    const id = requireText(rawId, 'rowId', 64);
    const table = readPipeline(ctx.ss, ctx.timeZone);
    const row = findRow(table, id);
    authorize(identify(ctx), row);
    table.sheet.activate();
    table.sheet.getRange(row.sheetRow, 1, 1, table.width).activate();
    return row.sheetRow;
  });
}
