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

describe('the call log: every service call by method, kind and cells moved', () => {
  const BUNDLE = `
    function work() {
      var ss = SpreadsheetApp.getActive();
      var sheet = ss.getSheetByName('Sheet1');
      var name = sheet.getName();
      var last = sheet.getLastRow();
      var values = sheet.getRange(1, 1, last, 3).getValues();
      sheet.getRange('D1:D2').setValues([[1], [2]]);
      sheet.getRange('A1:B5').setBackground('#ff0000');
      sheet.getRange('A1').getValue();
      sheet.getRange('A1:A3').getNotes();
      sheet.getRange('A1:C1').getDisplayValues();
      var props = PropertiesService.getScriptProperties();
      props.setProperties({ a: '1', b: '2', c: '3' });
      props.getProperty('a');
      CacheService.getScriptCache().get('k');
      var lock = LockService.getDocumentLock();
      lock.tryLock(100);
      Session.getActiveUser();
      MailApp.sendEmail('m@example.com', 's', 'b');
      Utilities.formatDate(new Date(), 'UTC', 'yyyy');
      return name + values.length;
    }`;

  function run() {
    const runtime = new LocalRuntime({ userEmail: 'li@example.com' });
    runtime.spreadsheet.getSheets()[0].getRange('A1:C4').setValues([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]);
    const bundle = runtime.loadSource(BUNDLE);
    runtime.resetCounts();
    expect(bundle.call('work')).toBe('Sheet14');
    return runtime;
  }

  test('methodCounts() counts each Service.method; a call made inside another counts once', () => {
    const runtime = run();
    expect(runtime.methodCounts()).toEqual({
      'SpreadsheetApp.getActive': 1, 'Spreadsheet.getSheetByName': 1, 'Sheet.getName': 1, 'Sheet.getLastRow': 1,
      'Sheet.getRange': 6, 'Range.getValues': 1, 'Range.setValues': 1, 'Range.setBackground': 1, 'Range.getValue': 1,
      'Range.getNotes': 1, 'Range.getDisplayValues': 1,
      'PropertiesService.getScriptProperties': 1, 'Properties.setProperties': 1, 'Properties.getProperty': 1,
      'CacheService.getScriptCache': 1, 'Cache.get': 1, 'LockService.getDocumentLock': 1, 'Lock.tryLock': 1,
      'Session.getActiveUser': 1, 'MailApp.sendEmail': 1, 'Utilities.formatDate': 1,
    });
  });

  test('callStats() gives each method its kind, calls per kind, and the cells each call read or wrote; counts() is as before', () => {
    const runtime = run();
    const stats = runtime.callStats();
    expect(stats.methods['Sheet.getName']).toEqual({ kind: 'meta', calls: 1, cells: { read: 0, written: 0 } });
    expect(stats.methods['Sheet.getLastRow'].kind).toBe('meta');
    expect(stats.methods['Sheet.getRange'].kind).toBe('meta');
    expect(stats.methods['Spreadsheet.getSheetByName'].kind).toBe('meta');
    expect(stats.methods['Range.getValues']).toEqual({ kind: 'read', calls: 1, cells: { read: 12, written: 0 } });
    expect(stats.methods['Range.setValues']).toEqual({ kind: 'write', calls: 1, cells: { read: 0, written: 2 } });
    expect(stats.methods['Range.setBackground']).toEqual({ kind: 'format', calls: 1, cells: { read: 0, written: 10 } });
    expect(stats.methods['Range.getNotes'].cells).toEqual({ read: 3, written: 0 });
    expect(stats.methods['Range.getDisplayValues'].cells).toEqual({ read: 3, written: 0 });
    expect(stats.methods['Range.getValue'].cells).toEqual({ read: 1, written: 0 });
    expect(stats.methods['Properties.getProperty'].kind).toBe('properties');
    expect(stats.methods['Cache.get'].kind).toBe('cache');
    expect(stats.methods['Lock.tryLock'].kind).toBe('lock');
    expect(stats.methods['Session.getActiveUser'].kind).toBe('session');
    expect(stats.methods['MailApp.sendEmail'].kind).toBe('mail');
    expect(stats.kinds).toEqual({
      read: 4, write: 1, format: 1, other: 0, meta: 10, properties: 3, cache: 2, lock: 2, session: 1, mail: 1,
      urlfetch: 0, script: 0, utilities: 1, ui: 0, log: 0,
    });
    expect(stats.cells).toEqual({ read: 19, written: 12 });
    // counts() keeps its four Spreadsheet kinds: getActive, getSheetByName, getName and 6 × getRange are 'other',
    // getLastRow is 'read', as they always were; the other services are not in it.
    expect(runtime.counts()).toEqual({ read: 5, write: 1, format: 1, other: 9 });
  });

  test('callLog() lists the calls in order; resetCounts() clears every count', () => {
    const runtime = run();
    const log = runtime.callLog();
    expect(log.slice(0, 4).map((c) => c.method)).toEqual(['SpreadsheetApp.getActive', 'Spreadsheet.getSheetByName', 'Sheet.getName', 'Sheet.getLastRow']);
    const values = log.find((c) => c.method === 'Range.getValues');
    expect(values).toEqual({ method: 'Range.getValues', kind: 'read', cells: { read: 12, written: 0 }, execution: values?.execution });
    // Every call of the bundle's one execution carries that execution's number.
    expect(values?.execution).toBeGreaterThan(0);
    expect(new Set(log.map((c) => c.execution)).size).toBe(1);
    expect(log).toHaveLength(Object.values(runtime.methodCounts()).reduce((a, b) => a + b, 0));
    runtime.resetCounts();
    expect(runtime.callLog()).toEqual([]);
    expect(runtime.methodCounts()).toEqual({});
    expect(runtime.counts()).toEqual({ read: 0, write: 0, format: 0, other: 0 });
    expect(runtime.callStats().cells).toEqual({ read: 0, written: 0 });
    expect(Object.values(runtime.callStats().kinds).every((n) => n === 0)).toBe(true);
  });
});
