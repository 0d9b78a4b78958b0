import { LocalRuntime, formatDate } from '../../local';

function setup(opts: ConstructorParameters<typeof LocalRuntime>[0] = {}) {
  const runtime = new LocalRuntime({ now: new Date('2026-03-02T02:00:00Z'), ...opts });
  const sheet = runtime.spreadsheet.getSheets()[0];
  return { runtime, sheet };
}

describe('ranges and bounds', () => {
  test('getRange by numbers and A1 address the same 1-based cells', () => {
    const { sheet } = setup();
    sheet.getRange(2, 3).setValue('here');
    expect(sheet.getRange('C2').getValue()).toBe('here');
    expect(sheet.getRange('B1:D3').getValues()[1][1]).toBe('here');
    expect(sheet.getRange(1, 2, 3, 3).getA1Notation()).toBe('B1:D3');
    expect(sheet.getRange('A:B').getNumRows()).toBe(1000);
  });

  test('a new sheet is 1000 × 26 and ranges outside throw like Apps Script', () => {
    const { sheet } = setup();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    try {
      sheet.getRange('AA1');
    } catch (e) {
      expect(String(e)).toBe('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    expect.assertions(6);
  });

  test('setValues with the wrong shape throws the exact Apps Script message', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B3').setValues([[1, 2], [3, 4]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
    expect(() => sheet.getRange('A1:C1').setValues([[1, 2]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.');
    expect(sheet.getRange('A1:C3').getValues().flat().every((v) => v === '')).toBe(true);
  });
});

describe('values', () => {
  test("empty cells read as '' and getValues returns a fresh array each time", () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(5);
    const first = sheet.getRange('A1:B2').getValues();
    expect(first).toEqual([[5, ''], ['', '']]);
    first[0][0] = 99;
    expect(sheet.getRange('A1').getValue()).toBe(5);
    expect(sheet.getRange('A1:B2').getValues()).not.toBe(first);
  });

  test('strings are interpreted like typed input', () => {
    const { sheet } = setup();
    const typed = ['42', '+1', '-2', '3.5', 'TRUE', 'false', "'0042", '@x', '=5', '=A1+1', 'plain text', ' 7 '];
    sheet.getRange(1, 1, 1, typed.length).setValues([typed]);
    expect(sheet.getRange(1, 1, 1, typed.length).getValues()[0]).toEqual(
      [42, 1, -2, 3.5, true, false, '0042', '@x', 5, '#NAME?', 'plain text', 7]);
    const formulas = sheet.getRange(1, 1, 1, typed.length).getFormulas()[0];
    expect(formulas[8]).toBe('=5');
    expect(formulas[9]).toBe('=A1+1');
    expect(formulas[0]).toBe('');
  });

  test('plain-text cells (number format @) keep digits as text', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('@').setValue('0042');
    expect(sheet.getRange('A1').getValue()).toBe('0042');
  });

  test('typed dates become midnight in the spreadsheet zone and round-trip as equal Dates', () => {
    const { sheet } = setup({ timeZone: 'Asia/Shanghai' });
    sheet.getRange('A1:B1').setValues([['2026-03-05', '2026/3/6']]);
    const [a, b] = sheet.getRange('A1:B1').getValues()[0] as Date[];
    expect(a).toBeInstanceOf(Date);
    expect(a.toISOString()).toBe('2026-03-04T16:00:00.000Z');
    expect(b.toISOString()).toBe('2026-03-05T16:00:00.000Z');
    expect(sheet.getRange('A1:B1').getDisplayValues()[0]).toEqual(['2026-03-05', '2026-03-06']);

    const written = new Date('2026-07-01T09:30:00Z');
    sheet.getRange('C1').setValue(written);
    const back = sheet.getRange('C1').getValue() as Date;
    expect(back).not.toBe(written);
    expect(back.getTime()).toBe(written.getTime());
    expect(sheet.getRange('C1').getDisplayValue()).toBe('2026-07-01 17:30:00');
  });

  test('an impossible date stays text', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('2026-02-30');
    expect(sheet.getRange('A1').getValue()).toBe('2026-02-30');
  });

  test('numbers, booleans and null written by a script', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[3, false, null]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[3, false, '']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['3', 'FALSE', '']]);
  });

  test('clearContent empties values but keeps formatting', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('x').setBackground('#FF0000');
    sheet.getRange('A1').clearContent();
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getBackground()).toBe('#ff0000');
  });
});

describe('formatting', () => {
  test('backgrounds default to white and read back lower-case', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setBackgrounds([['#FFCC00', 'red']]);
    sheet.getRange('A2').setBackground('#abc');
    expect(sheet.getRange('A1:B2').getBackgrounds()).toEqual([['#ffcc00', '#ff0000'], ['#aabbcc', '#ffffff']]);
    sheet.getRange('A1').setBackground(null);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });

  test('notes, number formats and font weights', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setNotes([['first', '']]);
    sheet.getRange('B2').setNote('second');
    expect(sheet.getRange('A1:B2').getNotes()).toEqual([['first', ''], ['', 'second']]);
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd').setValue(new Date('2026-03-05T00:00:00+08:00'));
    expect(sheet.getRange('A1').getNumberFormat()).toBe('yyyy-mm-dd');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-03-05');
    sheet.getRange('A1:C1').setFontWeight('bold');
    expect(sheet.getRange('A1:C2').getFontWeights()).toEqual([['bold', 'bold', 'bold'], ['normal', 'normal', 'normal']]);
  });
});

describe('rows and columns', () => {
  function seed(sheet: ReturnType<typeof setup>['sheet']) {
    sheet.getRange('A1:B4').setValues([['h1', 'h2'], ['r2', 2], ['r3', 3], ['r4', 4]]);
    sheet.getRange('A3').setBackground('#00ff00').setNote('three');
  }

  test('insertRowsBefore shifts values, backgrounds and notes down and grows the sheet', () => {
    const { sheet } = setup();
    seed(sheet);
    sheet.insertRowsBefore(3, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A6').getValues().flat()).toEqual(['h1', 'r2', '', '', 'r3', 'r4']);
    expect(sheet.getRange('A5').getBackground()).toBe('#00ff00');
    expect(sheet.getRange('A5').getNote()).toBe('three');
    expect(sheet.getRange('A3').getNote()).toBe('');
  });

  test('insertRowsAfter and inserted rows inherit formatting (not values) from the row above', () => {
    const { sheet } = setup();
    seed(sheet);
    sheet.insertRowsAfter(3, 1);
    expect(sheet.getRange('A3:A5').getValues().flat()).toEqual(['r3', '', 'r4']);
    expect(sheet.getRange('A4').getBackground()).toBe('#00ff00');
    expect(sheet.getRange('A4').getNote()).toBe('');
  });

  test('deleteRows shifts up, and deleting beyond the sheet throws', () => {
    const { sheet } = setup();
    seed(sheet);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A2').getValues().flat()).toEqual(['h1', 'r4']);
    expect(sheet.getMaxRows()).toBe(998);
    expect(sheet.getRange('A2').getBackground()).toBe('#ffffff');
    expect(() => sheet.deleteRows(998, 5)).toThrow('Those rows are out of bounds.');
  });

  test('validations move with their rows', () => {
    const { runtime, sheet } = setup();
    const rule = runtime.globals().SpreadsheetApp.newDataValidation().requireDate().build();
    sheet.getRange('B3').setDataValidation(rule);
    sheet.insertRowBefore(2);
    expect(sheet.getRange('B3').getDataValidation()).toBeNull();
    expect(sheet.getRange('B4').getDataValidation()).toBe(rule);
  });

  test('insertColumnsAfter and deleteColumns shift cells sideways', () => {
    const { sheet } = setup();
    seed(sheet);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange('A1:D1').getValues()[0]).toEqual(['h1', '', '', 'h2']);
    sheet.deleteColumns(2, 2);
    expect(sheet.getRange('A1:B1').getValues()[0]).toEqual(['h1', 'h2']);
  });

  test('appendRow writes after the last row with content and grows a full sheet', () => {
    const { runtime } = setup();
    const small = runtime.spreadsheet.insertSheet('Small');
    small.deleteRows(3, 998);
    expect(small.getMaxRows()).toBe(2);
    small.appendRow(['a', '1']);
    small.appendRow(['b', '2']);
    small.appendRow(['c', '2026-03-01']);
    expect(small.getMaxRows()).toBe(3);
    expect(small.getLastRow()).toBe(3);
    expect(small.getRange('A1:B3').getValues().map((r) => r[0])).toEqual(['a', 'b', 'c']);
    expect(small.getRange('B2').getValue()).toBe(2);
    expect(small.getRange('B3').getValue()).toBeInstanceOf(Date);
  });

  test('getLastRow / getLastColumn / getDataRange follow content, not formatting', () => {
    const { sheet } = setup();
    sheet.getRange('A10').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C4').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
  });
});

test('a typed time is stored as a time value on the 1899-12-30 epoch day, in the sheet zone', () => {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai' });
  const sheet = runtime.spreadsheet.getSheets()[0];
  runtime.userEdit(sheet.getName(), 'A1', [['20:00']]);
  const value = sheet.getRange('A1').getValue() as Date;
  expect(value).toBeInstanceOf(Date);
  expect(formatDate(value, 'Asia/Shanghai', 'yyyy-MM-dd HH:mm')).toBe('1899-12-30 20:00');
});

test('hidden rows and columns are reported, move with inserted and deleted rows, and no row is hidden by a filter', () => {
  const { sheet } = setup();
  sheet.hideRows(3, 2);
  sheet.hideColumns(2);
  expect([2, 3, 4, 5].map((r) => sheet.isRowHiddenByUser(r))).toEqual([false, true, true, false]);
  expect(sheet.isColumnHiddenByUser(2)).toBe(true);
  sheet.insertRowsBefore(1, 1);
  expect([3, 4, 5].map((r) => sheet.isRowHiddenByUser(r))).toEqual([false, true, true]);
  sheet.deleteRow(4);
  expect([3, 4, 5].map((r) => sheet.isRowHiddenByUser(r))).toEqual([false, true, false]);
  sheet.showRows(4);
  sheet.showColumns(2);
  expect(sheet.isRowHiddenByUser(4) || sheet.isColumnHiddenByUser(2)).toBe(false);
  expect(sheet.isRowHiddenByFilter(3)).toBe(false);
  expect(() => sheet.hideRows(0)).toThrow('Those rows are out of bounds.');
});
