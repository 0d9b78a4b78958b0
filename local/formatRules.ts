// Conditional format rules: Sheets keeps them per sheet and setConditionalFormatRules replaces the whole list. The
// colour a person sees is worked out as Sheets does: the first rule (in the sheet's order) whose range holds the cell
// and whose condition holds paints it; else the cell's own background shows (displayedBackgrounds).
import { DEFAULT_BACKGROUND } from './colors';
import { columnNumber } from './a1';
import type { Host } from './host';
import { countCalls } from './host';
import type { CellValue, ConditionalFormatRuleApi, ConditionalFormatRuleBuilderApi, RangeApi, RuleCondition, SheetApi } from './types';

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

/** What getBooleanCondition() gives: the condition's type and values and the format it applies. */
export class LocalBooleanCondition {
  constructor(readonly host: Host, private readonly d: RuleData) {}
  getCriteriaType(): string { return this.d.condition?.type ?? ''; }
  getCriteriaValues(): unknown[] { return [...(this.d.condition?.values ?? [])]; }
  getBackground(): string | null { return this.d.background; }
  getFontColor(): string | null { return this.d.fontColor; }
  getBold(): boolean | null { return this.d.bold; }
}

export class LocalConditionalFormatRule implements ConditionalFormatRuleApi {
  constructor(readonly host: Host, readonly _data: RuleData) {}
  getBooleanCondition(): LocalBooleanCondition | null {
    return this._data.condition ? new LocalBooleanCondition(this.host, this._data) : null;
  }
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
countCalls(LocalBooleanCondition.prototype, 'BooleanCondition', { legacy: {} });
countCalls(LocalConditionalFormatRuleBuilder.prototype, 'ConditionalFormatRuleBuilder', { legacy: {} });

// ---- What a person sees ----

type Value = string | number | boolean;

/** Sheets' reading of a cell in a formula: text, number, boolean; a date is its day serial; empty is ''. */
function formulaValue(value: CellValue | undefined): Value {
  if (value === undefined) return '';
  if (value instanceof Date) return value.getTime() / 86400000 + 25569;
  return value;
}

/**
 * A small evaluator for the custom formulas conditional formats use: cell references ($A1, A$1), text and numbers,
 * & and the comparisons, and RIGHT, LEFT, MID, LEN, LOWER, UPPER, TRIM, AND, OR, NOT, ISBLANK, REGEXMATCH. A formula
 * outside that throws, so a test never passes on a rule this runtime cannot read.
 */
class FormulaReader {
  private i = 0;
  constructor(private readonly text: string, private readonly cellAt: (ref: string) => Value) {}

  read(): Value {
    const whole = this.text.trim().replace(/^=/, '');
    this.i = 0;
    const value = this.comparison(whole);
    this.space(whole);
    if (this.i < whole.length) throw new Error(`Formula not understood by the local runtime: ${this.text}`);
    return value;
  }

  private space(s: string): void { while (s[this.i] === ' ') this.i++; }

  private comparison(s: string): Value {
    const left = this.concat(s);
    this.space(s);
    const op = /^(<>|<=|>=|=|<|>)/.exec(s.slice(this.i))?.[1];
    if (!op) return left;
    this.i += op.length;
    const right = this.concat(s);
    const a = typeof left === 'string' ? left.toLowerCase() : left;
    const b = typeof right === 'string' ? right.toLowerCase() : right;
    switch (op) {
      case '=': return a === b;
      case '<>': return a !== b;
      case '<': return a < b;
      case '>': return a > b;
      case '<=': return a <= b;
      default: return a >= b;
    }
  }

  private concat(s: string): Value {
    let value = this.atom(s);
    this.space(s);
    while (s[this.i] === '&') {
      this.i++;
      value = String(value) + String(this.atom(s));
      this.space(s);
    }
    return value;
  }

  private atom(s: string): Value {
    this.space(s);
    const rest = s.slice(this.i);
    if (rest[0] === '"') {
      const m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) throw new Error(`Formula not understood by the local runtime: ${this.text}`);
      this.i += m[0].length;
      return m[1].replace(/""/g, '"');
    }
    if (rest[0] === '(') {
      this.i++;
      const value = this.comparison(s);
      this.expect(s, ')');
      return value;
    }
    const num = /^\d+(\.\d+)?/.exec(rest);
    if (num) {
      this.i += num[0].length;
      return Number(num[0]);
    }
    const call = /^([A-Za-z]+)\s*\(/.exec(rest);
    if (call) {
      this.i += call[0].length;
      const args: Value[] = [];
      this.space(s);
      if (s[this.i] === ')') this.i++;
      else {
        for (;;) {
          args.push(this.comparison(s));
          this.space(s);
          if (s[this.i] === ',') { this.i++; continue; }
          this.expect(s, ')');
          break;
        }
      }
      return this.apply(call[1].toUpperCase(), args);
    }
    const ref = /^\$?[A-Za-z]+\$?\d+/.exec(rest);
    if (ref) {
      this.i += ref[0].length;
      return this.cellAt(ref[0]);
    }
    const bool = /^(TRUE|FALSE)\b/i.exec(rest);
    if (bool) {
      this.i += bool[0].length;
      return bool[0].toUpperCase() === 'TRUE';
    }
    throw new Error(`Formula not understood by the local runtime: ${this.text}`);
  }

  private expect(s: string, ch: string): void {
    this.space(s);
    if (s[this.i] !== ch) throw new Error(`Formula not understood by the local runtime: ${this.text}`);
    this.i++;
  }

  private apply(name: string, a: Value[]): Value {
    const text = (v: Value) => (typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));
    const truthy = (v: Value) => (typeof v === 'string' ? v.toLowerCase() === 'true' : Boolean(v));
    switch (name) {
      case 'RIGHT': return text(a[0]).slice(Math.max(0, text(a[0]).length - Number(a[1] ?? 1)));
      case 'LEFT': return text(a[0]).slice(0, Number(a[1] ?? 1));
      case 'MID': return text(a[0]).substr(Number(a[1]) - 1, Number(a[2]));
      case 'LEN': return text(a[0]).length;
      case 'LOWER': return text(a[0]).toLowerCase();
      case 'UPPER': return text(a[0]).toUpperCase();
      case 'TRIM': return text(a[0]).trim().replace(/\s+/g, ' ');
      case 'AND': return a.every(truthy);
      case 'OR': return a.some(truthy);
      case 'NOT': return !truthy(a[0]);
      case 'ISBLANK': return a[0] === '';
      case 'REGEXMATCH': return new RegExp(text(a[1])).test(text(a[0]));
      default: throw new Error(`Formula not understood by the local runtime: ${this.text} (${name})`);
    }
  }
}

/** Whether the rule's range holds the cell; a whole-column range holds every row, however many were added since. */
function holds(range: RangeApi, row: number, col: number): boolean {
  const b = range._box;
  const whole = (range as { _wholeColumns?: boolean })._wholeColumns === true;
  return col >= b.col && col < b.col + b.numCols && (whole || (row >= b.row && row < b.row + b.numRows));
}

function conditionHolds(rule: LocalConditionalFormatRule, sheet: SheetApi, row: number, col: number): boolean {
  const condition = rule._data.condition;
  if (!condition) return false;
  const own = formulaValue(sheet._grid.cell(row, col)?.value);
  switch (condition.type) {
    case 'CELL_EMPTY': return own === '';
    case 'CELL_NOT_EMPTY': return own !== '';
    case 'TEXT_CONTAINS': return String(own).toLowerCase().includes(String(condition.values[0]).toLowerCase());
    case 'TEXT_EQUAL_TO': return String(own).toLowerCase() === String(condition.values[0]).toLowerCase();
    case 'NUMBER_GREATER_THAN': return typeof own === 'number' && own > Number(condition.values[0]);
    case 'CUSTOM_FORMULA': {
      // Relative references move with the cell, from the top-left cell of the rule's first range.
      const anchor = rule._data.ranges[0]?._box ?? { row: 1, col: 1 };
      const cellAt = (ref: string): Value => {
        const m = /^(\$?)([A-Za-z]+)(\$?)(\d+)$/.exec(ref) as RegExpExecArray;
        const c = m[1] ? columnNumber(m[2]) : columnNumber(m[2]) + (col - anchor.col);
        const r = m[3] ? Number(m[4]) : Number(m[4]) + (row - anchor.row);
        return formulaValue(sheet._grid.cell(r, c)?.value);
      };
      const value = new FormulaReader(String(condition.values[0]), cellAt).read();
      return value === true || (typeof value === 'number' && value !== 0);
    }
    default: throw new Error(`Conditional format ${condition.type} is not modelled by the local runtime`);
  }
}

/**
 * The background a person sees in each cell of a range: the first conditional-format rule of the sheet that holds the
 * cell and whose condition is true paints it, else the cell's own colour. Not counted (nothing the add-on calls).
 */
export function displayedBackgrounds(range: unknown): string[][] {
  const r = range as RangeApi;
  const sheet = r._sheet;
  const rules = (sheet as unknown as { _conditionalRules(): LocalConditionalFormatRule[] })._conditionalRules();
  const out: string[][] = [];
  for (let i = 0; i < r._box.numRows; i++) {
    const line: string[] = [];
    for (let j = 0; j < r._box.numCols; j++) {
      const row = r._box.row + i, col = r._box.col + j;
      const rule = rules.find((x) => x._data.background && x._data.ranges.some((g) => holds(g, row, col)) && conditionHolds(x, sheet, row, col));
      line.push(rule ? (rule._data.background as string) : sheet._grid.cell(row, col)?.background ?? DEFAULT_BACKGROUND);
    }
    out.push(line);
  }
  return out;
}

/** The background a person sees in one cell. */
export function displayedBackground(range: unknown): string {
  return displayedBackgrounds(range)[0][0];
}
