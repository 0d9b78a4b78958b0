// What one execution has already read of a document (its tabs, its Settings), so it is read once. Apps Script may hand
// the same document out as different Spreadsheet objects (the event's source, a sheet's getParent()), so a miss on an
// object asks for its id — once — before reading again. Every execution starts afresh, so nothing outlives the run.
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export class PerDocument<T> {
  private entries: Array<{ ss: Spreadsheet; id?: string; value: T }> = [];

  get(ss: Spreadsheet): T | undefined {
    const hit = this.entries.find((e) => e.ss === ss);
    if (hit || !this.entries.length) return hit?.value;
    const id = ss.getId();
    const same = this.entries.find((e) => (e.id ??= e.ss.getId()) === id);
    if (same) this.entries.push({ ss, id, value: same.value });
    return same?.value;
  }

  /** One document per execution: what is set replaces everything known. */
  set(ss: Spreadsheet, value: T): void {
    this.entries = [{ ss, value }];
  }

  clear(): void {
    this.entries = [];
  }
}
