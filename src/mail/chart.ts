// The digest's small chart of the last 14 working days: open A/B/C per logged day as stacked bars made of table cells
// with inline widths and colours — Gmail (web and phone) keeps tables, width/bgcolor attributes and inline
// backgrounds, and drops scripts, SVG and <style>; an image would need a server. In the plain-text part it is one
// sparkline of the open counts.
import { shortDate } from '../domain/calendar';
import { DIGEST_CHART_DAYS, TIER_COLORS } from '../domain/dashboard';
import type { DigestModel } from '../domain/digestModel';
import { TIERS } from '../domain/types';
import { t } from '../i18n';
import { escapeHtml as esc } from './escape';

const MUTED = '#5f6368';
const BAR_HEIGHT = 12;
const SPARKS = '▁▂▃▄▅▆▇█';

type Day = DigestModel['chart'][number];

const total = (d: Day): number => d.A + d.B + d.C;

/** A segment's share of the bar column, one decimal: the longest day fills it. */
export function barPercent(count: number, longest: number): number {
  return longest > 0 ? Math.round((count * 1000) / longest) / 10 : 0;
}

export function chartTitle(m: DigestModel): string {
  return t(m.lang, 'dg.chart.title', { days: DIGEST_CHART_DAYS });
}

// Attributes rather than inline CSS where mail clients honour both: the chart is 14 rows of cells, and every byte counts
// toward Gmail's 102 KB clipping.
function cell(percent: number, color: string | null): string {
  return `<td width="${percent}%" height="${BAR_HEIGHT}"${color ? ` bgcolor="${color}"` : ''}></td>`;
}

const BAR_TABLE = '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="table-layout:fixed">';

function bar(d: Day, longest: number): string {
  const segments = TIERS.filter((tier) => d[tier] > 0).map((tier) => ({ percent: barPercent(d[tier], longest), color: TIER_COLORS[tier] }));
  const rest = Math.round((100 - segments.reduce((n, s) => n + s.percent, 0)) * 10) / 10;
  const cells = segments.map((s) => cell(s.percent, s.color)).join('') + (rest > 0 ? cell(rest, null) : '');
  return `${BAR_TABLE}<tr>${cells}</tr></table>`;
}

function legend(m: DigestModel): string {
  const key = TIERS.map((tier) => `<span style="color:${TIER_COLORS[tier]}">&#9632;</span>&nbsp;${esc(t(m.lang, `dash.col.${tier}`))}`).join(' &nbsp; ');
  return `<p style="margin:4px 0 6px;font-size:12px;color:${MUTED}">${key}</p>`;
}

/**
 * The legend, one row per logged day (date, stacked bar, A+B+C) and the text part's summary under it, or a line saying
 * there is no log yet.
 */
export function chartHtml(m: DigestModel): string {
  if (m.chart.length === 0) return `<p style="margin:4px 0;color:${MUTED}">${esc(t(m.lang, 'dg.chart.none'))}</p>`;
  const longest = Math.max(...m.chart.map(total));
  const dateWidth = m.lang === 'zh' ? 64 : 48;
  // Widths on the cells themselves: some clients drop <colgroup>, and a fixed table takes its columns from row one.
  const rows = m.chart.map((d) => {
    const label = t(m.lang, 'dg.chart.day', { date: shortDate(d.date, m.lang), A: d.A, B: d.B, C: d.C });
    return `<tr title="${esc(label)}"><td width="${dateWidth}" style="color:${MUTED}">${esc(shortDate(d.date, m.lang))}</td>`
      + `<td>${bar(d, longest)}</td><td width="32" align="right">${total(d)}</td></tr>`;
  }).join('');
  return legend(m)
    + '<table role="presentation" width="100%" cellpadding="1" cellspacing="0" border="0" style="table-layout:fixed;font-size:12px;white-space:nowrap">'
    + `${rows}</table>`
    + chartText(m).map((line) => `<p style="margin:4px 0 0;font-size:12px;color:${MUTED}">${esc(line)}</p>`).join('');
}

/** ▁▂▃▄▅▆▇█ from the lowest to the highest day (a flat line when they are all the same). */
export function sparkline(values: number[]): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return values.map((v) => SPARKS[high === low ? 3 : Math.round(((v - low) / (high - low)) * (SPARKS.length - 1))]).join('');
}

/** The chart in text: the sparkline of open A+B+C with its first and last value, then the last day's A/B/C. */
export function chartText(m: DigestModel): string[] {
  if (m.chart.length === 0) return [t(m.lang, 'dg.chart.none')];
  const first = m.chart[0];
  const last = m.chart[m.chart.length - 1];
  return [
    t(m.lang, 'dg.chart.spark', {
      spark: sparkline(m.chart.map(total)), first: total(first), last: total(last),
      from: shortDate(first.date, m.lang), to: shortDate(last.date, m.lang),
    }),
    t(m.lang, 'dg.chart.day', { date: shortDate(last.date, m.lang), A: last.A, B: last.B, C: last.C }),
  ];
}
