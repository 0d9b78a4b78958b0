// Apps Script's and Sheets' hard limits that the add-on must stay within (SPEC "Limits").

/** Sheets refuses a cell over 50,000 characters ("Your input contains more than the maximum of 50000 characters"). */
export const CELL_MAX = 50000;

/** Text the add-on writes, shortened with "…" to fit one cell. */
export function fitCell(text: string, max = CELL_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Echoes a value a person typed inside a message or flag without carrying all of a huge paste along. */
export function quoted(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The sidebar's stated limits on what a rep types (SPEC "Limits"). */
export const TEXT_LIMITS = { customer: 200, nextStep: 1000, reasonText: 1000 } as const;
