// Sending the digests: quota first, one manager's failure never stops the others, and what was sent for a date
// is remembered so a double-fired trigger sends nothing twice. Managers the quota could not reach stay pending
// and are sent by the next run.
import type { DateKey } from '../domain/types';
import type { Store } from '../app/store';

export interface OutgoingDigest {
  managerEmail: string;
  subject: string;
  html: string;
  text: string;
}

export interface SendState {
  /** The date whose digests these lists describe. */
  date: DateKey;
  sent: string[];
  /** Not sent yet (quota or failure); retried by the next run. */
  pending: string[];
}

export interface SendOutcome {
  sent: string[];
  skipped: string[];
  quotaLeft: string[];
  failed: { manager: string; error: string }[];
}

const STATE_KEY = 'dc.digestState';

export function readSendState(props: Store): SendState | null {
  const raw = props.getProperty(STATE_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as SendState;
  } catch {
    return null;
  }
}

/**
 * Which managers this run owes a digest: today's managers not yet sent today (all of them when `force`),
 * plus any left pending by an earlier run.
 */
export function managersOwed(today: DateKey, todays: string[], state: SendState | null, force: boolean): string[] {
  const owed = new Set<string>();
  const alreadySent = state && state.date === today && !force ? new Set(state.sent) : new Set<string>();
  for (const m of todays) if (!alreadySent.has(m)) owed.add(m);
  if (state && state.date !== today) for (const m of state.pending) owed.add(m);
  if (state && state.date === today && !force) for (const m of state.pending) owed.add(m);
  return [...owed];
}

export function sendDigests(
  digests: OutgoingDigest[],
  today: DateKey,
  state: SendState | null,
  props: Store,
  senderName: string,
): SendOutcome {
  const outcome: SendOutcome = { sent: [], skipped: [], quotaLeft: [], failed: [] };
  let quota = MailApp.getRemainingDailyQuota();
  for (const d of digests) {
    if (quota < 1) {
      outcome.quotaLeft.push(d.managerEmail);
      continue;
    }
    try {
      MailApp.sendEmail({ to: d.managerEmail, subject: d.subject, body: d.text, htmlBody: d.html, name: senderName });
      outcome.sent.push(d.managerEmail);
      quota--;
    } catch (e) {
      outcome.failed.push({ manager: d.managerEmail, error: e instanceof Error ? e.message : String(e) });
    }
  }
  const sentBefore = state && state.date === today ? state.sent : [];
  const next: SendState = {
    date: today,
    sent: [...new Set([...sentBefore, ...outcome.sent])],
    pending: [...outcome.quotaLeft, ...outcome.failed.map((f) => f.manager)],
  };
  props.setProperty(STATE_KEY, JSON.stringify(next));
  return outcome;
}
