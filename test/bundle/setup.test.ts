// Set up / repair sheets and the menu, through dist/Code.js.
import { LocalRuntime } from '../../local';
import { ChartType } from '../../local/charts';
import { FRIDAY_MORNING } from '../support/harness';

function fresh(locale = 'en_US') {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai', locale, now: FRIDAY_MORNING, userEmail: 'manager@example.com' });
  const bundle = runtime.loadBundle();
  const ss = runtime.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  return { runtime, bundle, ss };
}

function snapshot(ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  return ss.getSheets().map((s) => ({
    name: s.getName(),
    values: s.getDataRange().getValues(),
    frozen: s.getFrozenRows(),
    validations: s.getRange(1, 1, Math.min(s.getMaxRows(), 5), s.getLastColumn() || 1).getDataValidations().map((r) => r.map((v) => (v ? v.getCriteriaType() : null))),
  }));
}

test('setup creates the four sheets with English headers, dropdowns and a frozen header', () => {
  const { bundle, ss, runtime } = fresh();
  bundle.call('menuSetupSheets');
  expect(ss.getSheets().map((s) => s.getName())).toEqual(expect.arrayContaining(['Pipeline', 'Team', 'Settings', 'Daily Log']));
  const pipeline = ss.getSheetByName('Pipeline')!;
  expect(pipeline.getRange(1, 1, 1, 14).getValues()[0]).toEqual([
    'ID', 'Rep', 'Customer', 'Tier', 'Status', 'Target date', 'Next step', 'Last contact', 'Visits', 'Reason', 'Tier since', 'Added', 'Closed on', 'Flag',
  ]);
  expect(pipeline.getFrozenRows()).toBe(1);
  const tierRule = pipeline.getRange(2, 4).getDataValidation()!;
  expect(tierRule.getCriteriaValues()[0]).toEqual(['A', 'B', 'C']);
  expect(pipeline.getRange(2, 6).getDataValidation()!.getCriteriaType()).toBe(SpreadsheetAppEnum('DATE_IS_VALID_DATE'));
  expect(runtime.alerts[runtime.alerts.length - 1].message).toMatch(/Team sheet/);
  for (const name of ['Team', 'Settings', 'Daily Log']) {
    const protections = ss.getSheetByName(name)!.getProtections(SpreadsheetAppEnumObject(runtime).ProtectionType.SHEET);
    expect(protections.map((p) => p.isWarningOnly())).toEqual([true]);
  }
  const settings = ss.getSheetByName('Settings')!.getDataRange().getValues();
  expect(settings.map((r) => r[0])).toEqual(expect.arrayContaining(['A max days', 'Digest hour', 'Working days']));
});

// The criteria enum lives on the runtime's SpreadsheetApp; compare by name.
function SpreadsheetAppEnum(name: string): unknown {
  const { runtime } = fresh();
  const app = runtime.globals().SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return (app.DataValidationCriteria as unknown as Record<string, unknown>)[name];
}

test('setup writes Chinese sheet names and headers for a zh_CN spreadsheet', () => {
  const { bundle, ss } = fresh('zh_CN');
  bundle.call('menuSetupSheets');
  expect(ss.getSheets().map((s) => s.getName())).toEqual(expect.arrayContaining(['客户库', '团队', '设置', '日志']));
  expect(ss.getSheetByName('客户库')!.getRange(1, 1, 1, 6).getValues()[0]).toEqual(['编号', '销售', '客户', '分类', '状态', '目标签单日']);
});

test('running setup again changes nothing', () => {
  const { bundle, ss, runtime } = fresh();
  bundle.call('menuSetupSheets');
  const before = snapshot(ss);
  runtime.resetCounts();
  bundle.call('menuSetupSheets');
  expect(snapshot(ss)).toEqual(before);
  expect(runtime.alerts[runtime.alerts.length - 1].message).toMatch(/Nothing changed/);
});

test("a team's own sheet is adopted: its columns and data stay, missing columns are appended", () => {
  const { bundle, ss } = fresh();
  const own = ss.insertSheet('pipeline ');
  own.getRange(1, 1, 3, 5).setValues([
    ['Customer', 'My notes', 'REP', 'tier', 'Phone'],
    ['Acme', 'likes tea', 'Alice', 'A', '+86 555'],
    ['Beta', '', 'Bob', 'c', ''],
  ]);
  own.getRange(2, 2).setBackground('#00ff00');
  bundle.call('menuSetupSheets');
  expect(ss.getSheets().filter((s) => /pipeline/i.test(s.getName()))).toHaveLength(1);
  const values = own.getDataRange().getValues();
  expect(values[0].slice(0, 5)).toEqual(['Customer', 'My notes', 'REP', 'tier', 'Phone']);
  expect(values[1].slice(0, 5)).toEqual(['Acme', 'likes tea', 'Alice', 'A', '+86 555']);
  expect(values[0].slice(5)).toEqual(['ID', 'Status', 'Target date', 'Next step', 'Last contact', 'Visits', 'Reason', 'Tier since', 'Added', 'Closed on', 'Flag', 'Daily Close memory']);
  expect(own.getRange(2, 2).getBackground()).toBe('#00ff00');
});

test('the add-on menu builds under AuthMode.NONE', () => {
  const { bundle, runtime } = fresh();
  bundle.callWithAuthMode('NONE', 'onOpen', { authMode: (runtime.globals().ScriptApp as unknown as GoogleAppsScript.Script.ScriptApp).AuthMode.NONE });
  const menu = runtime.menus[runtime.menus.length - 1];
  expect(menu.addon).toBe(true);
  expect(menu.items.map((i) => i.functionName)).toEqual([
    'menuOpenSidebar', 'menuSetupSheets', 'menuRefreshHighlights', 'menuPreview', 'menuPreviewBrief', 'menuSendNow', 'menuNightlyOn',
    'menuNightlyOff', 'menuSetTeamChat', 'menuMapColumns',
  ]);
  expect(menu.items.map((i) => i.caption)).toContain('Open daily target');
});

test('onInstall builds the same menu', () => {
  const { bundle, runtime } = fresh();
  bundle.call('onInstall', { authMode: 'FULL' });
  expect(runtime.menus[runtime.menus.length - 1].items).toHaveLength(10);
});

test('only index.ts exports become globals', () => {
  const { bundle } = fresh();
  expect(bundle.functionNames.sort()).toEqual(
    [
      'onOpen', 'onInstall', 'onEdit', 'onEditInstalled', 'heartbeat', 'nightlyRun', 'menuOpenSidebar', 'menuSetupSheets', 'menuRefreshHighlights', 'menuPreview',
      'menuSendNow', 'menuNightlyOn', 'menuNightlyOff', 'menuPreviewBrief', 'menuSetTeamChat', 'sidebarLoad', 'sidebarPickRep', 'sidebarSetTarget', 'sidebarRecordResult', 'sidebarSelectRow',
      'menuMapColumns', 'mappingSave',
    ].sort(),
  );
});

test('Open daily target shows the sidebar page', () => {
  const { bundle, runtime } = fresh();
  bundle.call('menuSetupSheets');
  bundle.call('menuOpenSidebar');
  expect(runtime.sidebars).toHaveLength(1);
  expect(runtime.sidebars[0].title).toBe('Daily Close');
  expect(runtime.sidebars[0].html).toContain('<script');
});

test('adopted rows are stamped by setup, so they age; a later pasted tier change restamps Tier since', () => {
  const { bundle, ss, runtime } = fresh();
  const own = ss.insertSheet('Pipeline');
  own.getRange(1, 1, 3, 4).setValues([
    ['Rep', 'Customer', 'Tier', 'Status'],
    ['Alice', 'Acme', 'C', ''],
    ['Alice', 'Beta', 'C', ''],
  ]);
  bundle.call('menuSetupSheets');
  const header = own.getRange(1, 1, 1, own.getLastColumn()).getValues()[0].map(String);
  const at = (row: number, name: string) => own.getRange(row, header.indexOf(name) + 1).getValue();
  const key = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : '');
  expect(String(at(2, 'ID'))).toMatch(/^C-/);
  expect(at(2, 'ID')).not.toBe(at(3, 'ID'));
  // Adopted rows keep their history honestly: a blank Added stays blank; Tier since starts the day Set up adopts them.
  expect(at(2, 'Added')).toBe('');
  expect(key(at(2, 'Tier since'))).toBe('2026-11-26'); // midnight in Shanghai is 16:00 UTC the day before
  runtime.clock.set(new Date('2026-11-30T02:00:00Z'));
  const tierCol = header.indexOf('Tier') + 1;
  runtime.userEdit(own.getName(), `${String.fromCharCode(64 + tierCol)}2:${String.fromCharCode(64 + tierCol)}3`, [['A'], ['C']]);
  expect(key(at(2, 'Tier since'))).toBe('2026-11-29');
  expect(key(at(3, 'Tier since'))).toBe('2026-11-26');
});

test("setup never takes over a team's unlabelled column of notes", () => {
  const { bundle, ss } = fresh();
  const own = ss.insertSheet('Pipeline');
  own.getRange(1, 1, 2, 3).setValues([['Rep', 'Customer', 'Tier'], ['Alice', 'Acme', 'B']]);
  own.getRange(2, 6).setValue('CEO is Mr. Li, mobile 138…');
  bundle.call('menuSetupSheets');
  expect(own.getRange(2, 6).getValue()).toBe('CEO is Mr. Li, mobile 138…');
  expect(own.getRange(1, 6).getValue()).toBe('');
  expect(own.getRange(1, 7).getValue()).toBe('ID');
});

test('Language = zh in Settings makes the menu and the sidebar title Chinese on an English-locale sheet', () => {
  const { bundle, ss, runtime } = fresh();
  bundle.call('menuSetupSheets');
  const settings = ss.getSheetByName('Settings')!;
  const keys = settings.getDataRange().getValues().map((r) => r[0]);
  // Typed by a manager: the edit guard reads Settings fresh and keeps the language for the menu (onOpen reads no sheet).
  runtime.userEdit('Settings', `B${keys.indexOf('Language') + 1}`, [['zh']]);
  bundle.call('onOpen', { authMode: 'LIMITED' });
  expect(runtime.menus[runtime.menus.length - 1].items[0].caption).toBe('打开今日目标');
  bundle.call('menuOpenSidebar');
  expect(runtime.sidebars[runtime.sidebars.length - 1].title).toBe('每日签单');
});

function SpreadsheetAppEnumObject(runtime: LocalRuntime): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return runtime.globals().SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

describe('the empty default first tab', () => {
  const OURS = ['Pipeline', 'Team', 'Settings', 'Daily Log', 'Dashboard'];

  test.each([
    ['en_US', 'Sheet1', ['Pipeline', 'Team', 'Settings', 'Daily Log', 'Dashboard']],
    ['zh_CN', '工作表1', ['客户库', '团队', '设置', '日志', '看板']],
  ])('%s: Set up removes an empty "%s" it did not need, and again changes nothing', (locale, name, tabs) => {
    const { bundle, ss, runtime } = fresh(locale);
    expect(ss.getSheets().map((s) => s.getName())).toEqual([name]);
    bundle.call('menuSetupSheets');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(tabs);
    // The report says so, in the sheet's language.
    const said = locale === 'zh_CN' ? '已删除空白工作表“工作表1”。' : 'Removed the empty tab “Sheet1”.';
    expect(runtime.alerts[runtime.alerts.length - 1].message.split('\n')).toContain(said);
    bundle.call('menuSetupSheets');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(tabs);
    expect(runtime.alerts[runtime.alerts.length - 1].message).not.toContain(said);
  });

  test('a first tab named "Sheet 1" by hand goes too, when empty', () => {
    const { bundle, ss } = fresh();
    ss.getSheets()[0].setName('Sheet 1');
    bundle.call('menuSetupSheets');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(OURS);
  });

  test.each([
    ['a value', (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange('C7').setValue('call Acme')],
    ['a formula that shows nothing', (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange('A1').setFormula('=""')],
  ])('a Sheet1 holding %s stays', (_what, fill) => {
    const { bundle, ss } = fresh();
    fill(ss.getSheets()[0]);
    bundle.call('menuSetupSheets');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', ...OURS]);
  });

  type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
  type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  test.each([
    ['only a chart', (s: Sheet) => s.insertChart(s.newChart().setChartType(ChartType.COLUMN as unknown as GoogleAppsScript.Charts.ChartType)
      .addRange(s.getRange('A1:B5')).setPosition(2, 2, 0, 0).build())],
    ['only a note', (s: Sheet) => s.getRange('A1').setNote('Q4 plan goes here')],
    ['only a note further down', (s: Sheet) => s.getRange('D12').setNote('ask Mia')],
    ['only a background colour', (s: Sheet) => s.getRange('B2:C3').setBackground('#fff2cc')],
    ['only a drop-down', (s: Sheet, app: App) => s.getRange('A1').setDataValidation(app.newDataValidation().requireValueInList(['yes', 'no']).build())],
    ['only a conditional-format rule', (s: Sheet, app: App) => s.setConditionalFormatRules([
      app.newConditionalFormatRule().whenTextContains('x').setBackground('#ff0000').setRanges([s.getRange('A1:A10')]).build(),
    ])],
    ['only a protected range', (s: Sheet) => s.getRange('A1:B2').protect().setDescription('keep')],
    ['only a sheet protection', (s: Sheet) => s.protect().setWarningOnly(true)],
  ])('a Sheet1 holding %s stays, and the report says nothing of it', (_what, fill) => {
    const { bundle, ss, runtime } = fresh();
    fill(ss.getSheets()[0], SpreadsheetAppEnumObject(runtime));
    bundle.call('menuSetupSheets');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', ...OURS]);
    expect(runtime.alerts[runtime.alerts.length - 1].message).not.toContain('Removed the empty tab');
  });

  test('a chart-only Sheet1 keeps its chart', () => {
    const { bundle, ss } = fresh();
    const first = ss.getSheets()[0];
    first.insertChart(first.newChart().setChartType(ChartType.LINE as unknown as GoogleAppsScript.Charts.ChartType)
      .addRange(first.getRange('A1:B5')).setPosition(1, 1, 0, 0).build());
    bundle.call('menuSetupSheets');
    expect(ss.getSheetByName('Sheet1')!.getCharts()).toHaveLength(1);
  });

  test('an empty Sheet1 that is not the first tab stays, and so does one the team keeps as its Pipeline', () => {
    const moved = fresh();
    moved.ss.insertSheet('Our notes', 0).getRange('A1').setValue('notes');
    moved.bundle.call('menuSetupSheets');
    expect(moved.ss.getSheets().map((s) => s.getName())).toEqual(['Our notes', 'Sheet1', ...OURS]);

    const own = fresh();
    own.ss.getSheets()[0].getRange(1, 1, 2, 4).setValues([['Rep', 'Customer', 'Tier', 'Target date'], ['Alice', 'Acme', 'A', '']]);
    // Sheet1 holds the team's pipeline: Set up adopts it there instead of making a Pipeline tab.
    own.bundle.call('menuSetupSheets');
    expect(own.ss.getSheets()[0].getName()).toBe('Sheet1');
    expect(own.ss.getSheets().map((s) => s.getName())).not.toContain('Pipeline');
  });
});
