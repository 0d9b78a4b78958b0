import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportXlsx, LocalRuntime } from '../../local';

test('exportXlsx writes values, real dates, fills, notes, frozen bold header and widths that exceljs reads back', async () => {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai' });
  const ss = runtime.spreadsheet;
  const sheet = ss.insertSheet('Pipeline');
  sheet.getRange('A1:D1').setValues([['Customer', 'Tier', 'Target date', 'Visits']]);
  sheet.getRange('A2:D3').setValues([['Acme 有限公司', 'A', '2026-03-05', 2], ['Beta', 'B', '', 0]]);
  sheet.setFrozenRows(1);
  sheet.getRange('A2:D2').setBackground('#F4CCCC');
  sheet.getRange('D2').setNote('aged: 9 days as A');
  const { SpreadsheetApp } = runtime.globals();
  sheet.getRange('B2:B3').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['A', 'B', 'C']).build());
  const path = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'pipeline.xlsx');
  await exportXlsx(ss, path);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Sheet1', 'Pipeline']);
  const ws = wb.getWorksheet('Pipeline');
  if (!ws) throw new Error('no Pipeline sheet');
  expect(ws.getCell('A2').value).toBe('Acme 有限公司');
  expect(ws.getCell('D2').value).toBe(2);
  const date = ws.getCell('C2').value as Date;
  expect(date).toBeInstanceOf(Date);
  expect(date.toISOString().slice(0, 10)).toBe('2026-03-05');
  expect(ws.getCell('C2').numFmt).toBe('yyyy-mm-dd');
  expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4CCCC' } });
  expect(ws.getCell('A3').fill?.type === 'pattern' && (ws.getCell('A3').fill as ExcelJS.FillPattern).fgColor).toBeFalsy();
  const note = ws.getCell('D2').note;
  expect(typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('')).toBe('aged: 9 days as A');
  expect(ws.getCell('A1').font?.bold).toBe(true);
  expect(ws.getCell('A2').font?.bold).toBeFalsy();
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(ws.getColumn(1).width).toBeGreaterThan(ws.getColumn(2).width ?? 0);
  expect(ws.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"A,B,C"'] });
});

test("the sheet's conditional formats go into the workbook as Excel's own, so flagged rows keep their colour there", async () => {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai' });
  const ss = runtime.spreadsheet;
  const sheet = ss.insertSheet('Pipeline');
  sheet.getRange('A1:B2').setValues([['Customer', 'Memory'], ['Acme', 'v1|A|O||||||h|m']]);
  const { SpreadsheetApp } = runtime.globals();
  sheet.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=RIGHT($B1,2)="|m"')
    .setBackground('#FDE2C6').setRanges([sheet.getRange('A:B')]).build()]);
  const path = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'rules.xlsx');
  await exportXlsx(ss, path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('Pipeline') as ExcelJS.Worksheet & { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
  expect(ws.conditionalFormattings).toHaveLength(1);
  expect(ws.conditionalFormattings[0].ref).toBe('A:B');
  expect(ws.conditionalFormattings[0].rules[0]).toMatchObject({ type: 'expression', formulae: ['RIGHT($B1,2)="|m"'] });
});
