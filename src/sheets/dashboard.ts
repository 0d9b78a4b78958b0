// The Dashboard (看板) sheet: the data block written in one setValues, and three native charts on its ranges, kept by
// the chart ids the add-on remembers (app/ keeps them in document properties and passes them in and out). A chart is
// changed only through EmbeddedChart.modify(), so the place and size the team gave it stay; a chart that is gone is
// drawn again; charts the team added themselves are never touched.
import type { Lang } from '../domain/types';
import {
  BLOCK_WIDTH, DASHBOARD_DAYS, DASHBOARD_TABLES, DASHBOARD_WEEKS, HEADER_ROW, TABLE_COLUMNS, TIER_COLORS, type DashboardBlock, type DashboardTable,
} from '../domain/dashboard';
import { GOAL_HIGH, GOAL_LOW } from '../domain/pace';
import { t } from '../i18n';
import { matchesName, type Bilingual } from './headers';
import { sheetValue } from './values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** What the add-on remembers of the Dashboard between runs (JSON in document properties). */
export interface DashboardMemory {
  sheetId: number | null;
  charts: Partial<Record<DashboardTable, number>>;
  /** Data rows each chart's range was last given, and the language of the titles: a chart is rebuilt only on a change. */
  rows: Partial<Record<DashboardTable, number>>;
  lang: Lang | '';
  /** Rows of the block last written, so a shorter block blanks what a longer one left. */
  height: number;
}

export const DASHBOARD_NAMES: Bilingual = { en: t('en', 'dash.sheet'), zh: t('zh', 'dash.sheet') };

/** The charts sit at the top, where a manager looks first; the block they draw from starts below them. */
export const BLOCK_TOP = 40;
const BLOCK_LEFT = 1;

interface ChartSpec {
  type: 'COLUMN' | 'BAR';
  /** Columns of the table the chart draws (from its first). */
  width: number;
  anchor: { row: number; col: number };
  title: (lang: Lang) => string;
  options: Record<string, unknown>;
}

const CHARTS: Record<DashboardTable, ChartSpec> = {
  days: {
    type: 'COLUMN', width: 4, anchor: { row: 1, col: 1 },
    title: (lang) => t(lang, 'dash.chart.abc', { days: DASHBOARD_DAYS }),
    options: { isStacked: true, colors: [TIER_COLORS.A, TIER_COLORS.B, TIER_COLORS.C] },
  },
  weeks: {
    type: 'COLUMN', width: 3, anchor: { row: 1, col: 8 },
    title: (lang) => t(lang, 'dash.chart.flow', { weeks: DASHBOARD_WEEKS }),
    options: { colors: ['#1a73e8', '#188038'] },
  },
  reps: {
    type: 'BAR', width: 5, anchor: { row: 20, col: 1 },
    title: (lang) => t(lang, 'dash.chart.pace', { low: GOAL_LOW, high: GOAL_HIGH }),
    options: { colors: ['#1a73e8', '#9aa0a6', '#81c995', '#188038'], 'hAxis.viewWindow.min': 0 },
  },
};

export function emptyDashboardMemory(): DashboardMemory {
  return { sheetId: null, charts: {}, rows: {}, lang: '', height: 0 };
}

/** The Dashboard tab: the one remembered by id (the team may rename it), else by name, else a new one at the end. */
function dashboardSheet(ss: Spreadsheet, memory: DashboardMemory, lang: Lang): { sheet: Sheet; found: 'id' | 'name' | 'new' } {
  const byId = memory.sheetId === null ? null : ss.getSheetById(memory.sheetId);
  if (byId) return { sheet: byId, found: 'id' };
  const byName = ss.getSheets().find((s) => matchesName(s.getName(), DASHBOARD_NAMES));
  if (byName) return { sheet: byName, found: 'name' };
  // After the team's own tabs; inserting a sheet activates it, so the person's tab is given back.
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(DASHBOARD_NAMES[lang], ss.getNumSheets());
  if (active) ss.setActiveSheet(active);
  sheet.protect().setDescription(t(lang, 'dash.protection')).setWarningOnly(true);
  return { sheet, found: 'new' };
}

function chartRange(sheet: Sheet, table: DashboardTable, rows: number): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(BLOCK_TOP + HEADER_ROW, BLOCK_LEFT + TABLE_COLUMNS[table].col, 1 + rows, CHARTS[table].width);
}

function newChart(sheet: Sheet, table: DashboardTable, rows: number, lang: Lang): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  const spec = CHARTS[table];
  let builder: Builder = sheet.newChart()
    .setChartType(Charts.ChartType[spec.type])
    .addRange(chartRange(sheet, table, rows))
    .setNumHeaders(1)
    .setPosition(spec.anchor.row, spec.anchor.col, 0, 0)
    .setOption('title', spec.title(lang))
    .setOption('legend', { position: 'bottom' })
    // Dates as categories: one bar per logged day, no gaps for weekends.
    .setOption('treatLabelsAsText', true);
  for (const [option, value] of Object.entries(spec.options)) builder = builder.setOption(option, value);
  return builder.build();
}

export interface DashboardWrite {
  memory: DashboardMemory;
  /** Charts drawn anew this time (first run, or the team deleted one). */
  created: DashboardTable[];
  /** Charts whose range or title changed. */
  updated: DashboardTable[];
}

/**
 * Writes the block in one setValues (padding with blanks over what a longer block left) and keeps the three charts:
 * a remembered chart gets a new range or title only when its rows or the language changed (a chart reads its range
 * live, so new values need no chart call); a missing one is drawn again and its id remembered.
 */
export function writeDashboard(ss: Spreadsheet, lang: Lang, timeZone: string, block: DashboardBlock, remembered: DashboardMemory | null): DashboardWrite {
  const memory = remembered ?? emptyDashboardMemory();
  const { sheet, found } = dashboardSheet(ss, memory, lang);
  // Unknown leftovers (a lost memory, a sheet made by hand) are found once; a remembered block knows its own size.
  const previous = found === 'id' ? memory.height : Math.max(0, sheet.getLastRow() - BLOCK_TOP + 1);
  const height = Math.max(block.cells.length, previous);
  const values = Array.from({ length: height }, (_, r) =>
    r < block.cells.length ? block.cells[r].map((c) => sheetValue(c, timeZone)) : Array<string>(BLOCK_WIDTH).fill(''));
  sheet.getRange(BLOCK_TOP, BLOCK_LEFT, height, BLOCK_WIDTH).setValues(values);

  const charts = sheet.getCharts();
  const ids = new Map(charts.map((c) => [c.getChartId(), c] as const));
  const sameSheet = found === 'id';
  const next: DashboardMemory = {
    sheetId: sameSheet ? memory.sheetId : sheet.getSheetId(), charts: {}, rows: { ...block.rows }, lang, height: block.cells.length,
  };
  for (const table of DASHBOARD_TABLES) {
    const id = sameSheet ? memory.charts[table] : undefined;
    if (id !== undefined && ids.has(id)) next.charts[table] = id;
  }
  // Charts drawn before the memory was lost (another store, a copy of the file) are found by where their range starts.
  if (DASHBOARD_TABLES.some((table) => next.charts[table] === undefined)) claimByRange(charts, next);
  const created: DashboardTable[] = [];
  const updated: DashboardTable[] = [];
  for (const table of DASHBOARD_TABLES) {
    const id = next.charts[table];
    const chart = id === undefined ? undefined : ids.get(id);
    if (!chart) {
      sheet.insertChart(newChart(sheet, table, block.rows[table], lang));
      created.push(table);
      continue;
    }
    const claimed = !sameSheet || memory.charts[table] !== id;
    if (!claimed && memory.rows[table] === block.rows[table] && memory.lang === lang) continue;
    const builder = chart.modify().clearRanges().addRange(chartRange(sheet, table, block.rows[table]));
    sheet.updateChart((claimed || memory.lang !== lang ? builder.setOption('title', CHARTS[table].title(lang)) : builder).build());
    updated.push(table);
  }
  if (created.length) claimByRange(sheet.getCharts().filter((c) => !ids.has(c.getChartId())), next);
  return { memory: next, created, updated };
}

/**
 * Gives each table without a chart the chart among `charts` whose range starts at the table's header (a chart has no
 * id until it is in the sheet, so a new one is found this way too). Charts already remembered are left to their table.
 */
function claimByRange(charts: GoogleAppsScript.Spreadsheet.EmbeddedChart[], memory: DashboardMemory): void {
  const taken = new Set(Object.values(memory.charts));
  const open = new Map(DASHBOARD_TABLES.filter((table) => memory.charts[table] === undefined)
    .map((table) => [BLOCK_LEFT + TABLE_COLUMNS[table].col, table] as const));
  for (const chart of charts) {
    const id = chart.getChartId();
    if (id === null || taken.has(id) || open.size === 0) continue;
    const first = chart.getRanges()[0];
    if (!first || first.getRow() !== BLOCK_TOP + HEADER_ROW) continue;
    const table = open.get(first.getColumn());
    if (!table) continue;
    memory.charts[table] = id;
    open.delete(first.getColumn());
    taken.add(id);
  }
}
