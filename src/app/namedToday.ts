// Which rows were named as today's target today. The Target date column alone forgets a target that was not
// signed and moved to tomorrow; this per-document record keeps it counted (and shown as not signed) until the night.
import type { DateKey, Row } from '../domain/types';
import type { Store } from './store';

const KEY = 'dc.namedToday';

interface Named {
  date: DateKey;
  ids: string[];
}

export function namedToday(store: Store, today: DateKey): string[] {
  const raw = store.getProperty(KEY);
  if (!raw) return [];
  try {
    const named = JSON.parse(raw) as Named;
    return named.date === today && Array.isArray(named.ids) ? named.ids : [];
  } catch {
    return [];
  }
}

/** Adds IDs to today's record; a record from an earlier day is replaced, so it never grows past one day. */
export function rememberNamedToday(store: Store, today: DateKey, ids: string[]): void {
  if (!ids.length) return;
  const current = namedToday(store, today);
  const next = [...new Set([...current, ...ids])];
  if (next.length !== current.length) store.setProperty(KEY, JSON.stringify({ date: today, ids: next }));
}

/** Every row whose Target date is today right now: called whenever the pipeline is read, before anything moves. */
export function rememberTargetsOfToday(store: Store, today: DateKey, rows: Row[]): string[] {
  rememberNamedToday(store, today, rows.filter((r) => r.target === today && r.id).map((r) => r.id));
  return namedToday(store, today);
}
