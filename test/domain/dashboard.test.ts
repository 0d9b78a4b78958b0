// The Dashboard's figures and the digest's 14-day chart, from the Daily Log, the rows and the team.
import {
  BLOCK_WIDTH, TABLE_COLUMNS, dailyTotals, dashboardBlock, dashboardData, repMonths, weeklyFlow, workingWindowStart,
} from '../../src/domain/dashboard';
import { buildDigest } from '../../src/domain/digest';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import type { DailyLogRow } from '../../src/domain/summary';
import type { Cell } from '../../src/domain/types';
import { member, row, settingsWith, team } from './fixtures';

const TODAY = '2026-11-27'; // a Friday
const date = (d: string): Cell => ({ date: d });

function logRow(d: string, rep: string, n: number): DailyLogRow {
  return {
    date: d, rep, A: n, B: 2 * n, C: 3 * n, open: 6 * n + 1, added: n % 3, signed: n % 2, dropped: 1,
    todayTargets: '', targetSigned: '', tomorrowTarget: '', uncleared: 0, pushed: 0,
  };
}

/** Every weekday from 2026-10-01 to today for Ann and Ben, Ann's figures growing by one a day. */
function weekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}
const DAYS = weekdays('2026-10-01', TODAY);
const LOG = DAYS.flatMap((d, i) => [logRow(d, 'Ann', i), logRow(d, 'ben', 100)]);

describe('the last working days from the Daily Log', () => {
  it('starts the window 30 working days back, counting today when it is one and skipping holidays', () => {
    expect(workingWindowStart(TODAY, 30, DEFAULT_SETTINGS)).toBe('2026-10-19');
    expect(workingWindowStart('2026-11-28', 1, DEFAULT_SETTINGS)).toBe(TODAY); // a Saturday: Friday is the last
    expect(workingWindowStart(TODAY, 30, settingsWith({ holidays: ['2026-11-02'] }))).toBe('2026-10-16');
  });

  it('sums every rep per logged day, oldest first, 30 working days; out is signed + dropped', () => {
    const days = dailyTotals(LOG, TODAY, 30, DEFAULT_SETTINGS);
    expect(days).toHaveLength(30);
    expect(days[0].date).toBe('2026-10-19');
    expect(days[29].date).toBe(TODAY);
    const i = DAYS.indexOf(TODAY);
    expect(days[29]).toEqual({ date: TODAY, A: i + 100, B: 2 * i + 200, C: 3 * i + 300, open: 6 * i + 1 + 601, added: (i % 3) + 1, out: (i % 2) + 1 + 1 });
  });

  it('keeps to the reps asked for (by name, case and spaces aside), and leaves out days nobody logged', () => {
    const gaps = LOG.filter((l) => l.date !== '2026-11-26');
    const days = dailyTotals(gaps, TODAY, 14, DEFAULT_SETTINGS, ['BEN ']);
    expect(days).toHaveLength(13);
    expect(days.map((d) => d.date)).not.toContain('2026-11-26');
    expect(days.every((d) => d.A === 100 && d.open === 601)).toBe(true);
    expect(dailyTotals(LOG, TODAY, 14, DEFAULT_SETTINGS, [])).toEqual([]);
  });
});

describe('added vs out per week, from the rows', () => {
  const rows = [
    row({ rep: 'Ann', customer: 'a', tier: 'A', added: date('2026-11-23') }),
    row({ rep: 'Ann', customer: 'b', tier: 'B', status: 'Signed', added: date('2026-10-05'), closed: date('2026-11-27') }),
    row({ rep: 'Ann', customer: 'c', tier: 'C', status: 'Dropped', reason: 'budget', added: date('2026-10-06'), closed: date('2026-10-09') }),
    row({ rep: 'Ann', customer: 'd', tier: 'C', added: date('2026-09-01') }), // before the eight weeks
    row({ rep: 'Ann', customer: 'e', tier: 'C', added: date('2026-12-01') }), // after today
    row({}),
  ];

  it('gives eight Monday-to-Sunday weeks ending with this one, counting each Added and each close in its week', () => {
    const weeks = weeklyFlow(rows, TODAY);
    expect(weeks.map((w) => w.week)).toEqual([
      '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23',
    ]);
    expect(weeks[0]).toEqual({ week: '2026-10-05', added: 2, out: 1 });
    expect(weeks[7]).toEqual({ week: '2026-11-23', added: 1, out: 1 });
    expect(weeks.slice(1, 7).every((w) => w.added === 0 && w.out === 0)).toBe(true);
  });
});

describe("each rep's month", () => {
  it('counts signings closed this month per active rep, in Team order, against the floor so far and the 8–10 goal', () => {
    const rows = [
      row({ rep: 'ben', customer: 'x', tier: 'A', status: 'Signed', closed: date('2026-11-02') }),
      row({ rep: 'Ben', customer: 'y', tier: 'A', status: 'Signed', closed: date('2026-11-27') }),
      row({ rep: 'Ben', customer: 'z', tier: 'A', status: 'Signed', closed: date('2026-10-30') }),
      row({ rep: 'Ann', customer: 'w', tier: 'A', status: 'Dropped', reason: 'no', closed: date('2026-11-20') }),
      row({ rep: 'Old', customer: 'v', tier: 'A', status: 'Signed', closed: date('2026-11-20') }),
    ];
    const t = team(member('Ann'), member('Ben'), member('Old', undefined, false));
    expect(repMonths(rows, t, TODAY, DEFAULT_SETTINGS)).toEqual([
      { rep: 'Ann', signed: 0, floorSoFar: 2, goalLow: 8, goalHigh: 10 },
      { rep: 'Ben', signed: 2, floorSoFar: 2, goalLow: 8, goalHigh: 10 },
    ]);
  });
});

describe('the block of cells', () => {
  it('puts each table under its caption and headers, side by side, in the sheet’s language, padded to one rectangle', () => {
    const data = dashboardData({ rows: [], team: team(member('Ann'), member('王芳')), log: LOG, today: TODAY, settings: DEFAULT_SETTINGS });
    const { cells, rows } = dashboardBlock(data, 'zh');
    expect(rows).toEqual({ days: 30, weeks: 8, reps: 2 });
    expect(cells).toHaveLength(32);
    expect(cells.every((r) => r.length === BLOCK_WIDTH)).toBe(true);
    expect(cells[0][TABLE_COLUMNS.days.col]).toBe('近30个工作日（日志，全队）');
    expect(cells[1].slice(0, 7)).toEqual(['日期', 'A', 'B', 'C', '跟进中', '新增', '流出（签单+放弃）']);
    expect(cells[2][0]).toEqual({ date: '2026-10-19' });
    expect(cells[1].slice(TABLE_COLUMNS.weeks.col, TABLE_COLUMNS.weeks.col + 3)).toEqual(['周（起）', '新增', '流出（签单+放弃）']);
    expect(cells[1].slice(TABLE_COLUMNS.reps.col)).toEqual(['销售', '已签单', '至今底线', '目标 8', '目标 10']);
    expect(cells[3].slice(TABLE_COLUMNS.reps.col)).toEqual(['王芳', 0, 2, 8, 10]);
    expect(cells[4][TABLE_COLUMNS.reps.col]).toBe('');
    expect(cells[31][7]).toBe(''); // the empty column between tables
  });
});

describe("the digest's 14-day chart", () => {
  it("holds the manager's reps' open A/B/C on each logged day of the last 14 working days", () => {
    const t = team(member('Ann', ['mia@x.test']), member('Ben', ['leo@x.test']));
    const model = buildDigest({
      lang: 'en', teamName: 'T', managerEmail: 'mia@x.test', sheetUrl: '', pipelineGid: 0, today: TODAY,
      settings: DEFAULT_SETTINGS, team: t, rows: [], log: LOG,
    });
    expect(model.chart).toHaveLength(14);
    expect(model.chart[0].date).toBe('2026-11-10');
    const i = DAYS.indexOf(TODAY);
    expect(model.chart[13]).toEqual({ date: TODAY, A: i, B: 2 * i, C: 3 * i });
  });
});
