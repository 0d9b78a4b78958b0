import { LocalRuntime } from '../../local';

describe('PropertiesService', () => {
  test('document, script and per-user stores', () => {
    const runtime = new LocalRuntime({ userEmail: 'li@example.com' });
    const { PropertiesService } = runtime.globals();
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty('spreadsheetId', 'abc').setProperties({ a: '1', b: '2' });
    expect(doc.getProperty('spreadsheetId')).toBe('abc');
    expect(doc.getProperty('missing')).toBeNull();
    expect(doc.getKeys().sort()).toEqual(['a', 'b', 'spreadsheetId']);
    doc.deleteProperty('a');
    expect(doc.getProperties()).toEqual({ spreadsheetId: 'abc', b: '2' });
    expect(PropertiesService.getDocumentProperties().getProperty('b')).toBe('2');
    expect(PropertiesService.getScriptProperties().getProperty('b')).toBeNull();

    PropertiesService.getUserProperties().setProperty('rep', 'Li');
    runtime.setUser('wang@example.com');
    expect(PropertiesService.getUserProperties().getProperty('rep')).toBeNull();
    runtime.setUser('li@example.com');
    expect(PropertiesService.getUserProperties().getProperty('rep')).toBe('Li');
    doc.deleteAllProperties();
    expect(doc.getKeys()).toEqual([]);
  });
});

describe('LockService', () => {
  test('tryLock succeeds when free; contention makes tryLock false after the wait and waitLock throw', () => {
    const runtime = new LocalRuntime({ now: new Date('2026-03-02T00:00:00Z') });
    const { LockService } = runtime.globals();
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);

    runtime.holdDocumentLock(true);
    const contended = LockService.getDocumentLock();
    expect(contended.tryLock(5000)).toBe(false);
    expect(runtime.clock.now().toISOString()).toBe('2026-03-02T00:00:05.000Z');
    expect(() => contended.waitLock(10000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    runtime.holdDocumentLock(false);
    expect(contended.tryLock(0)).toBe(true);
  });

  test('locks taken inside a bundle call are released when the call ends; globals do not outlive a call', () => {
    const runtime = new LocalRuntime();
    const bundle = runtime.loadSource(
      'var lock; function take() { lock = LockService.getDocumentLock(); lock.waitLock(100); return lock.hasLock(); }' +
        ' function again() { return [typeof lock, LockService.getDocumentLock().tryLock(0)]; }',
    );
    expect(bundle.call('take')).toBe(true);
    // A new execution: the script is evaluated afresh (lock is undefined again) and nobody holds the lock.
    expect(bundle.call('again')).toEqual(['undefined', true]);
  });
});

describe('CacheService', () => {
  test('values expire against the runtime clock', () => {
    const runtime = new LocalRuntime();
    const cache = runtime.globals().CacheService.getScriptCache();
    cache.put('k', 'v', 60);
    cache.putAll({ a: '1', b: '2' });
    expect(cache.get('k')).toBe('v');
    expect(cache.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    runtime.clock.advance(61_000);
    expect(cache.get('k')).toBeNull();
    expect(cache.get('a')).toBe('1');
    cache.remove('a');
    cache.removeAll(['b']);
    expect(cache.getAll(['a', 'b'])).toEqual({});
    runtime.clock.advance(600_000);
    expect(runtime.globals().CacheService.getDocumentCache().get('a')).toBeNull();
  });
});

describe('Session and Utilities', () => {
  test('Session reports the user (maybe empty), the effective user and the script zone', () => {
    const runtime = new LocalRuntime({ userEmail: '', effectiveUserEmail: 'owner@example.com', locale: 'zh_CN' });
    const { Session } = runtime.globals();
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getEffectiveUser().getEmail()).toBe('owner@example.com');
    expect(Session.getScriptTimeZone()).toBe('America/New_York');
    expect(Session.getActiveUserLocale()).toBe('zh_CN');
    runtime.setUser('li@example.com');
    expect(Session.getActiveUser().getEmail()).toBe('li@example.com');
  });

  test('formatDate honours the zone and SimpleDateFormat tokens', () => {
    const runtime = new LocalRuntime();
    const { Utilities } = runtime.globals();
    const d = new Date('2026-03-01T17:05:09.042Z'); // Monday 01:05 in Shanghai, Sunday 12:05 in New York
    expect(Utilities.formatDate(d, 'Asia/Shanghai', 'yyyy-MM-dd HH:mm:ss.SSS')).toBe('2026-03-02 01:05:09.042');
    expect(Utilities.formatDate(d, 'America/New_York', 'yyyy-MM-dd HH:mm')).toBe('2026-03-01 12:05');
    expect(Utilities.formatDate(d, 'Asia/Shanghai', "EEE, d MMM yy 'at' H:mm Z")).toBe('Mon, 2 Mar 26 at 1:05 +0800');
    expect(Utilities.formatDate(d, 'Asia/Shanghai', 'EEEE u XXX M/d')).toBe('Monday 1 +08:00 3/2');
    expect(Utilities.formatDate(d, 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-03-01T17:05:09Z');
    expect(Utilities.formatDate(d, 'America/New_York', 'Z')).toBe('-0500');
    expect(() => Utilities.formatDate(d, 'Not/AZone', 'yyyy')).toThrow();
  });

  test('parseDate, getUuid and sleep (which moves the clock)', () => {
    const runtime = new LocalRuntime({ now: new Date('2026-03-02T00:00:00Z') });
    const { Utilities } = runtime.globals();
    expect(Utilities.parseDate('2026-03-05 08:30', 'Asia/Shanghai', 'yyyy-MM-dd HH:mm').toISOString()).toBe('2026-03-05T00:30:00.000Z');
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Utilities.getUuid()).not.toBe(Utilities.getUuid());
    Utilities.sleep(1500);
    expect(runtime.clock.now().toISOString()).toBe('2026-03-02T00:00:01.500Z');
  });

  test('Logger and console write to runtime.logs', () => {
    const runtime = new LocalRuntime();
    const bundle = runtime.loadSource('function f() { Logger.log("n=%s", 3); console.log("plain", {a: 1}); }');
    bundle.call('f');
    expect(runtime.logs).toEqual(['n=3', 'plain {"a":1}']);
  });
});

describe('Ui', () => {
  test('menus, alerts, sidebars and dialogs are recorded', () => {
    const runtime = new LocalRuntime();
    const { SpreadsheetApp, HtmlService } = runtime.globals();
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Open daily target', 'openSidebar').addSeparator().addItem('Send digest now', 'sendDigestNow').addToUi();
    ui.createMenu('Tools').addItem('One', 'one').addSubMenu(ui.createMenu('More').addItem('Two', 'two')).addToUi();
    ui.createAddonMenu().addItem('Rebuilt', 'rebuilt').addToUi();
    expect(runtime.menus).toEqual([
      { name: 'Daily Close', addon: true, items: [{ caption: 'Rebuilt', functionName: 'rebuilt' }] },
      { name: 'Tools', addon: false, items: [{ caption: 'One', functionName: 'one' }, { caption: 'More › Two', functionName: 'two' }] },
    ]);
    expect(ui.alert('Saved')).toBe(ui.Button.OK);
    expect(ui.alert('Title', 'Sure?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(runtime.alerts).toEqual([{ title: '', message: 'Saved' }, { title: 'Title', message: 'Sure?' }]);
    ui.showSidebar(HtmlService.createHtmlOutput('<p>s</p>').setTitle('Daily Close'));
    ui.showModalDialog(HtmlService.createHtmlOutput('<p>d</p>'), 'Preview');
    ui.showModelessDialog(HtmlService.createHtmlOutput('<p>m</p>'), 'Later');
    expect(runtime.sidebars).toEqual([{ title: 'Daily Close', html: '<p>s</p>' }]);
    expect(runtime.dialogs).toEqual([{ title: 'Preview', html: '<p>d</p>', modal: true }, { title: 'Later', html: '<p>m</p>', modal: false }]);
  });

  test('answerNextAlert queues the buttons the person presses at the next alerts', () => {
    const runtime = new LocalRuntime();
    const ui = runtime.globals().SpreadsheetApp.getUi();
    runtime.answerNextAlert('NO');
    runtime.answerNextAlert('CANCEL');
    expect(ui.alert('Take over?', 'Someone else runs it', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(ui.alert('Sure?', ui.ButtonSet.OK_CANCEL)).toBe('CANCEL');
    expect(ui.alert('Again?', 'x', ui.ButtonSet.YES_NO)).toBe('YES');
    expect(() => runtime.answerNextAlert('MAYBE' as never)).toThrow('no button MAYBE');
  });
});
