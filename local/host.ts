// The state every service shares: the clock, who is signed in, the current execution's auth mode, the call counter and
// what the user would have seen (toasts, dialogs, mail). The runtime owns one Host; services read and record into it.
import { fail } from './errors';
import type { AuthModeName, CallKind, CallRecord, CellCounts, MethodKind, MethodStats } from './types';

export type { AuthModeName, CallKind, CallRecord, CellCounts, MethodKind, MethodStats } from './types';

export const METHOD_KINDS: readonly MethodKind[] = [
  'read', 'write', 'format', 'other', 'meta', 'properties', 'cache', 'lock', 'session', 'mail', 'urlfetch', 'script', 'utilities', 'ui', 'log',
];

/** The call log keeps the first calls since the last reset; counts go on past it. */
export const CALL_LOG_LIMIT = 200_000;

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

function zeroKinds(): Record<MethodKind, number> {
  return Object.fromEntries(METHOD_KINDS.map((k) => [k, 0])) as Record<MethodKind, number>;
}

/** Every counted service call: by the old four Spreadsheet kinds, by method, by kind, and the cells moved. */
export class CallCounter {
  readonly legacy: Record<CallKind, number> = { read: 0, write: 0, format: 0, other: 0 };
  readonly methods = new Map<string, MethodStats>();
  kinds: Record<MethodKind, number> = zeroKinds();
  readonly cells: CellCounts = { read: 0, written: 0 };
  // The log as parallel arrays (cheap to append); records() turns it into objects.
  private readonly logMethod: MethodStats[] = [];
  private readonly logName: string[] = [];
  private readonly logRead: number[] = [];
  private readonly logWritten: number[] = [];
  private readonly logExecution: number[] = [];
  /** >0 while a counted call runs: what it does through other public methods is part of that one call. */
  depth = 0;
  /** The execution running now (Host.execute numbers them); 0 outside any. */
  execution = 0;

  record(method: string, kind: MethodKind, legacy: CallKind | null, read: number, written: number): void {
    if (legacy) this.legacy[legacy]++;
    this.kinds[kind]++;
    let stats = this.methods.get(method);
    if (!stats) this.methods.set(method, (stats = { kind, calls: 0, cells: { read: 0, written: 0 } }));
    stats.calls++;
    if (read || written) {
      this.cells.read += read;
      this.cells.written += written;
      stats.cells.read += read;
      stats.cells.written += written;
    }
    if (this.logName.length < CALL_LOG_LIMIT) {
      this.logMethod.push(stats);
      this.logName.push(method);
      this.logRead.push(read);
      this.logWritten.push(written);
      this.logExecution.push(this.execution);
    }
  }

  /** The calls in order, as records (the first CALL_LOG_LIMIT since the last reset). */
  records(): CallRecord[] {
    return this.logName.map((method, i) => ({
      method, kind: this.logMethod[i].kind, cells: { read: this.logRead[i], written: this.logWritten[i] }, execution: this.logExecution[i],
    }));
  }

  reset(): void {
    for (const k of Object.keys(this.legacy) as CallKind[]) this.legacy[k] = 0;
    this.methods.clear();
    this.kinds = zeroKinds();
    this.cells.read = 0;
    this.cells.written = 0;
    this.logMethod.length = 0;
    this.logName.length = 0;
    this.logRead.length = 0;
    this.logWritten.length = 0;
    this.logExecution.length = 0;
  }
}

export class Host {
  readonly calls = new CallCounter();
  /** Executions started so far (each bundle call, trigger or google.script.run request is one). */
  private executions = 0;
  /** The four-kind Spreadsheet counts (the object runtime.counts() copies). */
  readonly counts: Record<CallKind, number> = this.calls.legacy;
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
  /** Buttons the person will press at the next alerts, in order (runtime.answerNextAlert). */
  readonly alertAnswers: string[] = [];
  /** What the person will type (and press) at the next prompts, in order (runtime.answerNextPrompt). */
  readonly promptAnswers: { text: string; button: string }[] = [];
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

  /** Counts one Spreadsheet call of a kind (kept for callers of the four-kind count). */
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
    const saved = { mode: this.authMode, active: this.activeUser, effective: this.effectiveUser, locks: [...this.heldLocks], execution: this.calls.execution };
    this.calls.execution = ++this.executions;
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
      this.calls.execution = saved.execution;
    }
  }
}

/** How one class's (or service object's) public methods are counted. */
export interface CountingSpec {
  /**
   * The old four-kind Spreadsheet count (runtime.counts()): methods not listed are 'other'. Leave it out for
   * services outside SpreadsheetApp, which that count never included.
   */
  legacy?: Record<string, CallKind>;
  /** Each method's kind in the call log; a method not listed takes its legacy kind, else `kind`. */
  kinds?: Record<string, MethodKind>;
  kind?: MethodKind;
  /** The cells a call reads or writes, from its receiver and arguments. */
  cells?: Record<string, (self: unknown, args: unknown[]) => Partial<CellCounts>>;
}

function countedFunction(
  original: (...a: unknown[]) => unknown, hostOf: (self: unknown) => Host, method: string, name: string, spec: CountingSpec,
): (...a: unknown[]) => unknown {
  const legacy = spec.legacy ? spec.legacy[name] ?? 'other' : null;
  const kind: MethodKind = spec.kinds?.[name] ?? legacy ?? spec.kind ?? 'other';
  const cellsOf = spec.cells?.[name];
  return function (this: unknown, ...args: unknown[]) {
    const calls = hostOf(this).calls;
    if (calls.depth > 0) return original.apply(this, args);
    if (cellsOf) {
      const moved = cellsOf(this, args);
      calls.record(method, kind, legacy, moved.read ?? 0, moved.written ?? 0);
    } else {
      calls.record(method, kind, legacy, 0, 0);
    }
    calls.depth++;
    try {
      return original.apply(this, args);
    } finally {
      calls.depth--;
    }
  };
}

/**
 * Wraps every public method of a class so each call is counted as `<service>.<method>`; names starting with '_' are
 * internal. Instances must carry the runtime's Host as `host`.
 */
export function countCalls(proto: object, service: string, spec: CountingSpec = {}): void {
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name.startsWith('_')) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (!desc || typeof desc.value !== 'function') continue;
    const counted = countedFunction(desc.value, (self) => (self as { host: Host }).host, `${service}.${name}`, name, spec);
    Object.defineProperty(proto, name, { value: counted, writable: true, configurable: true, enumerable: false });
  }
}

/** The same for a service made as a plain object (PropertiesService, Session, …): its function properties are wrapped. */
export function countObject<T extends object>(host: Host, service: string, obj: T, spec: CountingSpec = {}): T {
  const target = obj as Record<string, unknown>;
  for (const name of Object.keys(obj)) {
    const fn = target[name];
    if (typeof fn !== 'function' || name.startsWith('_')) continue;
    target[name] = countedFunction(fn as (...a: unknown[]) => unknown, () => host, `${service}.${name}`, name, spec);
  }
  return obj;
}
