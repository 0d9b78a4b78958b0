// Finding the add-on's tabs: by the name Settings gives (the team's own Pipeline or Team tab), else by the add-on's
// own names in either language. The tabs are listed once per execution.
import type { Settings } from '../domain/types';
import { nameKey } from '../domain/text';
import { UserError } from '../i18n/errors';
import { t } from '../i18n';
import { SHEET_NAMES, matchesName, type SheetKind } from './headers';
import { readSettings } from './teamSheet';
import { PerDocument } from './perDocument';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The tab Settings names for a kind ('' for none): the team's own Pipeline or Team tab. */
function namedInSettings(ss: Spreadsheet, kind: SheetKind): string {
  if (kind !== 'pipeline' && kind !== 'team') return '';
  const { settings } = readSettings(ss);
  return kind === 'pipeline' ? settings.pipelineSheet : settings.teamSheet;
}

interface ListedSheet {
  sheet: Sheet;
  name: string;
}

// The document's tabs and their names, listed once per execution (getSheets + one getName each is a round trip per
// tab on Google's servers). Every run starts afresh, so nothing outlives the execution.
const listed = new PerDocument<{ sheets: ListedSheet[]; relisted: boolean }>();

function sheetList(ss: Spreadsheet, fresh = false): ListedSheet[] {
  let list = listed.get(ss);
  if (!list || (fresh && !list.relisted)) {
    list = { sheets: ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() })), relisted: fresh };
    listed.set(ss, list);
  }
  return list.sheets;
}

/** After the add-on creates, renames or deletes a tab: the next lookup lists the tabs again. */
export function forgetSheets(_ss: Spreadsheet): void {
  listed.clear();
}

/** A tab's name as this execution listed it (no call when the tab was found through the list). */
export function sheetNameOf(ss: Spreadsheet, sheet: Sheet): string {
  return listed.get(ss)?.sheets.find((s) => s.sheet === sheet)?.name ?? sheet.getName();
}

function lookup(list: ListedSheet[], kind: SheetKind, named: string): Sheet | null {
  const key = named ? nameKey(named) : '';
  const own = key ? list.find((s) => nameKey(s.name) === key) : undefined;
  return own?.sheet ?? list.find((s) => matchesName(s.name, SHEET_NAMES[kind]))?.sheet ?? null;
}

/** The tab of a kind: the one Settings names (Pipeline sheet / Team sheet), else the add-on's own name. */
export function findSheet(ss: Spreadsheet, kind: SheetKind): Sheet | null {
  const named = namedInSettings(ss, kind);
  // A tab missing from the list may have been created since it was read (by code that did not say so): one more look.
  return lookup(sheetList(ss), kind, named) ?? lookup(sheetList(ss, true), kind, named);
}

/** The kind of a tab by its name and what Settings name (no call: the guard's cached Settings are enough). */
export function sheetKindByName(name: string, settings: Pick<Settings, 'pipelineSheet' | 'teamSheet'>): SheetKind | null {
  const kinds = Object.keys(SHEET_NAMES) as SheetKind[];
  const own = kinds.find((k) => matchesName(name, SHEET_NAMES[k]));
  if (own === 'settings' || own === 'log') return own;
  const namedOf = (kind: SheetKind) => (kind === 'pipeline' ? settings.pipelineSheet : kind === 'team' ? settings.teamSheet : '');
  for (const kind of ['pipeline', 'team'] as const) {
    const named = namedOf(kind);
    if (named && nameKey(named) === nameKey(name)) return kind;
  }
  // A tab called Pipeline is not the pipeline when Settings names another one.
  if (own && !namedOf(own)) return own;
  return null;
}

/** Which of the add-on's sheets a tab is (by name, or named in Settings), or null. */
export function sheetKindOf(sheet: Sheet): SheetKind | null {
  const ss = sheet.getParent();
  return sheetKindByName(sheet.getName(), readSettings(ss).settings);
}

export function hasSheet(ss: Spreadsheet, kind: SheetKind): boolean {
  return findSheet(ss, kind) !== null;
}

/** The last run's record, kept as a note on the Daily Log's first cell where a manager can read it. */
export function writeRunRecord(ss: Spreadsheet, text: string): void {
  const log = findSheet(ss, 'log');
  if (log) log.getRange(1, 1).setNote(text);
}

export function requireSheet(ss: Spreadsheet, kind: SheetKind): Sheet {
  const sheet = findSheet(ss, kind);
  if (sheet) return sheet;
  const named = namedInSettings(ss, kind);
  if (named) {
    const setting = kind === 'pipeline' ? 'set.pipelineSheet' : 'set.teamSheet';
    throw new UserError('adopt.noTab', { name: named, en: t('en', setting), zh: t('zh', setting) });
  }
  throw new UserError('app.noSheet', { en: SHEET_NAMES[kind].en, zh: SHEET_NAMES[kind].zh });
}
