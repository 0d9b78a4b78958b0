// The nightly run (and "Send digest now"): under the document lock, refresh every flag, write the Daily Log for
// the date, then send each manager their digest. It leaves a record of what it did where a manager can see it.
import type { DateKey } from '../domain/types';
import { addDays, isWorkingDay, nextWorkingDay } from '../domain/calendar';
import { dayLabel } from '../domain/words';
import { activeRepNames, dailyLogRows, repDay, type DailyLogRow } from '../domain/summary';
import { postToChat } from './chat';
import { buildDigest, managersToNotify } from '../domain/digest';
import { renderDigest } from '../mail/render';
import { digestsOwed, readSendState, recentlyGivenUp, sendDigests, type OutgoingDigest, type SendOutcome } from '../mail/send';
import { t } from '../i18n';
import { isUserError } from '../i18n/errors';
import { loadContext, type DocContext } from './context';
import { readRecentLog, writeLogForDate } from '../sheets/logSheet';
import { hasSheet, writeRunRecord, type PipelineTable } from '../sheets/pipeline';
import { setupSheets } from '../sheets/setup';
import { refreshFlags } from './refresh';
import { documentStore } from './store';
import { withDocumentLock } from './lock';
import { takeMissedNights } from './missedNights';
import { dashboardErrors } from './dashboard';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RunRecord {
  at: string;
  date: DateKey;
  trigger: 'nightly' | 'menu';
  rowsSeen: number;
  flagged: number;
  logRows: number;
  /** Sent by this run, each with the day it is for. */
  sent: { manager: string; date: DateKey }[];
  /** Every manager the nightly digest for `date` has reached so far (this run and earlier ones). */
  sentToday: string[];
  pending: { manager: string; date: DateKey }[];
  failed: { manager: string; date: DateKey; error: string }[];
  errors: string[];
  /** True when another execution held the lock and this run did nothing (the heartbeat runs it again). */
  busy?: boolean;
}

export function runNightly(ss: Spreadsheet, trigger: 'nightly' | 'menu', ctx: DocContext = loadContext(ss)): RunRecord {
  const done = withDocumentLock(30 * 1000, () => nightlyUnderLock(ctx, trigger));
  if (!done.busy) return done.value;
  // Never silently dropped: the caller (menu, heartbeat) hears it, and the Daily Log's note says so.
  const record = { ...emptyRecord(ctx, trigger, [t(ctx.lang, 'app.runBusy')]), busy: true };
  saveRecord(ctx, record);
  return record;
}

function nightlyUnderLock(ctx: DocContext, trigger: RunRecord['trigger']): RunRecord {
  const ss = ctx.ss;
  const record = emptyRecord(ctx, trigger, ctx.settingProblems.length ? [t(ctx.lang, 'app.settingsProblems', { count: ctx.settingProblems.length })] : []);
  // Nights the heartbeat could not run (say so until a manager has seen it on this record).
  if (trigger === 'nightly') takeMissedNights(documentStore(ctx.ss.getId())).forEach((m) => record.errors.push(t(ctx.lang, 'app.nightMissed', m)));
  try {
    const { table, rowsSeen, flagged } = refreshFlags(ctx);
    record.rowsSeen = rowsSeen;
    record.flagged = flagged;
    let log: DailyLogRow[];
    if (!hasSheet(ss, 'log')) {
      // The pipeline's memory was deleted: start it again rather than stop every manager's digest.
      setupSheets(ss, ctx.lang);
      record.errors.push(t(ctx.lang, 'app.logRecreated'));
    }
    if (isWorkingDay(ctx.today, ctx.settings)) {
      const rows = dailyLogRows(table.rows, ctx.team, ctx.today, ctx.settings, ctx.lang);
      log = writeLogForDate(ss, ctx.timeZone, ctx.today, rows).filter((r) => r.date >= addDays(ctx.today, -45));
      record.logRows = rows.length;
    } else {
      log = readRecentLog(ss, ctx.timeZone, ctx.today);
    }
    record.errors.push(...dashboardErrors(ctx, table.rows, log));
    const outcome = sendOwedDigests(ctx, table, log, trigger === 'menu');
    record.sent = outcome.sent;
    record.sentToday = outcome.sentToday;
    record.pending = outcome.quotaLeft;
    record.failed = outcome.failed;
    outcome.givenUp.forEach((manager) => record.errors.push(t(ctx.lang, 'app.record.givenUp', { manager, days: 7 })));
    if (trigger === 'nightly') {
      const failure = postNightlySummary(ctx, table);
      if (failure) record.errors.push(t(ctx.lang, 'org.chat.postFailed', { detail: failure }));
    }
    return saveRecord(ctx, record);
  } catch (e) {
    // The manager sees why the run stopped on the Daily Log; the error still fails the run so Apps Script reports it.
    record.errors.push(isUserError(e) ? t(ctx.lang, e.key, e.params) : e instanceof Error ? e.message : String(e));
    saveRecord(ctx, record);
    throw e;
  }
}

/**
 * One manager's digest for `date`: today (with the day's record of targets and results), or a day whose digest the
 * quota left owed, sent for that day.
 */
export function digestFor(
  ctx: DocContext, table: PipelineTable, log: DailyLogRow[], managerEmail: string, date = ctx.today, sheet = sheetFacts(ctx, table),
  undelivered: string[] = [],
): OutgoingDigest {
  const model = buildDigest({
    lang: ctx.lang,
    teamName: sheet.name,
    managerEmail,
    sheetUrl: sheet.url,
    pipelineGid: sheet.gid,
    today: date,
    settings: ctx.settings,
    team: ctx.team,
    rows: table.rows,
    log: log.filter((l) => l.date <= date),
    sentLate: date !== ctx.today,
    undelivered: undelivered.filter((m) => m !== managerEmail),
  });
  return { manager: managerEmail, date, ...renderDigest(model) };
}

/** The nightly summary for the team's chat group: the date and the figures the digest's subject carries. */
function postNightlySummary(ctx: DocContext, table: PipelineTable): string | null {
  const days = activeRepNames(ctx.team).map((rep) => repDay(table.rows, rep, ctx.today, ctx.settings, ctx.team));
  const targets = days.flatMap((d) => d.todayTargets);
  return postToChat(ctx, {
    lang: ctx.lang,
    title: t(ctx.lang, 'org.chat.nightly', {
      team: sheetFacts(ctx, table).name, date: ctx.today,
      signed: targets.filter((r) => r.status === 'Signed').length, named: targets.length,
      today: days.reduce((n, d) => n + d.signed, 0),
      without: days.filter((d) => d.tomorrowTargets.length === 0).length,
      next: dayLabel(ctx.lang, nextWorkingDay(ctx.today, ctx.settings)),
    }),
    lines: days.filter((d) => d.tomorrowTargets.length === 0).map((d) => ({ text: d.rep, strong: true })),
  });
}

const factsRead = new WeakMap<PipelineTable, { name: string; url: string; gid: number }>();

/** The spreadsheet's name, URL and the Pipeline's gid: read once per run, not once per manager. */
export function sheetFacts(ctx: DocContext, table: PipelineTable): { name: string; url: string; gid: number } {
  let facts = factsRead.get(table);
  if (!facts) factsRead.set(table, (facts = { name: ctx.ss.getName(), url: ctx.ss.getUrl(), gid: table.sheet.getSheetId() }));
  return facts;
}

function sendOwedDigests(ctx: DocContext, table: PipelineTable, log: DailyLogRow[], force: boolean): SendOutcome {
  const props = documentStore(ctx.ss.getId());
  const managers = managersToNotify(ctx.team);
  const state = readSendState(props);
  // A manager who no longer has active reps is owed nothing, not even a digest left over from an earlier day.
  if (state) state.pending = state.pending.filter((p) => managers.includes(p.manager));
  const todays = isWorkingDay(ctx.today, ctx.settings) || force ? managers : [];
  const owed = digestsOwed(ctx.today, todays, state, force);
  const sentToday = state && state.date === ctx.today ? state.sent : [];
  if (!owed.length) return { givenUp: [], sent: [], quotaLeft: [], failed: [], sentToday };
  const facts = sheetFacts(ctx, table);
  const undelivered = recentlyGivenUp(state, ctx.today);
  const digests = owed.map((o) => digestFor(ctx, table, log, o.manager, o.date, facts, undelivered));
  return sendDigests(digests, ctx.today, state, props, t(ctx.lang, 'app.name'), force);
}

function emptyRecord(ctx: DocContext, trigger: RunRecord['trigger'], errors: string[]): RunRecord {
  return {
    at: Utilities.formatDate(new Date(), ctx.timeZone, 'yyyy-MM-dd HH:mm'),
    date: ctx.today,
    trigger,
    rowsSeen: 0,
    flagged: 0,
    logRows: 0,
    sent: [],
    sentToday: [],
    pending: [],
    failed: [],
    errors,
  };
}

export function recordText(r: RunRecord, lang: DocContext['lang']): string {
  // "manager (for 11-27)" where a run sent or owes a digest for another day than its own.
  const who = (o: { manager: string; date: DateKey }) => (o.date === r.date ? o.manager : t(lang, 'app.record.forDate', { manager: o.manager, date: o.date }));
  const lines = [
    t(lang, 'app.record.line', { at: r.at, rows: r.rowsSeen, flagged: r.flagged, logRows: r.logRows }),
    t(lang, 'app.record.sent', { list: r.sent.map(who).join(', ') || '—' }),
  ];
  const earlier = r.sentToday.filter((m) => !r.sent.some((o) => o.manager === m && o.date === r.date));
  if (earlier.length) lines.push(t(lang, 'app.record.sentEarlier', { list: earlier.join(', ') }));
  if (r.pending.length) lines.push(t(lang, 'app.record.pending', { list: r.pending.map(who).join(', ') }));
  r.failed.forEach((f) => lines.push(t(lang, 'app.record.failed', { manager: who(f), error: f.error })));
  r.errors.forEach((e) => lines.push(e));
  return lines.join('\n');
}

/** Kept as a note on the Daily Log's first cell, where a manager can read it. */
function saveRecord(ctx: DocContext, record: RunRecord): RunRecord {
  writeRunRecord(ctx.ss, recordText(record, ctx.lang));
  return record;
}
