import { LocalRuntime } from '../../local';

describe('Spreadsheet service call counting', () => {
  test('calls from test code are counted by kind', () => {
    const runtime = new LocalRuntime();
    const ss = runtime.spreadsheet;
    runtime.resetCounts();
    const sheet = ss.getSheetByName('Sheet1'); // other
    if (!sheet) throw new Error('missing sheet');
    const range = sheet.getRange('A1:B2'); // other
    range.setValues([[1, 2], [3, 4]]); // write
    range.getValues(); // read
    range.getBackgrounds(); // read
    range.setBackground('#ff0000'); // format
    range.setNote('n'); // format
    sheet.getLastRow(); // read
    sheet.appendRow([5, 6]); // write
    sheet.setFrozenRows(1); // format
    ss.toast('hi'); // other
    expect(runtime.counts()).toEqual({ read: 3, write: 2, format: 3, other: 3 });
  });

  test('calls from the bundle are counted; one batched read is one read', () => {
    const runtime = new LocalRuntime();
    runtime.spreadsheet.getSheets()[0].getRange('A1:C100').setValues(Array.from({ length: 100 }, (_, i) => [i, 'x', true]));
    const bundle = runtime.loadSource(`
      function batched() { return SpreadsheetApp.getActive().getSheets()[0].getDataRange().getValues().length; }
      function perCell() { var s = SpreadsheetApp.getActive().getSheets()[0]; var n = 0;
        for (var r = 1; r <= 10; r++) n += s.getRange(r, 1).getValue(); return n; }`);
    runtime.resetCounts();
    expect(bundle.call('batched')).toBe(100);
    expect(runtime.counts()).toEqual({ read: 2, write: 0, format: 0, other: 2 });
    runtime.resetCounts();
    expect(bundle.call('perCell')).toBe(45);
    expect(runtime.counts().read).toBe(10);
  });

  test("the runtime's own helpers are not counted", () => {
    const runtime = new LocalRuntime();
    runtime.resetCounts();
    runtime.userEdit('Sheet1', 'A1:B2', [['a', 'b'], ['c', 'd']]);
    runtime.userSort('Sheet1', 1, false);
    runtime.userInsertRows('Sheet1', 1, 1);
    runtime.userDeleteRows('Sheet1', 1, 1);
    expect(runtime.counts()).toEqual({ read: 0, write: 0, format: 0, other: 0 });
  });

  test('builders, validation and sheet-structure calls have their kinds', () => {
    const runtime = new LocalRuntime();
    const { SpreadsheetApp } = runtime.globals();
    const sheet = runtime.spreadsheet.getSheets()[0];
    runtime.resetCounts();
    const rule = SpreadsheetApp.newDataValidation().requireDate().build(); // 3 other
    sheet.getRange('A1').setDataValidation(rule); // other + format
    sheet.getRange('A1').getDataValidations(); // other + read
    sheet.insertRowsAfter(1, 2); // write
    runtime.spreadsheet.insertSheet('X'); // write
    expect(runtime.counts()).toEqual({ read: 1, write: 2, format: 1, other: 5 });
  });
});
