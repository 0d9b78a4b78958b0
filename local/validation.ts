// Data validation rules and their builder, with the check Sheets applies when a person types into a validated cell.
import type { Host } from './host';
import { countCalls } from './host';
import type { CellValue, DataValidationApi, DataValidationBuilderApi } from './types';
import { isDate } from './values';

export const DataValidationCriteria = {
  DATE_AFTER: 'DATE_AFTER', DATE_BEFORE: 'DATE_BEFORE', DATE_BETWEEN: 'DATE_BETWEEN', DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE', DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN', DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE', NUMBER_BETWEEN: 'NUMBER_BETWEEN', NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN', NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN', NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO', TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN', TEXT_EQUAL_TO: 'TEXT_EQUAL_TO', TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL', VALUE_IN_LIST: 'VALUE_IN_LIST', VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA', CHECKBOX: 'CHECKBOX',
} as const;
export type Criteria = keyof typeof DataValidationCriteria;

interface RuleData {
  criteria: Criteria | null;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class LocalDataValidation implements DataValidationApi {
  constructor(readonly host: Host, readonly _data: RuleData) {}
  copy(): LocalDataValidationBuilder {
    return new LocalDataValidationBuilder(this.host, cloneRule(this._data));
  }
  getAllowInvalid(): boolean {
    return this._data.allowInvalid;
  }
  getCriteriaType(): string {
    return this._data.criteria ?? '';
  }
  getCriteriaValues(): unknown[] {
    return cloneArgs(this._data.args);
  }
  getHelpText(): string | null {
    return this._data.helpText;
  }
}

function cloneArgs(args: unknown[]): unknown[] {
  return args.map((a) => (Array.isArray(a) ? [...a] : isDate(a) ? new Date(a.getTime()) : a));
}

function cloneRule(d: RuleData): RuleData {
  return { ...d, args: cloneArgs(d.args) };
}

export class LocalDataValidationBuilder implements DataValidationBuilderApi {
  constructor(readonly host: Host, private readonly d: RuleData = { criteria: null, args: [], allowInvalid: true, helpText: null }) {}
  private _set(criteria: Criteria, args: unknown[]): this {
    this.d.criteria = criteria;
    this.d.args = args;
    return this;
  }
  build(): LocalDataValidation {
    if (!this.d.criteria) throw new Error('You must specify a criteria type for the data validation rule.');
    return new LocalDataValidation(this.host, cloneRule(this.d));
  }
  copy(): LocalDataValidationBuilder {
    return new LocalDataValidationBuilder(this.host, cloneRule(this.d));
  }
  getAllowInvalid(): boolean { return this.d.allowInvalid; }
  getCriteriaType(): string { return this.d.criteria ?? ''; }
  getCriteriaValues(): unknown[] { return cloneArgs(this.d.args); }
  getHelpText(): string | null { return this.d.helpText; }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return this._set('CHECKBOX', checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked]);
  }
  requireDate(): this { return this._set('DATE_IS_VALID_DATE', []); }
  requireDateAfter(date: Date): this { return this._set('DATE_AFTER', [new Date(date.getTime())]); }
  requireDateBefore(date: Date): this { return this._set('DATE_BEFORE', [new Date(date.getTime())]); }
  requireDateOnOrAfter(date: Date): this { return this._set('DATE_ON_OR_AFTER', [new Date(date.getTime())]); }
  requireDateOnOrBefore(date: Date): this { return this._set('DATE_ON_OR_BEFORE', [new Date(date.getTime())]); }
  requireNumberBetween(start: number, end: number): this { return this._set('NUMBER_BETWEEN', [start, end]); }
  requireNumberGreaterThan(n: number): this { return this._set('NUMBER_GREATER_THAN', [n]); }
  requireNumberGreaterThanOrEqualTo(n: number): this { return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  requireNumberLessThanOrEqualTo(n: number): this { return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]); }
  requireTextIsEmail(): this { return this._set('TEXT_IS_VALID_EMAIL', []); }
  requireFormulaSatisfied(formula: string): this { return this._set('CUSTOM_FORMULA', [formula]); }
  requireValueInList(values: string[], showDropdown = true): this {
    return this._set('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  setAllowInvalid(allow: boolean): this {
    this.d.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.d.helpText = text;
    return this;
  }
  withCriteria(criteria: unknown, args: unknown[]): this {
    if (!(String(criteria) in DataValidationCriteria)) throw new Error(`Invalid argument: criteria`);
    return this._set(String(criteria) as Criteria, [...args]);
  }
}

countCalls(LocalDataValidation.prototype, 'DataValidation', { legacy: {} });
countCalls(LocalDataValidationBuilder.prototype, 'DataValidationBuilder', { legacy: {} });

/**
 * Whether a stored value passes the rule, as Sheets judges a typed entry. Formula rules are not evaluated. Reads the
 * rule through its own methods (uncounted: this is Sheets checking, not the script calling).
 */
export function passes(rule: DataValidationApi, value: CellValue): boolean {
  const { criteria, args } = ruleData(rule);
  if (value === '') return true;
  const num = typeof value === 'number' ? value : NaN;
  const time = isDate(value) ? value.getTime() : NaN;
  const argTime = (i: number) => (isDate(args[i]) ? (args[i] as Date).getTime() : NaN);
  switch (criteria) {
    case 'VALUE_IN_LIST': return (args[0] as string[]).includes(typeof value === 'string' ? value : String(value));
    case 'DATE_IS_VALID_DATE': return !isNaN(time);
    case 'DATE_AFTER': return time > argTime(0);
    case 'DATE_BEFORE': return time < argTime(0);
    case 'DATE_ON_OR_AFTER': return time >= argTime(0);
    case 'DATE_ON_OR_BEFORE': return time <= argTime(0);
    case 'NUMBER_BETWEEN': return num >= Number(args[0]) && num <= Number(args[1]);
    case 'NUMBER_GREATER_THAN': return num > Number(args[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return num >= Number(args[0]);
    case 'NUMBER_LESS_THAN': return num < Number(args[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return num <= Number(args[0]);
    case 'NUMBER_EQUAL_TO': return num === Number(args[0]);
    case 'TEXT_IS_VALID_EMAIL': return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
    case 'TEXT_CONTAINS': return String(value).includes(String(args[0]));
    case 'TEXT_EQUAL_TO': return String(value) === String(args[0]);
    case 'CHECKBOX': return args.length === 0 ? typeof value === 'boolean' : args.some((a) => a === value);
    default: return true;
  }
}

/** A rule's criteria and arguments without counting a call: ours are read directly, others through their methods. */
export function ruleData(rule: DataValidationApi): { criteria: string; args: unknown[]; helpText: string | null; allowInvalid: boolean } {
  if (rule instanceof LocalDataValidation) return { ...rule._data, criteria: rule._data.criteria ?? '' };
  return { criteria: rule.getCriteriaType(), args: rule.getCriteriaValues(), helpText: rule.getHelpText(), allowInvalid: rule.getAllowInvalid() };
}
