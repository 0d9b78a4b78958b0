// A small in-memory stand-in for the server side of the sidebar, so the page can be tested on its own.
// It keeps real state (targets set stay set) and records every call with its JSON arguments.
import { illegalValuePath } from '../../local';
import type { DateKey, Lang, Tier } from '../../src/domain/types';
import type {
  DayPhase, ErrorInfo, MonthPace, RecordResultArgs, Result, SetTargetArgs, SidebarCustomer, SidebarEndpoints, SidebarPatch, SidebarState, TeamRepDay,
} from '../../src/contract/sidebar';
import { overviewOf, repView } from '../../src/contract/sidebar';

export const TODAY = '2026-03-04';
export const NEXT_DAY = '2026-03-05';

/** Apps Script's own client rules, as the real-bundle test uses them: a Date, function or undefined in the arguments fails the call. */
export { GAS_CLIENT_SHIM } from '../../local';

export interface Call { name: string; args: unknown[] }

export function row(n: number, customer: string, tier: Tier | null, daysInTier: number | null, extra: Partial<SidebarCustomer> = {}): SidebarCustomer {
  return {
    id: `row-${n}`, customer, tier, daysInTier, target: '', nextStep: '', visits: 1, status: 'Open', reason: '',
    lastContact: '', result: null, sheetRow: n + 1, flag: '', flagKind: extra.flag ? 'aged' : null, pushes: 0, pushIfMoved: false,
    isToday: false, signedThisMonth: false, ...extra,
  };
}

const ENDPOINTS: readonly (keyof SidebarEndpoints)[] = ['sidebarLoad', 'sidebarPickRep', 'sidebarSetTarget', 'sidebarRecordResult', 'sidebarSelectRow'];

function isEndpoint(name: string): name is keyof SidebarEndpoints {
  return (ENDPOINTS as readonly string[]).includes(name);
}

/** Implements the shared contract, so a renamed or reshaped endpoint fails to compile here too. */
export class FakeServer implements SidebarEndpoints {
  lang: Lang = 'en';
  today: DateKey = TODAY;
  nextDay: DateKey = NEXT_DAY;
  isWorkingDay = true;
  me: SidebarState['me'] = { rep: 'Wang Fang', email: 'wang@example.com', isManager: false };
  repChoices = ['Wang Fang', 'Li Lei'];
  /** The part of the day: most tests look at the whole day, so the fake starts in the afternoon (Reminder hour 17). */
  phase: DayPhase = 'afternoon';
  reminderHour = 17;
  /** Signed in with an address Team does not list (me null), and the managers Team names. */
  signedInAs = '';
  askWhom: string[] = [];
  newRep = false;
  /** A manager's team overview; by default each rep they may act for, the one on screen from the rows. */
  teamDays: TeamRepDay[] | null = null;
  /** For a manager who is not a rep: whom a load without a rep shows (the real server takes the first managed rep). */
  managerDefault: string | null = null;
  month: Partial<MonthPace> = {};
  rows: SidebarCustomer[] = [
    row(1, 'Globex', 'B', 12, { nextStep: 'Send quote' }),
    row(2, '<img src=x onerror=alert(1)>', 'A', 2, { nextStep: '<b>call</b>' }),
    row(3, 'Acme', 'A', 9, { nextStep: 'Meet the owner', flag: 'A for 9 days (max 7)' }),
    row(4, 'Initech', 'C', 40),
  ];
  readonly calls: Call[] = [];
  /** The page's day sent with each save, in order. */
  readonly daysSent: string[] = [];
  /** Answers the next write with {ok:false, error} instead of applying it. */
  refuseNext: ErrorInfo | null = null;
  /** Makes the next call fail like a thrown server exception. */
  throwNext = '';
  /** Rows that were one of today's targets at some point today: moved on, they stay today's (as domain/day says). */
  private readonly namedToday = new Set<string>();
  private gate: Promise<void> | null = null;
  private openGate: (() => void) | null = null;

  /** Holds every answer until release() — to see the page while a call is in flight. */
  hold(): void {
    this.gate = new Promise((resolve) => (this.openGate = resolve));
  }

  release(): void {
    if (this.openGate) this.openGate();
    this.gate = null;
    this.openGate = null;
  }

  /** The __gasRun end of GAS_CLIENT_SHIM: a throw fails the call; an answer Apps Script could not carry fails it too. */
  async handle(name: string, argsJson: string): Promise<string> {
    const args = JSON.parse(argsJson) as unknown[];
    // The day the page showed travels with each save (contract AsOf): kept apart, so tests read the save's own fields.
    const first = args[0];
    if (first && typeof first === 'object' && 'asOf' in first) {
      const { asOf, ...rest } = first as { asOf: unknown };
      this.daysSent.push(String(asOf));
      args[0] = rest;
    }
    this.calls.push({ name, args });
    if (this.gate) await this.gate;
    if (this.throwNext) {
      const error = this.throwNext;
      this.throwNext = '';
      throw new Error(error);
    }
    const result = this.answer(name, args);
    const bad = illegalValuePath(result);
    if (bad !== null) throw new Error(`Failed due to illegal value in property: ${bad}`);
    return JSON.stringify(result);
  }

  callsTo(name: string): unknown[][] {
    return this.calls.filter((c) => c.name === name).map((c) => c.args);
  }

  private answer(name: string, args: unknown[]): Result<unknown> {
    if (!isEndpoint(name)) throw new Error(`Script function not found: ${name}`);
    if (name !== 'sidebarLoad' && name !== 'sidebarSelectRow' && this.refuseNext) {
      const error = this.refuseNext;
      this.refuseNext = null;
      return { ok: false, error };
    }
    const endpoint = this[name] as (...a: unknown[]) => Result<unknown>;
    return endpoint.apply(this, args);
  }

  sidebarLoad(rep?: string): Result<SidebarState> {
    if (this.me && this.me.isManager) {
      const chosen = rep ? String(rep) : this.managerDefault;
      if (chosen) this.me = { ...this.me, rep: chosen };
    }
    return { ok: true, value: this.state() };
  }

  sidebarPickRep(rep: string): Result<SidebarState> {
    this.me = { rep: String(rep), email: '', isManager: false };
    return { ok: true, value: this.state() };
  }

  sidebarSetTarget(args: SetTargetArgs): Result<SidebarPatch> {
    return this.setTarget(args);
  }

  sidebarRecordResult(args: RecordResultArgs): Result<SidebarPatch> {
    return this.recordResult(args);
  }

  /** Like the server: a save answers with the rows it wrote, as the page shows them. */
  private patch(rows: SidebarCustomer[]): Result<SidebarPatch> {
    return { ok: true, value: JSON.parse(JSON.stringify({ patch: true, rep: this.me ? this.me.rep : '', today: this.today, rows: rows.map((r) => this.shown(r)) })) as SidebarPatch };
  }

  /** A row as the page gets it: whether moving it would be a push, whether it is one of today's targets. */
  private shown(r: SidebarCustomer): SidebarCustomer {
    if (r.target === this.today) this.namedToday.add(r.id);
    return { ...r, pushIfMoved: this.wouldPush(r), isToday: this.namedToday.has(r.id), signedThisMonth: r.status === 'Signed' };
  }

  sidebarSelectRow(rowId: string): Result<number> {
    const found = this.rows.find((r) => r.id === rowId);
    return found ? { ok: true, value: found.sheetRow } : { ok: false, error: { code: 'sv.rowGone', params: { id: rowId } } };
  }

  private setTarget(args: SetTargetArgs): Result<SidebarPatch> {
    // Like the server: a manager adding a customer must say for whom, so the Team sheet's order cannot decide it.
    if (args.newCustomer && this.me && this.me.isManager && !args.rep) return { ok: false, error: { code: 'sv.sayWhichRep', params: {} } };
    const day = args.which === 'today' ? this.today : this.nextDay;
    if (args.newCustomer) {
      const added = row(this.rows.length + 1, args.newCustomer.customer, args.newCustomer.tier, 0, { target: day, visits: 0 });
      this.rows.push(added);
      return this.patch([added]);
    } else {
      const found = this.rows.find((r) => r.id === args.rowId);
      if (!found) return { ok: false, error: { code: 'sv.rowGone', params: { id: String(args.rowId) } } };
      // Like the server: a move that would be a push is a carry-over with a reason, or it is refused.
      if (day > this.today && this.wouldPush(found)) {
        if (!args.carryOver) return { ok: false, error: { code: 'sv.carryOverNeeded', params: { customer: found.customer, day } } };
        if (!args.reason) return { ok: false, error: { code: 'sv.carryOverNeedsReason', params: { customer: found.customer, day } } };
        found.pushes += 1;
        found.reason = `Carried over: ${args.reason}`;
        if (found.target === this.today) found.result = 'notSigned';
      }
      found.target = day;
      return this.patch([found]);
    }
  }

  private wouldPush(r: SidebarCustomer): boolean {
    return r.status === 'Open' && r.target !== '' && r.target <= this.today && r.result === null;
  }

  private recordResult(args: RecordResultArgs): Result<SidebarPatch> {
    const found = this.rows.find((r) => r.id === args.rowId);
    if (!found) return { ok: false, error: { code: 'sv.rowGone', params: { id: args.rowId } } };
    if (found.status !== 'Open') return { ok: false, error: { code: 'sv.notOpen', params: { customer: found.customer } } };
    found.result = args.outcome;
    found.status = args.outcome === 'signed' ? 'Signed' : args.outcome === 'dropped' ? 'Dropped' : 'Open';
    found.reason = [args.reasonCategory, args.reasonText].filter(Boolean).join(': ');
    if (args.nextStep) found.nextStep = args.nextStep;
    return this.patch([found]);
  }

  state(): SidebarState {
    const rows = this.rows.map((r) => this.shown(r)).filter((r) => r.status === 'Open' || r.isToday || r.flag !== '' || r.signedThisMonth);
    const month: MonthPace = {
      month: '2026-03', targetsNamed: 2, signed: 0, workingDaysSoFar: 3, workingDaysInMonth: 22, floorSoFar: 0.3, floorMonth: 2.2,
      goalLow: 8, goalHigh: 10, projected: 0,
    };
    const view = repView(rows, { nextWorkingDay: this.nextDay, isWorkingDay: this.isWorkingDay, loggedTargetDays: 1, month });
    const me = this.me;
    const team = this.teamDays ?? (me && me.isManager
      ? this.repChoices.map((rep) => (rep === me.rep ? overviewOf(rep, rows, this.nextDay) : { rep, today: [], next: [] }))
      : []);
    return JSON.parse(JSON.stringify({
      lang: this.lang,
      today: this.today,
      isWorkingDay: this.isWorkingDay,
      nextWorkingDay: this.nextDay,
      phase: this.phase,
      reminderHour: this.reminderHour,
      signedInAs: this.signedInAs,
      askWhom: this.askWhom,
      me: this.me,
      repChoices: this.repChoices,
      ...view,
      // A test may set the month's figures outright (they are shown as given).
      month: { ...view.month, ...this.month },
      newRep: this.newRep,
      team,
      rows,
      loggedTargetDays: 1,
      tierDescriptions: { A: 'ready to sign now', B: 'intent but not yet ripe', C: 'need but no intent yet' },
    })) as SidebarState;
  }
}
