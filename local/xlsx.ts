// Writes the local spreadsheet to .xlsx with exceljs so a person can open what the add-on produced.
import ExcelJS from 'exceljs';
import { columnLetters } from './a1';
import { normalizeColor, DEFAULT_BACKGROUND } from './colors';
import { wallClockAsUtc } from './dates';
import type { LocalSpreadsheet } from './spreadsheet';
import { ruleData } from './validation';
import type { LocalConditionalFormatRule } from './formatRules';
import { displayText, isDate } from './values';

function argb(hex: string): string {
  return `FF${normalizeColor(hex).slice(1).toUpperCase()}`;
}

export async function exportXlsx(ss: LocalSpreadsheet, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const tz = ss._timeZone;
  for (const sheet of ss._sheets()) {
    const grid = sheet._grid;
    const frozenRows = sheet._frozenRows(), frozenCols = sheet._frozenColumns();
    const ws = workbook.addWorksheet(sheet._name, {
      views: frozenRows || frozenCols ? [{ state: 'frozen', xSplit: frozenCols, ySplit: frozenRows }] : [],
    });
    const lastRow = grid.lastRow(), lastCol = grid.lastCol();
    const widths: number[] = [];
    const headerRows = Math.max(1, frozenRows);
    for (let r = 1; r <= lastRow; r++) {
      for (let c = 1; c <= lastCol; c++) {
        const cell = grid.cell(r, c);
        if (!cell) continue;
        const out = ws.getCell(r, c);
        if (isDate(cell.value)) {
          out.value = wallClockAsUtc(cell.value, tz);
          out.numFmt = 'yyyy-mm-dd';
        } else if (cell.value !== '') {
          out.value = cell.value;
        }
        if (cell.background && cell.background !== DEFAULT_BACKGROUND) {
          out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.background) } };
        }
        if (cell.note) out.note = cell.note;
        if (cell.fontWeight === 'bold' || r <= headerRows) out.font = { bold: true };
        const rule = cell.validation && ruleData(cell.validation);
        if (rule?.criteria === 'VALUE_IN_LIST') {
          const list = (rule.args[0] as string[]).join(',');
          if (list.length <= 250) out.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${list}"`] };
        }
        const text = displayText(cell.value, tz, cell.numberFormat);
        widths[c] = Math.max(widths[c] ?? 0, [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0));
      }
    }
    // The sheet's conditional formats go along as Excel's own, so flagged rows show their colour there too.
    (sheet._conditionalRules() as LocalConditionalFormatRule[]).forEach((rule, i) => {
      const { condition, background, ranges } = rule._data;
      if (!condition || condition.type !== 'CUSTOM_FORMULA' || !background || !ranges.length) return;
      ws.addConditionalFormatting({
        ref: ranges.map((range) => range.getA1Notation()).join(' '),
        rules: [{
          type: 'expression', priority: i + 1, formulae: [String(condition.values[0]).replace(/^=/, '')],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(background) } } },
        }],
      });
    });
    for (let c = 1; c <= lastCol; c++) {
      const px = sheet._columnWidth(c);
      ws.getColumn(columnLetters(c)).width = px ? Math.round(px / 7) : Math.max(8, Math.min(50, (widths[c] ?? 0) + 2));
    }
  }
  await workbook.xlsx.writeFile(path);
}
