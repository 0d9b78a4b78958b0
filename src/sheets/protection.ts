// Protecting the add-on's own Pipeline columns so only managers edit them (reps cannot forge dates), and undoing it.
import type { ColumnKey } from '../domain/types';
import { PROTECTED_COLUMNS } from '../domain/types';
import { findSheet, readPipelineLayout } from './pipeline';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Marks the protections the add-on made, so turning the nightly digest off removes those and no others. */
export const PROTECTION_MARK = 'Daily Close: add-on column';

function ours(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Protection[] {
  const sheet = findSheet(ss, 'pipeline');
  if (!sheet) return [];
  return sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).filter((p) => p.getDescription().startsWith(PROTECTION_MARK));
}

/** True when the person running now may write every add-on column (no protection of ours refuses them). */
export function addonColumnsEditable(ss: Spreadsheet): boolean {
  return ours(ss).every((p) => p.canEdit());
}

/**
 * Protects each add-on column below the header for `editors` (the managers) and the person running this; warning-free,
 * so a rep typing into one gets Sheets' own refusal. Existing protections of ours are replaced. Returns how many.
 */
export function protectAddonColumns(ss: Spreadsheet, editors: string[], description: (key: ColumnKey) => string): number {
  removeAddonProtections(ss);
  const sheet = findSheet(ss, 'pipeline');
  if (!sheet) return 0;
  // The header may sit below the team's title rows; a team column serving as Added (its "Created") stays the team's.
  const { cols, headerRow, how } = readPipelineLayout(sheet);
  let made = 0;
  for (const key of PROTECTED_COLUMNS) {
    if (cols[key] < 0 || (how[key] !== undefined && how[key] !== 'name')) continue;
    const protection = sheet.getRange(headerRow + 1, cols[key] + 1, Math.max(sheet.getMaxRows() - headerRow, 1), 1).protect();
    protection.setDescription(`${PROTECTION_MARK} ${key} — ${description(key)}`);
    // Apps Script's own pattern: a fresh protection keeps everyone who can edit the file until the list is narrowed.
    protection.addEditor(Session.getEffectiveUser());
    protection.removeEditors(protection.getEditors());
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
    if (editors.length) protection.addEditors(editors);
    made++;
  }
  return made;
}

export function removeAddonProtections(ss: Spreadsheet): number {
  const found = ours(ss);
  found.forEach((p) => p.remove());
  return found.length;
}
