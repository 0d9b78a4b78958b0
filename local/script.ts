// ScriptApp and installable triggers, with the add-on limits: one time-driven trigger per user per document, at
// most hourly, and 20 triggers per user.
import { isValidTimeZone } from './dates';
import { fail } from './errors';
import { countCalls, countObject, Host } from './host';
import type { TriggerApi } from './types';

export type TriggerType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

export interface LocalTrigger {
  uniqueId: string;
  handler: string;
  type: TriggerType;
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string | null;
  documentId: string | null; // the document the add-on was running in when the trigger was made
  user: string;
  timeZone: string;
  hour?: number;
  minute?: number;
  everyDays?: number;
  everyHours?: number;
  everyWeeks?: number;
  weekDay?: string;
  at?: Date;
}

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
export const EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_CHANGE: 'ON_CHANGE', ON_EVENT_UPDATED: 'ON_EVENT_UPDATED' } as const;
export const TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS', DOCUMENTS: 'DOCUMENTS', CALENDAR: 'CALENDAR' } as const;

const MAX_TRIGGERS_PER_USER = 20;

export class LocalTriggerHandle implements TriggerApi {
  constructor(readonly host: Host, readonly _trigger: LocalTrigger) {}
  getHandlerFunction(): string { return this._trigger.handler; }
  getUniqueId(): string { return this._trigger.uniqueId; }
  getEventType(): string { return this._trigger.type; }
  getTriggerSource(): string { return this._trigger.source; }
  getTriggerSourceId(): string | null { return this._trigger.sourceId; }
}

export interface ScriptEnvironment {
  host: Host;
  triggers: LocalTrigger[];
  activeDocumentId(): string | null;
  documentIdOf(doc: unknown): string;
}

let nextId = 7_300_000_000_000_000;

function install(env: ScriptEnvironment, t: Omit<LocalTrigger, 'uniqueId' | 'user' | 'documentId'>): LocalTriggerHandle {
  const user = env.host.effectiveUser;
  const documentId = env.activeDocumentId();
  const mine = env.triggers.filter((x) => x.user === user);
  if (mine.length >= MAX_TRIGGERS_PER_USER) {
    fail('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  }
  if (t.type === 'CLOCK' && mine.some((x) => x.type === 'CLOCK' && x.documentId === documentId)) {
    fail('This add-on has created too many time-based triggers in this document for this Google user account.');
  }
  const trigger: LocalTrigger = { ...t, uniqueId: String(nextId++), user, documentId };
  env.triggers.push(trigger);
  return new LocalTriggerHandle(env.host, trigger);
}

class ClockTriggerBuilder {
  private spec: Partial<LocalTrigger> & { everyMinutes?: number } = {};
  readonly host: Host;
  constructor(private readonly env: ScriptEnvironment, private readonly handler: string) {
    this.host = env.host;
  }
  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) fail('Invalid argument: hour');
    this.spec.hour = hour;
    return this;
  }
  nearMinute(minute: number): this {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) fail('Invalid argument: minute');
    this.spec.minute = minute;
    return this;
  }
  everyMinutes(n: number): this { this.spec.everyMinutes = n; return this; }
  everyHours(n: number): this {
    if (![1, 2, 4, 6, 8, 12].includes(n)) fail('Invalid argument: hours');
    this.spec.everyHours = n;
    return this;
  }
  everyDays(n: number): this {
    if (!Number.isInteger(n) || n < 1) fail('Invalid argument: days');
    this.spec.everyDays = n;
    return this;
  }
  everyWeeks(n: number): this { this.spec.everyWeeks = n; return this; }
  onWeekDay(day: unknown): this { this.spec.weekDay = String(day); return this; }
  at(date: Date): this { this.spec.at = new Date(date.getTime()); return this; }
  after(ms: number): this { this.spec.at = new Date(this.env.host.clock.now().getTime() + ms); return this; }
  inTimezone(timezone: string): this {
    if (!isValidTimeZone(String(timezone))) fail('Invalid argument: timezone');
    this.spec.timeZone = String(timezone);
    return this;
  }
  create(): LocalTriggerHandle {
    const s = this.spec;
    if (s.everyMinutes !== undefined) fail('Add-ons cannot create time-based triggers that run more frequently than once per hour.');
    if (!s.everyDays && !s.everyHours && !s.everyWeeks && !s.at) fail('A time-based trigger needs a schedule (everyDays, everyHours, everyWeeks or at).');
    return install(this.env, {
      handler: this.handler, type: 'CLOCK', source: 'CLOCK', sourceId: null,
      ...s, timeZone: s.timeZone ?? this.env.host.scriptTimeZone,
    });
  }
}

class SpreadsheetTriggerBuilder {
  readonly host: Host;
  constructor(private readonly env: ScriptEnvironment, private readonly handler: string, private readonly sourceId: string, private type: TriggerType = 'ON_EDIT') {
    this.host = env.host;
  }
  onEdit(): this { this.type = 'ON_EDIT'; return this; }
  onOpen(): this { this.type = 'ON_OPEN'; return this; }
  onChange(): this { this.type = 'ON_CHANGE'; return this; }
  onFormSubmit(): this { this.type = 'ON_FORM_SUBMIT'; return this; }
  create(): LocalTriggerHandle {
    return install(this.env, { handler: this.handler, type: this.type, source: 'SPREADSHEETS', sourceId: this.sourceId, timeZone: this.env.host.scriptTimeZone });
  }
}

countCalls(LocalTriggerHandle.prototype, 'Trigger', { kind: 'script' });
countCalls(ClockTriggerBuilder.prototype, 'ClockTriggerBuilder', { kind: 'script' });
countCalls(SpreadsheetTriggerBuilder.prototype, 'SpreadsheetTriggerBuilder', { kind: 'script' });

export function createScriptApp(env: ScriptEnvironment) {
  const { host } = env;
  const mine = () => env.triggers.filter((t) => t.user === host.effectiveUser);
  return countObject(host, 'ScriptApp', {
    AuthMode, EventType, TriggerSource,
    AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
    WeekDay: { MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY', THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY', SUNDAY: 'SUNDAY' },
    newTrigger(functionName: string) {
      host.requireAuth('ScriptApp', 'newTrigger', 'FULL');
      const handler = String(functionName);
      return {
        timeBased: () => new ClockTriggerBuilder(env, handler),
        forSpreadsheet: (doc: unknown) => new SpreadsheetTriggerBuilder(env, handler, env.documentIdOf(doc)),
      };
    },
    getProjectTriggers(): LocalTriggerHandle[] {
      host.requireAuth('ScriptApp', 'getProjectTriggers', 'FULL');
      return mine().map((t) => new LocalTriggerHandle(host, t));
    },
    getUserTriggers(doc: unknown): LocalTriggerHandle[] {
      host.requireAuth('ScriptApp', 'getUserTriggers', 'FULL');
      const id = env.documentIdOf(doc);
      return mine().filter((t) => t.sourceId === id || t.documentId === id).map((t) => new LocalTriggerHandle(host, t));
    },
    deleteTrigger(trigger: LocalTriggerHandle): void {
      host.requireAuth('ScriptApp', 'deleteTrigger', 'FULL');
      const i = env.triggers.findIndex((t) => t.uniqueId === trigger.getUniqueId());
      if (i < 0 || env.triggers[i].user !== host.effectiveUser) fail('No trigger with that id belongs to this user.');
      env.triggers.splice(i, 1);
    },
    getScriptId: () => '1LocalScriptIdDailyClose000000000000000000000000000000',
    getAuthorizationInfo: (_mode: unknown) => ({ getAuthorizationStatus: () => 'NOT_REQUIRED', getAuthorizationUrl: () => null }),
  }, { kind: 'script' });
}
