// Conditional format rules as a person sees them: the runtime works out a cell's displayed colour from the sheet's
// rules (first match wins, relative references move with the cell, whole-column ranges keep covering added rows),
// and the rule's condition reads back through getBooleanCondition() as in Apps Script.
import { LocalRuntime, displayedBackground, displayedBackgrounds } from '../../local';

function setup() {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai' });
  const SpreadsheetApp = runtime.globals().SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = runtime.spreadsheet.insertSheet('Pipeline') as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  sheet.getRange('A1:D4').setValues([
    ['Customer', 'Tier', 'Flag', 'Memory'],
    ['Acme', 'A', 'target passed', 'v1|A|O|||||||m'],
    ['Blue', 'B', '', 'v1|B|O||||||'],
    ['Cedar', 'C', 'C for 99 days', 'v1|C|O||||||h|a'],
  ]);
  const byKind = (letter: string, color: string) => SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(`=RIGHT($D1,2)="|${letter}"`).setBackground(color).setRanges([sheet.getRange('A:D')]).build();
  return { runtime, SpreadsheetApp, sheet, byKind };
}

test('a custom formula over whole columns colours each row from its own memory cell; others show their own colour', () => {
  const { sheet, byKind } = setup();
  sheet.setConditionalFormatRules([byKind('m', '#FDE2C6'), byKind('a', '#ddd5ec')]);
  sheet.getRange('B3').setBackground('#00ff00');
  expect(displayedBackgrounds(sheet.getRange('A1:D4'))).toEqual([
    ['#ffffff', '#ffffff', '#ffffff', '#ffffff'],
    ['#fde2c6', '#fde2c6', '#fde2c6', '#fde2c6'],
    ['#ffffff', '#00ff00', '#ffffff', '#ffffff'],
    ['#ddd5ec', '#ddd5ec', '#ddd5ec', '#ddd5ec'],
  ]);
  // The rule paints over a colour the cell has only while it holds; the cell keeps its own underneath.
  sheet.getRange('B2').setBackground('#00ff00');
  expect(displayedBackground(sheet.getRange('B2'))).toBe('#fde2c6');
  sheet.getRange('D2').setValue('v1|A|O||||||');
  expect(displayedBackground(sheet.getRange('B2'))).toBe('#00ff00');
  expect(sheet.getRange('B2').getBackground()).toBe('#00ff00');
});

test('a whole-column range covers rows added after the rule; its A1 notation stays "A:D"', () => {
  const { sheet, byKind } = setup();
  sheet.setConditionalFormatRules([byKind('m', '#fde2c6')]);
  sheet.insertRowsAfter(sheet.getMaxRows(), 5);
  const row = sheet.getMaxRows();
  sheet.getRange(row, 4).setValue('v1|A|O|||||||m');
  expect(displayedBackground(sheet.getRange(row, 1))).toBe('#fde2c6');
  expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A:D');
  // A bounded range does not grow with rows added below it.
  const bounded = sheet.getRange('A1:D4');
  expect(bounded.getA1Notation()).toBe('A1:D4');
});

test('the first rule that holds wins; plain conditions and the sheet order are respected', () => {
  const { SpreadsheetApp, sheet, byKind } = setup();
  const contains = SpreadsheetApp.newConditionalFormatRule().whenTextContains('PASSED').setBackground('#ff0000')
    .setRanges([sheet.getRange('C2:C4')]).build();
  sheet.setConditionalFormatRules([contains, byKind('m', '#fde2c6')]);
  expect(displayedBackground(sheet.getRange('C2'))).toBe('#ff0000');
  expect(displayedBackground(sheet.getRange('A2'))).toBe('#fde2c6');
  sheet.setConditionalFormatRules([byKind('m', '#fde2c6'), contains]);
  expect(displayedBackground(sheet.getRange('C2'))).toBe('#fde2c6');
  const empty = SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('#eeeeee').setRanges([sheet.getRange('C2:C4')]).build();
  sheet.setConditionalFormatRules([empty]);
  expect(displayedBackgrounds(sheet.getRange('C2:C4'))).toEqual([['#ffffff'], ['#eeeeee'], ['#ffffff']]);
});

test('relative references move from the first range\'s top-left cell; functions, & and comparisons evaluate as Sheets does', () => {
  const { SpreadsheetApp, sheet } = setup();
  const rule = (formula: string) => SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(formula).setBackground('#123456')
    .setRanges([sheet.getRange('A2:A4')]).build();
  const shown = () => displayedBackgrounds(sheet.getRange('A2:A4')).map((r) => r[0] === '#123456');
  sheet.setConditionalFormatRules([rule('=AND($B2<>"B", LEN(C2)>0)')]);
  expect(shown()).toEqual([true, false, true]);
  sheet.setConditionalFormatRules([rule('=OR(REGEXMATCH($D2,"\\|a$"), LEFT(A2,1)&"x"="bx")')]);
  expect(shown()).toEqual([false, true, true]);
  sheet.setConditionalFormatRules([rule('=NOT(ISBLANK($C2))')]);
  expect(shown()).toEqual([true, false, true]);
  // Text compares regardless of case, as in Sheets.
  sheet.setConditionalFormatRules([rule('=$B2="a"')]);
  expect(shown()).toEqual([true, false, false]);
});

test('getBooleanCondition() gives the criteria and the format, as Apps Script does', () => {
  const { sheet, byKind } = setup();
  sheet.setConditionalFormatRules([byKind('i', '#F6D0CE')]);
  const condition = sheet.getConditionalFormatRules()[0].getBooleanCondition();
  expect(String(condition?.getCriteriaType())).toBe('CUSTOM_FORMULA');
  expect(condition?.getCriteriaValues()).toEqual(['=RIGHT($D1,2)="|i"']);
  expect(condition?.getBackground()).toBe('#f6d0ce');
});

test('a formula the runtime cannot read fails loudly instead of showing a wrong colour', () => {
  const { SpreadsheetApp, sheet } = setup();
  sheet.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=VLOOKUP(A1,B:C,2,FALSE)')
    .setBackground('#123456').setRanges([sheet.getRange('A1:A2')]).build()]);
  expect(() => displayedBackground(sheet.getRange('A1'))).toThrow(/not understood/);
});

test('reading a displayed colour is not a call of the add-on', () => {
  const { runtime, sheet, byKind } = setup();
  sheet.setConditionalFormatRules([byKind('m', '#fde2c6')]);
  const range = sheet.getRange('A2');
  runtime.resetCounts();
  displayedBackground(range);
  expect(runtime.callLog()).toEqual([]);
});

test('each execution numbers its calls: one typed cell runs the simple onEdit and an installable one, side by side', () => {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai', userEmail: 'li@example.com' });
  runtime.spreadsheet.insertSheet('Pipeline');
  const bundle = runtime.loadSource(`
    function onEdit(e) { e.range.getSheet().getName(); }
    function installed(e) { e.range.getA1Notation(); e.source.getId(); }
    function install() { ScriptApp.newTrigger('installed').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }`);
  bundle.call('install');
  runtime.resetCounts();
  runtime.userEdit('Pipeline', 'A1', [['x']]);
  const log = runtime.callLog();
  const executions = [...new Set(log.map((c) => c.execution))];
  expect(executions).toHaveLength(2);
  expect(log.filter((c) => c.execution === executions[0]).map((c) => c.method)).toEqual(['Range.getSheet', 'Sheet.getName']);
  expect(log.filter((c) => c.execution === executions[1]).map((c) => c.method)).toEqual(['Range.getA1Notation', 'Spreadsheet.getId']);
});
