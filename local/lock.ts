// LockService. Executions here are sequential, so contention comes only from runtime.holdDocumentLock(true); a wait
// for a held lock lets the clock run for the whole timeout, as a real wait would.
import { fail } from './errors';
import { countCalls, countObject, Host } from './host';
import type { Mirror } from './types';

export class LocalLock implements Mirror<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  private held = false;
  constructor(readonly host: Host, private readonly key: string) {}
  private _heldElsewhere(): boolean {
    return this.key === 'document' && this.host.documentLockHeldElsewhere;
  }
  tryLock(timeoutInMillis: number): boolean {
    if (this.held) return true;
    if (this._heldElsewhere()) {
      this.host.clock.advance(Math.max(0, timeoutInMillis));
      return false;
    }
    this.held = true;
    this.host.heldLocks.add(this.key);
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) fail('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    this.held = false;
    this.host.heldLocks.delete(this.key);
  }
  /** False once the execution that took it has ended, since Apps Script releases locks then. */
  hasLock(): boolean {
    return this.held && this.host.heldLocks.has(this.key);
  }
}

countCalls(LocalLock.prototype, 'Lock', { kind: 'lock' });

export function createLockService(host: Host) {
  return countObject(host, 'LockService', {
    getDocumentLock: () => (host.hasActiveDocument ? new LocalLock(host, 'document') : (null as unknown as LocalLock)),
    getScriptLock: () => new LocalLock(host, 'script'),
    getUserLock: () => new LocalLock(host, `user:${host.effectiveUser}`),
  }, { kind: 'lock' });
}
