import { LocalRuntime } from '../../local';

// Records every onEdit in script properties (executions share no globals).
const RECORDER = `
function onEdit(e) { var p = PropertiesService.getScriptProperties();
  p.setProperty('seen', (p.getProperty('seen') || '') + e.range.getA1Notation() + ';'); }
function byOwner(e) { var p = PropertiesService.getScriptProperties();
  p.setProperty('installed', (p.getProperty('installed') || '') + e.range.getA1Notation() + ';'); }
function install() { ScriptApp.newTrigger('byOwner').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }
function seen() { var p = PropertiesService.getScriptProperties(); return (p.getProperty('seen') || '') + '/' + (p.getProperty('installed') || ''); }
`;

function setup() {
  const runtime = new LocalRuntime({ userEmail: 'li@example.com', ownerEmail: 'boss@example.com', timeZone: 'Asia/Shanghai' });
  const sheet = runtime.spreadsheet.insertSheet('Pipeline');
  const bundle = runtime.loadSource(RECORDER);
  bundle.call('install');
  return { runtime, sheet, bundle };
}

describe('another program writing', () => {
  test('values land as a script would store them, and no onEdit (simple or installable) fires', () => {
    const { runtime, sheet, bundle } = setup();
    runtime.anotherScriptWrites('Pipeline', 'A2:C2', [['Acme', '2026-03-05', '7']]);
    expect(sheet.getRange('A2').getValue()).toBe('Acme');
    expect(sheet.getRange('B2').getValue()).toBeInstanceOf(Date);
    expect(sheet.getRange('C2').getValue()).toBe(7);
    expect(bundle.call('seen')).toBe('/');
    runtime.userEdit('Pipeline', 'D2', [['x']]);
    expect(bundle.call('seen')).toBe('D2;/D2;');
  });

  test('raw: strings stay exactly as written (the Sheets API RAW input)', () => {
    const { runtime, sheet } = setup();
    runtime.anotherScriptWrites('Pipeline', 'A1:C1', [['007', '=1+1', 'TRUE']], { raw: true });
    expect(sheet.getRange('A1:C1').getValues()[0]).toEqual(['007', '=1+1', 'TRUE']);
    expect(sheet.getRange('B1').getFormula()).toBe('');
  });

  test('it writes as its own user: refused by protections like any script, and held to the cell limit', () => {
    const { runtime, sheet } = setup();
    runtime.setUser('boss@example.com');
    const p = sheet.getRange('A1:C1').protect();
    p.removeEditors(p.getEditors());
    runtime.setUser('li@example.com');
    expect(() => runtime.anotherScriptWrites('Pipeline', 'A1', [['x']], { as: 'form@example.com' })).toThrow(
      'You are trying to edit a protected cell or object.');
    runtime.anotherScriptWrites('Pipeline', 'A1', [['by the owner']], { as: 'boss@example.com' });
    expect(sheet.getRange('A1').getValue()).toBe('by the owner');
    expect(() => runtime.anotherScriptWrites('Pipeline', 'A5', [['x'.repeat(50001)]])).toThrow('more than the maximum of 50000 characters');
    expect(() => runtime.anotherScriptWrites('Pipeline', 'A5:B5', [['one']])).toThrow('do not fit');
  });

  test('its effective user is the one given, during the write only', () => {
    const { runtime } = setup();
    const { Session } = runtime.globals();
    runtime.anotherScriptWrites('Pipeline', 'A1', [['x']], { as: 'importer@example.com' });
    expect(Session.getEffectiveUser().getEmail()).toBe('li@example.com');
  });
});

describe('userUndo', () => {
  test("reverts the person's last edit, then the one before, with no onEdit; false when nothing is left", () => {
    const { runtime, sheet, bundle } = setup();
    sheet.getRange('A1').setValue('start');
    runtime.userEdit('Pipeline', 'A1', [['first']]);
    runtime.userPaste('Pipeline', 'A1:B1', [['pasted', '=3']]);
    expect(sheet.getRange('A1:B1').getValues()[0]).toEqual(['pasted', 3]);
    const fired = bundle.call('seen');
    expect(runtime.userUndo()).toBe(true);
    expect(sheet.getRange('A1:B1').getValues()[0]).toEqual(['first', '']);
    expect(sheet.getRange('B1').getFormula()).toBe('');
    expect(runtime.userUndo()).toBe(true);
    expect(sheet.getRange('A1').getValue()).toBe('start');
    expect(runtime.userUndo()).toBe(false);
    expect(bundle.call('seen')).toBe(fired);
  });

  test('undo puts back formulas and dates, and is per person', () => {
    const { runtime, sheet } = setup();
    sheet.getRange('A1').setFormula('=42');
    runtime.userEdit('Pipeline', 'B1', [['2026-03-05']]);
    const date = sheet.getRange('B1').getValue();
    runtime.setUser('wang@example.com');
    runtime.userEdit('Pipeline', 'A1', [['overwritten']]);
    runtime.setUser('li@example.com');
    runtime.userEdit('Pipeline', 'B1', [['later']]);
    expect(runtime.userUndo()).toBe(true); // Li's 'later'
    expect(sheet.getRange('B1').getValue()).toEqual(date);
    runtime.setUser('wang@example.com');
    expect(runtime.userUndo()).toBe(true);
    expect(sheet.getRange('A1').getFormula()).toBe('=42');
    expect(sheet.getRange('A1').getValue()).toBe(42);
  });

  test('undo leaves what the script did elsewhere, and writes by other programs are not undone', () => {
    const { runtime, sheet } = setup();
    runtime.loadSource('function onEdit(e) { e.range.offset(0, 1).setValue("stamped"); }');
    runtime.userEdit('Pipeline', 'A1', [['typed']]);
    runtime.anotherScriptWrites('Pipeline', 'C1', [['import']]);
    expect(runtime.userUndo()).toBe(true);
    expect(sheet.getRange('A1:C1').getValues()[0]).toEqual(['', 'stamped', 'import']);
    expect(runtime.userUndo()).toBe(false);
  });

  test('refused edits are not on the undo stack', () => {
    const { runtime, sheet } = setup();
    runtime.userEdit('Pipeline', 'A1', [['x'.repeat(50001)]]);
    expect(runtime.userUndo()).toBe(false);
    expect(sheet.getRange('A1').getValue()).toBe('');
  });
});
