// Spreadsheet.deleteSheet in the local runtime behaves as in Sheets: the tab and its contents go, the last tab
// cannot, the active tab moves to the first one left, and a tab of another spreadsheet is refused.
import { LocalRuntime } from '../../local';

function fresh() {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai', locale: 'en_US', now: new Date('2026-11-27T01:00:00Z') });
  return { runtime, ss: runtime.spreadsheet };
}

test('a deleted tab is gone by name, id and list, and the active tab moves to the first left', () => {
  const { ss } = fresh();
  const first = ss.getSheets()[0];
  const notes = ss.insertSheet('Notes');
  notes.getRange('A1').setValue('keep me');
  expect(ss.getActiveSheet()).toBe(notes);
  ss.deleteSheet(notes);
  expect(ss.getSheets()).toEqual([first]);
  expect(ss.getSheetByName('Notes')).toBeNull();
  expect(ss.getSheetById(notes.getSheetId())).toBeNull();
  expect(ss.getActiveSheet()).toBe(first);
  // The name is free again.
  expect(ss.insertSheet('Notes').getRange('A1').getValue()).toBe('');
});

test('the last tab cannot be deleted, nor a tab of another spreadsheet', () => {
  const { runtime, ss } = fresh();
  expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  const other = runtime.createSpreadsheet('Other').getSheets()[0];
  ss.insertSheet('Second');
  expect(() => ss.deleteSheet(other)).toThrow('Sheet not found');
  expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Second']);
});

test('deleting a tab is counted as a write, like every call that changes the document', () => {
  const { runtime, ss } = fresh();
  ss.insertSheet('Temp');
  runtime.resetCounts();
  ss.deleteSheet(ss.getSheetByName('Temp')!);
  expect(runtime.counts().write).toBe(1);
});
