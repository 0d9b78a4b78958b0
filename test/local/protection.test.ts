import { LocalRuntime, type ProtectionApi } from '../../local';

const REFUSED = 'Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** The manager runs the sheet; the owner is someone else; reps type into it. */
function setup() {
  const runtime = new LocalRuntime({ userEmail: 'manager@example.com', ownerEmail: 'boss@example.com', now: new Date('2026-03-02T02:00:00Z') });
  const sheet = runtime.spreadsheet.insertSheet('Team');
  sheet.getRange('A1:B3').setValues([['Rep', 'Email'], ['Li', 'li@example.com'], ['Wang', 'wang@example.com']]);
  return { runtime, sheet };
}

/** Apps Script's own idiom for a real lock: me as editor, everyone else removed. */
function lock(p: ProtectionApi) {
  p.addEditor('manager@example.com');
  p.removeEditors(p.getEditors());
  return p;
}

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return String(e);
  }
  return 'did not throw';
}

describe('who a protection lets edit', () => {
  test('protect() lists the owner and its creator as editors, but refuses nobody until its editor list changes', () => {
    const { runtime, sheet } = setup();
    const p = sheet.getRange('A1:B1').protect();
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['boss@example.com', 'manager@example.com']);
    runtime.setUser('li@example.com');
    expect(p.canEdit()).toBe(true);
    sheet.getRange('A1').setValue('still editable');
    expect(sheet.getRange('A1').getValue()).toBe('still editable');
  });

  test('after removeEditors a non-editor script write throws the Apps Script error and writes nothing', () => {
    const { runtime, sheet } = setup();
    const p = lock(sheet.getRange('A1:B1').protect().setDescription('headers'));
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['boss@example.com', 'manager@example.com']);
    runtime.setUser('li@example.com');
    expect(p.canEdit()).toBe(false);
    expect(thrown(() => sheet.getRange('A1').setValue('x'))).toBe(REFUSED);
    expect(thrown(() => sheet.getRange('B1:C2').setValues([['x', 'y'], ['z', 'w']]))).toBe(REFUSED); // overlaps B1
    for (const write of [
      () => sheet.getRange('A1').setNote('n'), () => sheet.getRange('A1:B1').setBackgrounds([['#ff0000', null]]),
      () => sheet.getRange('A1').setBackground('red'), () => sheet.getRange('A1').setFormula('=1'), () => sheet.getRange('A1').clearContent(),
      () => sheet.getRange('A1').clear(), () => sheet.getRange('A1:B1').setNotes([['a', 'b']]), () => sheet.getRange('A1:B3').sort(1),
      () => sheet.clear(), () => sheet.deleteRow(1), () => sheet.deleteColumns(2, 1),
    ]) expect(thrown(write)).toBe(REFUSED);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['Rep', 'Email']]);
    expect(sheet.getRange('A1').getNote()).toBe('');
    sheet.getRange('A2').setValue('Zhao'); // outside the protected range
    expect(sheet.getRange('A2').getValue()).toBe('Zhao');
    runtime.setUser('manager@example.com');
    expect(p.canEdit()).toBe(true);
    sheet.getRange('A1').setValue('Name');
    runtime.setUser('boss@example.com'); // the owner may always edit
    sheet.getRange('B1').setValue('Mail');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['Name', 'Mail']]);
  });

  test('addEditor lets a user in; neither the owner nor the current user can be removed', () => {
    const { runtime, sheet } = setup();
    const p = lock(sheet.getRange('A1:B1').protect());
    p.addEditor('li@example.com').addEditors(['wang@example.com']);
    p.removeEditor('wang@example.com');
    p.removeEditors(['boss@example.com', 'manager@example.com']);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['boss@example.com', 'manager@example.com', 'li@example.com']);
    runtime.setUser('li@example.com');
    sheet.getRange('A1').setValue('ok');
    runtime.setUser('wang@example.com');
    expect(() => sheet.getRange('A1').setValue('no')).toThrow('You are trying to edit a protected cell or object.');
    expect(() => p.remove()).toThrow('You are trying to edit a protected cell or object.');
    expect(() => p.addEditor('wang@example.com')).toThrow('You are trying to edit a protected cell or object.');
  });

  test('named editors of the spreadsheet start on every protection\'s list: addEditors alone keeps them in, removeEditors locks them out', () => {
    const runtime = new LocalRuntime({ userEmail: 'manager@example.com', ownerEmail: 'boss@example.com', editorEmails: ['li@example.com'] });
    const sheet = runtime.spreadsheet.getSheets()[0];
    expect(runtime.spreadsheet.getEditors().map((u) => u.getEmail())).toEqual(['boss@example.com', 'li@example.com']);
    const p = sheet.getRange('A1').protect().addEditors(['lead@example.com']);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['boss@example.com', 'li@example.com', 'manager@example.com', 'lead@example.com']);
    runtime.setUser('li@example.com');
    sheet.getRange('A1').setValue('named editor');
    runtime.setUser('guest@example.com'); // edits through link sharing: not on the list once it is explicit
    expect(() => sheet.getRange('A1').setValue('x')).toThrow('protected cell');
    runtime.setUser('manager@example.com');
    lock(p);
    runtime.setUser('li@example.com');
    expect(() => sheet.getRange('A1').setValue('x')).toThrow('protected cell');
  });

  test('domain edit lets everyone in the owner\'s domain edit', () => {
    const { runtime, sheet } = setup();
    const p = lock(sheet.getRange('A1').protect()).setDomainEdit(true);
    expect(p.canDomainEdit()).toBe(true);
    runtime.setUser('li@example.com');
    sheet.getRange('A1').setValue('same domain');
    runtime.setUser('guest@other.org');
    expect(() => sheet.getRange('A1').setValue('x')).toThrow('protected cell');
  });

  test('a warning-only protection never refuses a script or a person', () => {
    const { runtime, sheet } = setup();
    lock(sheet.protect()).setWarningOnly(true);
    runtime.setUser('li@example.com');
    sheet.getRange('A1').setValue('script');
    runtime.userEdit('Team', 'B1', [['typed']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['script', 'typed']]);
    expect(runtime.rejectedEdits).toEqual([]);
  });

  test('the spreadsheet owner defaults to owner@example.com and is reported by getOwner()', () => {
    expect(new LocalRuntime().spreadsheet.getOwner().getEmail()).toBe('owner@example.com');
    expect(setup().runtime.spreadsheet.getOwner().getEmail()).toBe('boss@example.com');
  });
});

describe('sheet protections', () => {
  test('a protected sheet refuses cells, rows and settings; its unprotected ranges stay open; protect() again returns it', () => {
    const { runtime, sheet } = setup();
    const p = lock(sheet.protect());
    expect(sheet.protect()).toBe(p);
    p.setUnprotectedRanges([sheet.getRange('C2:C10')]);
    runtime.setUser('li@example.com');
    for (const change of [
      () => sheet.getRange('Z900').setValue(1), () => sheet.appendRow(['x']), () => sheet.insertRowsAfter(1, 1),
      () => sheet.deleteRows(2, 1), () => sheet.setName('Mine'), () => sheet.setFrozenRows(1), () => sheet.hideRows(2),
      () => runtime.spreadsheet.deleteSheet(sheet),
    ]) expect(thrown(change)).toBe(REFUSED);
    sheet.getRange('C2:C3').setValues([['open'], ['too']]);
    expect(sheet.getRange('C2').getValue()).toBe('open');
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['C2:C10']);
    expect(sheet.getName()).toBe('Team');
  });

  test('a protected range moves with rows inserted above it; a row inserted inside it or a deleted row in it is refused', () => {
    const { runtime, sheet } = setup();
    const p = lock(sheet.getRange('A2:B3').protect());
    runtime.setUser('li@example.com');
    sheet.insertRowsBefore(1, 2);
    expect(p.getRange().getA1Notation()).toBe('A4:B5');
    expect(sheet.getRange('A4').getValue()).toBe('Li');
    expect(thrown(() => sheet.insertRowAfter(4))).toBe(REFUSED);
    expect(thrown(() => sheet.deleteRows(5, 2))).toBe(REFUSED);
    expect(thrown(() => sheet.getRange('A4').setValue('x'))).toBe(REFUSED);
    sheet.getRange('A2').setValue('free'); // the old place is no longer protected
    sheet.deleteRows(1, 1);
    expect(p.getRange().getA1Notation()).toBe('A3:B4');
  });
});

describe("people's edits and triggers", () => {
  const BUNDLE = `
    function onEdit(e) { e.source.getSheetByName('Team').getRange('D1').setValue('simple ran as ' + Session.getEffectiveUser().getEmail()); }
    function byOwner(e) { e.source.getSheetByName('Team').getRange('E1').setValue('installed ran as ' + Session.getEffectiveUser().getEmail()); }
    function install() { ScriptApp.newTrigger('byOwner').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }
    function protectHeader() {
      var p = SpreadsheetApp.getActive().getSheetByName('Team').getRange('A1:E1').protect();
      p.addEditor(Session.getEffectiveUser()); p.removeEditors(p.getEditors());
    }`;

  test("a non-editor's typing or paste into a protected range is refused: nothing changes, no onEdit, recorded", () => {
    const { runtime, sheet } = setup();
    const bundle = runtime.loadSource(BUNDLE);
    bundle.call('protectHeader');
    runtime.setUser('li@example.com');
    runtime.userEdit('Team', 'A1', [['Mine']]);
    runtime.userPaste('Team', 'A1:B2', [['x', 'y'], ['z', 'w']]);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['Rep', 'Email'], ['Li', 'li@example.com']]);
    expect(sheet.getRange('D1').getValue()).toBe('');
    expect(runtime.rejectedEdits).toEqual([
      { sheet: 'Team', a1: 'A1', value: 'Mine', helpText: null, reason: 'protection' },
      { sheet: 'Team', a1: 'A1:B2', value: [['x', 'y'], ['z', 'w']], helpText: null, reason: 'protection' },
    ]);
    runtime.setUser('manager@example.com');
    runtime.userEdit('Team', 'A1', [['Name']]);
    expect(sheet.getRange('A1').getValue()).toBe('Name');
  });

  test('the simple onEdit runs as the person typing and is refused; an installable one runs as its owner and may write', () => {
    const { runtime, sheet } = setup();
    const bundle = runtime.loadSource(BUNDLE);
    bundle.call('install');
    bundle.call('protectHeader');
    runtime.setUser('li@example.com');
    runtime.userEdit('Team', 'A3', [['Zhao']]);
    expect(sheet.getRange('A3').getValue()).toBe('Zhao');
    expect(sheet.getRange('D1').getValue()).toBe('');
    expect(sheet.getRange('E1').getValue()).toBe('installed ran as manager@example.com');
    expect(runtime.triggerErrors).toEqual([expect.objectContaining({ trigger: 'onEdit', user: 'li@example.com',
      message: 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.' })]);
    runtime.setUser('manager@example.com');
    runtime.userEdit('Team', 'A3', [['Zhou']]);
    expect(sheet.getRange('D1').getValue()).toBe('simple ran as manager@example.com');
  });

  test("a person's row insert or sort in a protected sheet is refused and recorded", () => {
    const { runtime, sheet } = setup();
    lock(sheet.protect());
    runtime.setUser('li@example.com');
    runtime.userInsertRows('Team', 2, 1);
    runtime.userDeleteRows('Team', 2, 1);
    runtime.userSort('Team', 1, false);
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual(['Rep', 'Li', 'Wang']);
    expect(runtime.rejectedEdits.map((r) => r.reason)).toEqual(['protection', 'protection', 'protection']);
  });
});
