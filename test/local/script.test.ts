import { LocalRuntime } from '../../local';

const NIGHTLY = `
function turnOn() {
  return ScriptApp.newTrigger('nightly').timeBased().atHour(20).nearMinute(0).everyDays(1)
    .inTimezone(SpreadsheetApp.getActive().getSpreadsheetTimeZone()).create().getUniqueId();
}
function turnOnScriptZone() { return ScriptApp.newTrigger('nightly').timeBased().atHour(20).everyDays(1).create().getUniqueId(); }
function everyFiveMinutes() { ScriptApp.newTrigger('nightly').timeBased().everyMinutes(5).create(); }
function hourly() { return ScriptApp.newTrigger('nightly').timeBased().everyHours(1).create().getUniqueId(); }
function mine() { return ScriptApp.getProjectTriggers().map(function (t) {
  return [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource())]; }); }
function turnOff() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
function edits(n) { for (var i = 0; i < n; i++) ScriptApp.newTrigger('x' + i).forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }
// Executions share no globals (each is evaluated afresh), so the trigger's runs are kept in script properties.
function nightly(e) { var p = PropertiesService.getScriptProperties(); var runs = JSON.parse(p.getProperty('runs') || '[]');
  runs.push({ uid: e.triggerUid, authMode: String(e.authMode), hour: e.hour, user: Session.getEffectiveUser().getEmail(),
  now: new Date().toISOString() }); p.setProperty('runs', JSON.stringify(runs)); }
function log() { return JSON.parse(PropertiesService.getScriptProperties().getProperty('runs') || '[]'); }
`;

function setup() {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai', userEmail: 'boss@example.com', now: new Date('2026-03-02T12:00:00Z') });
  const bundle = runtime.loadSource(NIGHTLY);
  return { runtime, bundle };
}

describe('ScriptApp triggers', () => {
  test('a daily trigger records its hour and zone; without inTimezone it uses the script zone', () => {
    const { runtime, bundle } = setup();
    const uid = bundle.call('turnOn');
    expect(runtime.triggers()).toEqual([expect.objectContaining({
      uniqueId: uid, handler: 'nightly', type: 'CLOCK', user: 'boss@example.com', hour: 20, minute: 0, everyDays: 1, timeZone: 'Asia/Shanghai',
    })]);
    expect(bundle.call('mine')).toEqual([['nightly', 'CLOCK', 'CLOCK']]);
    bundle.call('turnOff');
    bundle.call('turnOnScriptZone');
    expect(runtime.triggers()[0].timeZone).toBe('America/New_York');
  });

  test('add-on rules: one time trigger per user per document, nothing more often than hourly, 20 in all', () => {
    const { runtime, bundle } = setup();
    bundle.call('turnOn');
    expect(() => bundle.call('hourly')).toThrow('This add-on has created too many time-based triggers in this document for this Google user account.');
    runtime.setUser('li@example.com');
    expect(() => bundle.call('turnOn')).not.toThrow();
    expect(() => bundle.call('everyFiveMinutes')).toThrow(/more frequently than once per hour/);
    bundle.call('edits', 19);
    expect(() => bundle.call('edits', 1)).toThrow('This script has too many triggers.');
    expect(runtime.triggers().filter((t) => t.user === 'li@example.com')).toHaveLength(20);
    expect(bundle.call('mine')).toHaveLength(20);
    runtime.setUser('boss@example.com');
    expect(bundle.call('mine')).toEqual([['nightly', 'CLOCK', 'CLOCK']]);
  });

  test("fireTimeTrigger runs the handler as the trigger's owner with a time event", () => {
    const { runtime, bundle } = setup();
    const uid = bundle.call('turnOn') as string;
    runtime.setUser('someone-else@example.com');
    runtime.clock.set(new Date('2026-03-02T12:03:00Z'));
    runtime.fireTimeTrigger(uid);
    expect(bundle.call('log')).toEqual([{ uid, authMode: 'FULL', hour: 12, user: 'boss@example.com', now: '2026-03-02T12:03:00.000Z' }]);
    expect(() => runtime.fireTimeTrigger('nope')).toThrow();
  });

  test('deleteTrigger removes it', () => {
    const { runtime, bundle } = setup();
    bundle.call('turnOn');
    bundle.call('turnOff');
    expect(runtime.triggers()).toEqual([]);
  });
});

describe('auth modes', () => {
  const PROBE = `
  function probe(name) {
    var calls = {
      getActiveSpreadsheet: function () { return SpreadsheetApp.getActiveSpreadsheet(); },
      getUi: function () { SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'open').addToUi(); return 'ok'; },
      userProperties: function () { return PropertiesService.getUserProperties(); },
      documentProperties: function () { return PropertiesService.getDocumentProperties(); },
      activeUser: function () { return Session.getActiveUser(); },
      sendEmail: function () { MailApp.sendEmail('a@example.com', 's', 'b'); },
      newTrigger: function () { return ScriptApp.newTrigger('x').timeBased().everyDays(1).create(); },
      getProjectTriggers: function () { return ScriptApp.getProjectTriggers(); },
      scriptTimeZone: function () { return Session.getScriptTimeZone(); },
    };
    try { calls[name](); return 'ok'; } catch (e) { return e.message; }
  }`;

  test('AuthMode.NONE refuses services with Apps Script wording but menus still build', () => {
    const runtime = new LocalRuntime();
    const bundle = runtime.loadSource(PROBE);
    const none = (name: string) => bundle.callWithAuthMode('NONE', 'probe', name);
    expect(none('getActiveSpreadsheet')).toBe('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
    expect(none('userProperties')).toBe('You do not have permission to call PropertiesService.getUserProperties');
    expect(none('documentProperties')).toBe('You do not have permission to call PropertiesService.getDocumentProperties');
    expect(none('activeUser')).toBe('You do not have permission to call Session.getActiveUser');
    expect(none('sendEmail')).toBe('You do not have permission to call MailApp.sendEmail');
    expect(none('newTrigger')).toBe('You do not have permission to call ScriptApp.newTrigger');
    expect(none('getProjectTriggers')).toBe('You do not have permission to call ScriptApp.getProjectTriggers');
    expect(none('getUi')).toBe('ok');
    expect(none('scriptTimeZone')).toBe('ok');
    expect(runtime.menus).toHaveLength(1);
    expect(bundle.call('probe', 'getActiveSpreadsheet')).toBe('ok');
  });

  test('LIMITED (simple triggers) reads the sheet but cannot send mail or make triggers', () => {
    const runtime = new LocalRuntime();
    const bundle = runtime.loadSource(PROBE);
    const limited = (name: string) => bundle.callWithAuthMode('LIMITED', 'probe', name);
    expect(limited('getActiveSpreadsheet')).toBe('ok');
    expect(limited('documentProperties')).toBe('ok');
    expect(limited('sendEmail')).toBe('You do not have permission to call MailApp.sendEmail');
    expect(limited('newTrigger')).toBe('You do not have permission to call ScriptApp.newTrigger');
    expect(bundle.call('probe', 'sendEmail')).toBe('ok');
  });
});

describe('MailApp', () => {
  test('both call forms send and are recorded in the outbox', () => {
    const runtime = new LocalRuntime({ userEmail: 'boss@example.com', now: new Date('2026-03-02T12:00:00Z') });
    const { MailApp } = runtime.globals();
    MailApp.sendEmail({ to: 'a@example.com, b@example.com', subject: 'Digest', body: 'text', htmlBody: '<b>x</b>', name: 'Daily Close' });
    MailApp.sendEmail('c@example.com', 'Hi', 'plain', { replyTo: 'boss@example.com' });
    expect(runtime.outbox).toEqual([
      expect.objectContaining({ to: ['a@example.com', 'b@example.com'], subject: 'Digest', body: 'text', htmlBody: '<b>x</b>', name: 'Daily Close',
        sentAt: new Date('2026-03-02T12:00:00Z') }),
      expect.objectContaining({ to: ['c@example.com'], subject: 'Hi', body: 'plain', replyTo: 'boss@example.com' }),
    ]);
    expect(MailApp.getRemainingDailyQuota()).toBe(97);
  });

  test('quota: each recipient costs one; exceeding throws; a new Pacific day renews it', () => {
    const runtime = new LocalRuntime({ mailQuota: 3, now: new Date('2026-03-02T12:00:00Z') });
    const { MailApp } = runtime.globals();
    MailApp.sendEmail('a@example.com,b@example.com', 's', 'b');
    expect(() => MailApp.sendEmail('c@example.com,d@example.com', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    expect(runtime.outbox).toHaveLength(1);
    MailApp.sendEmail('c@example.com', 's', 'b');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    runtime.clock.advance(24 * 3600_000);
    expect(MailApp.getRemainingDailyQuota()).toBe(3);
  });

  test('invalid addresses and configured failures throw without spending quota', () => {
    const runtime = new LocalRuntime({ mailQuota: 5 });
    const { MailApp } = runtime.globals();
    expect(() => MailApp.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
    runtime.setMailFailure('bounce@example.com', 'Failed to send email: bounce@example.com');
    expect(() => MailApp.sendEmail('bounce@example.com', 's', 'b')).toThrow('Failed to send email: bounce@example.com');
    expect(MailApp.getRemainingDailyQuota()).toBe(5);
    expect(runtime.outbox).toEqual([]);
  });
});
