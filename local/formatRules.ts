// Conditional format rules: Sheets keeps them per sheet and setConditionalFormatRules replaces the whole list.
import type { Host } from './host';
import { countCalls } from './host';
import type { ConditionalFormatRuleApi, ConditionalFormatRuleBuilderApi, RangeApi, RuleCondition } from './types';

export type { RuleCondition } from './types';

interface RuleData {
  condition: RuleCondition | null;
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  ranges: RangeApi[];
}

function cloneData(d: RuleData): RuleData {
  return { ...d, condition: d.condition && { ...d.condition, values: [...d.condition.values] }, ranges: [...d.ranges] };
}

export class LocalConditionalFormatRule implements ConditionalFormatRuleApi {
  constructor(readonly host: Host, readonly _data: RuleData) {}
  copy(): LocalConditionalFormatRuleBuilder {
    return new LocalConditionalFormatRuleBuilder(this.host, cloneData(this._data));
  }
  getRanges(): RangeApi[] {
    return [...this._data.ranges];
  }
  /** Not in Apps Script's ConditionalFormatRule (it hides these behind getBooleanCondition()); handy for tests. */
  getCondition(): RuleCondition | null {
    return this._data.condition && { ...this._data.condition, values: [...this._data.condition.values] };
  }
  getBackground(): string | null {
    return this._data.background;
  }
}

export class LocalConditionalFormatRuleBuilder implements ConditionalFormatRuleBuilderApi {
  constructor(readonly host: Host, private readonly d: RuleData = { condition: null, background: null, fontColor: null, bold: null, ranges: [] }) {}
  private _when(type: string, values: unknown[]): this {
    this.d.condition = { type, values };
    return this;
  }
  build(): LocalConditionalFormatRule {
    if (!this.d.condition) throw new Error('You must specify a condition for the conditional format rule.');
    return new LocalConditionalFormatRule(this.host, cloneData(this.d));
  }
  copy(): LocalConditionalFormatRuleBuilder {
    return new LocalConditionalFormatRuleBuilder(this.host, cloneData(this.d));
  }
  getRanges(): RangeApi[] { return [...this.d.ranges]; }
  setBackground(color: string | null): this {
    this.d.background = color === null ? null : color.toLowerCase();
    return this;
  }
  setFontColor(color: string | null): this {
    this.d.fontColor = color === null ? null : color.toLowerCase();
    return this;
  }
  setBold(bold: boolean | null): this {
    this.d.bold = bold;
    return this;
  }
  setRanges(ranges: RangeApi[]): this {
    this.d.ranges = [...ranges];
    return this;
  }
  whenFormulaSatisfied(formula: string): this { return this._when('CUSTOM_FORMULA', [formula]); }
  whenTextContains(text: string): this { return this._when('TEXT_CONTAINS', [text]); }
  whenTextEqualTo(text: string): this { return this._when('TEXT_EQUAL_TO', [text]); }
  whenCellEmpty(): this { return this._when('CELL_EMPTY', []); }
  whenCellNotEmpty(): this { return this._when('CELL_NOT_EMPTY', []); }
  whenNumberGreaterThan(n: number): this { return this._when('NUMBER_GREATER_THAN', [n]); }
}

countCalls(LocalConditionalFormatRule.prototype, 'ConditionalFormatRule', { legacy: {} });
countCalls(LocalConditionalFormatRuleBuilder.prototype, 'ConditionalFormatRuleBuilder', { legacy: {} });
