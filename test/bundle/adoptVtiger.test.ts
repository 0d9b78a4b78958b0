// A vtiger-style export straight from the database: no header row and \N for every NULL. Set up says which row looks
// like data and what to do, appends nothing and creates no empty Pipeline beside it; once the team adds a header row,
// the \N cells read as empty in date and number columns and are kept as they are.
import { vtigerPotentials, VT_HEADER } from '../fixtures/vtiger';
import { acceptProposals, adopt, dialogState, expectTeamCellsUnchanged, header, records, saveMapping, setUp, type Adoption } from '../fixtures/adoptHarness';

const TAB = 'vtiger_potential';
let a: Adoption;
beforeEach(() => {
  a = adopt(vtigerPotentials());
});

test('a headerless export gets a message naming the row and the fix; nothing is appended and no empty Pipeline is created', () => {
  const sheet = a.sheet(TAB);
  const width = sheet.getLastColumn();
  const text = setUp(a);
  expect(text).toContain('“vtiger_potential”: row 1 looks like data (dates or numbers, no known header), so nothing was added to that sheet. Fix: insert a row above it naming the columns (e.g. Customer, Rep, Status, Added), then run Set up / repair sheets again.');
  expect(text).not.toMatch(/Use “/);
  expect(sheet.getLastColumn()).toBe(width);
  const names = a.ss.getSheets().map((s) => s.getName());
  expect(names[0]).toBe(TAB);
  expect(names).not.toContain('Pipeline');
  expectTeamCellsUnchanged(a);
});

test('after the team adds a header row, Set up adopts it; \\N reads as empty in date and number columns and stays in the cell', () => {
  setUp(a);
  const sheet = a.sheet(TAB);
  sheet.insertRowsBefore(1, 1);
  sheet.getRange(1, 1, 1, VT_HEADER.length).setValues([VT_HEADER]);
  const text = setUp(a, 'YES', 'NO');
  expect(a.runtime.alerts.some((x) => /^Use “vtiger_potential” as the Pipeline\?/.test(x.message))).toBe(true);
  expect(text).toContain('matched accountname → Customer, closingdate → Target date, sales_stage → Status, assigned_to → Rep, createdtime → Added, nextstep → Next step;');
  a.bundle.call('menuMapColumns');
  const state = dialogState(a.runtime.dialogs[a.runtime.dialogs.length - 1].html);
  expect(saveMapping(a, acceptProposals(state)).ok).toBe(true);
  const rows = records(sheet);
  const nulls = rows.filter((r) => r.closingdate === '\\N');
  expect(nulls.length).toBeGreaterThan(2);
  for (const r of rows) {
    expect(String(r.Flag)).not.toMatch(/not a date|not a whole number/);
  }
  // Kept exactly as exported: \N in the date, amount and probability columns.
  expect(rows.filter((r) => r.amount === '\\N').length).toBe(3);
  expect(rows.filter((r) => r.probability === '\\N').length).toBe(4);
  expect(header(sheet).slice(0, VT_HEADER.length)).toEqual(VT_HEADER);
});
