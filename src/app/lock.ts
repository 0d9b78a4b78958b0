// The one lock helper: every entry point that writes the Pipeline or sends mail holds the document lock, so a sort, a
// sidebar save and the nightly run never write over each other. A busy lock is never silently dropped: the caller gets
// {busy: true} and decides (a toast, a message, a job left for the next beat with its reason recorded).
import { documentLock } from './store';

export type Locked<T> = { busy: false; value: T } | { busy: true };

/** Runs body under the document lock, waiting up to waitMs; releases it whatever happens. */
export function withDocumentLock<T>(waitMs: number, body: () => T): Locked<T> {
  const lock = documentLock();
  if (!lock.tryLock(waitMs)) return { busy: true };
  try {
    return { busy: false, value: body() };
  } finally {
    lock.releaseLock();
  }
}
