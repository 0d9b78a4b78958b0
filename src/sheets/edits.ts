// What an edit event needs from the sheet besides the Pipeline session: the edited Settings keys, and toasts.
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The key cells (column A) of the edited Settings rows. */
export function readKeyColumn(range: Range): string[] {
  return range.getSheet().getRange(range.getRow(), 1, range.getNumRows(), 1).getValues().map((r) => String(r[0]));
}

export function toast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string, title: string): void {
  ss.toast(message, title, 10);
}
