// Protected ranges and sheets, enforced as Sheets enforces them. The owner may always edit. A new protection mirrors
// the spreadsheet's own permissions (Apps Script: "until the script actually changes the list of editors … the
// permissions mirror those of the spreadsheet itself, which effectively means that the range remains unprotected"):
// it refuses nobody until addEditor(s) / removeEditor(s) / setDomainEdit makes its list explicit. That list starts
// as the spreadsheet's editors: its owner, the people it is shared with by name (RuntimeOptions.editorEmails, none by
// default: everyone else edits through link sharing) and the user who made the protection. Neither the owner nor the
// current user can be removed. A warning-only protection refuses nobody: Sheets only warns people in its UI.
import { fail } from './errors';
import type { Host } from './host';
import { countCalls } from './host';
import type { Box, ProtectionApi, RangeApi, SheetApi, UserApi } from './types';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

const keyOf = (email: string) => String(email).trim().toLowerCase();
const domainOf = (email: string) => keyOf(email).split('@')[1] ?? '';

export function userObject(email: string): UserApi & { getUsername(): string; getNickname(): string; toString(): string } {
  return {
    getEmail: () => email,
    getUserLoginId: () => email,
    getUsername: () => email.split('@')[0],
    getNickname: () => email.split('@')[0],
    toString: () => email,
  };
}

function emailOf(user: string | UserApi): string {
  return typeof user === 'string' ? user.trim() : String(user.getEmail()).trim();
}

export function intersects(a: Box, b: Box): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}

function contains(outer: Box, inner: Box): boolean {
  return inner.row >= outer.row && inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows && inner.col + inner.numCols <= outer.col + outer.numCols;
}

/** A box after rows (or columns) were inserted or deleted at `at`; null when all of it was deleted. */
export function shiftBox(box: Box, axis: 'row' | 'col', at: number, count: number, inserted: boolean): Box | null {
  const start = axis === 'row' ? box.row : box.col;
  const size = axis === 'row' ? box.numRows : box.numCols;
  const end = start + size - 1;
  let newStart = start, newSize = size;
  if (inserted) {
    if (at <= start) newStart += count;
    else if (at <= end) newSize += count;
  } else {
    const last = at + count - 1;
    const before = at < start ? Math.min(last, start - 1) - at + 1 : 0;
    const overlap = Math.max(0, Math.min(end, last) - Math.max(start, at) + 1);
    newStart -= before;
    newSize -= overlap;
    if (newSize <= 0) return null;
  }
  return axis === 'row' ? { ...box, row: newStart, numRows: newSize } : { ...box, col: newStart, numCols: newSize };
}

export class LocalProtection implements ProtectionApi {
  private description = '';
  private warningOnly = false;
  private domainEdit = false;
  /** True until the editor list is first changed: the protection then allows whoever may edit the spreadsheet. */
  private mirrorsSpreadsheet = true;
  private readonly editors = new Map<string, string>(); // lower-case address → address as given
  private unprotected: Box[] = [];
  /** Where a RANGE protection sits now: it moves with inserted and deleted rows and columns. */
  _box: Box;

  constructor(
    readonly host: Host,
    readonly _type: 'RANGE' | 'SHEET',
    readonly _sheet: SheetApi,
    box: Box,
    private readonly onRemove: (p: LocalProtection) => void,
  ) {
    this._box = { ...box };
    const ss = _sheet._spreadsheet;
    for (const email of [ss._owner, ...ss._editors, host.effectiveUser]) if (email) this.editors.set(keyOf(email), email);
  }

  /** Whether this user is one of the protection's editors (always so for the owner). */
  _allows(user: string): boolean {
    const owner = this._sheet._spreadsheet._owner;
    if (keyOf(user) === keyOf(owner) || this.mirrorsSpreadsheet) return true;
    if (this.editors.has(keyOf(user))) return true;
    return this.domainEdit && domainOf(user) !== '' && domainOf(user) === domainOf(owner);
  }

  /** Whether it refuses this user a change to box (null: the sheet's own settings, which only a sheet protection covers). */
  _refuses(box: Box | null, user: string): boolean {
    if (this.warningOnly || this._allows(user)) return false;
    if (this._type === 'RANGE') return box !== null && intersects(box, this._box);
    return box === null || !this.unprotected.some((u) => contains(u, box));
  }

  /** After rows or columns moved; false when the protected range was deleted entirely. */
  _shift(axis: 'row' | 'col', at: number, count: number, inserted: boolean): boolean {
    this.unprotected = this.unprotected.map((b) => shiftBox(b, axis, at, count, inserted)).filter((b): b is Box => b !== null);
    if (this._type === 'SHEET') return true;
    const moved = shiftBox(this._box, axis, at, count, inserted);
    if (moved) this._box = moved;
    return moved !== null;
  }

  /** Changing a protection takes the right to edit what it protects. */
  private _guardManage(): void {
    if (!this.warningOnly && !this._allows(this.host.effectiveUser)) fail(PROTECTED_MESSAGE);
  }

  private _explicit(): void {
    this.mirrorsSpreadsheet = false;
  }

  setDescription(description: string): this {
    this._guardManage();
    this.description = String(description);
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  setWarningOnly(warningOnly: boolean): this {
    this._guardManage();
    this.warningOnly = !!warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  getProtectionType(): string {
    return this._type;
  }
  getRange(): RangeApi {
    const grid = this._sheet._grid;
    return this._type === 'SHEET'
      ? this._sheet._range({ row: 1, col: 1, numRows: grid.maxRows, numCols: grid.maxCols })
      : this._sheet._range(this._box);
  }
  /** True when the effective user may edit what this protects (anyone, for a warning-only protection). */
  canEdit(): boolean {
    return this.warningOnly || this._allows(this.host.effectiveUser);
  }
  getEditors(): UserApi[] {
    return [...this.editors.values()].map(userObject);
  }
  addEditor(user: string | UserApi): this {
    return this.addEditors([emailOf(user)]);
  }
  addEditors(emailAddresses: string[]): this {
    this._guardManage();
    this._explicit();
    for (const email of emailAddresses.map((e) => String(e).trim())) if (email) this.editors.set(keyOf(email), email);
    return this;
  }
  removeEditor(user: string | UserApi): this {
    return this.removeEditors([user]);
  }
  removeEditors(users: (string | UserApi)[]): this {
    this._guardManage();
    this._explicit();
    const kept = new Set([keyOf(this._sheet._spreadsheet._owner), keyOf(this.host.effectiveUser)]);
    for (const user of users) {
      const key = keyOf(emailOf(user));
      if (!kept.has(key)) this.editors.delete(key);
    }
    return this;
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this._guardManage();
    this._explicit();
    this.domainEdit = !!editable;
    return this;
  }
  getUnprotectedRanges(): RangeApi[] {
    return this.unprotected.map((b) => this._sheet._range(b));
  }
  setUnprotectedRanges(ranges: RangeApi[]): this {
    if (this._type !== 'SHEET') fail('Unprotected ranges can only be set on a sheet protection.');
    this._guardManage();
    this.unprotected = ranges.map((r) => ({ ...r._box }));
    return this;
  }
  remove(): void {
    this._guardManage();
    this.onRemove(this);
  }
}

countCalls(LocalProtection.prototype, 'Protection', { legacy: {} });
