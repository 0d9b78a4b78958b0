// The state every service shares: the clock, who is signed in, the current execution's auth mode, the call counter and
// what the user would have seen (toasts, dialogs, mail). The runtime owns one Host; services read and record into it.
import { fail } from './errors';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';
export type CallKind = 'read' | 'write' | 'format' | 'other';

export interface SentMail {
  to: string[];
  cc?: string[];
  bcc?: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  from: string;
  sentAt: Date;
}

export interface MenuRecord {
  name: string;
  items: { caption: string; functionName: string }[];
  addon: boolean;
}

export class Clock {
  private ms: number;
  constructor(start: Date) {
    this.ms = start.getTime();
  }
  now(): Date {
    return new Date(this.ms);
  }
  set(d: Date): void {
    this.ms = d.getTime();
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

export class Host {
  readonly counts: Record<CallKind, number> = { read: 0, write: 0, format: 0, other: 0 };
  authMode: AuthModeName = 'FULL';
  activeUser: string;
  effectiveUser: string;
  readonly outbox: SentMail[] = [];
  readonly toasts: { message: string; title: string }[] = [];
  readonly alerts: { title: string; message: string }[] = [];
  readonly sidebars: { title: string; html: string }[] = [];
  readonly dialogs: { title: string; html: string; modal: boolean }[] = [];
  readonly menus: MenuRecord[] = [];
  readonly logs: string[] = [];
  /** Locks taken by the running execution; released when it ends, as Apps Script does. */
  readonly heldLocks = new Set<string>();
  documentLockHeldElsewhere = false;
  /** False models a run with no active document (an editor add-on's time trigger): no active spreadsheet, no document properties or lock. */
  hasActiveDocument = true;
  /** The manifest's scopes: a call outside them fails as Apps Script's does. */
  oauthScopes: string[] = [];

  requireScope(service: string, method: string, scope: string): void {
    if (!this.oauthScopes.includes(scope)) {
      throw new Error(`Exception: You do not have permission to call ${service}.${method}. Required permissions: ${scope}`);
    }
  }

  constructor(
    readonly clock: Clock,
    user: string,
    effectiveUser: string,
    readonly scriptTimeZone: string,
  ) {
    this.activeUser = user;
    this.effectiveUser = effectiveUser;
  }

  count(kind: CallKind): void {
    this.counts[kind]++;
  }

  /** Refuses a call the current auth mode does not allow, with Apps Script's wording. */
  requireAuth(service: string, method: string, needs: 'LIMITED' | 'FULL' = 'LIMITED'): void {
    const rank = { NONE: 0, LIMITED: 1, FULL: 2 };
    if (rank[this.authMode] < rank[needs]) fail(`You do not have permission to call ${service}.${method}`);
  }

  /** Runs fn as one execution: its auth mode and users, then releases the locks it left held. */
  execute<T>(mode: AuthModeName, users: { active?: string; effective?: string }, fn: () => T): T {
    const saved = { mode: this.authMode, active: this.activeUser, effective: this.effectiveUser, locks: [...this.heldLocks] };
    this.authMode = mode;
    if (users.active !== undefined) this.activeUser = users.active;
    if (users.effective !== undefined) this.effectiveUser = users.effective;
    this.heldLocks.clear();
    try {
      return fn();
    } finally {
      this.authMode = saved.mode;
      this.activeUser = saved.active;
      this.effectiveUser = saved.effective;
      this.heldLocks.clear();
      for (const l of saved.locks) this.heldLocks.add(l);
    }
  }
}

/** Wraps every public method of a class so each call is counted by kind; names starting with '_' are internal. */
export function countCalls(proto: object, kinds: Record<string, CallKind>): void {
  const target = proto as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name.startsWith('_')) continue;
    const original = target[name];
    if (typeof original !== 'function') continue;
    const kind = kinds[name] ?? 'other';
    const counted = function (this: { host: Host }, ...args: unknown[]) {
      this.host.count(kind);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    Object.defineProperty(proto, name, { value: counted, writable: true, configurable: true, enumerable: false });
  }
}
