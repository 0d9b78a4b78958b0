// What a person does in the sheet (typing, pasting, sorting) and what Apps Script does in response: simple and
// installable onEdit triggers, and time-driven triggers firing. None of this is counted as a service call.
import { parseA1, splitSheetRef } from './a1';
import { zonedParts } from './dates';
import type { LocalRuntime } from './runtime';
import { passes } from './validation';
import { CellValue, eventText, interpretInput } from './values';

export interface RejectedEdit {
  sheet: string;
  a1: string;
  value: unknown;
  helpText: string | null;
}

/** e.value as Apps Script gives it: strings as typed, other values as their text (dates as day serials). */
function typedText(raw: unknown, timeZone: string): string | undefined {
  if (raw === null || raw === undefined || raw === '') return undefined;
  if (typeof raw === 'string') return raw;
  return eventText(raw as CellValue, timeZone);
}

export class UserActions {
  readonly rejected: RejectedEdit[] = [];
  constructor(private readonly runtime: LocalRuntime) {}

  edit(sheetName: string, a1: string, values: unknown[][], pasted: boolean): void {
    const ss = this.runtime.spreadsheet;
    const sheet = ss._sheet(sheetName);
    const box = parseA1(splitSheetRef(a1).range, sheet._grid.maxRows, sheet._grid.maxCols);
    if (values.length !== box.numRows || values.some((row) => row.length !== box.numCols)) {
      throw new Error(`userEdit: ${values.length}×${values[0]?.length ?? 0} values do not fit ${a1}`);
    }
    const range = sheet._range(box);
    // Only typing into one cell gives onEdit value/oldValue; a paste never does, whatever its size.
    const single = box.numRows === 1 && box.numCols === 1 && !pasted;
    const before = sheet._grid.cell(box.row, box.col);
    if (single && before?.validation && !before.validation.getAllowInvalid()) {
      const stored = interpretInput(values[0][0], { ...sheet._inputContext(), plainText: before.numberFormat === '@' });
      if (!passes(before.validation, stored.value)) {
        this.rejected.push({ sheet: sheetName, a1, value: values[0][0], helpText: before.validation._data.helpText });
        return;
      }
    }
    const tz = ss._timeZone;
    const oldValue = single && before && before.value !== '' ? eventText(before.value, tz) : undefined;
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

  sort(sheetName: string, column: number, ascending: boolean): void {
    const sheet = this.runtime.spreadsheet._sheet(sheetName);
    sheet._grid.sortRows(sheet._frozenRows() + 1, sheet._grid.lastRow(), [{ column, ascending }]);
  }

  fireTimeTrigger(uniqueId: string): unknown {
    const trigger = this.runtime._triggerList().find((t) => t.uniqueId === uniqueId);
    if (!trigger) throw new Error(`No installed trigger ${uniqueId}`);
    if (trigger.type !== 'CLOCK') throw new Error(`Trigger ${uniqueId} is ${trigger.type}, not time-driven`);
    const fn = this.runtime._function(this.runtime._fresh(), trigger.handler);
    const now = this.runtime.clock.now();
    const p = zonedParts(now, 'UTC');
    const event = {
      authMode: 'FULL', triggerUid: trigger.uniqueId, timezone: 'UTC',
      year: p.year, month: p.month, 'day-of-month': p.day, 'day-of-week': p.weekday, 'week-of-year': isoWeek(now),
      hour: p.hour, minute: p.minute, second: p.second,
    };
    return this.runtime._host.execute('FULL', { active: trigger.user, effective: trigger.user }, () => fn(event));
  }

  private user() {
    const email = this.runtime._host.activeUser;
    return { getEmail: () => email, getNickname: () => email.split('@')[0] };
  }

  /** The simple onEdit (LIMITED, as the editor), then each installable onEdit trigger (FULL, as its owner). */
  private runEditTriggers(event: Record<string, unknown>): void {
    if (!this.runtime._loaded()) return;
    const host = this.runtime._host;
    const errors: unknown[] = [];
    const context = (this.runtime._fresh() as NonNullable<ReturnType<LocalRuntime['_fresh']>>).context as Record<string, unknown>;
    if (typeof context.onEdit === 'function') {
      const onEdit = context.onEdit as (e: unknown) => unknown;
      try {
        host.execute('LIMITED', { effective: host.activeUser }, () => onEdit({ authMode: 'LIMITED', ...event }));
      } catch (e) {
        errors.push(e);
      }
    }
    const ssId = this.runtime.spreadsheet._id;
    for (const t of this.runtime._triggerList().filter((x) => x.type === 'ON_EDIT' && x.sourceId === ssId)) {
      try {
        const fn = this.runtime._function(this.runtime._fresh(), t.handler);
        host.execute('FULL', { effective: t.user }, () => fn({ authMode: 'FULL', triggerUid: t.uniqueId, ...event }));
      } catch (e) {
        errors.push(e);
      }
    }
    // Sheets would only log these; a test wants to see them, after every trigger has had its turn.
    if (errors.length > 0) throw errors[0];
  }
}

function isoWeek(date: Date): number {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86400000 + 1) / 7);
}

