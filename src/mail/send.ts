// Sending the digests: quota first, one manager's failure never stops the others, and what the nightly run sent for
// a date is remembered so a double-fired trigger sends nothing twice. A manager the quota (or a failure) left out is
// owed that day's digest, which the next run sends — for the day it was due, not a later one.
import type { DateKey } from '../domain/types';
import { addDays } from '../domain/calendar';
/** Where the send state is kept (document properties); mail/ only needs these three calls. */
export interface Store {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): void;
  deleteProperty(key: string): void;
}

export interface Owed {
  manager: string;
  /** The day whose digest is owed. */
  date: DateKey;
}

export interface OutgoingDigest extends Owed {
  subject: string;
  html: string;
  text: string;
}

export interface SendState {
  /** The date whose nightly digests `sent` lists. */
  date: DateKey;
  sent: string[];
  /** Not sent yet (quota or failure); the next run sends each for its own date. */
  pending: Owed[];
  /** Digests given up after failing for GIVE_UP_DAYS (address and the day it was given up), the last few kept. */
  givenUp?: { manager: string; on: DateKey }[];
}

/** SPEC "Limits": a digest to an address that keeps failing is given up after 7 days and reported. */
export const GIVE_UP_DAYS = 7;
/** PropertiesService keeps at most 9 KB a value: the state is trimmed (oldest first) well below it. */
export const STATE_MAX_BYTES = 8000;
const GIVEN_UP_KEPT = 20;

export interface SendOutcome {
  /** Managers whose owed digests were dropped this run after failing for GIVE_UP_DAYS. */
  givenUp: string[];
  sent: Owed[];
  quotaLeft: Owed[];
  failed: (Owed & { error: string })[];
  /** Every manager the nightly path has sent today's digest to, this run and earlier ones. */
  sentToday: string[];
}

const STATE_KEY = 'dc.digestState';

export function readSendState(props: Store): SendState | null {
  const raw = props.getProperty(STATE_KEY);
  if (!raw) return null;
  try {
    const state = JSON.parse(raw) as SendState;
    // An entry written as a bare address is owed for the state's own date.
    state.pending = (state.pending ?? []).map((p) => (typeof p === 'string' ? { manager: p, date: state.date } : p));
    state.givenUp = Array.isArray(state.givenUp) ? state.givenUp : [];
    return state;
  } catch {
    return null;
  }
}

const same = (a: Owed, b: Owed) => a.manager === b.manager && a.date === b.date;

/**
 * What this run owes. The nightly run: what earlier runs left pending (each for its date), then today's managers
 * not yet sent today. "Send digest now" (`force`): today's digest to every manager, on top of the nightly one.
 */
export function digestsOwed(today: DateKey, todays: string[], state: SendState | null, force: boolean): Owed[] {
  if (force) return todays.map((manager) => ({ manager, date: today }));
  const oldest = addDays(today, -GIVE_UP_DAYS);
  const owed: Owed[] = (state?.pending ?? []).filter((p) => p.date > oldest);
  const sentToday = new Set(state && state.date === today ? state.sent : []);
  for (const manager of todays) {
    const entry = { manager, date: today };
    if (!sentToday.has(manager) && !owed.some((o) => same(o, entry))) owed.push(entry);
  }
  return owed;
}

export function sendDigests(
  digests: OutgoingDigest[],
  today: DateKey,
  state: SendState | null,
  props: Store,
  senderName: string,
  force: boolean,
): SendOutcome {
  const outcome: SendOutcome = { givenUp: [], sent: [], quotaLeft: [], failed: [], sentToday: [] };
  let quota = MailApp.getRemainingDailyQuota();
  for (const d of digests) {
    const owed = { manager: d.manager, date: d.date };
    if (quota < 1) {
      outcome.quotaLeft.push(owed);
      continue;
    }
    try {
      MailApp.sendEmail({ to: d.manager, subject: d.subject, body: d.text, htmlBody: d.html, name: senderName });
      outcome.sent.push(owed);
      quota--;
    } catch (e) {
      outcome.failed.push({ ...owed, error: e instanceof Error ? e.message : String(e) });
    }
  }
  const sentBefore = state && state.date === today ? state.sent : [];
  // A menu send is extra: it does not stand in for the evening's digest, but it does deliver anything owed for today.
  const nightlySent = force ? [] : outcome.sent.filter((o) => o.date === today).map((o) => o.manager);
  const delivered = (p: Owed) => outcome.sent.some((o) => same(o, p));
  const stillOwed = [...(state?.pending ?? []).filter((p) => !delivered(p) && !digests.some((d) => same(d, p))), ...outcome.quotaLeft, ...outcome.failed.map(({ manager, date }) => ({ manager, date }))];
  const oldest = addDays(today, -GIVE_UP_DAYS);
  const unique = stillOwed.filter((p, i) => stillOwed.findIndex((q) => same(p, q)) === i);
  outcome.givenUp = [...new Set(unique.filter((p) => p.date <= oldest).map((p) => p.manager))];
  const givenUp = [...(state?.givenUp ?? []), ...outcome.givenUp.map((manager) => ({ manager, on: today }))].slice(-GIVEN_UP_KEPT);
  const next: SendState = {
    date: today,
    sent: [...new Set([...sentBefore, ...nightlySent])],
    pending: unique.filter((p) => p.date > oldest),
    givenUp,
  };
  saveSendState(props, next);
  outcome.sentToday = next.sent;
  return outcome;
}

/** Writes the state within PropertiesService's 9 KB a value: the oldest owed and given-up entries go first. */
export function saveSendState(props: Store, state: SendState): void {
  const next = { ...state, pending: [...state.pending], givenUp: [...(state.givenUp ?? [])] };
  let json = JSON.stringify(next);
  while (byteLength(json) > STATE_MAX_BYTES && (next.pending.length || next.givenUp.length)) {
    if (next.givenUp.length) next.givenUp.shift();
    else next.pending.shift();
    json = JSON.stringify(next);
  }
  props.setProperty(STATE_KEY, json);
}

/** Addresses whose digest was given up in the last GIVE_UP_DAYS days: the other managers' digests say so. */
export function recentlyGivenUp(state: SendState | null, today: DateKey): string[] {
  const from = addDays(today, -GIVE_UP_DAYS);
  return [...new Set((state?.givenUp ?? []).filter((g) => g.on > from).map((g) => g.manager))];
}

/** UTF-8 bytes, as PropertiesService counts a value. */
function byteLength(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The mail left today for anything but digests (SPEC "Mail priority"): the quota less the digests still owed today. */
export function quotaAfterDigests(owedDigests: number): number {
  return Math.max(0, MailApp.getRemainingDailyQuota() - owedDigests);
}

/** Sends one rendered message; the error text when it failed ('' when sent). */
export function sendOne(to: string, m: { subject: string; html: string; text: string }, senderName: string): string {
  try {
    MailApp.sendEmail({ to, subject: m.subject, body: m.text, htmlBody: m.html, name: senderName });
    return '';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
