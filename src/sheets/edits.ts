// What an edit event needs from the sheet: which of the add-on's sheets was edited, its header, Settings keys, toasts.
import { SHEET_NAMES, matchesName, type SheetKind } from './headers';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** 'pipeline', 'settings'… for an edit in one of the add-on's sheets; null elsewhere (one getName). */
export function editedSheetKind(range: Range): SheetKind | null {
  const name = range.getSheet().getName();
  const kinds = Object.keys(SHEET_NAMES) as SheetKind[];
  return kinds.find((k) => matchesName(name, SHEET_NAMES[k])) ?? null;
}

/** The key cells (column A) of the edited Settings rows. */
export function readKeyColumn(range: Range): string[] {
  return range.getSheet().getRange(range.getRow(), 1, range.getNumRows(), 1).getValues().map((r) => String(r[0]));
}

export function toast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string, title: string): void {
  ss.toast(message, title, 10);
}
