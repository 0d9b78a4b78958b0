// npm run demo -- --xlsx <file>: the dry run on a workbook written by exceljs, through dist/Code.js in the local
// runtime. It writes the flagged workbook, the digests and the Set up report, and never changes the input file.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dryRun } from '../../scripts/dryRun';
import { crmDump } from '../fixtures/crmDump';
import { chineseTemplate } from '../fixtures/chineseTemplate';
import { writeXlsx } from '../fixtures/writeXlsx';

const dir = mkdtempSync(join(tmpdir(), 'dc-dry-run-'));
const quiet = () => undefined;

async function rowsOf(file: string, tab: string, headerRow = 1): Promise<Array<Record<string, unknown>>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const ws = book.getWorksheet(tab)!;
  const head = (ws.getRow(headerRow).values as unknown[]).slice(1).map(String);
  const out: Array<Record<string, unknown>> = [];
  ws.eachRow((row, n) => {
    if (n <= headerRow) return;
    const values = (row.values as unknown[]).slice(1);
    out.push(Object.fromEntries(head.map((h, i) => [h, values[i] ?? ''])));
  });
  return out;
}

test('a CRM dump: adopted, classified as proposed, refreshed and run nightly; flagged workbook, digests and report written; input untouched', async () => {
  const input = join(dir, 'crm-sales-opportunities.xlsx');
  await writeXlsx(crmDump(), input);
  const bytes = readFileSync(input);
  const out = join(dir, 'out');
  const result = await dryRun(input, { outDir: out, timeZone: 'Asia/Shanghai', today: '2026-11-27', log: quiet });
  expect(readFileSync(input).equals(bytes)).toBe(true);
  expect(result.inputUnchanged).toBe(true);
  expect(result.workbook).toBe(join(out, 'crm-sales-opportunities-daily-close.xlsx'));
  const report = readFileSync(join(out, 'crm-sales-opportunities-setup-report.txt'), 'utf8');
  expect(report).toContain('Pipeline “sales_pipeline” (header in row 1): matched sales_agent → Rep, account → Customer');
  expect(report).toContain('“Engaging” (24) → open, tier B');
  expect(report).toContain('Saved to Settings: Open stages, Tier by stage.');
  expect(report).toContain('Input file unchanged: yes');
  // One digest per manager the team named, as HTML and text.
  expect(result.digests.filter((f) => f.endsWith('.html')).map((f) => f.replace(/.*-digest-/, ''))).toEqual([
    'dustin.brinkmann.html', 'melvin.marxen.html', 'summer.sewald.html', 'celia.rouche.html',
  ]);
  expect(result.digests.every(existsSync)).toBe(true);
  expect(readFileSync(result.digests[1], 'utf8')).toMatch(/B for \d+ days \(max 30\)/);
  // The flagged workbook: the team's columns as they were, sleeping deals aged, history quiet.
  const source = crmDump().tabs[0].rows;
  const rows = await rowsOf(result.workbook, 'sales_pipeline');
  expect(rows).toHaveLength(source.length - 1);
  rows.forEach((r, i) => {
    expect([r.opportunity_id, r.sales_agent, r.product, r.account, r.deal_stage]).toEqual(source[i + 1].slice(0, 5).map((v) => v));
    if (r.deal_stage === 'Won' || r.deal_stage === 'Lost') expect(r.Flag).toBe('');
    if (r.deal_stage === 'Engaging') expect(String(r.Flag)).toMatch(/^B for \d+ days \(max 30\)/);
  });
});

test('a Chinese template is run in Chinese (zh_CN guessed from its headers) with its title row kept', async () => {
  const input = join(dir, 'customers.xlsx');
  await writeXlsx(chineseTemplate(), input);
  const result = await dryRun(input, { outDir: join(dir, 'zh'), timeZone: 'Asia/Shanghai', today: '2026-11-27', log: quiet });
  expect(result.report).toContain('客户库“客户管理”（表头在第 2 行）');
  expect(result.report).toContain('已保存到设置：放弃词, 跟进阶段, 阶段对应分类。');
  const rows = await rowsOf(result.workbook, '客户管理', 2);
  expect(rows).toHaveLength(24);
  expect(rows.filter((r) => r['项目阶段(必填)'] === '已流失').every((r) => r['提示'] === '')).toBe(true);
});
