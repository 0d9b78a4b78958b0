import { Drafts } from '../../sidebar/drafts';
import {
  carryArgsFromDraft,
  customerFacts,
  matchesPick,
  NEW_CUSTOMER,
  nextIsTomorrow,
  paceView,
  pickableCustomers,
  repForWrites,
  resultArgsFromDraft,
  targetArgsFromDraft,
} from '../../sidebar/view';
import type { MonthPace, SidebarCustomer } from '../../src/contract/sidebar';

function customer(over: Partial<SidebarCustomer>): SidebarCustomer {
  return {
    id: 'r1', customer: 'Acme', tier: 'A', daysInTier: 3, target: '', nextStep: '', visits: null, status: 'Open',
    reason: '', lastContact: '', result: null, sheetRow: 2, flag: '', flagKind: null, pushes: 0, pushIfMoved: false, isToday: false,
    signedThisMonth: false, ...over,
  };
}

function month(over: Partial<MonthPace>): MonthPace {
  return {
    month: '2026-03', targetsNamed: 10, signed: 1, workingDaysSoFar: 10, workingDaysInMonth: 22,
    floorSoFar: 1, floorMonth: 2.2, goalLow: 8, goalHigh: 10, projected: 2.2, ...over,
  };
}

/** What google.script.run would carry: a round trip through JSON must not change it. */
function expectJsonShaped(value: unknown): void {
  expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  expect(JSON.stringify(value)).not.toContain('undefined');
  for (const v of Object.values(value as object)) expect(v).not.toBeUndefined();
}

describe('the next working day', () => {
  it('is tomorrow on a Wednesday, and not on a Friday (Monday is)', () => {
    expect(nextIsTomorrow({ today: '2026-03-04', nextWorkingDay: '2026-03-05' })).toBe(true);
    expect(nextIsTomorrow({ today: '2026-11-27', nextWorkingDay: '2026-11-30' })).toBe(false);
    expect(nextIsTomorrow({ today: '2026-02-28', nextWorkingDay: '2026-03-01' })).toBe(true);
  });
});

describe('customerFacts', () => {
  it('says tier and days in it, the target day and visits, in the one day format and with plurals', () => {
    const facts = customerFacts('en', customer({ tier: 'B', daysInTier: 12, target: '2026-03-05', visits: 2 }));
    expect(facts).toEqual(['B for 12 days', 'Target Thu, Mar 5', '2 visits']);
    expect(customerFacts('en', customer({ tier: 'A', daysInTier: 1, visits: 1 }))).toEqual(['A for 1 day', 'No target date', '1 visit']);
    expect(customerFacts('zh', customer({ tier: 'B', daysInTier: 12, target: '2026-03-05', visits: 2 })))
      .toEqual(['B类 12 天', '目标 3月5日 周四', '拜访 2 次']);
  });

  it('says how often the target was pushed, once it was', () => {
    expect(customerFacts('en', customer({ pushes: 2 }))).toContain('pushed 2×');
    expect(customerFacts('zh', customer({ pushes: 2 }))).toContain('已顺延 2 次');
    expect(customerFacts('en', customer({ pushes: 0 })).join(' ')).not.toContain('pushed');
  });

  it('says so when tier, days or target are missing, and leaves out unknown visits', () => {
    expect(customerFacts('en', customer({ tier: null, daysInTier: null }))).toEqual(['No tier', 'No target date']);
    expect(customerFacts('en', customer({ tier: 'C', daysInTier: null }))).toEqual(['Tier C', 'No target date']);
  });
});

describe('pickableCustomers', () => {
  it('leaves out customers already targeted for that day and keeps the server order', () => {
    const list = [customer({ id: 'a' }), customer({ id: 'b' }), customer({ id: 'c' })];
    expect(pickableCustomers(list, [customer({ id: 'b' })]).map((c) => c.id)).toEqual(['a', 'c']);
  });
});

describe('targetArgsFromDraft', () => {
  it('sends the picked row by ID', () => {
    const checked = targetArgsFromDraft('today', { choice: 'row-7', name: 'leftover' });
    expect(checked).toEqual({ ok: true, value: { which: 'today', rowId: 'row-7' } });
    if (checked.ok) expectJsonShaped(checked.value);
  });

  it('sends a new customer with a trimmed name and the chosen tier, and the rep a manager acts for', () => {
    const checked = targetArgsFromDraft('tomorrow', { choice: NEW_CUSTOMER, name: '  Globex  ', tier: 'C' }, 'Li Lei');
    expect(checked).toEqual({ ok: true, value: { which: 'tomorrow', newCustomer: { customer: 'Globex', tier: 'C' }, rep: 'Li Lei' } });
    if (checked.ok) expectJsonShaped(checked.value);
  });

  it('defaults a new customer to tier A when the tier is not one of A/B/C', () => {
    const checked = targetArgsFromDraft('today', { choice: NEW_CUSTOMER, name: 'Initech', tier: 'Z' });
    expect(checked.ok && checked.value.newCustomer).toEqual({ customer: 'Initech', tier: 'A' });
  });

  it('refuses to send nothing: no pick, or a new customer without a name', () => {
    expect(targetArgsFromDraft('today', {})).toEqual({ ok: false, error: 'sb.needPick' });
    expect(targetArgsFromDraft('today', { choice: NEW_CUSTOMER, name: '   ' })).toEqual({ ok: false, error: 'sb.needName' });
  });

  it('moves a customer whose target passed with no result to the next day only as a carry-over with a reason', () => {
    expect(targetArgsFromDraft('tomorrow', { choice: 'row-7' }, undefined, { pushIfMoved: true })).toEqual({ ok: false, error: 'sb.needCarryReason' });
    expect(targetArgsFromDraft('tomorrow', { choice: 'row-7', carryReason: ' boss away ' }, 'Li Lei', { pushIfMoved: true }))
      .toEqual({ ok: true, value: { which: 'tomorrow', rowId: 'row-7', carryOver: true, reason: 'boss away', rep: 'Li Lei' } });
    // For today, or for a row whose move is no push, the reason is neither asked nor sent.
    expect(targetArgsFromDraft('today', { choice: 'row-7', carryReason: 'x' }, undefined, { pushIfMoved: true })).toEqual({ ok: true, value: { which: 'today', rowId: 'row-7' } });
    expect(targetArgsFromDraft('tomorrow', { choice: 'row-7', carryReason: 'x' }, undefined, { pushIfMoved: false })).toEqual({ ok: true, value: { which: 'tomorrow', rowId: 'row-7' } });
  });
});

describe('carryArgsFromDraft', () => {
  it('carries today\'s target over to the next working day only with a reason', () => {
    expect(carryArgsFromDraft('r1', { carryReason: '   ' })).toEqual({ ok: false, error: 'sb.needCarryReason' });
    const checked = carryArgsFromDraft('r1', { carryReason: ' Boss travelling ' });
    expect(checked).toEqual({ ok: true, value: { which: 'tomorrow', rowId: 'r1', carryOver: true, reason: 'Boss travelling' } });
    if (checked.ok) expectJsonShaped(checked.value);
  });
});

describe('matchesPick', () => {
  it('finds a customer by any part of its name, ignoring case, width and spaces, within a tier', () => {
    const acme = customer({ customer: 'Acme Trading', tier: 'B' });
    expect(matchesPick(acme, 'trad', '')).toBe(true);
    expect(matchesPick(acme, 'ＡＣＭＥ ｔ', '')).toBe(true);
    expect(matchesPick(acme, 'acme', 'A')).toBe(false);
    expect(matchesPick(acme, '', 'B')).toBe(true);
    expect(matchesPick(customer({ customer: '华美贸易' }), '贸易', '')).toBe(true);
  });
});

describe('resultArgsFromDraft', () => {
  const target = { id: 'r1', nextStep: 'Call back Monday' };

  it('sends only the outcome for a signing, even if reason fields were filled before switching', () => {
    const checked = resultArgsFromDraft(target, { outcome: 'signed', reasonCategory: 'budget', reasonText: 'x', nextStep: 'y' });
    expect(checked).toEqual({ ok: true, value: { rowId: 'r1', outcome: 'signed' } });
  });

  it('needs an outcome, and a reason category for not signed and drop', () => {
    expect(resultArgsFromDraft(target, { outcome: 'notSigned' })).toEqual({ ok: false, error: 'sb.needReason' });
    expect(resultArgsFromDraft(target, { outcome: 'dropped', reasonCategory: 'nonsense' })).toEqual({ ok: false, error: 'sb.needReason' });
    expect(resultArgsFromDraft(target, {})).toEqual({ ok: false, error: 'sb.needOutcome' });
  });

  it('asks for the next step afresh for Not signed: the row\'s old one is never sent unread', () => {
    expect(resultArgsFromDraft(target, { outcome: 'notSigned', reasonCategory: 'timing' })).toEqual({ ok: false, error: 'sb.needNextStep' });
    const checked = resultArgsFromDraft(target, { outcome: 'notSigned', reasonCategory: 'timing', nextStep: 'Call Tuesday 10:00' });
    expect(checked).toEqual({ ok: true, value: { rowId: 'r1', outcome: 'notSigned', reasonCategory: 'timing', nextStep: 'Call Tuesday 10:00' } });
  });

  it('needs a next step for Not signed when the rep cleared it', () => {
    expect(resultArgsFromDraft(target, { outcome: 'notSigned', reasonCategory: 'busy', nextStep: '  ' })).toEqual({ ok: false, error: 'sb.needNextStep' });
  });

  it('trims text and omits empty optional fields instead of sending undefined', () => {
    const checked = resultArgsFromDraft(target, { outcome: 'dropped', reasonCategory: 'competitor', reasonText: '  went with Hooli ', nextStep: 'x' }, 'Han Mei');
    expect(checked).toEqual({ ok: true, value: { rowId: 'r1', outcome: 'dropped', reasonCategory: 'competitor', reasonText: 'went with Hooli', rep: 'Han Mei' } });
    const noText = resultArgsFromDraft(target, { outcome: 'dropped', reasonCategory: 'budget', reasonText: '   ' });
    expect(noText).toEqual({ ok: true, value: { rowId: 'r1', outcome: 'dropped', reasonCategory: 'budget' } });
    if (checked.ok) expectJsonShaped(checked.value);
    if (noText.ok) expect(Object.keys(noText.value)).not.toContain('reasonText');
  });
});

describe('paceView', () => {
  it('places signings, the floor so far and the goal band on a 0..goalHigh scale', () => {
    const view = paceView(month({ signed: 1, floorSoFar: 1, projected: 2.2 }));
    expect(view).toEqual({ signedPct: 10, floorPct: 10, goalLowPct: 80, goalHighPct: 100, status: 'floorMet', showProjection: true, floorSignings: 1 });
  });

  it('is below the floor when signings lag the 10% of working days so far', () => {
    expect(paceView(month({ signed: 0, floorSoFar: 1.5, projected: 0 })).status).toBe('below');
  });

  it('judges what is signed, not the projection: an early signing is "above the floor", not "on goal"', () => {
    const early = paceView(month({ signed: 2, workingDaysSoFar: 3, floorSoFar: 0.3, projected: 14.7 }));
    expect(early.status).toBe('floorMet');
    expect(early.showProjection).toBe(false);
    expect(paceView(month({ signed: 0, workingDaysSoFar: 12, floorSoFar: 1.2, projected: 9 })).status).toBe('below');
  });

  it('shows the projection only from the fifth working day', () => {
    expect(paceView(month({ workingDaysSoFar: 4 })).showProjection).toBe(false);
    expect(paceView(month({ workingDaysSoFar: 5 })).showProjection).toBe(true);
  });

  it('says the goal is met once the signings reach it, and the scale grows past the goal', () => {
    const view = paceView(month({ signed: 12, floorSoFar: 1, projected: 20 }));
    expect(view.status).toBe('goalMet');
    expect(view.signedPct).toBe(100);
    expect(view.goalHighPct).toBeCloseTo(83.3, 1);
  });
});

describe('repForWrites', () => {
  it('names the rep on screen for a manager, even their default rep, and nobody for a rep writing their own rows', () => {
    expect(repForWrites({ rep: 'Wang Fang', email: 'zhou@example.com', isManager: true })).toBe('Wang Fang');
    expect(repForWrites({ rep: 'Wang Fang', email: 'wang@example.com', isManager: false })).toBeUndefined();
    expect(repForWrites(null)).toBeUndefined();
  });
});

describe('the floor in whole signings', () => {
  it('is the signings that reach 10% of the working days so far: 0.3 is one to make, 2.0 is two, 2.1 is three', () => {
    expect(paceView(month({ floorSoFar: 0.3, signed: 0 })).floorSignings).toBe(1);
    expect(paceView(month({ floorSoFar: 2, signed: 2 }))).toMatchObject({ floorSignings: 2, status: 'floorMet' });
    expect(paceView(month({ floorSoFar: 2.1, signed: 2 }))).toMatchObject({ floorSignings: 3, status: 'below' });
  });

  it('does not judge a rep with no customers yet', () => {
    expect(paceView(month({ signed: 0, floorSoFar: 1.5, workingDaysSoFar: 15 }), true)).toMatchObject({ status: 'new', showProjection: false });
  });
});

describe('Drafts', () => {
  it('keeps each form apart, falls back when a field was never touched, and forgets a form on clear', () => {
    const drafts = new Drafts();
    drafts.set('today', 'name', 'Acme');
    drafts.set('result:r1', 'outcome', 'dropped');
    expect(drafts.get('today', 'name')).toBe('Acme');
    expect(drafts.get('today', 'tier', 'A')).toBe('A');
    drafts.set('today', 'name', '');
    expect(drafts.get('today', 'name', 'fallback')).toBe('');
    const copy = drafts.form('today');
    copy.name = 'changed';
    expect(drafts.get('today', 'name')).toBe('');
    drafts.clear('today');
    expect(drafts.form('today')).toEqual({});
    expect(drafts.get('result:r1', 'outcome')).toBe('dropped');
    drafts.clearAll();
    expect(drafts.form('result:r1')).toEqual({});
  });
});
