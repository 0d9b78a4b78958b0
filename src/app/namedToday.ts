// What happened to today's targets, kept for the day in per-document state. The Target date column alone forgets a
// target that was not signed and moved to tomorrow, and cannot say whether a result was recorded today; this record
// keeps both until the night.
import type { DateKey, Row } from '../domain/types';
import type { Store } from './store';

const KEY = 'dc.namedToday';

export type Outcome = 'signed' | 'notSigned' | 'dropped';

interface TodayRecord {
  date: DateKey;
  ids: string[];
  results: Record<string, Outcome>;
}

function read(store: Store, today: DateKey): TodayRecord {
  const empty: TodayRecord = { date: today, ids: [], results: {} };
  const raw = store.getProperty(KEY);
  if (!raw) return empty;
  try {
    const record = JSON.parse(raw) as Partial<TodayRecord>;
    if (record.date !== today || !Array.isArray(record.ids)) return empty;
    return { date: today, ids: record.ids, results: record.results && typeof record.results === 'object' ? record.results : {} };
  } catch {
    return empty;
  }
}

/** A record from an earlier day is replaced, so it never grows past one day. */
function write(store: Store, record: TodayRecord): void {
  store.setProperty(KEY, JSON.stringify(record));
}

export function resultsToday(store: Store, today: DateKey): Record<string, Outcome> {
  return read(store, today).results;
}

/** Today's targets as the day remembers them: which rows were named, and the results recorded for them. */
export interface TodaysTargets {
  named: ReadonlySet<string>;
  results: Readonly<Record<string, Outcome>>;
}

export function rememberNamedToday(store: Store, today: DateKey, ids: string[]): TodayRecord {
  const record = read(store, today);
  const next = [...new Set([...record.ids, ...ids])];
  if (next.length === record.ids.length) return record;
  const updated = { ...record, ids: next };
  write(store, updated);
  return updated;
}

export function rememberResult(store: Store, today: DateKey, id: string, outcome: Outcome): void {
  const record = read(store, today);
  write(store, { ...record, ids: [...new Set([...record.ids, id])], results: { ...record.results, [id]: outcome } });
}

/**
 * Adds every row whose Target date is today right now (called whenever the pipeline is read, before anything can
 * move) and answers with the day's record.
 */
export function rememberTargetsOfToday(store: Store, today: DateKey, rows: Row[]): TodaysTargets {
  const record = rememberNamedToday(store, today, rows.filter((r) => r.target === today && r.id).map((r) => r.id));
  return { named: new Set(record.ids), results: record.results };
}
