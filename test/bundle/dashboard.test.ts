// The Dashboard sheet through dist/Code.js: its data block and its three native charts, kept by the nightly run.
import { LocalRuntime } from '../../local';
import type { LocalEmbeddedChart } from '../../local/charts';
import { harness, keyOf, type Harness } from '../support/harness';
import { sheetByAnyName } from '../support/team';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

const FRIDAY = new Date('2026-11-27T12:05:00Z'); // 20:05 in Shanghai
const MONDAY = new Date('2026-11-30T12:05:00Z');
const TUESDAY = new Date('2026-12-01T12:05:00Z');
/** Where the block starts on the sheet (below the charts). */
const TOP = 40;

let h: Harness;

beforeEach(() => {
  h = harness({ now: FRIDAY });
});

function night(x: Harness = h, at?: Date): void {
  if (at) x.runtime.clock.set(at);
  if (!x.runtime.triggers().length) x.bundle.call('menuNightlyOn');
  x.runtime.fireTimeTrigger(x.runtime.triggers().find((t) => t.handler === 'heartbeat')!.uniqueId);
}

function dashboard(x: Harness = h): Sheet {
  return sheetByAnyName(x.runtime, 'Dashboard', '看板');
}

/** Apps Script's enum; the local runtime's values are the names. */
const chartType = (name: string) => name as unknown as GoogleAppsScript.Charts.ChartType;
const typeOf = (c: Chart) => (c as unknown as LocalEmbeddedChart).getType();
const title = (c: Chart) => c.getOptions().get('title') as string;
const ranges = (c: Chart) => c.getRanges().map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`);
const position = (c: Chart) => { const p = c.getContainerInfo(); return [p.getAnchorRow(), p.getAnchorColumn(), p.getOffsetX(), p.getOffsetY()]; };

/** The block's three tables as the sheet shows them (dates as keys), without their blank padding rows. */
function block(x: Harness = h) {
  const sheet = dashboard(x);
  const values = sheet.getRange(TOP, 1, sheet.getLastRow() - TOP + 1, 17).getValues();
  const table = (col: number, width: number) => values.slice(2).map((r) => r.slice(col, col + width)).filter((r) => r[0] !== '')
    .map((r) => r.map((v) => (v instanceof Date ? keyOf(x, v) : v)));
  return { values, days: table(0, 7), weeks: table(8, 3), reps: table(12, 5) };
}

/** The Daily Log summed per date, as the Dashboard should show it: date, A, B, C, open, added, out. */
function logTotals(x: Harness = h): unknown[][] {
  const log = sheetByAnyName(x.runtime, 'Daily Log', '日志').getDataRange().getValues().slice(1);
  const byDate = new Map<string, number[]>();
  for (const r of log) {
    const sum = byDate.get(keyOf(x, r[0])) ?? [0, 0, 0, 0, 0, 0];
    [r[2], r[3], r[4], r[5], r[6], Number(r[7]) + Number(r[8])].forEach((v, i) => { sum[i] += Number(v); });
    byDate.set(keyOf(x, r[0]), sum);
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([d, sums]) => [d, ...sums]);
}

test('Set up puts the Dashboard after the team’s own tabs and leaves them as they were', () => {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai', locale: 'en_US', now: FRIDAY, userEmail: 'manager@example.com' });
  const bundle = runtime.loadBundle();
  const ss = runtime.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const notes = ss.insertSheet('Our notes');
  notes.getRange('A1:B2').setValues([['Call list', 'who'], ['Acme', 'Alice']]);
  notes.getRange('A1').setBackground('#00ff00');
  ss.setActiveSheet(notes);
  bundle.call('menuSetupSheets');
  const names = ss.getSheets().map((s) => s.getName());
  expect(names.pop()).toBe('Dashboard');
  expect(names).toEqual(expect.arrayContaining(['Our notes', 'Pipeline', 'Team', 'Settings', 'Daily Log']));
  expect(names).not.toContain('Sheet1'); // the empty default tab Set up did not need (issue 12)
  expect(notes.getDataRange().getValues()).toEqual([['Call list', 'who'], ['Acme', 'Alice']]);
  expect(notes.getRange('A1').getBackground()).toBe('#00ff00');
  expect(notes.getCharts()).toHaveLength(0);
  expect(ss.getSheetByName('Dashboard')!.getCharts()).toHaveLength(3);
  // Set up again changes nothing: one Dashboard, the same charts.
  const ids = ss.getSheetByName('Dashboard')!.getCharts().map((c) => c.getChartId());
  bundle.call('menuSetupSheets');
  expect(ss.getSheets().filter((s) => s.getName() === 'Dashboard')).toHaveLength(1);
  expect(ss.getSheetByName('Dashboard')!.getCharts().map((c) => c.getChartId())).toEqual(ids);
});

test('after a nightly run the Dashboard has three charts on its own ranges, titled in the sheet’s language', () => {
  night();
  const sheet = dashboard();
  const charts = sheet.getCharts();
  expect(charts.map(typeOf)).toEqual(['COLUMN', 'COLUMN', 'BAR']);
  expect(charts.map(title)).toEqual([
    'Open customers by tier, last 30 working days',
    'Added vs out per week, last 8 weeks',
    'Signed this month per rep, against the floor and the 8–10 goal',
  ]);
  expect(charts.map(ranges)).toEqual([[`Dashboard!A${TOP + 1}:D${TOP + 2}`], [`Dashboard!I${TOP + 1}:K${TOP + 9}`], [`Dashboard!M${TOP + 1}:Q${TOP + 5}`]]);
  expect(charts[0].getOptions().get('isStacked')).toBe(true);
  expect(charts.every((c) => c.getNumHeaders() === 1)).toBe(true);
  // The ranges hold the headers the charts name their series by.
  const { values } = block();
  expect(values[1].slice(0, 4)).toEqual(['Date', 'A', 'B', 'C']);
  expect(values[1].slice(12)).toEqual(['Rep', 'Signed', 'Floor so far', 'Goal 8', 'Goal 10']);
  // Charts sit above the block, never over it.
  expect(charts.every((c) => position(c)[0] < TOP - 18)).toBe(true);
});

test('a Chinese sheet gets 看板 with Chinese titles and headers', () => {
  const zh = harness({ now: FRIDAY, locale: 'zh_CN' });
  night(zh);
  const charts = dashboard(zh).getCharts();
  expect(dashboard(zh).getName()).toBe('看板');
  expect(charts.map(title)).toEqual(['跟进中客户（按A/B/C），近30个工作日', '每周新增与流出，近8周', '本月各销售签单：对比底线与 8–10 单目标']);
  expect(block(zh).values[1].slice(0, 7)).toEqual(['日期', 'A', 'B', 'C', '跟进中', '新增', '流出（签单+放弃）']);
});

test('the data block matches the Daily Log day by day, and the Pipeline for the month', () => {
  night();
  night(h, MONDAY);
  night(h, TUESDAY);
  const { days, reps, weeks } = block();
  expect(days).toEqual(logTotals());
  expect(days.map((d) => d[0])).toEqual(['2026-11-27', '2026-11-30', '2026-12-01']);
  // December has just begun: nobody has signed yet, one working day of floor.
  expect(reps).toEqual(['Alice Chen', 'Bob Li', 'Carol Wang', 'Dan Zhao'].map((rep) => [rep, 0, 0.1, 8, 10]));
  expect(weeks).toHaveLength(8);
  expect(weeks[7][0]).toBe('2026-11-30');
});

test('a second run the next day leaves the same three charts, with ranges and values brought up to date', () => {
  night();
  const first = dashboard().getCharts();
  const before = block();
  h.runtime.userEdit('Pipeline', `E${h.rowOf('Acme Trading')}`, [['Signed']]);
  night(h, MONDAY);
  const second = dashboard().getCharts();
  expect(second.map((c) => c.getChartId())).toEqual(first.map((c) => c.getChartId()));
  expect(ranges(second[0])).toEqual([`Dashboard!A${TOP + 1}:D${TOP + 3}`]);
  expect(ranges(second[2])).toEqual(ranges(first[2]));
  const after = block();
  expect(after.days).toHaveLength(before.days.length + 1);
  expect(after.reps.find((r) => r[0] === 'Alice Chen')![1]).toBe(Number(before.reps.find((r) => r[0] === 'Alice Chen')![1]) + 1);
});

test('a chart the team deleted is drawn again; the others keep their ids', () => {
  night();
  const [abc, flow, pace] = dashboard().getCharts();
  dashboard().removeChart(flow);
  night(h, MONDAY);
  const charts = dashboard().getCharts();
  expect(charts).toHaveLength(3);
  expect(charts.map(title)).toEqual([title(abc), title(pace), title(flow)]);
  expect([charts[0].getChartId(), charts[1].getChartId()]).toEqual([abc.getChartId(), pace.getChartId()]);
  expect(charts[2].getChartId()).not.toBe(flow.getChartId());
  expect(ranges(charts[2])).toEqual(ranges(flow));
  // Remembered now: the next night draws nothing new.
  night(h, TUESDAY);
  expect(dashboard().getCharts().map((c) => c.getChartId())).toEqual(charts.map((c) => c.getChartId()));
});

test('a chart the team moved and resized keeps its place when its range is updated', () => {
  night();
  const sheet = dashboard();
  const [abc] = sheet.getCharts();
  sheet.updateChart(abc.modify().setPosition(3, 20, 15, 4).setOption('width', 900).build());
  night(h, MONDAY);
  const [moved] = dashboard().getCharts();
  expect(moved.getChartId()).toBe(abc.getChartId());
  expect(ranges(moved)).toEqual([`Dashboard!A${TOP + 1}:D${TOP + 3}`]);
  expect(position(moved)).toEqual([3, 20, 15, 4]);
  expect(moved.getOptions().get('width')).toBe(900);
});

test('a chart the team made itself, on the Dashboard or another tab, is never touched', () => {
  night();
  const pipeline = h.pipeline;
  pipeline.insertChart(pipeline.newChart().setChartType(chartType('PIE')).addRange(pipeline.getRange('D1:D20')).build());
  const sheet = dashboard();
  sheet.insertChart(sheet.newChart().setChartType(chartType('LINE')).addRange(sheet.getRange(`A${TOP + 1}:E${TOP + 2}`)).setOption('title', 'Ours').build());
  const theirs = [...pipeline.getCharts(), ...sheet.getCharts().slice(3)].map((c) => [c.getChartId(), ranges(c), title(c)]);
  night(h, MONDAY);
  expect([...pipeline.getCharts(), ...dashboard().getCharts().slice(3)].map((c) => [c.getChartId(), ranges(c), title(c)])).toEqual(theirs);
  expect(dashboard().getCharts()).toHaveLength(4);
});

test('a lost memory finds the charts again by their ranges instead of drawing them twice', () => {
  night();
  const ids = dashboard().getCharts().map((c) => c.getChartId());
  h.runtime.globals().PropertiesService.getDocumentProperties().deleteProperty('dc.dashboard');
  night(h, MONDAY);
  expect(dashboard().getCharts().map((c) => c.getChartId())).toEqual(ids);
  expect(ranges(dashboard().getCharts()[0])).toEqual([`Dashboard!A${TOP + 1}:D${TOP + 3}`]);
});

test('a deleted Dashboard sheet is made again at the end, with its three charts', () => {
  night();
  h.ss.deleteSheet(dashboard());
  night(h, MONDAY);
  expect(h.ss.getSheets().map((s) => s.getName()).pop()).toBe('Dashboard');
  expect(dashboard().getCharts()).toHaveLength(3);
  expect(block().days).toEqual(logTotals());
});

test('a night whose block and language are unchanged writes the block once and draws no chart', () => {
  night();
  h.runtime.resetCounts();
  h.bundle.call('menuSendNow');
  const calls = h.runtime.methodCounts();
  expect(calls['Sheet.insertChart'] ?? 0).toBe(0);
  expect(calls['Sheet.updateChart'] ?? 0).toBe(0);
  expect(calls['Sheet.getCharts']).toBe(1);
  expect(block().days).toEqual(logTotals());
});

test('a Dashboard that cannot be written is reported on the Daily Log, and the digests still go out', () => {
  night();
  h.runtime.setUser('owner@example.com');
  dashboard().protect().setWarningOnly(false).removeEditors(['manager@example.com']);
  h.runtime.setUser('manager@example.com');
  night(h, MONDAY);
  const note = sheetByAnyName(h.runtime, 'Daily Log', '日志').getRange(1, 1).getNote();
  expect(note).toMatch(/The Dashboard was not updated: .*protected/);
  expect(h.runtime.outbox.filter((m) => /2026-11-30/.test(m.subject) && m.to.includes('manager@example.com'))).toHaveLength(1);
});

test("the digest's 14-day chart is the manager's team's open A/B/C from the Daily Log, in table cells only", () => {
  night();
  night(h, MONDAY);
  const mail = h.runtime.outbox.filter((m) => m.to.includes('manager@example.com') && /2026-11-30/.test(m.subject)).pop()!;
  const html = mail.htmlBody!;
  const chart = html.slice(html.indexOf('Open customers, last 14 working days'));
  expect(chart).not.toMatch(/<script|<svg|<img|<style|url\(|src=/i);
  const totals = logTotals();
  const longest = Math.max(...totals.map((d) => Number(d[1]) + Number(d[2]) + Number(d[3])));
  const rows = [...chart.matchAll(/<tr title="(\d\d-\d\d): A (\d+) · B (\d+) · C (\d+)">(.*?)<\/tr><\/table>/g)];
  expect(rows.map((r) => [r[1], Number(r[2]), Number(r[3]), Number(r[4])])).toEqual(totals.map((d) => [String(d[0]).slice(5), d[1], d[2], d[3]]));
  for (const r of rows) {
    const widths = [...r[5].matchAll(/<td width="([\d.]+)%" height="\d+" bgcolor/g)].map((w) => Number(w[1]));
    expect(widths).toEqual([2, 3, 4].map((i) => Math.round((Number(r[i]) * 1000) / longest) / 10).filter((w) => w > 0));
  }
  expect(mail.body).toMatch(/Open A\+B\+C [▁▂▃▄▅▆▇█]{2} \d+ → \d+ \(11-27 – 11-30\)/);
});
