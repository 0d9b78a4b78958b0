// onOpen reads no sheet: the menu's language is the one the last fresh read of Settings left, else the spreadsheet's
// locale, and the menu always builds (English where the auth mode lets it read nothing).
import { LocalRuntime } from '../../local';
import { FRIDAY_MORNING } from '../support/harness';

function fresh(locale = 'en_US') {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai', locale, now: FRIDAY_MORNING, userEmail: 'manager@example.com' });
  const bundle = runtime.loadBundle();
  return { runtime, bundle };
}

function open(runtime: LocalRuntime, bundle: ReturnType<LocalRuntime['loadBundle']>, authMode: 'LIMITED' | 'NONE' = 'LIMITED') {
  runtime.resetCounts();
  if (authMode === 'NONE') bundle.callWithAuthMode('NONE', 'onOpen', { authMode: (runtime.globals().ScriptApp as unknown as GoogleAppsScript.Script.ScriptApp).AuthMode.NONE });
  else bundle.call('onOpen', { authMode: 'LIMITED' });
  const sheetCalls = runtime.callLog().filter((c) => /^(Sheet|Range)\.|getSheets|getSheetByName/.test(c.method));
  return { caption: runtime.menus[runtime.menus.length - 1].items[0].caption, sheetCalls };
}

test('on a zh_CN sheet never set up, the menu is Chinese from the locale alone, with no sheet read', () => {
  const { runtime, bundle } = fresh('zh_CN');
  const { caption, sheetCalls } = open(runtime, bundle);
  expect(caption).toBe('打开今日目标');
  expect(sheetCalls).toEqual([]);
});

test('Language typed in Settings reaches the menu without onOpen reading Settings', () => {
  const { runtime, bundle } = fresh();
  bundle.call('menuSetupSheets');
  expect(open(runtime, bundle).caption).toBe('Open daily target');
  const settings = runtime.spreadsheet.getSheetByName('Settings')!;
  const keys = settings.getDataRange().getValues().map((r) => r[0]);
  runtime.userEdit('Settings', `B${keys.indexOf('Language') + 1}`, [['zh']]);
  const { caption, sheetCalls } = open(runtime, bundle);
  expect(caption).toBe('打开今日目标');
  expect(sheetCalls).toEqual([]);
});

test('Language set by another tool (no edit event) reaches the menu after the next Refresh', () => {
  const { runtime, bundle } = fresh();
  bundle.call('menuSetupSheets');
  const settings = runtime.spreadsheet.getSheetByName('Settings')!;
  const keys = settings.getDataRange().getValues().map((r) => r[0]);
  settings.getRange(keys.indexOf('Language') + 1, 2).setValue('zh');
  expect(open(runtime, bundle).caption).toBe('Open daily target');
  bundle.call('menuRefreshHighlights');
  expect(open(runtime, bundle).caption).toBe('打开今日目标');
});

test('under AuthMode.NONE the menu still builds, in English, touching nothing', () => {
  const { runtime, bundle } = fresh('zh_CN');
  const { caption, sheetCalls } = open(runtime, bundle, 'NONE');
  expect(caption).toBe('Open daily target');
  expect(sheetCalls).toEqual([]);
});
