import { LocalRuntime } from '../../local';

describe('Range.createTextFinder', () => {
  function sheetWith(values: unknown[][]) {
    const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai' });
    const sheet = runtime.spreadsheet.getSheets()[0];
    if (values.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
    sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
    return { runtime, sheet };
  }

  test('finds whole cells, case-insensitive by default, row by row, and returns their ranges', () => {
    const { sheet } = sheetWith([['ID'], ['C-1'], ['c-1'], ['C-10'], ['x C-1 y'], ['C-1']]);
    const hits = sheet.getRange('A2:A6').createTextFinder('C-1').matchEntireCell(true).findAll();
    expect(hits.map((r) => r.getRow())).toEqual([2, 3, 6]);
    const exact = sheet.getRange('A2:A6').createTextFinder('C-1').matchEntireCell(true).matchCase(true).findAll();
    expect(exact.map((r) => r.getA1Notation())).toEqual(['A2', 'A6']);
    const anywhere = sheet.getRange('A2:A6').createTextFinder('C-1').findAll();
    expect(anywhere.map((r) => r.getRow())).toEqual([2, 3, 4, 5, 6]);
  });

  test('treats the text literally unless asked for a regular expression, and matches what the cell shows', () => {
    const { sheet } = sheetWith([['a.c'], ['abc'], [42]]);
    expect(sheet.getRange('A1:A3').createTextFinder('a.c').matchEntireCell(true).findAll().map((r) => r.getRow())).toEqual([1]);
    expect(sheet.getRange('A1:A3').createTextFinder('a.c').useRegularExpression(true).findAll().map((r) => r.getRow())).toEqual([1, 2]);
    expect(sheet.getRange('A1:A3').createTextFinder('42').matchEntireCell(true).findAll().map((r) => r.getRow())).toEqual([3]);
    expect(sheet.getRange('A1:A3').createTextFinder('nothing').findNext()).toBeNull();
  });

  test('a search is one read that moves no cells, however large the range', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`C-${i}`]);
    const { runtime, sheet } = sheetWith(rows);
    runtime.resetCounts();
    const hits = sheet.getRange(1, 1, 5000, 1).createTextFinder('C-4321').matchEntireCell(true).findAll();
    expect(hits.map((r) => r.getRow())).toEqual([4322]);
    const stats = runtime.callStats();
    expect(stats.methods['TextFinder.findAll']).toEqual({ kind: 'read', calls: 1, cells: { read: 0, written: 0 } });
    expect(stats.cells.read).toBe(0);
  });
});
