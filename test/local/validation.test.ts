import { LocalRuntime } from '../../local';

function setup() {
  const runtime = new LocalRuntime({ now: new Date('2026-03-02T02:00:00Z') });
  const { SpreadsheetApp } = runtime.globals();
  const sheet = runtime.spreadsheet.getSheets()[0];
  return { runtime, SpreadsheetApp, sheet };
}

describe('data validation', () => {
  test('the builder records criteria, values, allowInvalid and help text', () => {
    const { SpreadsheetApp, sheet } = setup();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['A', 'B', 'C'], true).setAllowInvalid(false).setHelpText('A, B or C').build();
    sheet.getRange('D2:D5').setDataValidation(rule);
    const read = sheet.getRange('D3').getDataValidation();
    expect(read?.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(read?.getCriteriaValues()).toEqual([['A', 'B', 'C'], true]);
    expect(read?.getAllowInvalid()).toBe(false);
    expect(read?.getHelpText()).toBe('A, B or C');
    expect(sheet.getRange('D1:D2').getDataValidations()).toEqual([[null], [rule]]);
  });

  test('date and number rules, copy() makes an independent builder', () => {
    const { SpreadsheetApp } = setup();
    const floor = new Date('2026-03-01T16:00:00Z');
    const onOrAfter = SpreadsheetApp.newDataValidation().requireDateOnOrAfter(floor).build();
    expect(onOrAfter.getCriteriaType()).toBe('DATE_ON_OR_AFTER');
    expect((onOrAfter.getCriteriaValues()[0] as Date).getTime()).toBe(floor.getTime());
    const visits = SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
    expect(visits.getCriteriaValues()).toEqual([0]);
    const date = SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).build();
    const copy = date.copy().setAllowInvalid(true).build();
    expect([date.getAllowInvalid(), copy.getAllowInvalid()]).toEqual([false, true]);
    expect(copy.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    expect(() => SpreadsheetApp.newDataValidation().build()).toThrow();
  });

  test('script writes are never blocked by validation', () => {
    const { SpreadsheetApp, sheet } = setup();
    sheet.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['A']).setAllowInvalid(false).build());
    sheet.getRange('A1').setValue('Z');
    expect(sheet.getRange('A1').getValue()).toBe('Z');
  });

  test('clearDataValidations removes the rules', () => {
    const { SpreadsheetApp, sheet } = setup();
    sheet.getRange('A1:A3').setDataValidation(SpreadsheetApp.newDataValidation().requireDate().build());
    sheet.getRange('A2:A3').clearDataValidations();
    expect(sheet.getRange('A1:A3').getDataValidations().map((r) => r[0] !== null)).toEqual([true, false, false]);
  });
});

describe('conditional format rules, frozen rows, protections', () => {
  test('setConditionalFormatRules replaces the whole list', () => {
    const { SpreadsheetApp, sheet } = setup();
    const range = sheet.getRange('A2:N1000');
    const red = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$N2<>""').setBackground('#F4CCCC').setRanges([range]).build();
    const amber = SpreadsheetApp.newConditionalFormatRule().whenTextContains('aged').setBackground('#fff2cc').setRanges([range]).build();
    sheet.setConditionalFormatRules([red, amber]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
    sheet.setConditionalFormatRules([amber]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0].getCondition()).toEqual({ type: 'TEXT_CONTAINS', values: ['aged'] });
    expect(red.getBackground()).toBe('#f4cccc');
    expect(rules[0].getRanges()[0].getA1Notation()).toBe('A2:N1000');
  });

  test('frozen rows and columns', () => {
    const { sheet } = setup();
    expect(sheet.getFrozenRows()).toBe(0);
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
  });

  test('protect() returns a Protection listed by type until removed', () => {
    const { SpreadsheetApp, sheet } = setup();
    const p = sheet.protect().setDescription('Daily Close log').setWarningOnly(true);
    sheet.getRange('A1:N1').protect().setDescription('headers');
    expect(p.getDescription()).toBe('Daily Close log');
    expect(p.isWarningOnly()).toBe(true);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toEqual([p]);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).map((x) => x.getDescription())).toEqual(['headers']);
    p.remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toEqual([]);
  });
});

describe('spreadsheet', () => {
  test('identity, zone, locale and url', () => {
    const runtime = new LocalRuntime({ timeZone: 'Europe/Berlin', locale: 'zh_CN', spreadsheetName: '客户库' });
    const ss = runtime.spreadsheet;
    expect(ss.getName()).toBe('客户库');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Berlin');
    expect(ss.getSpreadsheetLocale()).toBe('zh_CN');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(ss.getId()).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(ss.getSheets()[0].getName()).toBe('工作表1');
  });

  test('insertSheet, exact-name lookup, duplicate names, rename, delete', () => {
    const { runtime } = setup();
    const ss = runtime.spreadsheet;
    const pipeline = ss.insertSheet('Pipeline');
    expect(ss.getActiveSheet()).toBe(pipeline);
    expect(ss.getSheetByName('Pipeline')).toBe(pipeline);
    expect(ss.getSheetByName('Nope')).toBeNull();
    expect(() => ss.insertSheet('Pipeline')).toThrow('A sheet with the name "Pipeline" already exists. Please enter another name.');
    expect(() => ss.insertSheet('pipeline')).toThrow('already exists');
    pipeline.setName('客户库');
    ss.setActiveSheet(ss.getSheets()[0]);
    ss.renameActiveSheet('Team');
    expect(ss.getSheets()[0].getName()).toBe('Team');
    expect(() => ss.renameActiveSheet('客户库')).toThrow('already exists');
    expect(ss.getSheetByName('客户库')).toBe(pipeline);
    expect(ss.getSheetById(pipeline.getSheetId())).toBe(pipeline);
    expect(ss.getSheets()[0].getSheetId()).toBe(0);
    expect(pipeline.getSheetId()).not.toBe(0);
    ss.deleteSheet(pipeline);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Team']);
  });

  test('active sheet and range follow activate / setActiveRange', () => {
    const { runtime, SpreadsheetApp } = setup();
    const ss = runtime.spreadsheet;
    const other = ss.insertSheet('Team');
    ss.setActiveSheet(ss.getSheets()[0]);
    const r = other.getRange('B3');
    r.activate();
    expect(SpreadsheetApp.getActiveSheet()).toBe(other);
    expect(SpreadsheetApp.getActiveRange()?.getA1Notation()).toBe('B3');
    ss.setActiveRange(ss.getSheets()[0].getRange('A1:B2'));
    expect(ss.getActiveRange()?.getA1Notation()).toBe('A1:B2');
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    expect(ss.getRange('Team!C4').getSheet()).toBe(other);
  });

  test('openById needs the full spreadsheets scope: spreadsheets.currentonly (the default manifest) is refused', () => {
    const runtime = new LocalRuntime({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    const SpreadsheetApp = runtime.globals().SpreadsheetApp;
    expect(() => SpreadsheetApp.openById(runtime.spreadsheet.getId())).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  test('toast is recorded; openById finds known spreadsheets and throws for unknown ids', () => {
    const runtime = new LocalRuntime({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets'] });
    const SpreadsheetApp = runtime.globals().SpreadsheetApp;
    runtime.spreadsheet.toast('Saved', 'Daily Close', 5);
    runtime.spreadsheet.toast('No title');
    expect(runtime.toasts).toEqual([{ message: 'Saved', title: 'Daily Close' }, { message: 'No title', title: '' }]);
    expect(SpreadsheetApp.openById(runtime.spreadsheet.getId())).toBe(runtime.spreadsheet);
    const other = runtime.createSpreadsheet('Archive');
    expect(SpreadsheetApp.openById(other.getId()).getName()).toBe('Archive');
    expect(() => SpreadsheetApp.openById('no-such-id')).toThrow();
    expect(SpreadsheetApp.getActive()).toBe(runtime.spreadsheet);
  });
});
