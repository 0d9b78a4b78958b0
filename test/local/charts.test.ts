// The local runtime's embedded charts: builder, insert/update/remove/getCharts, ranges, options, counted as format calls.
import { LocalRuntime } from '../../local';
import { ChartType } from '../../local/charts';

function setup() {
  const runtime = new LocalRuntime();
  const ss = runtime.spreadsheet;
  const sheet = ss.getSheets()[0];
  sheet.getRange('A1:C4').setValues([['Day', 'A', 'B'], ['11-25', 1, 2], ['11-26', 2, 3], ['11-27', 3, 4]]);
  return { runtime, ss, sheet };
}

test('a built chart has no id until it is in the sheet; getCharts gives it its id, ranges, options and position', () => {
  const { sheet } = setup();
  const built = sheet.newChart().setChartType(ChartType.COLUMN).addRange(sheet.getRange('A1:C4')).setPosition(5, 2, 10, 0)
    .setOption('title', 'Open').setOption('colors', ['#d93025']).setNumHeaders(1).build();
  expect(built.getChartId()).toBeNull();
  sheet.insertChart(built);
  expect(built.getChartId()).toBeNull();
  const [chart] = sheet.getCharts();
  expect(typeof chart.getChartId()).toBe('number');
  expect(chart.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:C4']);
  expect(chart.getOptions().get('title')).toBe('Open');
  expect(chart.getOptions().get('colors')).toEqual(['#d93025']);
  expect(chart.getOptions().get('nothing')).toBeNull();
  const at = chart.getContainerInfo();
  expect([at.getAnchorRow(), at.getAnchorColumn(), at.getOffsetX(), at.getOffsetY()]).toEqual([5, 2, 10, 0]);
  expect(chart.getNumHeaders()).toBe(1);
  expect(chart.getType()).toBe('COLUMN');
});

test('modify + updateChart changes only what the builder changed and keeps the id; copies are not live', () => {
  const { sheet } = setup();
  sheet.insertChart(sheet.newChart().setChartType(ChartType.BAR).addRange(sheet.getRange('A1:B4')).setPosition(3, 3, 0, 0).setOption('title', 'Old').build());
  const [before] = sheet.getCharts();
  sheet.updateChart(before.modify().clearRanges().addRange(sheet.getRange('A1:C4')).setOption('title', 'New').build());
  expect(before.getOptions().get('title')).toBe('Old');
  const [after] = sheet.getCharts();
  expect(sheet.getCharts()).toHaveLength(1);
  expect(after.getChartId()).toBe(before.getChartId());
  expect(after.getRanges()[0].getA1Notation()).toBe('A1:C4');
  expect(after.getOptions().get('title')).toBe('New');
  expect(after.getContainerInfo().getAnchorRow()).toBe(3);
});

test('removeChart takes it away; a removed chart can be neither updated nor removed again', () => {
  const { sheet } = setup();
  sheet.insertChart(sheet.newChart().setChartType(ChartType.LINE).addRange(sheet.getRange('A1:B4')).build());
  sheet.insertChart(sheet.newChart().setChartType(ChartType.AREA).addRange(sheet.getRange('A1:C4')).build());
  const [first, second] = sheet.getCharts();
  sheet.removeChart(first);
  expect(sheet.getCharts().map((c) => c.getChartId())).toEqual([second.getChartId()]);
  expect(() => sheet.removeChart(first)).toThrow(/could not be found/);
  expect(() => sheet.updateChart(first.modify().setOption('title', 'x').build())).toThrow(/could not be found/);
});

test('a chart needs a type, and its ranges must be in the spreadsheet that holds it', () => {
  const { runtime, sheet } = setup();
  expect(() => sheet.newChart().addRange(sheet.getRange('A1:B2')).build()).toThrow(/chart type/);
  expect(() => sheet.newChart().setChartType('PIZZA')).toThrow(/setChartType/);
  const other = runtime.createSpreadsheet('Other').getSheets()[0];
  expect(() => sheet.insertChart(sheet.newChart().setChartType(ChartType.PIE).addRange(other.getRange('A1:B2')).build())).toThrow(/same spreadsheet/);
  expect(sheet.getCharts()).toHaveLength(0);
});

test('charts on a protected sheet are refused to a user the protection does not list', () => {
  const runtime = new LocalRuntime({ userEmail: 'manager@example.com' });
  const sheet = runtime.spreadsheet.getSheets()[0];
  sheet.protect().removeEditors(['manager@example.com', 'rep@example.com']);
  runtime.setUser('rep@example.com');
  expect(() => sheet.insertChart(sheet.newChart().setChartType(ChartType.COLUMN).addRange(sheet.getRange('A1:B2')).build())).toThrow(/protected/);
});

test('every chart call counts as a format call', () => {
  const { runtime, sheet } = setup();
  runtime.resetCounts();
  const range = sheet.getRange('A1:C4'); // other
  const builder = sheet.newChart(); // format
  builder.setChartType(ChartType.COLUMN).addRange(range).setOption('title', 'x'); // 3 format
  sheet.insertChart(builder.build()); // 2 format
  const [chart] = sheet.getCharts(); // format
  chart.getChartId(); // format
  expect(runtime.counts()).toEqual({ read: 0, write: 0, format: 8, other: 1 });
  expect(runtime.methodCounts()['EmbeddedChartBuilder.setOption']).toBe(1);
  expect(runtime.methodCounts()['Sheet.insertChart']).toBe(1);
});

test('the bundle reaches charts through Sheet.newChart and the Charts global', () => {
  const runtime = new LocalRuntime();
  const bundle = runtime.loadSource(`
    function draw() {
      var sheet = SpreadsheetApp.getActive().getSheets()[0];
      sheet.getRange('A1:B3').setValues([['x', 'y'], [1, 2], [3, 4]]);
      sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.STEPPED_AREA).addRange(sheet.getRange('A1:B3')).build());
      return sheet.getCharts().map(function (c) { return c.getRanges()[0].getA1Notation(); });
    }`);
  expect(bundle.call('draw')).toEqual(['A1:B3']);
});
