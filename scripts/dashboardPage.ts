// out/dashboard.html: the Dashboard sheet as Sheets would draw it, for anyone without a Google account. Each native
// chart on the sheet is drawn from its own range, type and options (title, colours, stacking) by Chart.js, inlined so
// the page works offline as one file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LocalRuntime } from '../local';
import type { LocalEmbeddedChart } from '../local/charts';
import { DASHBOARD_NAMES } from '../src/sheets/dashboard';
import { langFromLocale, t } from '../src/i18n';

/** One chart as Chart.js takes it. */
export interface PageChart {
  title: string;
  type: 'bar' | 'line';
  horizontal: boolean;
  stacked: boolean;
  fill: boolean;
  labels: string[];
  series: { label: string; data: number[]; color: string }[];
}

const FALLBACK_COLORS = ['#1a73e8', '#188038', '#f29900', '#d93025', '#9334e6'];

function chartJsSource(): string {
  // chart.js exports only its entry points; the UMD build sits beside them.
  return readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
}

function dashboardSheet(runtime: LocalRuntime): GoogleAppsScript.Spreadsheet.Sheet {
  const ss = runtime.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const sheet = ss.getSheets().find((s) => s.getName() === DASHBOARD_NAMES.en || s.getName() === DASHBOARD_NAMES.zh);
  if (!sheet) throw new Error('dashboard page: the spreadsheet has no Dashboard sheet (run Set up or the nightly run first)');
  return sheet;
}

/** The charts on the Dashboard sheet, each read from its range as Sheets reads it (first row: series names). */
export function readDashboardCharts(runtime: LocalRuntime): PageChart[] {
  const sheet = dashboardSheet(runtime);
  const zone = runtime.spreadsheet.getSpreadsheetTimeZone();
  const utilities = runtime.globals().Utilities as GoogleAppsScript.Utilities.Utilities;
  const label = (v: unknown) => (v instanceof Date ? utilities.formatDate(v, zone, 'MM-dd') : String(v));
  return sheet.getCharts().map((chart) => {
    const [head, ...rows] = chart.getRanges()[0].getValues();
    const options = chart.getOptions();
    const colors = (options.get('colors') as string[] | null) ?? FALLBACK_COLORS;
    const type = (chart as unknown as LocalEmbeddedChart).getType();
    return {
      title: String(options.get('title') ?? ''),
      type: type === 'LINE' || type === 'AREA' ? 'line' : 'bar',
      horizontal: type === 'BAR',
      stacked: options.get('isStacked') === true,
      fill: type === 'AREA',
      labels: rows.map((r) => label(r[0])),
      series: head.slice(1).map((name, i) => ({ label: String(name), data: rows.map((r) => Number(r[i + 1]) || 0), color: colors[i % colors.length] })),
    };
  });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
/** JSON inside a script element: nothing in it may close the element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

const DRAW = `
(function () {
  var charts = JSON.parse(document.getElementById('charts').textContent);
  charts.forEach(function (c, i) {
    new Chart(document.getElementById('chart' + i), {
      type: c.type,
      data: { labels: c.labels, datasets: c.series.map(function (s) {
        return { label: s.label, data: s.data, backgroundColor: s.color, borderColor: s.color, fill: c.fill };
      }) },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, indexAxis: c.horizontal ? 'y' : 'x',
        plugins: { title: { display: true, text: c.title, font: { size: 15 } }, legend: { position: 'bottom' } },
        scales: { x: { stacked: c.stacked, beginAtZero: true }, y: { stacked: c.stacked, beginAtZero: true } }
      }
    });
  });
  document.body.setAttribute('data-drawn', String(charts.length));
})();`;

/** The page: the spreadsheet's name, the charts in a grid (one column on a phone), the library and the data inlined. */
export function dashboardPageHtml(runtime: LocalRuntime): string {
  const lang = langFromLocale(runtime.spreadsheet.getSpreadsheetLocale());
  const sheet = dashboardSheet(runtime);
  const charts = readDashboardCharts(runtime);
  const heading = `${runtime.spreadsheet.getName()} · ${sheet.getName()}`;
  const figures = charts.map((_, i) => `<figure><canvas id="chart${i}"></canvas></figure>`).join('');
  return `<!DOCTYPE html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">`
    + '<meta name="viewport" content="width=device-width,initial-scale=1">'
    + `<title>${escapeHtml(heading)}</title><style>`
    + "body{margin:0;padding:16px;background:#f1f3f4;color:#202124;font-family:Arial,Helvetica,'PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif}"
    + 'h1{margin:0 0 4px;font-size:20px}p{margin:0 0 12px;color:#5f6368;font-size:13px}'
    + 'main{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,520px),1fr));gap:16px}'
    + 'figure{margin:0;padding:12px;background:#fff;border-radius:8px;height:360px;box-sizing:border-box}'
    + `</style></head><body><h1>${escapeHtml(heading)}</h1><p>${escapeHtml(t(lang, 'dash.page.note'))}</p>`
    + `<main>${figures}</main>`
    + `<script id="charts" type="application/json">${scriptJson(charts)}</script>`
    + `<script>${chartJsSource().replace(/<\/script/gi, '<\\/script')}</script><script>${DRAW}</script></body></html>`;
}

/** Writes the page; returns the charts' titles. */
export function writeDashboardPage(runtime: LocalRuntime, file: string): string[] {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, dashboardPageHtml(runtime));
  return readDashboardCharts(runtime).map((c) => c.title);
}
