// The digest as email HTML: tables for the frame, inline styles only (Gmail drops <style> in many clients),
// one column of stacked blocks so it reads the same at 375 px as at 640 px, and no script or external resource.
import { shortDate } from '../domain/calendar';
import type { DigestModel } from '../domain/digestModel';
import { t } from '../i18n';
import { escapeHtml as esc, safeHref } from './escape';
import { chartHtml, chartTitle } from './chart';
import {
  flowLines, intro, listSections, moreText, noTargetHeading, repPhrases, subject, teamPace, totalsLines,
  type Line, type ListSection,
} from './phrases';

const FONT = "font-family:Arial,Helvetica,'PingFang SC','Microsoft YaHei',sans-serif";
/**
 * Long unbroken names (URLs, 200-character customers) wrap instead of widening the mail. Both properties inherit,
 * so the frame's cell carries them once; repeating them per element would only push long digests toward Gmail's
 * 102 KB clipping.
 */
const WRAP = 'word-break:break-word;overflow-wrap:anywhere';
const RED = '#b3261e';
const GREEN = '#1e7b34';
const MUTED = '#5f6368';
const RULE = 'border-top:1px solid #e5e7eb';
const H2 = `margin:20px 0 8px;font-size:16px;line-height:1.3;color:#202124`;
const WARN_BOX = `margin:8px 0;padding:10px 12px;background:#fdecea;border-left:4px solid ${RED};color:${RED}`;

const h2 = (text: string): string => `<h2 style="${H2}">${esc(text)}</h2>`;
const note = (text: string): string => `<p style="margin:4px 0;color:${MUTED}">${esc(text)}</p>`;

/** "Label: value" in the mail's language; both parts are escaped before they meet the (markup-free) template. */
function labelled(m: DigestModel, label: string, value: string, valueStyle = ''): string {
  const shown = valueStyle ? `<span style="${valueStyle}">${esc(value)}</span>` : esc(value);
  return t(m.lang, 'dg.labelled', { label: `<b>${esc(label)}</b>`, value: shown });
}

function line(l: Line): string {
  const color = l.warn ? `color:${RED};font-weight:bold;` : '';
  return `<div style="margin:2px 0;${color}">${esc(l.text)}</div>`;
}

function header(m: DigestModel): string {
  const late = (m.sentLate ? note(t(m.lang, 'dg.sentLate', { date: m.date })) : '')
    + (m.undelivered.length ? `<p style="${WARN_BOX}">${esc(t(m.lang, 'dg.undelivered', { list: m.undelivered.join(', ') }))}</p>` : '');
  const notWorking = m.isWorkingDay ? '' : note(t(m.lang, 'dg.notWorkingDay', { next: shortDate(m.nextWorkingDay, m.lang) }));
  return `<h1 style="margin:0 0 4px;font-size:20px;line-height:1.3;color:#202124">${esc(t(m.lang, 'dg.title'))}</h1>`
    + note(intro(m)) + late + notWorking;
}

function totals(m: DigestModel): string {
  const rows = totalsLines(m).map((r) => {
    const warn = r.warn ? `color:${RED};font-weight:bold;` : '';
    return `<tr><td style="padding:6px 8px 6px 0;${RULE};vertical-align:top">${esc(r.label)}</td>`
      + `<td style="padding:6px 0;${RULE};vertical-align:top;${warn}"><b>${esc(r.value)}</b>`
      + (r.note ? `<br><span style="font-size:12px;${r.warn ? '' : `color:${MUTED};`}">${esc(r.note)}</span>` : '')
      + '</td></tr>';
  }).join('');
  return h2(t(m.lang, 'dg.totals'))
    + `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;table-layout:fixed;border-collapse:collapse;${WRAP}">`
    + `<colgroup><col style="width:50%"><col style="width:50%"></colgroup>${rows}</table>`
    + note(teamPace(m));
}

function noTargetWarning(m: DigestModel): string {
  if (m.reps.length === 0) return '';
  if (m.noTargetTomorrow.length === 0) {
    return `<p style="margin:8px 0;color:${GREEN}">${esc(t(m.lang, 'dg.noTargetTomorrowNone'))}</p>`;
  }
  return `<div style="${WARN_BOX}">${labelled(m, noTargetHeading(m), m.noTargetTomorrow.join(', '))}</div>`;
}

function reps(m: DigestModel): string {
  if (m.reps.length === 0) return h2(t(m.lang, 'dg.reps')) + note(t(m.lang, 'dg.noReps'));
  const blocks = m.reps.map((rep) => {
    const p = repPhrases(m, rep);
    return `<div style="padding:10px 0;${RULE}">`
      + `<div style="font-weight:bold;font-size:15px">${esc(p.name)}</div>`
      + `<div style="margin:2px 0;color:${MUTED}">${esc(p.tiers)}</div>`
      + p.today.map(line).join('') + line(p.tomorrow) + line(p.uncleared) + line(p.month)
      + '</div>';
  }).join('');
  return h2(t(m.lang, 'dg.reps')) + blocks;
}

function list(m: DigestModel, section: ListSection): string {
  if (section.items.length === 0) return h2(section.heading) + note(t(m.lang, 'dg.none'));
  const items = section.items.map((item) => {
    const href = safeHref(item.link);
    const title = `<b>${esc(item.title)}</b>`;
    const link = href
      ? ` <a href="${href}" style="color:#1a73e8;white-space:nowrap">${esc(t(m.lang, 'dg.linkRow'))}</a>`
      : '';
    return `<div style="padding:8px 0;${RULE}">${title} <span style="color:${MUTED}">· ${esc(item.rep)}</span>${link}`
      + item.details.map((d) => `<div style="margin:2px 0">${esc(d)}</div>`).join('')
      + (item.flag ? `<div style="margin:2px 0;color:${RED}">${esc(item.flag)}</div>` : '')
      + '</div>';
  }).join('');
  const more = section.more > 0 ? note(moreText(m, section.more)) : '';
  return h2(section.heading) + items + more;
}

function flow(m: DigestModel): string {
  if (m.flow.length === 0) return '';
  const rows = flowLines(m).map((f) =>
    `<div style="padding:6px 0;${RULE}">${labelled(m, f.rep, f.text, `color:${f.clearing ? GREEN : RED}`)}</div>`).join('');
  return h2(t(m.lang, 'dg.flow')) + rows;
}

export function renderHtml(m: DigestModel): string {
  const body = header(m) + noTargetWarning(m) + totals(m) + reps(m)
    + listSections(m).map((s) => list(m, s)).join('') + flow(m) + h2(chartTitle(m)) + chartHtml(m)
    + `<p style="margin:20px 0 0;font-size:12px;color:${MUTED}">${esc(t(m.lang, 'dg.footer'))}</p>`;
  const lang = m.lang === 'zh' ? 'zh-CN' : 'en';
  return '<!DOCTYPE html>'
    + `<html lang="${lang}"><head><meta charset="utf-8">`
    + '<meta name="viewport" content="width=device-width,initial-scale=1">'
    + `<title>${esc(subject(m))}</title></head>`
    + `<body style="margin:0;padding:0;background:#f1f3f4;${FONT}">`
    + '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;background:#f1f3f4">'
    + '<tr><td align="center" style="padding:12px 6px">'
    + '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
    + `style="width:100%;max-width:640px;table-layout:fixed;background:#ffffff;border-radius:8px;${FONT};font-size:14px;line-height:1.45;color:#202124">`
    + `<tr><td style="padding:16px 14px;text-align:left;${WRAP}">${body}</td></tr>`
    + '</table></td></tr></table></body></html>';
}
