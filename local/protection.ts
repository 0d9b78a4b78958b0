// A Protection only records what the add-on asked for; it does not block edits (no multi-user sharing model here).
import type { Host } from './host';
import { countCalls } from './host';
import type { LocalRange } from './range';
import type { Mirror } from './types';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

export class LocalProtection implements Mirror<GoogleAppsScript.Spreadsheet.Protection,
  'setDescription' | 'getDescription' | 'setWarningOnly' | 'isWarningOnly' | 'remove' | 'canEdit'> {
  private description = '';
  private warningOnly = false;
  constructor(
    readonly host: Host,
    readonly _type: 'RANGE' | 'SHEET',
    readonly _range: LocalRange,
    private readonly onRemove: (p: LocalProtection) => void,
  ) {}
  setDescription(description: string): this {
    this.description = description;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  getProtectionType(): string {
    return this._type;
  }
  getRange(): LocalRange {
    return this._range;
  }
  canEdit(): boolean {
    return true;
  }
  remove(): void {
    this.onRemove(this);
  }
}

countCalls(LocalProtection.prototype, {});
