// The sidebar's server side. Every endpoint validates its arguments, finds rows by ID under the document lock (so a
// sort or insert meanwhile cannot misdirect a write), checks the caller may write that row, saves through the Pipeline
// session, and answers with a tagged result whose error is a code the page translates.
import type { DateKey, Row, TeamMember, Tier } from '../domain/types';
import { OUTCOMES, TIERS } from '../domain/types';
import { nextWorkingDay } from '../domain/calendar';
import { normalizeText } from '../domain/cells';
import { repKey } from '../domain/team';
import { statusLabel } from '../domain/tier';
import { TEXT_LIMITS } from '../domain/limits';
import { isPush } from '../domain/decide';
import { isTodaysTarget } from '../domain/day';
import { dayLabel } from '../domain/words';
import { t } from '../i18n';
import { isUserError, UserError } from '../i18n/errors';
import {
  REASON_CATEGORIES, type ErrorInfo, type NewCustomer, type RecordResultArgs, type Result, type SetTargetArgs, type SidebarPatch, type SidebarState,
} from '../contract/sidebar';
import { loadContext, type DocContext } from './context';
import { actingRep, identify, mayWrite, pickRep, type Identity } from './identity';
import { buildSidebarState, toSidebarCustomer } from './sidebarState';
import { withDocumentLock } from './lock';
import { PipelineSession } from './session';
import { addOnColumnsProtectedFor } from './protection';
import { readRecentLog } from '../sheets/logSheet';
import { hourIn } from '../sheets/context';
import { selectRow } from '../sheets/pipeline';
import { optionalText, requireObject, requireOneOf, requireText } from './validate';

type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Set once a call has written to the sheet, so a later failure never claims that nothing was saved. */
interface Call {
  written: boolean;
}

/**
 * A failure as the rep should read it: Apps Script's own errors ("Exception: Lock timeout…", "Service Spreadsheets timed
 * out…") become plain words in their language; the raw text travels as `detail` for the page's "Details".
 */
function errorInfo(e: unknown): ErrorInfo {
  if (isUserError(e)) return { code: e.key, params: e.params };
  const detail = e instanceof Error ? e.message : String(e);
  if (/lock/i.test(detail) && /time ?out|timed out/i.test(detail)) return { code: 'sv.busy', params: { detail } };
  if (/timed? ?out|unavailable|service error|try again later|Service \w+ failed/i.test(detail)) return { code: 'sv.sheetsSlow', params: { detail } };
  return { code: 'sv.unexpected', params: { detail } };
}

/** Runs an endpoint: every failure becomes {ok:false, error:{code, params}}; nothing is thrown at the page. */
function answer<T>(ss: Ss, body: (ctx: DocContext, call: Call) => T): Result<T> {
  const call: Call = { written: false };
  try {
    return { ok: true, value: body(loadContext(ss), call) };
  } catch (e) {
    const error = errorInfo(e);
    if (call.written) return { ok: false, error: { code: 'sv.savedButNoRefresh', params: {}, cause: error } };
    return { ok: false, error };
  }
}

function stateFor(ctx: DocContext, session: PipelineSession | null, who: Identity, rep: TeamMember | null): SidebarState {
  const rows = session ? session.rows : [];
  return buildSidebarState(ctx, rows, rep ? readRecentLog(ctx.ss, ctx.timeZone, ctx.today) : [], who, rep, hourIn(ctx.timeZone));
}

/** A save's answer: the rows it wrote, as the sidebar shows them (contract SidebarPatch). */
function patchOf(ctx: DocContext, row: Row): SidebarPatch {
  return { patch: true, rep: row.rep, today: ctx.today, rows: [toSidebarCustomer(row, ctx, nextWorkingDay(ctx.today, ctx.settings))] };
}

/** Writes what a session decided, if anything; the protections are looked at only when there is something to write. */
function commit(ctx: DocContext, session: PipelineSession): void {
  if (session.pending) session.commit({ repColumnsOnly: addOnColumnsProtectedFor(ctx) });
}

/**
 * Reads the rows the page shows fresh (truth from the sheet): the acting rep's rows, and a manager's reps' for the
 * overview — the Rep column, then those rows (PipelineSession.ofReps), never the whole sheet. A change that came
 * without an edit event is stamped now, and a row without an ID gets one, under the lock, before the page can list it.
 * Those stamps are the add-on's bookkeeping, not the rep's save: a refusal after them still says that nothing of the
 * rep's was saved.
 */
function freshSession(ctx: DocContext, reps: readonly string[]): PipelineSession | null {
  if (!reps.length) return null;
  const session = PipelineSession.ofReps(ctx, reps);
  session.decideAll();
  commit(ctx, session);
  return session;
}

/** The reps whose rows a load needs: whom the page acts for, and a manager's reps for the overview. */
function repsShown(who: Identity, acting: TeamMember | null): string[] {
  return [...(acting ? [acting.rep] : []), ...who.managedReps.map((m) => m.rep)];
}

/**
 * The one row holding an ID, read alone and decided as it stands (PipelineSession.byId: Sheets finds the ID, then
 * that row is read): a save writes that row whatever the sheet's size. A copy made by a script or an import (a later
 * row with the same ID) gets its own ID here, as any run gives it, and the save lands on the original.
 */
function rowById(ctx: DocContext, id: string, who: Identity): { session: PipelineSession; row: Row } {
  const { session, rows } = PipelineSession.byId(ctx, id);
  session.decideAll();
  const row = session.rows.find((r) => r.id === id.trim());
  if (!row) throw new UserError('sv.rowGone', { id });
  if (rows.length > 1 && !mayWrite(who, row.rep)) {
    // The caller meant a copy (one of their rows carried another rep's ID): the copies get their own IDs now, and the
    // page is asked to load again rather than guess which row was meant.
    commit(ctx, session);
    throw new UserError('sv.duplicateId', { id, rows: rows.join(', ') });
  }
  return { session, row };
}

function underLock<T>(body: () => T): T {
  const done = withDocumentLock(10 * 1000, body);
  if (done.busy) throw new UserError('sv.busy');
  return done.value;
}

function optionalRep(rep: unknown): string | undefined {
  return optionalText(rep, 'rep', 200);
}

export function sidebarLoad(ss: Ss, rep?: unknown): Result<SidebarState> {
  return answer(ss, (ctx) => {
    const requested = optionalRep(rep);
    const who = identify(ctx);
    const acting = who.rep || who.managedReps.length || requested ? actingRep(ctx, who, requested) : null;
    return underLock(() => stateFor(ctx, freshSession(ctx, repsShown(who, acting)), who, acting));
  });
}

export function sidebarPickRep(ss: Ss, rep: unknown): Result<SidebarState> {
  return answer(ss, (ctx) => {
    pickRep(ctx, requireText(rep, 'rep', 200));
    const who = identify(ctx);
    const acting = actingRep(ctx, who);
    return underLock(() => stateFor(ctx, freshSession(ctx, repsShown(who, acting)), who, acting));
  });
}

function authorize(who: Identity, row: Row): void {
  if (!mayWrite(who, row.rep)) throw new UserError('sv.notYourRow', { customer: row.customer, rep: row.rep });
}

/** Text a rep typed, within its stated limit (SPEC "Limits"); a longer one is refused naming the field and the limit. */
function limitedText(v: unknown, field: keyof typeof TEXT_LIMITS, required: boolean): string {
  if (v !== undefined && v !== null && typeof v !== 'string') throw new UserError('sv.badArgs', { what: field });
  const text = typeof v === 'string' ? v.trim() : '';
  if (text.length > TEXT_LIMITS[field]) throw new UserError(`sv.tooLong.${field}`, { limit: TEXT_LIMITS[field], length: text.length });
  if (required && !text) throw new UserError('sv.badArgs', { what: field });
  return text;
}

/** A save from a page of another day (left open past midnight) is refused: nothing lands on a day the rep did not see. */
function sameDay(ctx: DocContext, asOf: unknown): void {
  if (asOf === undefined) return;
  const day = requireText(asOf, 'asOf', 10);
  if (day !== ctx.today) throw new UserError('sv.dayChanged', { day: dayLabel(ctx.lang, ctx.today) });
}

export function sidebarSetTarget(ss: Ss, rawArgs: unknown): Result<SidebarPatch> {
  return answer(ss, (ctx, call) => {
    const args = requireObject(rawArgs, 'args') as Partial<SetTargetArgs>;
    sameDay(ctx, args.asOf);
    const which = requireOneOf(args.which, ['today', 'tomorrow'] as const, 'which');
    const rowId = optionalText(args.rowId, 'rowId', 64);
    const requested = optionalRep(args.rep);
    let newCustomer: { customer: string; tier: Tier } | undefined;
    if (args.newCustomer !== undefined) {
      const nc = requireObject(args.newCustomer, 'newCustomer');
      newCustomer = { customer: limitedText(nc.customer, 'customer', true), tier: requireOneOf(nc.tier, TIERS, 'tier') };
    }
    if (!rowId === !newCustomer) throw new UserError('sv.badArgs', { what: 'rowId / newCustomer' });
    if (args.carryOver !== undefined && typeof args.carryOver !== 'boolean') throw new UserError('sv.badArgs', { what: 'carryOver' });
    const carryReason = limitedText(args.reason, 'reasonText', false);
    const date = which === 'today' ? ctx.today : nextWorkingDay(ctx.today, ctx.settings);
    return underLock(() => {
      const who = identify(ctx);
      const rep = actingRep(ctx, who, requested);
      let session: PipelineSession;
      let written: Row;
      if (rowId) {
        const found = rowById(ctx, rowId, who);
        session = found.session;
        authorize(who, found.row);
        if (found.row.status !== 'Open') throw new UserError('sv.notOpen', { customer: found.row.customer });
        written = moveTarget(ctx, session, found.row, date, args.carryOver === true ? carryReason : null);
      } else {
        const name = (newCustomer as NewCustomer).customer;
        // A manager who is not a rep must say whose customer this is: never a guess from Team's order.
        if (!who.rep && requested === undefined) throw new UserError('sv.sayWhichRep');
        session = PipelineSession.ofReps(ctx, [rep.rep]);
        session.decideAll();
        const dup = session.rows.find((r) => r.status === 'Open' && repKey(r.rep) === repKey(rep.rep) && normalizeText(r.customer) === normalizeText(name));
        if (dup) throw new UserError('sv.duplicate', { customer: dup.customer, row: dup.sheetRow });
        written = session.addRow({ rep: rep.rep, customer: name, tier: (newCustomer as NewCustomer).tier, status: statusLabel('Open', ctx.lang), target: { date }, visits: 0 });
      }
      call.written = true;
      commit(ctx, session);
      return patchOf(ctx, written);
    });
  });
}

/**
 * Puts a row's target on a day. Moving today's target (or a passed one) on without a result today is a push (SPEC
 * "Carry-over"): the sidebar makes it only as an explicit carry-over with a reason, which goes to Reason. decide.ts
 * counts the push, as it counts one typed in the sheet, and a carried-over target of today stays today's, not signed.
 */
function moveTarget(ctx: DocContext, session: PipelineSession, row: Row, date: DateKey, carryReason: string | null): Row {
  const memory = row.memory;
  if (!memory || !isPush(memory.target, date, ctx.today, memory.resultOn)) return session.change(row, { target: { date } });
  const day = dayLabel(ctx.lang, date);
  if (carryReason === null) throw new UserError('sv.carryOverNeeded', { customer: row.customer, day });
  if (!carryReason) throw new UserError('sv.carryOverNeedsReason', { customer: row.customer, day });
  const reason = `${t(ctx.lang, 'sv.carriedOver')}${ctx.lang === 'zh' ? '：' : ': '}${carryReason}`;
  return session.change(row, { target: { date }, reason }, isTodaysTarget(row, ctx.today) ? 'notSigned' : undefined);
}

export function sidebarRecordResult(ss: Ss, rawArgs: unknown): Result<SidebarPatch> {
  return answer(ss, (ctx, call) => {
    const args = requireObject(rawArgs, 'args') as Partial<RecordResultArgs>;
    sameDay(ctx, args.asOf);
    const rowId = requireText(args.rowId, 'rowId', 64);
    const outcome = requireOneOf(args.outcome, OUTCOMES, 'outcome');
    const reasonText = limitedText(args.reasonText, 'reasonText', false);
    const nextStep = limitedText(args.nextStep, 'nextStep', false);
    const category = args.reasonCategory === undefined ? undefined : requireOneOf(args.reasonCategory, REASON_CATEGORIES, 'reasonCategory');
    if (outcome !== 'signed' && !category) throw new UserError('sv.needReason');
    if (outcome === 'notSigned' && !nextStep) throw new UserError('sv.needNextStep');
    return underLock(() => {
      const who = identify(ctx);
      const { session, row } = rowById(ctx, rowId, who);
      authorize(who, row);
      if (row.status !== 'Open') throw new UserError('sv.notOpen', { customer: row.customer });
      const today = { date: ctx.today };
      // Changing today's result (not signed this morning, signed this afternoon) is not another visit.
      const changing = row.memory?.resultOn === ctx.today;
      const update: Parameters<PipelineSession['change']>[1] = { lastContact: today, visits: (row.visits ?? 0) + (changing ? 0 : 1) };
      if (nextStep) update.nextStep = nextStep;
      if (category) {
        const label = t(ctx.lang, `sv.reason.${category}`);
        update.reason = reasonText ? `${label}${ctx.lang === 'zh' ? '：' : ': '}${reasonText}` : label;
      }
      if (outcome === 'signed') update.status = statusLabel('Signed', ctx.lang);
      if (outcome === 'dropped') update.status = statusLabel('Dropped', ctx.lang);
      if (outcome !== 'notSigned') update.closed = today;
      const written = session.change(row, update, outcome);
      call.written = true;
      commit(ctx, session);
      return patchOf(ctx, written);
    });
  });
}

export function sidebarSelectRow(ss: Ss, rawId: unknown): Result<number> {
  return answer(ss, (ctx) => {
    const id = requireText(rawId, 'rowId', 64);
    const who = identify(ctx);
    const { session, row } = underLock(() => rowById(ctx, id, who));
    authorize(who, row);
    if (!selectRow(session.table, row.sheetRow)) throw new UserError('sv.rowHidden', { customer: row.customer, row: row.sheetRow });
    return row.sheetRow;
  });
}
