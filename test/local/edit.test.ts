import { LocalRuntime } from '../../local';

// A bundle that records every onEdit event it receives, as plain data.
const RECORDER = `
// Executions share no globals (each is evaluated afresh), so what onEdit saw is kept in script properties.
function record(entry) { var p = PropertiesService.getScriptProperties(); var seen = JSON.parse(p.getProperty('seen') || '[]');
  seen.push(entry); p.setProperty('seen', JSON.stringify(seen)); }
function onEdit(e) {
  record({ a1: e.range.getA1Notation(), sheet: e.range.getSheet().getName(), authMode: String(e.authMode),
    hasValue: 'value' in e, value: e.value, hasOld: 'oldValue' in e, oldValue: e.oldValue,
    user: e.user.getEmail(), source: e.source.getId(), triggerUid: e.triggerUid });
}
function installed(e) { record({ installed: true, authMode: String(e.authMode), triggerUid: e.triggerUid, value: e.value }); }
function events() { return JSON.parse(PropertiesService.getScriptProperties().getProperty('seen') || '[]'); }
function scriptWrite() { SpreadsheetApp.getActive().getSheetByName('Pipeline').getRange('A1').setValue('by script'); }
function install() { ScriptApp.newTrigger('installed').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }
`;

function setup() {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai', userEmail: 'li@example.com', now: new Date('2026-03-02T02:00:00Z') });
  const sheet = runtime.spreadsheet.insertSheet('Pipeline');
  const bundle = runtime.loadSource(RECORDER);
  const events = () => bundle.call('events') as Record<string, unknown>[];
  return { runtime, sheet, bundle, events };
}

describe('userEdit and onEdit', () => {
  test('typing one cell: value as typed, oldValue of the previous content, LIMITED auth', () => {
    const { runtime, sheet, events } = setup();
    sheet.getRange('D2').setValue('B');
    runtime.userEdit('Pipeline', 'D2', [['a']]);
    expect(sheet.getRange('D2').getValue()).toBe('a');
    expect(events()).toEqual([{
      a1: 'D2', sheet: 'Pipeline', authMode: 'LIMITED', hasValue: true, value: 'a', hasOld: true, oldValue: 'B',
      user: 'li@example.com', source: runtime.spreadsheet.getId(),
    }]);
  });

  test('typing into an empty cell has no oldValue; clearing a cell has no value', () => {
    const { runtime, events } = setup();
    runtime.userEdit('Pipeline', 'B2', [['42']]);
    runtime.userEdit('Pipeline', 'B2', [['']]);
    const [typed, cleared] = events();
    expect([typed.hasValue, typed.value, typed.hasOld]).toEqual([true, '42', false]);
    expect([cleared.hasValue, cleared.hasOld, cleared.oldValue]).toEqual([false, true, '42']);
  });

  test('a typed date is stored as a Date; its oldValue later is the day serial', () => {
    const { runtime, sheet, events } = setup();
    runtime.userEdit('Pipeline', 'F2', [['2026-03-05']]);
    expect((sheet.getRange('F2').getValue() as Date).toISOString()).toBe('2026-03-04T16:00:00.000Z');
    runtime.userEdit('Pipeline', 'F2', [['2026-03-06']]);
    expect(events()[1]).toMatchObject({ value: '2026-03-06', oldValue: '46086' });
  });

  test('a paste (more than one cell) gives neither value nor oldValue', () => {
    const { runtime, sheet, events } = setup();
    sheet.getRange('A2').setValue('old');
    runtime.userEdit('Pipeline', 'A2:C3', [['x', '1', 'TRUE'], ['y', '2', '2026-03-01']]);
    expect(sheet.getRange('A2:C3').getValues()[0]).toEqual(['x', 1, true]);
    expect(events()).toEqual([expect.objectContaining({ a1: 'A2:C3', hasValue: false, hasOld: false })]);
  });

  test('a paste into a single cell gives neither value nor oldValue either', () => {
    const { runtime, sheet, events } = setup();
    sheet.getRange('D2').setValue('B');
    runtime.userPaste('Pipeline', 'D2', [['D']]);
    expect(sheet.getRange('D2').getValue()).toBe('D');
    expect(events()).toEqual([expect.objectContaining({ a1: 'D2', hasValue: false, hasOld: false })]);
  });

  test('script writes never fire onEdit, and neither do sorts, inserts or deletes', () => {
    const { runtime, bundle, events } = setup();
    bundle.call('scriptWrite');
    runtime.spreadsheet.getSheetByName('Pipeline')?.getRange('B2').setValue('test code write');
    runtime.userSort('Pipeline', 1, true);
    runtime.userInsertRows('Pipeline', 2, 3);
    runtime.userDeleteRows('Pipeline', 2, 1);
    expect(events()).toEqual([]);
  });

  test('a rejecting validation refuses an invalid typed value: cell unchanged, no onEdit', () => {
    const { runtime, sheet, events } = setup();
    const { SpreadsheetApp } = runtime.globals();
    sheet.getRange('D2').setValue('A').setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList(['A', 'B', 'C']).setAllowInvalid(false).setHelpText('A/B/C').build());
    runtime.userEdit('Pipeline', 'D2', [['Z']]);
    expect(sheet.getRange('D2').getValue()).toBe('A');
    expect(events()).toEqual([]);
    expect(runtime.rejectedEdits).toEqual([{ sheet: 'Pipeline', a1: 'D2', value: 'Z', helpText: 'A/B/C', reason: 'validation' }]);
    runtime.userEdit('Pipeline', 'D2', [['C']]);
    expect(sheet.getRange('D2').getValue()).toBe('C');
    expect(events()).toHaveLength(1);
  });

  test('a warning-only validation (allowInvalid) lets the value in', () => {
    const { runtime, sheet, events } = setup();
    const { SpreadsheetApp } = runtime.globals();
    sheet.getRange('D2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['A']).build());
    runtime.userEdit('Pipeline', 'D2', [['Z']]);
    expect(sheet.getRange('D2').getValue()).toBe('Z');
    expect(events()).toHaveLength(1);
  });

  test('installable onEdit triggers run after the simple one, with FULL auth and their trigger id', () => {
    const { runtime, bundle, events } = setup();
    bundle.call('install');
    runtime.userEdit('Pipeline', 'A5', [['hello']]);
    const [simple, installed] = events();
    expect(simple.authMode).toBe('LIMITED');
    expect(installed).toEqual({ installed: true, authMode: 'FULL', triggerUid: runtime.triggers()[0].uniqueId, value: 'hello' });
  });

  test('the edited cell becomes the active range', () => {
    const { runtime } = setup();
    runtime.userEdit('Pipeline', 'C7', [['x']]);
    expect(runtime.globals().SpreadsheetApp.getActiveRange()?.getA1Notation()).toBe('C7');
  });

  test('userSort keeps the frozen header and sorts data rows with blanks last', () => {
    const { runtime, sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.getRange('A1:B5').setValues([['Customer', 'Tier'], ['c', 'B'], ['', ''], ['a', 'A'], ['b', 'C']]);
    sheet.getRange('A4').setBackground('#ff0000');
    runtime.userSort('Pipeline', 1, true);
    expect(sheet.getRange('A1:B5').getValues()).toEqual([['Customer', 'Tier'], ['a', 'A'], ['b', 'C'], ['c', 'B'], ['', '']]);
    expect(sheet.getRange('A2').getBackground()).toBe('#ff0000');
    runtime.userSort('Pipeline', 2, false);
    expect(sheet.getRange('B2:B4').getValues().flat()).toEqual(['C', 'B', 'A']);
  });

  test('userInsertRows and userDeleteRows move rows like a person doing it', () => {
    const { runtime, sheet } = setup();
    sheet.getRange('A1:A3').setValues([['h'], ['r2'], ['r3']]);
    runtime.userInsertRows('Pipeline', 2, 2);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual(['h', '', '', 'r2', 'r3']);
    runtime.userDeleteRows('Pipeline', 2, 3);
    expect(sheet.getRange('A1:A2').getValues().flat()).toEqual(['h', 'r3']);
  });

  test('an error thrown by onEdit is logged as Sheets does, not thrown at the person typing; the other triggers still run', () => {
    const { runtime, bundle, events } = setup();
    runtime.loadSource(`${RECORDER}
      function onEdit(e) { throw new Error("boom " + e.value); }`);
    bundle.call('install');
    expect(() => runtime.userEdit('Pipeline', 'A1', [['x']])).not.toThrow();
    expect(runtime.spreadsheet.getSheetByName('Pipeline')?.getRange('A1').getValue()).toBe('x');
    expect(runtime.triggerErrors).toEqual([{ trigger: 'onEdit', handler: 'onEdit', message: 'boom x', user: 'li@example.com' }]);
    expect(runtime.logs).toEqual(['onEdit (simple trigger) failed: Error: boom x']);
    expect(runtime.toasts).toEqual([]);
    expect(events()).toEqual([expect.objectContaining({ installed: true, value: 'x' })]);
  });

  test('a failing installable trigger is recorded under its id and owner', () => {
    const { runtime, bundle } = setup();
    runtime.loadSource(`${RECORDER}
      function installed(e) { SpreadsheetApp.getActive().getSheetByName('Nope').getRange('A1'); }`);
    bundle.call('install');
    runtime.userEdit('Pipeline', 'B1', [['y']]);
    const uid = runtime.triggers()[0].uniqueId;
    expect(runtime.triggerErrors).toEqual([{ trigger: uid, handler: 'installed', message: expect.stringMatching(/null/), user: 'li@example.com' }]);
    expect(runtime.logs[0]).toMatch(new RegExp(`^installed \\(trigger ${uid}\\) failed: TypeError`));
  });
});
