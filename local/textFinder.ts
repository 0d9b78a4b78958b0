// Range.createTextFinder: Sheets searches its own cells and hands back only the ranges that match, so no cell value
// travels to the script. Like Apps Script it matches the text a cell shows (its display value), case-insensitively and
// anywhere in the cell unless told otherwise, row by row from the top left; findAll returns one single-cell range per
// match. Counted: the builder calls as 'other', the searches (findAll, findNext, findPrevious) as reads that move no cells.
import { countCalls, type Host } from './host';
import type { RangeApi, TextFinderApi } from './types';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class LocalTextFinder implements TextFinderApi {
  private caseSensitive = false;
  private entireCell = false;
  private regex = false;
  private formulas = false;
  private position = -1;

  constructor(readonly host: Host, private readonly range: RangeApi, private readonly text: string) {}

  matchCase(matchCase: boolean): this { this.caseSensitive = matchCase === true; return this; }
  matchEntireCell(entireCell: boolean): this { this.entireCell = entireCell === true; return this; }
  useRegularExpression(useRegEx: boolean): this { this.regex = useRegEx === true; return this; }
  matchFormulaText(matchFormulaText: boolean): this { this.formulas = matchFormulaText === true; return this; }

  private pattern(): RegExp {
    const body = this.regex ? this.text : escapeRegExp(this.text);
    return new RegExp(this.entireCell ? `^(?:${body})$` : body, this.caseSensitive ? '' : 'i');
  }

  private matches(): RangeApi[] {
    if (this.text === '') return [];
    const pattern = this.pattern();
    const box = this.range._box;
    const shown = this.range.getDisplayValues();
    const formulas = this.formulas ? this.range.getFormulas() : null;
    const out: RangeApi[] = [];
    for (let r = 0; r < box.numRows; r++) {
      for (let c = 0; c < box.numCols; c++) {
        const text = formulas && formulas[r][c] ? formulas[r][c] : shown[r][c];
        if (text !== '' && pattern.test(text)) out.push(this.range._sheet.getRange(box.row + r, box.col + c));
      }
    }
    return out;
  }

  findAll(): RangeApi[] {
    return this.matches();
  }

  findNext(): RangeApi | null {
    const all = this.matches();
    if (!all.length) return null;
    this.position = (this.position + 1) % all.length;
    return all[this.position];
  }

  findPrevious(): RangeApi | null {
    const all = this.matches();
    if (!all.length) return null;
    this.position = this.position <= 0 ? all.length - 1 : this.position - 1;
    return all[this.position];
  }
}

countCalls(LocalTextFinder.prototype, 'TextFinder', {
  kind: 'other',
  kinds: { findAll: 'read', findNext: 'read', findPrevious: 'read' },
});
