import { LocalRuntime } from '../../local';

const LIMIT_ERROR = 'Exception: Your input contains more than the maximum of 50000 characters in a single cell.';
const MAX = 'x'.repeat(50000);
const OVER = 'x'.repeat(50001);

function setup() {
  const runtime = new LocalRuntime({ userEmail: 'li@example.com' });
  const sheet = runtime.spreadsheet.getSheets()[0];
  return { runtime, sheet };
}

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return String(e);
  }
  return 'did not throw';
}

describe('the 50,000-character cell limit', () => {
  test('exactly 50,000 characters fit; one more is refused with Apps Script\'s error for every way a script writes', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(MAX);
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50000);
    expect(thrown(() => sheet.getRange('A2').setValue(OVER))).toBe(LIMIT_ERROR);
    expect(thrown(() => sheet.getRange('A2:B2').setValues([['fine', OVER]]))).toBe(LIMIT_ERROR);
    expect(thrown(() => sheet.getRange('A2').setFormula(`="${OVER}"`))).toBe(LIMIT_ERROR);
    expect(thrown(() => sheet.getRange('A2').setFormulas([[`="${OVER}"`]]))).toBe(LIMIT_ERROR);
    expect(thrown(() => sheet.appendRow(['fine', OVER]))).toBe(LIMIT_ERROR);
    // Nothing at all was written, not even the cells that would have fitted.
    expect(sheet.getRange('A2:B3').getValues()).toEqual([['', ''], ['', '']]);
    // Notes have their own limit, not modelled here: a long note is not refused as a value is.
    sheet.getRange('A1').setNote(OVER);
    expect(sheet.getRange('A1').getNote().length).toBe(50001);
  });

  test('typed or pasted input over the limit is refused by Sheets: nothing written, no onEdit, recorded', () => {
    const { runtime, sheet } = setup();
    runtime.loadSource('function onEdit(e) { e.range.offset(0, 5).setValue("onEdit ran"); }');
    runtime.userEdit('Sheet1', 'A1', [[OVER]]);
    runtime.userPaste('Sheet1', 'A2:B2', [['short', OVER]]);
    expect(sheet.getRange('A1:F2').getValues().flat().every((v) => v === '')).toBe(true);
    expect(runtime.rejectedEdits.map((r) => [r.a1, r.reason])).toEqual([['A1', 'too-long'], ['A2:B2', 'too-long']]);
    runtime.userEdit('Sheet1', 'A1', [[MAX]]);
    expect(sheet.getRange('F1').getValue()).toBe('onEdit ran');
  });
});
