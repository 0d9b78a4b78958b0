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
import { refreshFlags } from './refresh';
import { runNightly, type RunRecord } from './nightly';
import { clockIn, hourIn } from '../sheets/context';
import { writeRunRecord } from '../sheets/pipeline';

export type JobName = 'nightly';

export interface JobState {
  state: 'done' | 'deferred' | 'failed';
  /** "HH:mm" of the beat that last touched it. */
  at: string;
  /** Why it is not done yet (in the sheet's language). */
  why?: string;
}

export interface JobsRecord {
  date: DateKey;
  jobs: Partial<Record<JobName, JobState>>;
}

const JOBS_KEY = 'dc.jobs';

/** Today's job record; an earlier day's is replaced, so it never grows past one day. */
export function readJobs(store: Store, today: DateKey): JobsRecord {
  try {
    const raw = store.getProperty(JOBS_KEY);
    const rec = raw ? (JSON.parse(raw) as JobsRecord) : null;
    if (rec && rec.date === today && rec.jobs && typeof rec.jobs === 'object') return rec;
  } catch {
    // An unreadable record is a fresh day: every job due runs.
  }
  return { date: today, jobs: {} };
}

function saveJobs(store: Store, rec: JobsRecord): void {
  store.setProperty(JOBS_KEY, JSON.stringify(rec));
}

/** The jobs due at this hour (and after it, until done): the nightly run from Digest hour on. */
export function dueJobs(ctx: DocContext, hour: number, rec: JobsRecord): JobName[] {
  const due: JobName[] = [];
  if (hour >= ctx.settings.digestHour && rec.jobs.nightly?.state !== 'done') due.push('nightly');
  return due;
}

export interface BeatResult {
  ran: JobName[];
  deferred: JobName[];
  refreshed: boolean;
}

export function runHeartbeat(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): BeatResult {
  const ctx = loadContext(ss);
  const store = documentStore(ss.getId());
  const rec = readJobs(store, ctx.today);
  const at = clockIn(ctx.timeZone);
  const result: BeatResult = { ran: [], deferred: [], refreshed: false };
  for (const job of dueJobs(ctx, hourIn(ctx.timeZone), rec)) {
    let state: JobState;
    try {
      const record: RunRecord = runNightly(ss, 'nightly');
      state = record.busy ? { state: 'deferred', at, why: t(ctx.lang, 'app.runBusy') } : { state: 'done', at };
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
      writeRunRecord(ss, t(ctx.lang, 'app.jobDeferred', { at, why: state.why ?? '' }));
    }
  }
  // A beat with no job still reads the sheet: changes made by another tool are stamped within the hour.
  if (!result.ran.length && !result.deferred.length) {
    const done = withDocumentLock(30 * 1000, () => refreshFlags(ctx));
    result.refreshed = !done.busy;
  }
  return result;
}
