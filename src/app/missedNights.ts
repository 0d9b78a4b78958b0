// Nights the heartbeat could not run at all (a lock held all evening, an error every beat): kept until a run record
// has shown them to the manager — a day is never silently lost.
import type { DateKey } from '../domain/types';
import type { Store } from './store';

/** Days whose nightly run was missed, kept (the last 7) until a run record shows them to the manager. */
const MISSED_KEY = 'dc.missedNights';

export function rememberMissedNight(store: Store, date: DateKey, why: string): void {
  let list: { date: DateKey; why: string }[];
  try {
    list = JSON.parse(store.getProperty(MISSED_KEY) ?? '[]') as { date: DateKey; why: string }[];
  } catch {
    list = [];
  }
  store.setProperty(MISSED_KEY, JSON.stringify([...list.filter((m) => m.date !== date), { date, why: why.slice(0, 300) }].slice(-7)));
}

/** The missed nights not yet reported; reading them hands them over to the run record. */
export function takeMissedNights(store: Store): { date: DateKey; why: string }[] {
  try {
    const list = JSON.parse(store.getProperty(MISSED_KEY) ?? '[]') as { date: DateKey; why: string }[];
    if (list.length) store.deleteProperty(MISSED_KEY);
    return list;
  } catch {
    return [];
  }
}

