// Keeping the Dashboard (SPEC "Dashboard"): the figures from the rows already read and the Daily Log already read
// by the run, written to the sheet, and the chart ids remembered in the document's properties between runs.
import { dashboardBlock, dashboardData } from '../domain/dashboard';
import type { DailyLogRow } from '../domain/summary';
import type { Row } from '../domain/types';
import { t } from '../i18n';
import { isUserError } from '../i18n/errors';
import { emptyDashboardMemory, writeDashboard, type DashboardMemory, type DashboardWrite } from '../sheets/dashboard';
import type { DocContext } from './context';
import { documentStore } from './store';

const MEMORY_KEY = 'dc.dashboard';

function parseMemory(raw: string | null): DashboardMemory | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<DashboardMemory>;
    return { ...emptyDashboardMemory(), ...parsed, charts: { ...parsed.charts }, rows: { ...parsed.rows } };
  } catch {
    return null; // a memory that cannot be read is a lost one: the charts are found again by their ranges
  }
}

/** Writes the Dashboard from `rows` (the Pipeline as this run read it) and `log` (the Daily Log's recent rows). */
export function keepDashboard(ctx: DocContext, rows: Row[], log: DailyLogRow[]): DashboardWrite {
  const store = documentStore(ctx.ss.getId());
  const raw = store.getProperty(MEMORY_KEY);
  const data = dashboardData({ rows, team: ctx.team, log, today: ctx.today, settings: ctx.settings });
  const written = writeDashboard(ctx.ss, ctx.lang, ctx.timeZone, dashboardBlock(data, ctx.lang), parseMemory(raw));
  const json = JSON.stringify(written.memory);
  if (json !== raw) store.setProperty(MEMORY_KEY, json);
  return written;
}

/**
 * The Dashboard kept, or why not in the document's language: a run records the reason where the manager reads it
 * (the run record, Set up's report) and goes on with what matters more, the digests.
 */
export function dashboardErrors(ctx: DocContext, rows: Row[], log: DailyLogRow[]): string[] {
  try {
    keepDashboard(ctx, rows, log);
    return [];
  } catch (e) {
    const error = isUserError(e) ? t(ctx.lang, e.key, e.params) : e instanceof Error ? e.message : String(e);
    return [t(ctx.lang, 'dash.failed', { error })];
  }
}
