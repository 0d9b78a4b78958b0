// The spreadsheet document: its sheets, zone, locale and the user's selection. Public methods are counted.
import { randomBytes } from 'node:crypto';
import { splitSheetRef } from './a1';
import { fail } from './errors';
import { CallKind, countCalls, Host, MethodKind } from './host';
import { userObject } from './protection';
import { LocalSheet } from './sheet';
import type { RangeApi, SheetApi, SpreadsheetApi, UserApi } from './types';

export interface SpreadsheetInit {
  name: string;
  timeZone: string;
  locale: string;
  /** The owner's address (default 'owner@example.com'): the owner may edit whatever is protected. */
  owner?: string;
  /** Named editors (shared by email); everyone else who edits does so through link sharing. */
  editors?: string[];
}

function newSpreadsheetId(): string {
  return randomBytes(33).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').slice(0, 44);
}

export class LocalSpreadsheet implements SpreadsheetApi {
  readonly _id = newSpreadsheetId();
  _name: string;
  _timeZone: string;
  _locale: string;
  readonly _owner: string;
  readonly _editors: readonly string[];
  private readonly sheets: LocalSheet[] = [];
  private nextSheetNumber = 0;
  private active: { sheet: LocalSheet; range: RangeApi | null };

  constructor(readonly host: Host, init: SpreadsheetInit) {
    this._name = init.name;
    this._timeZone = init.timeZone;
    this._locale = init.locale;
    this._owner = init.owner ?? 'owner@example.com';
    this._editors = [...(init.editors ?? [])];
    const first = this._insertSheet(this._defaultSheetName(), this.sheets.length);
    this.active = { sheet: first, range: null };
  }

  _sheets(): LocalSheet[] {
    return this.sheets;
  }

  /** Exact-name lookup for the runtime's own helpers; throws when the sheet is missing. */
  _sheet(name: string): LocalSheet {
    const sheet = this.sheets.find((s) => s._name === name);
    if (!sheet) throw new Error(`No sheet named "${name}" in the local spreadsheet`);
    return sheet;
  }

  /** One of this spreadsheet's own sheets (a sheet from another spreadsheet is refused, as Apps Script does). */
  _own(sheet: SheetApi): LocalSheet {
    const mine = this.sheets.find((s) => s === sheet);
    if (!mine) fail('Sheet not found');
    return mine;
  }

  /** Sheet names are unique ignoring case, as in Sheets. */
  _checkNewName(name: string, except?: SheetApi): void {
    if (this.sheets.some((s) => s !== except && s._name.toLowerCase() === String(name).toLowerCase())) {
      fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  _defaultSheetName(): string {
    const base = /^zh/i.test(this._locale) ? '工作表' : 'Sheet';
    let n = this.sheets.length + 1;
    while (this.sheets.some((s) => s._name.toLowerCase() === `${base}${n}`.toLowerCase())) n++;
    return `${base}${n}`;
  }

  _insertSheet(name: string, index: number): LocalSheet {
    this._checkNewName(name);
    const id = this.nextSheetNumber === 0 ? 0 : (this.nextSheetNumber * 1_234_567_891) % 2_147_483_647;
    this.nextSheetNumber++;
    const sheet = new LocalSheet(this.host, this, name, id);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  _activate(sheet: SheetApi, range: RangeApi | null): void {
    this.active = { sheet: this._own(sheet), range };
  }

  _activeSheet(): LocalSheet {
    return this.active.sheet;
  }

  _activeRangeOn(sheet: SheetApi): RangeApi | null {
    return this.active.sheet === sheet ? this.active.range : null;
  }

  getId(): string { return this._id; }
  getName(): string { return this._name; }
  rename(newName: string): void { this._name = newName; }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this._id}/edit`; }
  getSpreadsheetTimeZone(): string { return this._timeZone; }
  setSpreadsheetTimeZone(timezone: string): void { this._timeZone = timezone; }
  getSpreadsheetLocale(): string { return this._locale; }
  setSpreadsheetLocale(locale: string): void { this._locale = locale; }
  getSheetByName(name: string): LocalSheet | null {
    return this.sheets.find((s) => s._name === name) ?? null;
  }
  getSheets(): LocalSheet[] { return [...this.sheets]; }
  getNumSheets(): number { return this.sheets.length; }
  getSheetById(id: number): LocalSheet | null {
    return this.sheets.find((s) => s._id === id) ?? null;
  }
  getSheetName(): string { return this.active.sheet._name; }
  /** Like Apps Script, the new sheet becomes the active one. */
  insertSheet(sheetName?: string | number, sheetIndex?: number | { template?: unknown }): LocalSheet {
    const name = typeof sheetName === 'string' ? sheetName : this._defaultSheetName();
    const index = typeof sheetName === 'number' ? sheetName : typeof sheetIndex === 'number' ? sheetIndex : this.sheets.length;
    const sheet = this._insertSheet(name, index);
    this.active = { sheet, range: null };
    return sheet;
  }
  deleteSheet(sheet: SheetApi): void {
    const i = this.sheets.findIndex((s) => s === sheet);
    if (i < 0) fail('Sheet not found');
    if (this.sheets.length === 1) fail("You can't remove all the sheets in a document.");
    // A sheet holding anything protected from this user cannot go.
    sheet._guardEdit({ row: 1, col: 1, numRows: sheet._grid.maxRows, numCols: sheet._grid.maxCols });
    this.sheets.splice(i, 1);
    if (this.active.sheet === sheet) this.active = { sheet: this.sheets[0], range: null };
  }
  getActiveSheet(): LocalSheet { return this.active.sheet; }
  renameActiveSheet(newName: string): void {
    this.active.sheet._guardEdit(null);
    this._checkNewName(newName, this.active.sheet);
    this.active.sheet._name = newName;
  }
  setActiveSheet(sheet: SheetApi): LocalSheet {
    this.active = { sheet: this._own(sheet), range: null };
    return this.active.sheet;
  }
  getActiveRange(): RangeApi | null { return this.active.range; }
  setActiveRange(range: RangeApi): RangeApi {
    this.active = { sheet: this._own(range._sheet), range };
    return range;
  }
  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this.host.toasts.push({ message: String(msg), title: title === undefined || title === null ? '' : String(title) });
  }
  getOwner(): UserApi { return userObject(this._owner); }
  /** The owner and the named editors. */
  getEditors(): UserApi[] { return [this._owner, ...this._editors].map(userObject); }
  getRange(a1Notation: string): RangeApi {
    const { sheet } = splitSheetRef(a1Notation);
    const target = sheet === null ? this.active.sheet : this.sheets.find((s) => s._name === sheet);
    if (!target) fail('Range not found');
    return target._rangeA1(a1Notation);
  }
}

export const SPREADSHEET_KINDS: Record<string, CallKind> = { insertSheet: 'write', deleteSheet: 'write' };

/** Cheap getters: identity, zone, locale and sheet lookups. */
const SPREADSHEET_META: Record<string, MethodKind> = {};
for (const m of ['getId', 'getName', 'getUrl', 'getSpreadsheetTimeZone', 'getSpreadsheetLocale', 'getSheetByName', 'getSheets',
  'getNumSheets', 'getSheetById', 'getSheetName', 'getActiveSheet', 'getActiveRange', 'getRange', 'getOwner', 'getEditors']) SPREADSHEET_META[m] = 'meta';

countCalls(LocalSpreadsheet.prototype, 'Spreadsheet', { legacy: SPREADSHEET_KINDS, kinds: SPREADSHEET_META });
