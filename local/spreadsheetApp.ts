// The SpreadsheetApp global: entry to the bound spreadsheet (or another one by id), builders and enums.
import { fail } from './errors';
import { LocalConditionalFormatRuleBuilder } from './formatRules';
import { countCalls, Host, MethodKind } from './host';
import { ProtectionType } from './protection';
import type { LocalSheet } from './sheet';
import type { LocalSpreadsheet } from './spreadsheet';
import type { RangeApi } from './types';
import { LocalUi } from './ui';
import { DataValidationCriteria, LocalDataValidationBuilder } from './validation';

export class LocalSpreadsheetApp {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' };
  readonly BorderStyle = { SOLID: 'SOLID', DOTTED: 'DOTTED', DASHED: 'DASHED' };
  constructor(
    readonly host: Host,
    private readonly bound: LocalSpreadsheet,
    private readonly all: () => LocalSpreadsheet[],
    private readonly ui: LocalUi,
  ) {}
  // Apps Script gives null where there is no active document, though the published types do not say so.
  getActive(): LocalSpreadsheet {
    this.host.requireAuth('SpreadsheetApp', 'getActive');
    return this.host.hasActiveDocument ? this.bound : (null as unknown as LocalSpreadsheet);
  }
  getActiveSpreadsheet(): LocalSpreadsheet {
    this.host.requireAuth('SpreadsheetApp', 'getActiveSpreadsheet');
    return this.host.hasActiveDocument ? this.bound : (null as unknown as LocalSpreadsheet);
  }
  getActiveSheet(): LocalSheet {
    this.host.requireAuth('SpreadsheetApp', 'getActiveSheet');
    return this.bound._activeSheet();
  }
  getActiveRange(): RangeApi | null {
    this.host.requireAuth('SpreadsheetApp', 'getActiveRange');
    return this.bound._activeRangeOn(this.bound._activeSheet());
  }
  openById(id: string): LocalSpreadsheet {
    this.host.requireAuth('SpreadsheetApp', 'openById', 'FULL');
    // spreadsheets.currentonly reaches only the bound/active document, never one opened by id.
    this.host.requireScope('SpreadsheetApp', 'openById', 'https://www.googleapis.com/auth/spreadsheets');
    const found = this.all().find((s) => s._id === String(id));
    if (!found) fail('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return found;
  }
  openByUrl(url: string): LocalSpreadsheet {
    this.host.requireAuth('SpreadsheetApp', 'openByUrl', 'FULL');
    this.host.requireScope('SpreadsheetApp', 'openByUrl', 'https://www.googleapis.com/auth/spreadsheets');
    const found = this.all().find((s) => String(url).includes(`/d/${s._id}`));
    if (!found) fail('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    return found;
  }
  getUi(): LocalUi {
    return this.ui;
  }
  flush(): void {
    this.host.requireAuth('SpreadsheetApp', 'flush');
  }
  newDataValidation(): LocalDataValidationBuilder {
    return new LocalDataValidationBuilder(this.host);
  }
  newConditionalFormatRule(): LocalConditionalFormatRuleBuilder {
    return new LocalConditionalFormatRuleBuilder(this.host);
  }
}

const APP_META: Record<string, MethodKind> = {
  getActive: 'meta', getActiveSpreadsheet: 'meta', getActiveSheet: 'meta', getActiveRange: 'meta',
};
countCalls(LocalSpreadsheetApp.prototype, 'SpreadsheetApp', { legacy: {}, kinds: APP_META });
