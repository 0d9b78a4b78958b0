// A small in-memory stand-in for the server side of the sidebar, so the page can be tested on its own.
// It keeps real state (targets set stay set) and records every call with its JSON arguments.
import { illegalValuePath } from '../../local';
import type { DateKey, Lang, Tier } from '../../src/domain/types';
import type { MonthPace, RecordResultArgs, Result, SetTargetArgs, SidebarCustomer, SidebarState } from '../../src/ui/api';

export const TODAY = '2026-03-04';
export const NEXT_DAY = '2026-03-05';

/** Apps Script's own client rules, as the real-bundle test uses them: a Date, function or undefined in the arguments fails the call. */
export { GAS_CLIENT_SHIM } from '../../local';

export interface Call { name: string; args: unknown[] }

function row(n: number, customer: string, tier: Tier | null, daysInTier: number | null, extra: Partial<SidebarCustomer> = {}): SidebarCustomer {
  return {
    id: `row-${n}`, customer, tier, daysInTier, target: '', nextStep: '', visits: 1, status: 'Open', reason: '',
    lastContact: '', result: null, sheetRow: n + 1, flag: '', ...extra,
  };
}

export class FakeServer {
  lang: Lang = 'en';
  today: DateKey = TODAY;
  nextDay: DateKey = NEXT_DAY;
  isWorkingDay = true;
  me: SidebarState['me'] = { rep: 'Wang Fang', email: 'wang@example.com', isManager: false };
  repChoices = ['Wang Fang', 'Li Lei'];
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
  /** Answers the next write with {ok:false, error} instead of applying it. */
  refuseNext = '';
  /** Makes the next call fail like a thrown server exception. */
  throwNext = '';
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
    if (name !== 'sidebarLoad' && name !== 'sidebarSelectRow' && this.refuseNext) {
      const error = this.refuseNext;
      this.refuseNext = '';
      return { ok: false, error };
    }
    switch (name) {
      case 'sidebarLoad':
        if (this.me && this.me.isManager) {
          const rep = args[0] ? String(args[0]) : this.managerDefault;
          if (rep) this.me = { ...this.me, rep };
        }
        return { ok: true, value: this.state() };
      case 'sidebarPickRep':
        this.me = { rep: String(args[0]), email: '', isManager: false };
        return { ok: true, value: this.state() };
      case 'sidebarSetTarget':
        return this.setTarget(args[0] as SetTargetArgs);
      case 'sidebarRecordResult':
        return this.recordResult(args[0] as RecordResultArgs);
      case 'sidebarSelectRow': {
        const found = this.rows.find((r) => r.id === args[0]);
        return found ? { ok: true, value: found.sheetRow } : { ok: false, error: 'No such row' };
      }
      default:
        throw new Error(`Script function not found: ${name}`);
    }
  }

  private setTarget(args: SetTargetArgs): Result<SidebarState> {
    // Like the server: a manager adding a customer must say for whom, so the Team sheet's order cannot decide it.
    if (args.newCustomer && this.me && this.me.isManager && !args.rep) return { ok: false, error: 'Say which rep this customer is for.' };
    const day = args.which === 'today' ? this.today : this.nextDay;
    if (args.newCustomer) {
      this.rows.push(row(this.rows.length + 1, args.newCustomer.customer, args.newCustomer.tier, 0, { target: day, visits: 0 }));
    } else {
      const found = this.rows.find((r) => r.id === args.rowId);
      if (!found) return { ok: false, error: 'No such row' };
      found.target = day;
    }
    return { ok: true, value: this.state() };
  }

  private recordResult(args: RecordResultArgs): Result<SidebarState> {
    const found = this.rows.find((r) => r.id === args.rowId);
    if (!found) return { ok: false, error: 'No such row' };
    if (found.status !== 'Open') return { ok: false, error: 'That customer is already closed.' };
    found.result = args.outcome;
    found.status = args.outcome === 'signed' ? 'Signed' : args.outcome === 'dropped' ? 'Dropped' : 'Open';
    found.reason = [args.reasonCategory, args.reasonText].filter(Boolean).join(': ');
    if (args.nextStep) found.nextStep = args.nextStep;
    return { ok: true, value: this.state() };
  }

  state(): SidebarState {
    const open = this.rows.filter((r) => r.status === 'Open');
    const order = (t: Tier | null) => (t ? 'ABC'.indexOf(t) : 3);
    const customers = [...open].sort((a, b) => order(a.tier) - order(b.tier) || (b.daysInTier || 0) - (a.daysInTier || 0));
    const tomorrowTargets = open.filter((r) => r.target === this.nextDay);
    const count = (t: Tier) => open.filter((r) => r.tier === t).length;
    return JSON.parse(JSON.stringify({
      lang: this.lang,
      today: this.today,
      isWorkingDay: this.isWorkingDay,
      nextWorkingDay: this.nextDay,
      me: this.me,
      repChoices: this.repChoices,
      counts: { A: count('A'), B: count('B'), C: count('C'), open: open.length },
      customers,
      todayTargets: this.rows.filter((r) => r.target === this.today),
      tomorrowTargets,
      needsTomorrowTarget: tomorrowTargets.length === 0,
      uncleared: open.filter((r) => r.flag),
      month: {
        month: '2026-03', targetsNamed: 2, signed: this.rows.filter((r) => r.result === 'signed').length,
        workingDaysSoFar: 3, workingDaysInMonth: 22, floorSoFar: 0.3, floorMonth: 2.2, goalLow: 8, goalHigh: 10, projected: 0,
        ...this.month,
      },
      tierDescriptions: { A: 'ready to sign now', B: 'intent but not yet ripe', C: 'need but no intent yet' },
    })) as SidebarState;
  }
}
