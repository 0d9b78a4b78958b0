import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalRuntime } from '../../local';

// The shape gas-webpack-plugin emits: empty top-level stubs, then the webpack IIFE assigning the real functions.
const WEBPACK_STYLE = `
function hello() {
}
function helper_() {
}/******/ (() => {
  "use strict";
  const __webpack_require__ = {};
  __webpack_require__.g = (function() { if (typeof globalThis === 'object') return globalThis; })();
  let __webpack_exports__ = {};
  function hello(who) { return 'hi ' + who + ' ' + new Date().toISOString(); }
  function helper_() { return Date.now(); }
  __webpack_require__.g.hello = hello;
  __webpack_require__.g.helper_ = helper_;
})();
`;

describe('loadBundle', () => {
  test('top-level functions of a gas-webpack-plugin bundle become callable globals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dist-'));
    writeFileSync(join(dir, 'Code.js'), WEBPACK_STYLE);
    const runtime = new LocalRuntime({ now: new Date('2026-03-02T12:00:00Z'), distDir: dir });
    const bundle = runtime.loadBundle();
    expect(bundle.functionNames.sort()).toEqual(['hello', 'helper_']);
    expect(bundle.call('hello', 'Li')).toBe('hi Li 2026-03-02T12:00:00.000Z');
    expect(bundle.call('helper_')).toBe(Date.parse('2026-03-02T12:00:00Z'));
    expect(() => bundle.call('nope')).toThrow('Script function not found: nope');
  });

  test('a missing dist/Code.js is reported', () => {
    const runtime = new LocalRuntime({ distDir: join(tmpdir(), 'definitely-missing-dist') });
    expect(() => runtime.loadBundle()).toThrow(/No bundle at/);
  });

  test('each execution is a fresh context; Date follows the runtime clock and dates from the sheet are instanceof Date', () => {
    const runtime = new LocalRuntime({ now: new Date('2026-03-02T00:00:00Z') });
    runtime.spreadsheet.getSheets()[0].getRange('A1').setValue('2026-03-05');
    const first = runtime.loadSource('var counter = 0; function bump() { return ++counter; }');
    first.call('bump');
    // Apps Script evaluates the project for every execution: a global set by one call is gone in the next.
    expect(first.call('bump')).toBe(1);
    const second = runtime.loadSource(`
      var counter = 0; function bump() { return ++counter; }
      function probe() {
        var v = SpreadsheetApp.getActive().getSheets()[0].getRange('A1').getValue();
        var rows = SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B2').getValues();
        var err; try { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); } catch (e) { err = e; }
        return { isDate: v instanceof Date, arrays: rows instanceof Array, error: err instanceof Error,
                 now: new Date().getTime(), nowFn: Date.now(), explicit: new Date(2020, 0, 1).getFullYear() };
      }`);
    expect(second.call('bump')).toBe(1);
    runtime.clock.advance(60_000);
    expect(second.call('probe')).toEqual({
      isDate: true, arrays: true, error: true,
      now: Date.parse('2026-03-02T00:01:00Z'), nowFn: Date.parse('2026-03-02T00:01:00Z'), explicit: 2020,
    });
  });

  test('onOpen called without arguments receives its event, with the requested auth mode', () => {
    const runtime = new LocalRuntime();
    const bundle = runtime.loadSource('function onOpen(e) { return [String(e.authMode), e.source ? "source" : "none"]; }');
    expect(bundle.call('onOpen')).toEqual(['FULL', 'source']);
    expect(bundle.callWithAuthMode('NONE', 'onOpen')).toEqual(['NONE', 'none']);
  });

  test('HtmlService reads <distDir>/<name>.html and evaluates templates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dist-'));
    writeFileSync(join(dir, 'Sidebar.html'), '<p>sidebar</p>');
    writeFileSync(join(dir, 'Page.html'), '<h1><?= title ?></h1><?!= raw ?><? for (var i = 0; i < 2; i++) { ?>x<? } ?>');
    const runtime = new LocalRuntime({ distDir: dir });
    const { HtmlService } = runtime.globals();
    expect(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Daily Close').getContent()).toBe('<p>sidebar</p>');
    const t = HtmlService.createTemplateFromFile('Page');
    t.title = '<b>';
    t.raw = '<i>ok</i>';
    expect(t.evaluate().getContent()).toBe('<h1>&lt;b&gt;</h1><i>ok</i>xx');
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });
});
