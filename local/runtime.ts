// LocalRuntime: one bound spreadsheet with every Apps Script service the add-on uses, the person at the keyboard, the
// clock, and what they would have seen. Tests, the demo and the benchmark drive the add-on through it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createCacheService } from './cache';
import { createCharts } from './charts';
import { Clock, Host, AuthModeName, SentMail, MenuRecord, METHOD_KINDS } from './host';
import type { CallRecord, CellCounts, MethodKind, MethodStats } from './host';
import { createHtmlService } from './html';
import { loadScript, LoadedScript } from './loader';
import { createLockService } from './lock';
import { createMailApp, MailState } from './mail';
import { createPropertiesService } from './properties';
import { createScriptApp, LocalTrigger } from './script';
import { createLogger, createSession, createUtilities } from './session';
import { LocalSpreadsheet } from './spreadsheet';
import { LocalSpreadsheetApp } from './spreadsheetApp';
import { LocalUi } from './ui';
import { createUrlFetchApp, FetchAnswer, FetchMatcher, FetchRequest, FetchState } from './urlfetch';
import { ActionHost, UserActions, RejectedEdit, TriggerError } from './userActions';

export interface RuntimeOptions {
  timeZone?: string;
  locale?: string;
  spreadsheetName?: string;
  scriptTimeZone?: string;
  userEmail?: string;
  effectiveUserEmail?: string;
  /** The spreadsheets' owner, who may always edit what is protected; default 'owner@example.com'. */
  ownerEmail?: string;
  /**
   * The people the spreadsheets are shared with by name to edit (default none: others edit through link sharing).
   * A protection's editor list starts from them, so `protect().addEditors([...])` keeps them able to edit.
   */
  editorEmails?: string[];
  now?: Date;
  mailQuota?: number;
  distDir?: string;
  /** The manifest's oauthScopes; default: those of <distDir>/appsscript.json (else the repo's appsscript.json). */
  oauthScopes?: string[];
  /** The name Sheets shows for the add-on menu (Extensions › <name>); default 'Daily Close'. */
  addonName?: string;
}

export interface LocalBundle {
  readonly functionNames: string[];
  call(name: string, ...args: unknown[]): unknown;
  callWithAuthMode(mode: 'NONE' | 'LIMITED' | 'FULL', name: string, ...args: unknown[]): unknown;
}

/** The services the bundle sees as globals, typed for test and demo code. */
export interface LocalGlobals extends Record<string, unknown> {
  SpreadsheetApp: LocalSpreadsheetApp;
  Charts: ReturnType<typeof createCharts>;
  PropertiesService: ReturnType<typeof createPropertiesService>;
  LockService: ReturnType<typeof createLockService>;
  CacheService: ReturnType<typeof createCacheService>;
  Session: ReturnType<typeof createSession>;
  Utilities: ReturnType<typeof createUtilities>;
  ScriptApp: ReturnType<typeof createScriptApp>;
  MailApp: ReturnType<typeof createMailApp>;
  UrlFetchApp: ReturnType<typeof createUrlFetchApp>;
  HtmlService: ReturnType<typeof createHtmlService>;
  Logger: ReturnType<typeof createLogger>['Logger'];
  console: ReturnType<typeof createLogger>['console'];
}

const SIMPLE_TRIGGERS_WITH_EVENT = new Set(['onOpen', 'onInstall']);

export class LocalRuntime {
  readonly _host: Host;
  readonly spreadsheet: LocalSpreadsheet;
  readonly clock: Clock;
  private readonly spreadsheets: LocalSpreadsheet[] = [];
  private readonly triggerList: LocalTrigger[] = [];
  private readonly mail: MailState;
  private readonly fetches = new FetchState();
  private readonly ownerEmail: string;
  private readonly editorEmails: string[];
  private readonly services: LocalGlobals;
  private readonly distDir: string;
  private script: LoadedScript | null = null;
  private source: { code: string; filename: string } | null = null;
  private readonly actions: UserActions;

  constructor(opts: RuntimeOptions = {}) {
    this.clock = new Clock(opts.now ?? new Date());
    const user = opts.userEmail ?? 'rep@example.com';
    this._host = new Host(this.clock, user, opts.effectiveUserEmail ?? (user || 'owner@example.com'), opts.scriptTimeZone ?? 'America/New_York');
    this.distDir = opts.distDir ?? resolve(__dirname, '..', 'dist');
    this._host.oauthScopes = opts.oauthScopes ?? manifestScopes(this.distDir);
    this.ownerEmail = opts.ownerEmail ?? 'owner@example.com';
    this.editorEmails = [...(opts.editorEmails ?? [])];
    this.spreadsheet = this.createSpreadsheet(opts.spreadsheetName ?? 'Sales pipeline', opts.timeZone ?? 'Asia/Shanghai', opts.locale ?? 'en_US');
    this.mail = new MailState(this._host, opts.mailQuota ?? 100);
    const host = this._host;
    const ui = new LocalUi(host, opts.addonName ?? 'Daily Close');
    const { Logger, console } = createLogger(host);
    this.services = {
      SpreadsheetApp: new LocalSpreadsheetApp(host, this.spreadsheet, () => this.spreadsheets, ui),
      Charts: createCharts(),
      PropertiesService: createPropertiesService(host),
      LockService: createLockService(host),
      CacheService: createCacheService(host),
      Session: createSession(host, () => (/^en/i.test(this.spreadsheet._locale) ? 'en' : this.spreadsheet._locale)),
      Utilities: createUtilities(host),
      ScriptApp: createScriptApp({
        host,
        triggers: this.triggerList,
        activeDocumentId: () => this.spreadsheet._id,
        documentIdOf: (doc) => (doc instanceof LocalSpreadsheet ? doc._id : String(doc)),
      }),
      MailApp: createMailApp(host, this.mail),
      UrlFetchApp: createUrlFetchApp(host, this.fetches),
      HtmlService: createHtmlService(host, () => this.distDir, (source) => (this.script ? this.script.evaluate(source) : (0, eval)(source))),
      Logger,
      console,
    };
    this.actions = new UserActions(this.actionHost());
  }

  /** What user actions may do with this runtime (userActions.ts's ActionHost). */
  private actionHost(): ActionHost {
    const host = this._host;
    return {
      spreadsheet: this.spreadsheet,
      activeUser: () => host.activeUser,
      now: () => this.clock.now(),
      installedTriggers: () => this.triggerList,
      scriptLoaded: () => this.script !== null,
      freshFunction: (name) => {
        const fn = this._fresh()?.context[name];
        return typeof fn === 'function' ? (fn as (...args: unknown[]) => unknown) : undefined;
      },
      execute: (mode, users, fn) => host.execute(mode, users, fn),
      log: (line) => { host.logs.push(line); },
    };
  }

  /** Another spreadsheet the user can open by id (SpreadsheetApp.openById); the bound one stays active. */
  createSpreadsheet(name: string, timeZone = this.spreadsheet?._timeZone ?? 'Asia/Shanghai', locale = this.spreadsheet?._locale ?? 'en_US'): LocalSpreadsheet {
    const ss = new LocalSpreadsheet(this._host, { name, timeZone, locale, owner: this.ownerEmail, editors: this.editorEmails });
    this.spreadsheets.push(ss);
    return ss;
  }

  get outbox(): SentMail[] { return this._host.outbox; }
  get toasts(): { message: string; title: string }[] { return this._host.toasts; }
  get alerts(): { title: string; message: string }[] { return this._host.alerts; }
  get sidebars(): { title: string; html: string }[] { return this._host.sidebars; }
  get dialogs(): { title: string; html: string; modal: boolean }[] { return this._host.dialogs; }
  get menus(): MenuRecord[] { return this._host.menus; }
  get logs(): string[] { return this._host.logs; }
  get rejectedEdits(): RejectedEdit[] { return this.actions.rejected; }
  /** onEdit runs that threw: Sheets logs them (a line in runtime.logs too) and the person who typed sees nothing. */
  get triggerErrors(): TriggerError[] { return this.actions.triggerErrors; }

  /** False: the next calls run with no active document, as an editor add-on's time trigger does. */
  setActiveDocument(present: boolean): void {
    this._host.hasActiveDocument = present;
  }

  /** Who is signed in for the next calls; '' models an address Apps Script withholds. */
  setUser(email: string, effectiveEmail?: string): void {
    this._host.activeUser = email;
    this._host.effectiveUser = effectiveEmail ?? (email || this._host.effectiveUser);
  }

  /** Spreadsheet-service calls by the four old kinds (other services are not in it; see callStats()). */
  counts(): { read: number; write: number; format: number; other: number } {
    return { ...this._host.counts };
  }

  /** Zeroes every count: counts(), methodCounts(), callStats() and callLog(). */
  resetCounts(): void {
    this._host.calls.reset();
  }

  /** Each counted service call since the last reset, in order (the first 200,000). */
  callLog(): CallRecord[] {
    return this._host.calls.records();
  }

  /** Calls per 'Service.method' (e.g. 'Range.getValues', 'Properties.getProperty', 'UrlFetchApp.fetch'). */
  methodCounts(): Record<string, number> {
    return Object.fromEntries([...this._host.calls.methods].map(([m, s]) => [m, s.calls]));
  }

  /** For a cost model: each method's kind, calls and cells moved; calls per kind; cells read and written in all. */
  callStats(): { methods: Record<string, MethodStats>; kinds: Record<MethodKind, number>; cells: CellCounts } {
    const calls = this._host.calls;
    return {
      methods: Object.fromEntries([...calls.methods].map(([m, s]) => [m, { ...s, cells: { ...s.cells } }])),
      kinds: Object.fromEntries(METHOD_KINDS.map((k) => [k, calls.kinds[k]])) as Record<MethodKind, number>,
      cells: { ...calls.cells },
    };
  }

  /** The requests UrlFetchApp sent, in order. */
  fetchLog(): FetchRequest[] {
    return this.fetches.log.map((r) => ({ ...r, headers: { ...r.headers } }));
  }

  /**
   * How the outside world answers fetches whose URL starts with `match` (or matches the RegExp); the latest matching
   * answer wins; unmatched URLs get 200 '{"ok":true}'. An answer may be computed from the request.
   */
  setFetchAnswer(match: FetchMatcher, answer: FetchAnswer | ((request: FetchRequest) => FetchAnswer)): void {
    this.fetches.setAnswer(match, answer);
  }

  triggers(): LocalTrigger[] {
    return this.triggerList.map((t) => ({ ...t }));
  }

  globals(): LocalGlobals {
    return { ...this.services };
  }

  loadBundle(codePath: string = join(this.distDir, 'Code.js')): LocalBundle {
    if (!existsSync(codePath)) throw new Error(`No bundle at ${codePath}: run npm run build first`);
    this.source = { code: readFileSync(codePath, 'utf8'), filename: codePath };
    this.script = loadScript(this.source.code, codePath, this.services, this.clock);
    return this.bundleFor(this.script);
  }

  /** Runs JavaScript source as the bundle (handy for tests of the loader). */
  loadSource(source: string, filename = 'Code.js'): LocalBundle {
    this.source = { code: source, filename };
    this.script = loadScript(source, filename, this.services, this.clock);
    return this.bundleFor(this.script);
  }

  private bundleFor(script: LoadedScript): LocalBundle {
    const run = (mode: AuthModeName, name: string, args: unknown[]) => {
      const fn = this._function(this._fresh(), name);
      const callArgs = args.length === 0 && SIMPLE_TRIGGERS_WITH_EVENT.has(name) ? [this._openEvent(mode)] : args;
      return this._host.execute(mode, {}, () => fn(...callArgs));
    };
    return {
      functionNames: [...script.functionNames],
      call: (name, ...args) => run('FULL', name, args),
      callWithAuthMode: (mode, name, ...args) => run(mode, name, args),
    };
  }

  /** @internal Kept for older callers; user actions go through ActionHost. */
  _function(script: LoadedScript | null, name: string): (...args: unknown[]) => unknown {
    const fn = script ? (script.context as Record<string, unknown>)[name] : undefined;
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return fn as (...args: unknown[]) => unknown;
  }

  _loaded(): LoadedScript | null {
    return this.script;
  }

  /**
   * A new execution of the bundle: Apps Script evaluates the project afresh for every call, trigger and
   * google.script.run request, so nothing a previous execution left in a global (or a module cache) survives.
   */
  _fresh(): LoadedScript | null {
    if (!this.source) return null;
    this.script = loadScript(this.source.code, this.source.filename, this.services, this.clock);
    return this.script;
  }

  _openEvent(mode: AuthModeName): Record<string, unknown> {
    const user = { getEmail: () => this._host.activeUser, getNickname: () => this._host.activeUser.split('@')[0] };
    return mode === 'NONE' ? { authMode: mode, user } : { authMode: mode, source: this.spreadsheet, user };
  }

  _triggerList(): LocalTrigger[] {
    return this.triggerList;
  }

  userEdit(sheetName: string, a1: string, values: unknown[][]): void {
    this.actions.edit(sheetName, a1, values, false);
  }
  /** A person pasting (Ctrl+V), even into one cell: Sheets then gives onEdit neither value nor oldValue. */
  userPaste(sheetName: string, a1: string, values: unknown[][]): void {
    this.actions.edit(sheetName, a1, values, true);
  }
  /** The person's Ctrl+Z: their last edit or paste comes back out (value and formula), no onEdit. False: nothing to undo. */
  userUndo(): boolean {
    return this.actions.undo();
  }
  userSort(sheetName: string, column: number, ascending: boolean): void {
    this.actions.sort(sheetName, column, ascending);
  }
  userInsertRows(sheetName: string, beforeRow: number, count: number): void {
    this.actions.insertRows(sheetName, beforeRow, count);
  }
  userDeleteRows(sheetName: string, row: number, count: number): void {
    this.actions.deleteRows(sheetName, row, count);
  }

  /**
   * Another program writes (another Apps Script project, the Sheets API, a form, an import): values land as
   * written (as setValues would store them; `raw: true` keeps strings exactly as given, like the API's RAW input),
   * as user `as` (default: the current effective user), refused by protections like any script; no onEdit fires.
   */
  anotherScriptWrites(sheetName: string, a1: string, values: unknown[][], opts: { as?: string; raw?: boolean } = {}): void {
    this.actions.writeAsOther(sheetName, a1, values, opts.as ?? this._host.effectiveUser, opts.raw === true);
  }

  /** The button the person presses at the next Ui.alert ('OK', 'CANCEL', 'YES', 'NO' or 'CLOSE'); answers queue up. */
  /** What the person types into the next prompt, and the button they press (default OK). */
  answerNextPrompt(text: string, button: 'OK' | 'CANCEL' | 'CLOSE' = 'OK'): void {
    this._host.promptAnswers.push({ text, button });
  }

  answerNextAlert(button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE'): void {
    if (!['OK', 'CANCEL', 'YES', 'NO', 'CLOSE'].includes(button)) throw new Error(`answerNextAlert: no button ${button}`);
    this._host.alertAnswers.push(button);
  }

  holdDocumentLock(held: boolean): void {
    this._host.documentLockHeldElsewhere = held;
  }

  fireTimeTrigger(uniqueId: string): unknown {
    return this.actions.fireTimeTrigger(uniqueId);
  }

  setMailFailure(address: string, message: string): void {
    this.mail.failures.set(address.trim().toLowerCase(), message);
  }
}

/** The scopes the add-on asks for, read from its manifest as Apps Script does. */
function manifestScopes(distDir: string): string[] {
  for (const file of [join(distDir, 'appsscript.json'), resolve(__dirname, '..', 'appsscript.json')]) {
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { oauthScopes?: string[] }).oauthScopes ?? [];
  }
  return [];
}
