import { buildDigest, managersToNotify, type DigestInput } from '../../src/domain/digest';
import { parseRow } from '../../src/domain/cells';
import { encodeMemory } from '../../src/domain/memory';
import { buildTeamIndex } from '../../src/domain/team';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import type { DailyLogRow } from '../../src/domain/summary';
import type { Cell, ColumnKey, Row, Settings, TeamMember } from '../../src/domain/types';

// Friday 27 November 2026: 20 of November's 21 working days have passed; the week began Monday the 23rd;
// the next working day is Monday the 30th.
const TODAY = '2026-11-27';
const URL = 'https://docs.google.com/spreadsheets/d/abc/edit';
const SCRIPT = '<script>alert(1)</script>';

const member = (rep: string, managers: string[], active = true): TeamMember =>
  ({ rep, email: `${rep.toLowerCase()}@x.test`, managerEmails: managers, active });

const TEAM = buildTeamIndex([
  member('Ann', ['mia@x.test']),
  member('Ben', ['mia@x.test']),
  member('蔡伟', ['mia@x.test', 'leo@x.test']),
  member('Dee', ['leo@x.test']),
  member('Old', ['mia@x.test'], false),
  member('Zoe', ['zed@x.test'], false),
]);

type Cells = Partial<Record<Exclude<ColumnKey, 'memory' | 'target' | 'lastContact' | 'tierSince' | 'added' | 'closed'>, Cell>>
  & Partial<Record<'target' | 'lastContact' | 'tierSince' | 'added' | 'closed' | 'memory', string>>;

/** A Pipeline row as the sheets/ adapter would hand it over: dates as {date} cells. */
function row(sheetRow: number, cells: Cells): Row {
  const date = (d?: string): Cell => (d ? { date: d } : '');
  return parseRow(sheetRow, {
    id: `R${sheetRow}`, rep: cells.rep ?? '', customer: cells.customer ?? '', tier: cells.tier ?? '',
    status: cells.status ?? 'Open', target: date(cells.target), nextStep: cells.nextStep ?? '',
    lastContact: date(cells.lastContact), visits: cells.visits ?? '', reason: cells.reason ?? '',
    tierSince: date(cells.tierSince), added: date(cells.added), closed: date(cells.closed), flag: '',
    memory: cells.memory ?? '',
  });
}

const ROWS: Row[] = [
  // Ann: today's targets Acme (visited today, not signed) and Bolt (signed on the first visit); Crane is tomorrow's.
  // Ann recorded "not signed" for Acme in the sidebar today: the add-on's memory of the row says so.
  row(2, {
    rep: 'Ann', customer: 'Acme', tier: 'A', target: TODAY, lastContact: TODAY, visits: 2, tierSince: '2026-11-24', added: '2026-11-10', nextStep: 'Contract',
    memory: encodeMemory({ tier: 'A', status: 'Open', target: TODAY, pushes: 0, namedOn: TODAY, result: 'notSigned', resultOn: TODAY, history: false }),
  }),
  row(3, { rep: 'Ann', customer: 'Bolt', tier: 'A', status: 'Signed', target: TODAY, closed: TODAY, visits: 1, tierSince: TODAY, added: TODAY }),
  row(4, { rep: 'Ann', customer: 'Crane', tier: 'B', target: '2026-11-30', visits: 3, tierSince: '2026-11-01', added: '2026-11-01' }),
  row(5, { rep: 'Ann', customer: 'Dyno', tier: 'A', visits: 1, tierSince: '2026-11-16', added: '2026-11-16' }),
  row(6, { rep: 'Ann', customer: 'Echo', tier: 'C', visits: 1, tierSince: '2026-07-01', added: '2026-07-01' }),
  row(7, { rep: 'Ann', customer: 'Fig', tier: 'B', status: 'Dropped', closed: '2026-11-25', reason: 'Busy', visits: 2, tierSince: '2026-11-23', added: '2026-11-23' }),
  row(8, { rep: 'Ann', customer: 'Gala', tier: 'A', status: 'Signed', closed: '2026-11-03', visits: 4, tierSince: '2026-10-20', added: '2026-10-15' }),
  row(9, { rep: 'Ann', customer: 'Hex', tier: 'A', status: 'Signed', closed: '2026-10-30', visits: 1, tierSince: '2026-10-29', added: '2026-10-29' }),
  // Ben: a missed target, a target with no result, no target for tomorrow, one hard and one old soft drop.
  row(10, { rep: 'ben', customer: 'Ivy', tier: 'A', target: '2026-11-26', lastContact: '2026-11-26', visits: 2, tierSince: '2026-11-25', added: '2026-11-25' }),
  row(11, { rep: 'Ben', customer: 'Jade', tier: 'B', target: TODAY, lastContact: '2026-11-20', visits: 1, tierSince: '2026-11-20', added: '2026-11-20' }),
  row(12, { rep: 'Ben', customer: 'Kilo', tier: 'C', status: 'Dropped', closed: '2026-11-26', reason: 'budget cut', visits: 1, tierSince: '2026-11-10', added: '2026-11-10' }),
  row(13, { rep: 'Ben', customer: 'Lime', tier: 'B', status: 'Dropped', closed: '2026-11-18', reason: 'no answer', visits: 1, tierSince: '2026-11-02', added: '2026-11-02' }),
  row(14, { rep: 'Ben', customer: 'Mango', tier: 'B', visits: 1, tierSince: '2026-11-24', added: '2026-11-24' }),
  row(15, { rep: 'Ben', customer: 'Nut', tier: 'C', visits: 0, tierSince: '2026-11-26', added: '2026-11-26' }),
  // 蔡伟 (two managers): a hostile customer name targeted for tomorrow, a first-visit signing, a soft drop in Chinese.
  row(16, { rep: '蔡伟', customer: SCRIPT, tier: 'A', target: '2026-11-30', visits: 1, tierSince: TODAY, added: TODAY, nextStep: 'Quote & "demo"' }),
  row(17, { rep: '蔡伟', customer: '北辰', tier: 'B', status: 'Signed', closed: TODAY, visits: 1, tierSince: '2026-11-02', added: '2026-11-02' }),
  row(18, { rep: '蔡伟', customer: 'Omega', tier: 'C', status: 'Dropped', closed: TODAY, reason: '客户忙', visits: 1, tierSince: '2026-11-02', added: '2026-11-02' }),
  // Leo's own rep, a rep who left (Mia's), a rep nobody knows, and a spare empty line.
  row(19, { rep: 'Dee', customer: 'Papa', tier: 'A', target: TODAY, visits: 1, tierSince: '2026-11-26', added: '2026-11-26' }),
  row(20, { rep: 'Old', customer: 'Quill', tier: 'B', target: '2026-11-30', visits: 1, tierSince: '2026-11-20', added: '2026-11-20' }),
  row(21, { rep: 'Ghost', customer: 'Rho', tier: 'C', visits: 1, tierSince: '2026-11-22', added: '2026-11-22' }),
  row(22, { status: '' }),
];

function logRow(date: string, rep: string, A: number, B: number, C: number): DailyLogRow {
  return {
    date, rep, A, B, C, open: A + B + C, added: 0, signed: 0, dropped: 0,
    todayTargets: '', targetSigned: '', tomorrowTarget: '', uncleared: 0, pushed: 0,
  };
}

// Two weeks of Daily Log: every working day from the 13th to the 26th, for every active rep. Each date has its own
// numbers so that reading the wrong date changes the answer; the 20th (7 days ago) is the one that counts.
const LOG_DATES = ['2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20',
  '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'];
const LOG: DailyLogRow[] = LOG_DATES.flatMap((date, i) => date === '2026-11-20'
  ? [logRow(date, 'ANN', 1, 2, 1), logRow(date, 'Ben', 0, 1, 1), logRow(date, '蔡伟', 1, 0, 0), logRow(date, 'Dee', 5, 5, 5)]
  : ['Ann', 'Ben', '蔡伟', 'Dee'].map((rep) => logRow(date, rep, 10 + i, 20 + i, 30 + i)));

function input(over: Partial<DigestInput> = {}): DigestInput {
  return {
    lang: 'en', teamName: 'Sales pipeline', managerEmail: 'mia@x.test', sheetUrl: URL, pipelineGid: 123,
    today: TODAY, settings: DEFAULT_SETTINGS, team: TEAM, rows: ROWS, log: LOG, ...over,
  };
}

const link = (r: number): string => `${URL}#gid=123&range=A${r}`;

describe('today’s results', () => {
  it('says "not signed" only when it was recorded today; otherwise the target has no result yet', () => {
    const ann = (d: ReturnType<typeof buildDigest>) => d.reps.find((r) => r.rep === 'Ann')!.todayTargets[0];
    expect(ann(buildDigest(input()))).toEqual({ customer: 'Acme', result: 'notSigned' });
    const forgotten = ROWS.map((r) => (r.sheetRow === 2 ? parseRow(2, { ...r.raw, memory: '' }) : r));
    expect(ann(buildDigest(input({ rows: forgotten })))).toEqual({ customer: 'Acme', result: 'open' });
    const yesterday = ROWS.map((r) => (r.sheetRow === 2 ? parseRow(2, { ...r.raw, memory: String(r.raw.memory).replace(`|N|${TODAY}|`, '|N|2026-11-01|') }) : r));
    expect(ann(buildDigest(input({ rows: yesterday })))).toEqual({ customer: 'Acme', result: 'open' });
  });
});

describe('managersToNotify', () => {
  it('lists each manager with an active rep once, and skips a manager whose only rep left', () => {
    expect(managersToNotify(TEAM)).toEqual(['mia@x.test', 'leo@x.test']);
  });

  it('matches manager addresses case-insensitively', () => {
    const team = buildTeamIndex([member('A', ['Boss@X.test']), member('B', ['boss@x.test '])]);
    expect(managersToNotify(team)).toEqual(['boss@x.test']);
  });
});

describe('buildDigest — Mia (Ann, Ben, 蔡伟)', () => {
  const d = buildDigest(input());

  it('knows the day', () => {
    expect([d.date, d.nextWorkingDay, d.isWorkingDay, d.teamName, d.managerEmail])
      .toEqual([TODAY, '2026-11-30', true, 'Sales pipeline', 'mia@x.test']);
  });

  it('totals the open tiers of her active reps and compares with the Daily Log of 7 days ago', () => {
    const { A, B, C, open, change7 } = d.totals;
    expect({ A, B, C, open }).toEqual({ A: 4, B: 3, C: 2, open: 9 });
    // On the 20th Ann+Ben+蔡伟 had A 2, B 3, C 2, open 7 (Dee's row belongs to Leo).
    expect(change7).toEqual({ A: 2, B: 0, C: 0, open: 2 });
  });

  it('counts today’s targets, today’s signings and the month against the floor', () => {
    const t = d.totals;
    expect([t.todayTargetsNamed, t.todayTargetsSigned, t.signedToday]).toEqual([3, 1, 2]);
    expect([t.monthSigned, t.workingDaysSoFar, t.workingDaysInMonth]).toEqual([3, 20, 21]);
    expect([t.floorSoFar, t.goalLow, t.goalHigh]).toEqual([6, 24, 30]);
  });

  it('gives each rep A/B/C, today’s targets with their result, tomorrow’s targets, uncleared and month', () => {
    expect(d.reps.map((r) => r.rep)).toEqual(['Ann', 'Ben', '蔡伟']);
    const [ann, ben, cai] = d.reps;
    expect(ann).toMatchObject({
      rep: 'Ann', A: 2, B: 1, C: 1, open: 4,
      todayTargets: [{ customer: 'Acme', result: 'notSigned' }, { customer: 'Bolt', result: 'signed' }],
      tomorrowTargets: ['Crane'], uncleared: 2, monthSigned: 2, firstVisitSignings: 1, floorSoFar: 2, pushed: [],
    });
    expect(ben).toMatchObject({
      A: 1, B: 2, C: 1, open: 4, todayTargets: [{ customer: 'Jade', result: 'open' }],
      tomorrowTargets: [], uncleared: 1, monthSigned: 0, firstVisitSignings: 0,
    });
    expect(cai).toMatchObject({
      A: 1, B: 0, C: 0, open: 1, todayTargets: [], tomorrowTargets: [SCRIPT], uncleared: 0, monthSigned: 1, firstVisitSignings: 1,
    });
  });

  it('names the reps with no target for tomorrow', () => {
    expect(d.noTargetTomorrow).toEqual(['Ben']);
  });

  it('puts every open A customer in its rep\'s card, flagged first, with days as A, target, next step, visits and reason', () => {
    const a = d.reps.map((r) => r.aCustomers.items.map((x) => [x.rep, x.customer, x.daysAsA, x.target, x.visits, x.link]));
    expect(a).toEqual([
      [['Ann', 'Dyno', 11, '', 1, link(5)], ['Ann', 'Acme', 3, TODAY, 2, link(2)]],
      [['Ben', 'Ivy', 2, '2026-11-26', 2, link(10)]],
      [['蔡伟', SCRIPT, 0, '2026-11-30', 1, link(16)]],
    ]);
    expect(d.reps.map((r) => r.aCustomers.more)).toEqual([0, 0, 0]);
    const [[dyno, acme], [ivy], [script]] = d.reps.map((r) => r.aCustomers.items);
    expect([acme.nextStep, acme.flags, script.nextStep]).toEqual(['Contract', [], 'Quote & "demo"']);
    // Most urgent first, in the words the sidebar uses: the day is named, the count is whole.
    expect(dyno.flags).toEqual([{ kind: 'noTarget', text: 'A without target date' }, { kind: 'aged', text: 'A for 11 days (max 7)' }]);
    expect(ivy.flags).toEqual([{ kind: 'missed', text: 'target Thu, Nov 26 passed' }]);
  });

  it('lists uncleared rows most urgent first, including her rep who left and a rep not on Team, and not the A customers already in a card', () => {
    expect(d.uncleared.items.map((u) => [u.customer, u.rep, u.tier, u.daysInTier, u.link, u.flags[0].kind])).toEqual([
      ['Quill', 'Old', 'B', 7, link(20), 'invalid'],
      ['Rho', 'Ghost', 'C', 5, link(21), 'invalid'],
      ['Echo', 'Ann', 'C', 149, link(6), 'aged'],
    ]);
    expect(d.uncleared.items[2].flags.map((f) => f.text)).toEqual(['C for 149 days (max 90)']);
    expect(d.uncleared.items[0].flags.map((f) => f.text)).toEqual(['rep "Old" is not active on Team']);
    expect(d.uncleared.more).toBe(0);
    const listed = new Set(d.uncleared.items.map((u) => u.customer));
    for (const card of d.reps) for (const a of card.aCustomers.items) expect([a.customer, listed.has(a.customer)]).toEqual([a.customer, false]);
  });

  it('sends soft drops of the last 7 days for review, newest first', () => {
    expect(d.softDrops.items).toEqual([
      { rep: '蔡伟', customer: 'Omega', link: link(18), reason: '客户忙', closed: TODAY },
      { rep: 'Ann', customer: 'Fig', link: link(7), reason: 'Busy', closed: '2026-11-25' },
    ]);
  });

  it('lists new customers of the last 7 days not signed on the first visit', () => {
    expect(d.notFirstVisit.items.map((n) => [n.customer, n.rep, n.added, n.visits, n.status])).toEqual([
      ['Fig', 'Ann', '2026-11-23', 2, 'Dropped'],
      ['Ivy', 'Ben', '2026-11-25', 2, 'Open'],
      ['Mango', 'Ben', '2026-11-24', 1, 'Open'],
      [SCRIPT, '蔡伟', TODAY, 1, 'Open'],
    ]);
  });

  it('shows this week’s flow per rep: added against signed + dropped', () => {
    expect(d.flow).toEqual([
      { rep: 'Ann', added: 2, signed: 1, dropped: 1, clearing: true },
      { rep: 'Ben', added: 3, signed: 0, dropped: 1, clearing: false },
      { rep: '蔡伟', added: 1, signed: 1, dropped: 1, clearing: true },
    ]);
  });
});

describe('buildDigest — other managers and edge cases', () => {
  it('gives Leo only his reps, and the unknown rep’s row but not Mia’s leaver', () => {
    const d = buildDigest(input({ managerEmail: 'LEO@x.test' }));
    expect(d.reps.map((r) => [r.rep, r.A, r.open])).toEqual([['蔡伟', 1, 1], ['Dee', 1, 1]]);
    // Now 蔡伟 + Dee: A 2, open 2; on the 20th: A 6, B 5, C 5, open 16.
    expect(d.totals.change7).toEqual({ A: -4, B: -5, C: -5, open: -14 });
    expect(d.uncleared.items.map((u) => u.customer)).toEqual(['Rho']);
    expect(d.noTargetTomorrow).toEqual(['Dee']);
    expect([d.totals.floorSoFar, d.totals.goalLow, d.totals.goalHigh]).toEqual([4, 16, 20]);
  });

  it('compares with the last logged day before a week ago when that day has no log (a holiday), and has no change without any', () => {
    const older = LOG.filter((l) => l.date < '2026-11-20');
    const lastBefore = older.reduce((d, l) => (l.date > d ? l.date : d), '');
    expect(lastBefore).not.toBe('');
    const d = buildDigest(input({ log: LOG.filter((l) => l.date !== '2026-11-20') }));
    const asIfWeekAgo = buildDigest(input({ log: LOG.filter((l) => l.date === lastBefore).map((l) => ({ ...l, date: '2026-11-20' })) }));
    expect(d.totals.change7).toEqual(asIfWeekAgo.totals.change7);
    expect(d.totals.change7.open).not.toBeNull();
    expect(buildDigest(input({ log: LOG.filter((l) => l.date > '2026-11-20') })).totals.change7.open).toBeNull();
    expect(buildDigest(input({ log: [] })).totals.change7.open).toBeNull();
  });

  it('caps each list at the digest list length and says how many more, but never the A customers', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, digestListLength: 2 };
    const d = buildDigest(input({ settings }));
    expect(d.reps.map((r) => r.aCustomers.items.length)).toEqual([2, 1, 1]);
    expect([d.uncleared.items.map((u) => u.customer), d.uncleared.more]).toEqual([['Quill', 'Rho'], 1]);
    expect([d.softDrops.items.length, d.softDrops.more]).toEqual([2, 0]);
    expect([d.notFirstVisit.items.length, d.notFirstVisit.more]).toEqual([2, 2]);
  });

  it('shows every invalid row even when the list is shorter, and cuts the less urgent ones', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, digestListLength: 1 };
    const d = buildDigest(input({ settings }));
    expect([d.uncleared.items.map((u) => u.customer), d.uncleared.more]).toEqual([['Quill', 'Rho'], 1]);
  });

  it('sorts the uncleared list invalid, A without target, pushed, missed, aged — whatever their age', () => {
    // Leo's digest: rows not in a rep's card (B/C rows, or an A row of a rep who left), each with a different reason;
    // among rows of one kind the oldest comes first.
    const pushedMemory = encodeMemory({ tier: 'B', status: 'Open', target: '2026-11-30', pushes: 3, namedOn: TODAY, result: '', resultOn: '', history: false });
    const rows = [
      row(2, { rep: 'Dee', customer: 'Aged', tier: 'C', tierSince: '2026-01-01', added: '2026-01-01', visits: 1 }),
      row(3, { rep: 'Dee', customer: 'Missed', tier: 'B', target: '2026-11-20', tierSince: '2026-11-19', added: '2026-11-19', visits: 1 }),
      row(4, { rep: 'Dee', customer: 'Pushed', tier: 'B', target: '2026-11-30', tierSince: '2026-11-19', added: '2026-11-19', visits: 1, memory: pushedMemory }),
      row(5, { rep: 'Zoe', customer: 'Leaver', tier: 'A', tierSince: '2026-11-26', added: '2026-11-26', visits: 1 }),
      row(6, { rep: 'Dee', customer: 'Bad', tier: 'Q', tierSince: '2026-11-20', added: '2026-11-20', visits: 1 }),
    ];
    const d = buildDigest(input({ managerEmail: 'leo@x.test', rows, settings: { ...DEFAULT_SETTINGS, digestListLength: 2 } }));
    expect(d.uncleared.items.map((u) => [u.customer, u.flags[0].kind])).toEqual([['Bad', 'invalid'], ['Leaver', 'invalid']]);
    const all = buildDigest(input({ managerEmail: 'leo@x.test', rows }));
    expect(all.uncleared.items.map((u) => u.customer)).toEqual(['Bad', 'Leaver', 'Pushed', 'Missed', 'Aged']);
    expect(all.uncleared.items[1].flags.map((f) => f.kind)).toEqual(['invalid', 'noTarget']);
    expect(all.uncleared.items[2].flags.map((f) => f.text)).toEqual(['target pushed 3 times']);
  });

  it('carries every A customer of 8 reps × 3 with a list length of 20: all 24, each in its rep\'s card', () => {
    const reps = Array.from({ length: 8 }, (_, i) => `Rep${i + 1}`);
    const team = buildTeamIndex(reps.map((rep) => member(rep, ['boss@x.test'])));
    const rows = reps.flatMap((rep, i) => [0, 1, 2].map((j) =>
      row(2 + i * 3 + j, { rep, customer: `${rep}-A${j + 1}`, tier: 'A', target: '2026-11-30', tierSince: '2026-11-20', added: '2026-11-20', visits: 1 })));
    const d = buildDigest(input({ managerEmail: 'boss@x.test', team, rows, log: [] }));
    expect(DEFAULT_SETTINGS.digestListLength).toBe(20);
    expect(d.reps.map((r) => r.aCustomers.items.length)).toEqual([3, 3, 3, 3, 3, 3, 3, 3]);
    expect(d.reps.flatMap((r) => r.aCustomers.items.map((a) => a.customer))).toEqual(rows.map((r) => r.customer));
    expect(d.reps.every((r) => r.aCustomers.more === 0 && r.aCustomers.items.every((a) => a.rep === r.rep))).toBe(true);
  });

  it('lists the pushed B/C targets per rep, most pushed first; an A customer says it in its own line', () => {
    const mem = (pushes: number, tier: 'A' | 'B' | 'C') => encodeMemory({ tier, status: 'Open', target: '2026-11-30', pushes, namedOn: TODAY, result: '', resultOn: '', history: false });
    const rows = [
      row(2, { rep: 'Dee', customer: 'Once', tier: 'B', target: '2026-11-30', tierSince: TODAY, added: TODAY, memory: mem(1, 'B') }),
      row(3, { rep: 'Dee', customer: 'Twice', tier: 'C', target: '2026-11-30', tierSince: TODAY, added: TODAY, memory: mem(2, 'C') }),
      row(4, { rep: 'Dee', customer: 'Big', tier: 'A', target: '2026-11-30', tierSince: TODAY, added: TODAY, memory: mem(2, 'A') }),
    ];
    const d = buildDigest(input({ managerEmail: 'leo@x.test', rows }));
    const dee = d.reps.find((r) => r.rep === 'Dee')!;
    expect(dee.pushed).toEqual([{ customer: 'Twice', pushes: 2 }, { customer: 'Once', pushes: 1 }]);
    expect(dee.aCustomers.items.map((a) => [a.customer, a.pushes])).toEqual([['Big', 2]]);
  });

  it('writes flags and statuses in Chinese for a Chinese sheet', () => {
    const d = buildDigest(input({ lang: 'zh' }));
    expect(d.lang).toBe('zh');
    expect(d.reps[0].aCustomers.items[0].flags.map((f) => f.text)).toEqual(['A类没有目标签单日', 'A类已11天（上限7天）']);
    expect(d.reps[1].aCustomers.items[0].flags.map((f) => f.text)).toEqual(['目标日11月26日 周四已过']);
    expect(d.uncleared.items[2].flags.map((f) => f.text)).toEqual(['C类已149天（上限90天）']);
    expect(d.notFirstVisit.items.map((n) => n.status)).toEqual(['已放弃', '跟进中', '跟进中', '跟进中']);
  });

  it('leaves links empty when the spreadsheet URL is unknown or not https', () => {
    for (const sheetUrl of ['', 'javascript:alert(1)']) {
      const d = buildDigest(input({ sheetUrl }));
      expect(d.uncleared.items.every((u) => u.link === '')).toBe(true);
      expect(d.reps[0].aCustomers.items.every((a) => a.link === '')).toBe(true);
      expect(d.sheetUrl).toBe('');
    }
  });

  it('on a Saturday looks ahead to Monday', () => {
    const d = buildDigest(input({ today: '2026-11-28' }));
    expect([d.isWorkingDay, d.nextWorkingDay]).toEqual([false, '2026-11-30']);
    expect(d.reps[0].tomorrowTargets).toEqual(['Crane']);
  });

  it('gives an empty digest to an address that manages nobody', () => {
    const d = buildDigest(input({ managerEmail: 'nobody@x.test' }));
    expect([d.reps, d.noTargetTomorrow, d.flow]).toEqual([[], [], []]);
    expect([d.totals.open, d.totals.floorSoFar, d.totals.goalLow]).toEqual([0, 0, 0]);
  });
});
