// What people and other programs do to the sheet (typing, pasting, undoing, sorting, inserting rows; another script or
// an API writing) and what Apps Script does in response: simple and installable onEdit triggers, and time-driven
// triggers firing. None of this is counted as a service call of the add-on.
import { parseA1, splitSheetRef } from './a1';
import { zonedParts } from './dates';
import { fail } from './errors';
import { PROTECTED_MESSAGE } from './protection';
import type { LocalTrigger } from './script';
import type { LocalSheet } from './sheet';
import type { LocalSpreadsheet } from './spreadsheet';
import type { AuthModeName, Box, CellValue } from './types';
import { passes, ruleData } from './validation';
import { checkCellLengths, eventText, interpretInput, tooLongForCell } from './values';

/** Everything user actions need from the runtime, and nothing more. */
export interface ActionHost {
  /** The bound spreadsheet the person has open. */
  readonly spreadsheet: LocalSpreadsheet;
  /** The person at the keyboard ('' when Apps Script withholds the address). */
  activeUser(): string;
  now(): Date;
  installedTriggers(): readonly LocalTrigger[];
  /** False until a bundle is loaded: edits then run no triggers. */
  scriptLoaded(): boolean;
  /** A global function of a new execution of the bundle (evaluated afresh, as Apps Script does), or undefined. */
  freshFunction(name: string): ((...args: unknown[]) => unknown) | undefined;
  /** Runs fn as one execution with its auth mode and users. */
  execute<T>(mode: AuthModeName, users: { active?: string; effective?: string }, fn: () => T): T;
  /** A line in the execution log (runtime.logs). */
  log(line: string): void;
}

export type RejectionReason = 'validation' | 'protection' | 'too-long';

/** A person's edit Sheets refused: nothing was written and no onEdit ran. */
export interface RejectedEdit {
  sheet: string;
  /** The range typed or pasted into (for a refused sort, row insert or delete: what the person tried). */
  a1: string;
  /** What was typed (one cell) or pasted (the whole block). */
  value: unknown;
  /** The validation's help text, for a validation refusal. */
  helpText: string | null;
  reason: RejectionReason;
}

/** An onEdit that threw: Sheets logs it (Executions, Cloud logging); the person who typed sees nothing. */
export interface TriggerError {
  /** 'onEdit' for the simple trigger, else the installable trigger's unique id. */
  trigger: string;
  handler: string;
  message: string;
  user: string;
}

interface UndoEntry {
  user: string;
  sheet: LocalSheet;
  box: Box;
  before: { value: CellValue; formula?: string }[][];
}

const UNDO_LIMIT = 100;

/** e.value as Apps Script gives it: strings as typed, other values as their text (dates as day serials). */
function typedText(raw: unknown, timeZone: string): string | undefined {
  if (raw === null || raw === undefined || raw === '') return undefined;
  if (typeof raw === 'string') return raw;
  return eventText(raw as CellValue, timeZone);
}

function messageOf(e: unknown): string {
  return e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e) ? String((e as Error).message) : String(e);
}

export class UserActions {
  readonly rejected: RejectedEdit[] = [];
  readonly triggerErrors: TriggerError[] = [];
  private readonly undoStack: UndoEntry[] = [];

  constructor(private readonly h: ActionHost) {}

  private sheet(name: string): LocalSheet {
    return this.h.spreadsheet._sheet(name);
  }

  private box(sheet: LocalSheet, a1: string, values: unknown[][], what: string): Box {
    const box = parseA1(splitSheetRef(a1).range, sheet._grid.maxRows, sheet._grid.maxCols);
    if (values.length !== box.numRows || values.some((row) => row.length !== box.numCols)) {
      throw new Error(`${what}: ${values.length}×${values[0]?.length ?? 0} values do not fit ${a1}`);
    }
    return box;
  }

  /** A person typing (one cell) or pasting: Sheets' own refusals first, then the write, then onEdit. */
  edit(sheetName: string, a1: string, values: unknown[][], pasted: boolean): void {
    const ss = this.h.spreadsheet;
    const sheet = this.sheet(sheetName);
    const box = this.box(sheet, a1, values, 'userEdit');
    const range = sheet._range(box);
    // Only typing into one cell gives onEdit value/oldValue; a paste never does, whatever its size.
    const single = box.numRows === 1 && box.numCols === 1 && !pasted;
    const typed = box.numRows === 1 && box.numCols === 1 ? values[0][0] : values;
    const reject = (reason: RejectionReason, helpText: string | null = null) => {
      this.rejected.push({ sheet: sheetName, a1, value: typed, helpText, reason });
    };
    if (sheet._refusingProtection(box, this.h.activeUser())) return reject('protection');
    if (values.some((row) => row.some(tooLongForCell))) return reject('too-long');
    const before = sheet._grid.cell(box.row, box.col);
    // ruleData, not getAllowInvalid(): Sheets checking its own validation is no call of the add-on's.
    if (single && before?.validation && !ruleData(before.validation).allowInvalid) {
      const stored = interpretInput(values[0][0], { ...sheet._inputContext(), plainText: before.numberFormat === '@' });
      if (!passes(before.validation, stored.value)) return reject('validation', ruleData(before.validation).helpText);
    }
    const tz = ss._timeZone;
    const oldValue = single && before && before.value !== '' ? eventText(before.value, tz) : undefined;
    this.remember(sheet, box);
    range._write(values);
    ss._activate(sheet, range);
    const event: Record<string, unknown> = { range, source: ss, user: this.user() };
    if (single) {
      const value = typedText(values[0][0], tz);
      if (value !== undefined) event.value = value;
      if (oldValue !== undefined) event.oldValue = oldValue;
    }
    this.runEditTriggers(event);
  }

  /** The person's Ctrl+Z: their last edit or paste is put back as it was. Sheets fires no onEdit for it. */
  undo(): boolean {
    const user = this.h.activeUser();
    let i = this.undoStack.length - 1;
    while (i >= 0 && this.undoStack[i].user !== user) i--;
    if (i < 0) return false;
    const [entry] = this.undoStack.splice(i, 1);
    const { sheet, box, before } = entry;
    if (!this.h.spreadsheet._sheets().includes(sheet)) throw new Error('userUndo: the edited sheet was deleted');
    if (sheet._refusingProtection(box, user)) {
      this.rejected.push({ sheet: sheet._name, a1: sheet._range(box).getA1Notation(), value: 'undo', helpText: null, reason: 'protection' });
      return false;
    }
    for (let r = 0; r < box.numRows; r++) {
      for (let c = 0; c < box.numCols; c++) {
        const cell = sheet._grid.ensure(box.row + r, box.col + c);
        const was = before[r][c];
        cell.value = was.value;
        if (was.formula) cell.formula = was.formula;
        else delete cell.formula;
      }
    }
    this.h.spreadsheet._activate(sheet, sheet._range(box));
    return true;
  }

  private remember(sheet: LocalSheet, box: Box): void {
    const before: UndoEntry['before'] = [];
    for (let r = 0; r < box.numRows; r++) {
      const line: UndoEntry['before'][number] = [];
      for (let c = 0; c < box.numCols; c++) {
        const cell = sheet._grid.cell(box.row + r, box.col + c);
        const value = cell ? cell.value : '';
        line.push({ value: value instanceof Date ? new Date(value.getTime()) : value, ...(cell?.formula ? { formula: cell.formula } : {}) });
      }
      before.push(line);
    }
    this.undoStack.push({ user: this.h.activeUser(), sheet, box, before });
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
  }

  /**
   * Another program writing (another Apps Script project, the Sheets API, a form, an import): the values land as
   * written, as that program's user, refused like any script's write; no onEdit fires and the person's undo
   * history is left alone.
   */
  writeAsOther(sheetName: string, a1: string, values: unknown[][], as: string, raw: boolean): void {
    const sheet = this.sheet(sheetName);
    const box = this.box(sheet, a1, values, 'anotherScriptWrites');
    this.h.execute('FULL', { active: as, effective: as }, () => {
      if (sheet._refusingProtection(box, as)) fail(PROTECTED_MESSAGE);
      checkCellLengths(values);
      sheet._range(box)._write(values, { raw });
    });
  }

  sort(sheetName: string, column: number, ascending: boolean): void {
    const sheet = this.sheet(sheetName);
    const box = { row: sheet._frozenRows() + 1, col: 1, numRows: Math.max(1, sheet._grid.maxRows - sheet._frozenRows()), numCols: sheet._grid.maxCols };
    if (sheet._refusingProtection(box, this.h.activeUser())) {
      this.rejected.push({ sheet: sheetName, a1: `sort by column ${column}`, value: null, helpText: null, reason: 'protection' });
      return;
    }
    sheet._grid.sortRows(sheet._frozenRows() + 1, sheet._grid.lastRow(), [{ column, ascending }]);
  }

  insertRows(sheetName: string, beforeRow: number, count: number): void {
    const sheet = this.sheet(sheetName);
    if (sheet._linesRefusal('row', beforeRow, count, true, this.h.activeUser())) {
      this.rejected.push({ sheet: sheetName, a1: `insert ${count} row(s) before ${beforeRow}`, value: null, helpText: null, reason: 'protection' });
      return;
    }
    sheet._insertRows(beforeRow, count, this.h.activeUser());
  }

  deleteRows(sheetName: string, row: number, count: number): void {
    const sheet = this.sheet(sheetName);
    if (sheet._linesRefusal('row', row, count, false, this.h.activeUser())) {
      this.rejected.push({ sheet: sheetName, a1: `delete ${count} row(s) from ${row}`, value: null, helpText: null, reason: 'protection' });
      return;
    }
    sheet._deleteRows(row, count, this.h.activeUser());
  }

  fireTimeTrigger(uniqueId: string): unknown {
    const trigger = this.h.installedTriggers().find((t) => t.uniqueId === uniqueId);
    if (!trigger) throw new Error(`No installed trigger ${uniqueId}`);
    if (trigger.type !== 'CLOCK') throw new Error(`Trigger ${uniqueId} is ${trigger.type}, not time-driven`);
    const fn = this.h.freshFunction(trigger.handler);
    if (!fn) throw new Error(`Script function not found: ${trigger.handler}`);
    const now = this.h.now();
    const p = zonedParts(now, 'UTC');
    const event = {
      authMode: 'FULL', triggerUid: trigger.uniqueId, timezone: 'UTC',
      year: p.year, month: p.month, 'day-of-month': p.day, 'day-of-week': p.weekday, 'week-of-year': isoWeek(now),
      hour: p.hour, minute: p.minute, second: p.second,
    };
    return this.h.execute('FULL', { active: trigger.user, effective: trigger.user }, () => fn(event));
  }

  private user() {
    const email = this.h.activeUser();
    return { getEmail: () => email, getNickname: () => email.split('@')[0] };
  }

  /**
   * The simple onEdit (LIMITED, as the editor), then each installable onEdit trigger (FULL, as its owner). One that
   * throws is logged and recorded as Sheets does; the others still run and the person sees nothing.
   */
  private runEditTriggers(event: Record<string, unknown>): void {
    if (!this.h.scriptLoaded()) return;
    const editor = this.h.activeUser();
    const failed = (trigger: string, handler: string, user: string, e: unknown) => {
      const message = messageOf(e);
      this.triggerErrors.push({ trigger, handler, message, user });
      this.h.log(`${handler} (${trigger === 'onEdit' ? 'simple trigger' : `trigger ${trigger}`}) failed: ${String(e)}`);
    };
    const onEdit = this.h.freshFunction('onEdit');
    if (onEdit) {
      try {
        this.h.execute('LIMITED', { effective: editor }, () => onEdit({ authMode: 'LIMITED', ...event }));
      } catch (e) {
        failed('onEdit', 'onEdit', editor, e);
      }
    }
    const ssId = this.h.spreadsheet._id;
    for (const t of this.h.installedTriggers().filter((x) => x.type === 'ON_EDIT' && x.sourceId === ssId)) {
      try {
        const fn = this.h.freshFunction(t.handler);
        if (!fn) throw new Error(`Script function not found: ${t.handler}`);
        this.h.execute('FULL', { effective: t.user }, () => fn({ authMode: 'FULL', triggerUid: t.uniqueId, ...event }));
      } catch (e) {
        failed(t.uniqueId, t.handler, t.user, e);
      }
    }
  }
}

function isoWeek(date: Date): number {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86400000 + 1) / 7);
}
