// Row colours as conditional-format rules, one per uncleared reason, keyed on the flag kind the add-on keeps at the end
// of each row's memory cell (`…|a` for aged). Sheets paints a flagged row itself, so no run reads or writes a
// background, and a colour the team applied stays in the cell: the rule only shows over it while the row is flagged.
// The rules cover the Pipeline columns the add-on knows (its own and the team's it matched), as whole columns, so rows
// added later are covered too; the team's own rules are kept, after ours.
import type { FlagKind, Lang } from '../domain/types';
import { FLAG_KINDS } from '../domain/types';
import { FLAG_KIND_CODE } from '../domain/memory';
import { FLAG_COLORS, flagColor } from '../domain/rules';
import { t } from '../i18n';
import type { Columns } from './pipeline';
import { contiguousRuns } from './runs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export interface HighlightShape {
  headerRow: number;
  cols: Columns;
}

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The rule's formula for a kind: the memory cell of the row ends in that kind's letter (the same in any language). */
export function kindFormula(memoryCol: number, kind: FlagKind): string {
  return `=RIGHT($${letters(memoryCol + 1)}1,2)="|${FLAG_KIND_CODE[kind]}"`;
}

const OUR_FORMULA = /^=RIGHT\(\$[A-Z]+1,2\)="\|[a-z]"$/;

/** A rule as read once: its condition's formula (custom formulas only), so each getter is called once per rule. */
interface ReadRule {
  rule: Rule;
  condition: GoogleAppsScript.Spreadsheet.BooleanCondition | null;
  formula: string;
}

function readRule(rule: Rule): ReadRule {
  const condition = rule.getBooleanCondition();
  const formula = condition && String(condition.getCriteriaType()) === 'CUSTOM_FORMULA' ? String(condition.getCriteriaValues()[0] ?? '') : '';
  return { rule, condition, formula };
}

/** A rule this add-on made (any version of its columns): it is replaced, never kept beside a new one. */
function isOurs(read: ReadRule): boolean {
  return OUR_FORMULA.test(read.formula);
}

/** Whole columns of the Pipeline the add-on knows, as A1 spans ("A:O"). */
function spans(cols: Columns): string[] {
  const known = Object.values(cols).filter((c) => c >= 0).map((c) => c + 1);
  return contiguousRuns(known).map((run) => `${letters(run[0])}:${letters(run[run.length - 1])}`);
}

function wanted(sheet: Sheet, shape: HighlightShape): Rule[] {
  const ranges = spans(shape.cols).map((a1) => sheet.getRange(a1));
  return FLAG_KINDS.map((kind) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(kindFormula(shape.cols.memory, kind))
      .setBackground(flagColor(kind))
      .setRanges(ranges)
      .build(),
  );
}

export interface RulesOutcome {
  /** The rules were written (first install, columns changed, or a rule was missing). */
  installed: boolean;
  /** No rule of ours was there before: a sheet an earlier version painted by hand. */
  firstTime: boolean;
}

/** What the rules for this shape are (formula, colour and ranges of each): equal signatures need no write. */
export function rulesSignature(shape: HighlightShape): string {
  if (shape.cols.memory < 0) return '';
  const ranges = spans(shape.cols);
  return FLAG_KINDS.map((kind) => [kindFormula(shape.cols.memory, kind), flagColor(kind), ...ranges].join(' ')).join('\n');
}

function signatureOf(rules: ReadRule[]): string {
  return rules.map((r) => [
    r.formula, String(r.condition?.getBackground() ?? '').toLowerCase(), ...r.rule.getRanges().map((range) => range.getA1Notation()),
  ].join(' ')).join('\n');
}

/**
 * One rule per reason, replacing ours wholesale and keeping the team's after them; nothing is written when the rules
 * there are already these (one read of the sheet's rules). Needs the memory column.
 */
export function installFlagRules(sheet: Sheet, shape: HighlightShape): RulesOutcome {
  if (shape.cols.memory < 0) return { installed: false, firstTime: false };
  const existing = sheet.getConditionalFormatRules().map(readRule);
  const ours = existing.filter(isOurs);
  if (signatureOf(ours) === rulesSignature(shape)) return { installed: false, firstTime: false };
  sheet.setConditionalFormatRules([...wanted(sheet, shape), ...existing.filter((r) => !isOurs(r)).map((r) => r.rule)]);
  return { installed: true, firstTime: ours.length === 0 };
}

/**
 * Earlier versions painted flag colours into the cells: on the first install of the rules those are reset (the
 * team's own colours stay), one getBackgrounds and at most one setBackgrounds per block of adjacent columns.
 */
export function clearPaintedFlags(sheet: Sheet, shape: HighlightShape): void {
  const first = shape.headerRow + 1;
  const rows = sheet.getLastRow() - shape.headerRow;
  if (rows < 1) return;
  const ours = new Set<string>(FLAG_COLORS);
  const known = Object.values(shape.cols).filter((c) => c >= 0).map((c) => c + 1);
  for (const run of contiguousRuns(known)) {
    const range = sheet.getRange(first, run[0], rows, run.length);
    const current = range.getBackgrounds();
    let changed = false;
    const next = current.map((line) => line.map((color) => {
      if (!ours.has(String(color).toLowerCase())) return color;
      changed = true;
      return null;
    }));
    if (changed) range.setBackgrounds(next);
  }
}

/** The legend the team can see: the Flag header's note, in the sheet's language (rewritten only when it changes). */
export function writeFlagLegend(sheet: Sheet, shape: HighlightShape, lang: Lang): void {
  if (shape.cols.flag < 0) return;
  const text = t(lang, 'flag.legend', { lines: FLAG_KINDS.map((kind) => t(lang, `flag.legend.${kind}`)).join('\n') });
  const cell = sheet.getRange(shape.headerRow, shape.cols.flag + 1);
  if (cell.getNote() !== text) cell.setNote(text);
}
