// The hourly heartbeat (SPEC "Heartbeat"): each beat notices what changed without an edit event (the Pipeline session
// stamps it with the day it noticed) and runs the jobs due at that hour in the spreadsheet's zone — and any job of
// today that a busy lock, the quota or an error left undone. A job is never silently skipped: it is done at a later
// beat the same day, or its record says why not.
import type { DateKey } from '../domain/types';
import { t } from '../i18n';
import { isUserError } from '../i18n/errors';
import { loadContext, type DocContext } from './context';
import { documentStore, type Store } from './store';
import { withDocumentLock } from './lock';
import { rememberMissedNight } from './missedNights';
import { refreshFlags } from './refresh';
import { runNightly, type RunRecord } from './nightly';
import { clockIn, hourIn } from '../sheets/context';
import { isWorkingDay } from '../domain/calendar';
import { morningMail, orgInput, postMorningList, reminderMail, sendOrgMail } from './org';
import { writeRunRecord } from '../sheets/pipeline';

export type JobName = 'morning' | 'reminder' | 'nightly';

export interface JobState {
  /** skipped: its window passed before any beat could run it (the record says why: turned on late, a day of errors). */
  state: 'done' | 'deferred' | 'failed' | 'skipped';
  /** "HH:mm" of the beat that last touched it. */
  at: string;
  /** Why it is not done yet (in the sheet's language). */
  why?: string;
  /** Mail jobs: who has had this job's message today ("kind:address"), so no beat sends it twice. */
  sent?: string[];
  /** The team chat post of this job went out. */
  chat?: boolean;
}

export interface JobsRecord {
  date: DateKey;
  jobs: Partial<Record<JobName, JobState>>;
}

const JOBS_KEY = 'dc.jobs';

/** Today's job record; an earlier day's is replaced, so it never grows past one day. */
export function readJobs(store: Store, today: DateKey, onMissed?: (date: DateKey, why: string) => void): JobsRecord {
  try {
    const raw = store.getProperty(JOBS_KEY);
    const rec = raw ? (JSON.parse(raw) as JobsRecord) : null;
    if (rec && rec.date === today && rec.jobs && typeof rec.jobs === 'object') return rec;
    // An earlier day whose nightly run never got done (a lock held all evening, an error every beat) is not forgotten.
    const nightly = rec?.jobs?.nightly;
    if (rec && rec.date < today && nightly && nightly.state !== 'done' && onMissed) onMissed(rec.date, nightly.why ?? '—');
  } catch {
    // An unreadable record is a fresh day: every job due runs.
  }
  return { date: today, jobs: {} };
}

function saveJobs(store: Store, rec: JobsRecord): void {
  store.setProperty(JOBS_KEY, JSON.stringify(rec));
}

/**
 * The jobs due at this hour (and after it, until done): on working days the morning meeting's mail from Morning hour
 * and the reminder from Reminder hour; every day the nightly run from Digest hour (it also sends digests still owed).
 */
export function dueJobs(ctx: DocContext, hour: number, rec: JobsRecord): JobName[] {
  const due: JobName[] = [];
  const open = (job: JobName) => rec.jobs[job]?.state !== 'done' && rec.jobs[job]?.state !== 'skipped';
  const working = isWorkingDay(ctx.today, ctx.settings);
  // The morning meeting's mail is for the morning: from the reminder hour on it would only be noise.
  if (working && hour >= ctx.settings.morningHour && hour < Math.min(ctx.settings.reminderHour, ctx.settings.digestHour) && open('morning')) due.push('morning');
  if (working && ctx.settings.remindReps && hour >= ctx.settings.reminderHour && hour < ctx.settings.digestHour && open('reminder')) due.push('reminder');
  if (hour >= ctx.settings.digestHour && open('nightly')) due.push('nightly');
  return due;
}

/** A mail job whose window passed unrun is recorded as skipped, with why — never silently. */
function markMissed(ctx: DocContext, hour: number, rec: JobsRecord, at: string): boolean {
  if (!isWorkingDay(ctx.today, ctx.settings)) return false;
  const missed = (job: JobName, until: number, wanted: boolean): boolean => {
    const state = rec.jobs[job]?.state;
    if (!wanted || hour < until || state === 'done' || state === 'skipped') return false;
    const why = rec.jobs[job]?.why;
    rec.jobs[job] = { ...rec.jobs[job], state: 'skipped', at, why: t(ctx.lang, 'org.record.tooLate', { why: why ?? '—' }) };
    return true;
  };
  const morning = missed('morning', Math.min(ctx.settings.reminderHour, ctx.settings.digestHour), true);
  const reminder = missed('reminder', ctx.settings.digestHour, ctx.settings.remindReps);
  return morning || reminder;
}

/** The morning's or the reminder's mail under the lock, from the sheet as it is now; what is left waits for a beat. */
function runMailJob(ctx: DocContext, job: 'morning' | 'reminder', prev: JobState | undefined, nightlyDone: boolean, at: string): JobState {
  const done = withDocumentLock(30 * 1000, (): JobState => {
    const { table } = refreshFlags(ctx);
    const input = orgInput(ctx, table);
    const mail = job === 'morning' ? morningMail(ctx, input) : reminderMail(ctx, input);
    const result = sendOrgMail(ctx, mail, prev?.sent ?? [], nightlyDone);
    let chat = prev?.chat === true;
    const errors = [...result.errors];
    if (job === 'morning' && !chat) {
      const failure = postMorningList(ctx, input);
      chat = true;
      if (failure) errors.push(t(ctx.lang, 'org.chat.postFailed', { detail: failure }));
    }
    const why = errors.length ? errors.join(' ') : undefined;
    return { state: result.left ? 'deferred' : 'done', at, why, sent: result.sent, chat };
  });
  return done.busy ? { ...(prev ?? {}), state: 'deferred', at, why: t(ctx.lang, 'app.runBusy') } : done.value;
}

export interface BeatResult {
  ran: JobName[];
  deferred: JobName[];
  refreshed: boolean;
}

export function runHeartbeat(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): BeatResult {
  const ctx = loadContext(ss);
  const store = documentStore(ss.getId());
  const rec = readJobs(store, ctx.today, (date, why) => {
    rememberMissedNight(store, date, why);
    writeRunRecord(ss, t(ctx.lang, 'app.nightMissed', { date, why }));
  });
  const at = clockIn(ctx.timeZone);
  const result: BeatResult = { ran: [], deferred: [], refreshed: false };
  const hour = hourIn(ctx.timeZone);
  // Written only when a window passed: a beat with nothing to record costs no property write.
  if (markMissed(ctx, hour, rec, at)) saveJobs(store, rec);
  for (const job of dueJobs(ctx, hour, rec)) {
    let state: JobState;
    try {
      if (job === 'nightly') {
        const record: RunRecord = runNightly(ss, 'nightly', ctx);
        state = record.busy ? { state: 'deferred', at, why: t(ctx.lang, 'app.runBusy') } : { state: 'done', at };
      } else {
        state = runMailJob(ctx, job, rec.jobs[job], rec.jobs.nightly?.state === 'done', at);
      }
    } catch (e) {
      // Recorded for the next beat to retry, then thrown so Apps Script tells the trigger's owner too.
      rec.jobs[job] = { state: 'failed', at, why: isUserError(e) ? t(ctx.lang, e.key, e.params) : e instanceof Error ? e.message : String(e) };
      saveJobs(store, rec);
      throw e;
    }
    rec.jobs[job] = state;
    saveJobs(store, rec);
    if (state.state === 'done') result.ran.push(job);
    else {
      result.deferred.push(job);
      if (job === 'nightly') writeRunRecord(ss, t(ctx.lang, 'app.jobDeferred', { at, why: state.why ?? '' }));
    }
  }
  // A beat with no job still reads the sheet: changes made by another tool are stamped within the hour.
  if (!result.ran.length && !result.deferred.length) {
    const done = withDocumentLock(30 * 1000, () => refreshFlags(ctx));
    result.refreshed = !done.busy;
  }
  return result;
}
