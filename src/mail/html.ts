// The digest as email HTML: tables for the frame, inline styles only (Gmail drops <style> in many clients),
// one column of stacked blocks so it reads the same at 375 px as at 640 px, and no script or external resource.
// Ordered by action: the preview line, the link to the sheet and the key figures first, then each rep's card with
// every A customer, then the uncleared rows most urgent first.
import type { DigestModel, FlagLine } from '../domain/digestModel';
import type { FlagKind } from '../domain/types';
import { flagColor } from '../domain/rules';
import { t } from '../i18n';
import { escapeHtml as esc, safeHref } from './escape';
import { chartHtml, chartTitle } from './chart';
import {
  flowLines, intro, keyFigures, legend, listSections, moreText, notWorkingDay, openText, preheader, repPhrases, subject,
  totalsLines, type Line, type ListItem,
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
const LINK = '#1a73e8';
const RULE = 'border-top:1px solid #e5e7eb';
const H2 = 'margin:20px 0 6px;font-size:16px;line-height:1.3;color:#202124';
const WARN_BOX = `margin:8px 0;padding:8px 10px;background:#fdecea;border-left:4px solid ${RED};color:${RED}`;

const h2 = (text: string): string => `<h2 style="${H2}">${esc(text)}</h2>`;
const note = (text: string): string => `<p style="margin:4px 0;color:${MUTED}">${esc(text)}</p>`;
const anchor = (href: string, text: string): string => `<a href="${href}" style="color:${LINK}">${esc(text)}</a>`;

function line(l: Line): string {
  const color = l.warn ? `color:${RED};font-weight:bold;` : '';
  return `<div style="margin:2px 0;${color}">${esc(l.text)}</div>`;
}

/** A square in the row's sheet colour, so the reason and the sheet's highlight read as one. */
function swatch(kind: FlagKind): string {
  return `<span style="color:${flagColor(kind)}">&#9632;</span> `;
}

function flags(list: FlagLine[]): string {
  return list.map((f) => `<div style="margin:2px 0;color:${RED}">${swatch(f.kind)}${esc(f.text)}</div>`).join('');
}

/** "… and 3 more · Open the pipeline": a cut list always ends with the way to the rest. */
function more(m: DigestModel, count: number): string {
  if (count <= 0) return '';
  const href = safeHref(m.sheetUrl);
  return `<p style="margin:6px 0;color:${MUTED}">${esc(moreText(m, count))}${href ? ` · ${anchor(href, openText(m))}` : ''}</p>`;
}

function header(m: DigestModel): string {
  const href = safeHref(m.sheetUrl);
  const open = href
    ? `<p style="margin:8px 0 0"><a href="${href}" style="display:inline-block;padding:6px 12px;border-radius:4px;background:${LINK};color:#ffffff;text-decoration:none;font-weight:bold">${esc(openText(m))}</a></p>`
    : '';
  const late = (m.sentLate ? note(t(m.lang, 'dg.sentLate', { date: m.date })) : '')
    + (m.undelivered.length ? `<p style="${WARN_BOX}">${esc(t(m.lang, 'dg.undelivered', { list: m.undelivered.join(', ') }))}</p>` : '');
  const notWorking = notWorkingDay(m) ? note(notWorkingDay(m)) : '';
  return `<h1 style="margin:0 0 2px;font-size:20px;line-height:1.3;color:#202124">${esc(t(m.lang, 'dg.title'))}</h1>`
    + note(intro(m)) + open + late + notWorking;
}

/** The figures that matter, on the first screen: today's targets signed, today, the month, who has no next target. */
function keyBlock(m: DigestModel): string {
  if (m.reps.length === 0) return h2(t(m.lang, 'dg.reps')) + note(t(m.lang, 'dg.noReps'));
  const k = keyFigures(m);
  const noTarget = k.noTarget === null ? ''
    : 'label' in k.noTarget
      ? `<div style="${WARN_BOX}">${t(m.lang, 'dg.labelled', { label: `<b>${esc(k.noTarget.label)}</b>`, value: esc(k.noTarget.names) })}</div>`
      : `<p style="margin:8px 0;color:${GREEN}">${esc(k.noTarget.allSet)}</p>`;
  return `<div style="margin:14px 0 4px;font-size:13px;color:${MUTED}">${esc(k.targetsLabel)}</div>`
    + `<div style="font-size:26px;line-height:1.2;font-weight:bold">${esc(k.targetsValue)}</div>`
    + noTarget
    + `<div style="margin:2px 0">${esc(k.signedToday)}</div>`
    + line(k.month)
    + totalsLines(m).map((l) => `<div style="margin:2px 0">${esc(l)}</div>`).join('')
    + `<p style="margin:4px 0;font-size:12px;color:${MUTED}">${esc(k.pace)}</p>`;
}

function item(m: DigestModel, it: ListItem): string {
  const href = safeHref(it.link);
  const link = href ? ` <a href="${href}" style="color:${LINK};white-space:nowrap">${esc(t(m.lang, 'dg.linkRow'))}</a>` : '';
  const rep = it.rep ? ` <span style="color:${MUTED}">· ${esc(it.rep)}</span>` : '';
  return `<div style="padding:6px 0;${RULE}"><b>${esc(it.title)}</b>${rep}${link}`
    + it.details.map((d) => `<div style="margin:2px 0">${esc(d)}</div>`).join('')
    + flags(it.flags)
    + '</div>';
}

/**
 * A rep's A customers, one block each; past Gmail's clip at the shortest (clip.ts) only their names in one run, a
 * flagged one led by its most urgent flag's colour — never fewer customers.
 */
function aList(m: DigestModel, items: ListItem[]): string {
  if ((m.aCompact ?? 0) < 4) return items.map((a) => item(m, a)).join('');
  if (items.length === 0) return '';
  const names = items.map((a) => `${a.flags.length ? swatch(a.flags[0].kind) : ''}${esc(a.title)}`).join(' · ');
  return `<div style="padding:6px 0;${RULE}">${names}</div>`;
}

function reps(m: DigestModel): string {
  if (m.reps.length === 0) return '';
  const cards = m.reps.map((rep) => {
    const p = repPhrases(m, rep);
    const lines = [...p.today, p.next, p.month, ...(p.uncleared ? [p.uncleared] : []), ...(p.pushed ? [p.pushed] : [])];
    return `<div style="margin:10px 0;padding:10px 12px;border:1px solid #dadce0;border-radius:6px">`
      + `<div style="font-weight:bold;font-size:15px">${esc(p.name)}</div>`
      + `<div style="margin:2px 0;color:${MUTED}">${esc(p.tiers)}</div>`
      + lines.map(line).join('')
      + more(m, p.pushedMore)
      + `<div style="margin:8px 0 0;font-weight:bold">${esc(p.aHeading)}</div>`
      + aList(m, p.aItems)
      + more(m, p.aMore)
      + '</div>';
  }).join('');
  return h2(t(m.lang, 'dg.reps')) + ((m.aCompact ?? 0) > 0 ? note(t(m.lang, 'dg.aCompact')) : '') + cards;
}

function legendLine(m: DigestModel): string {
  const l = legend(m);
  const items = l.items.map((x) => `${swatch(x.kind)}${esc(x.text)}`).join(' · ');
  return `<p style="margin:6px 0;font-size:12px;color:${MUTED}">${t(m.lang, 'dg.labelled', { label: esc(l.title), value: items })}</p>`;
}

function lists(m: DigestModel): string {
  return listSections(m).map((section, i) => {
    const body = section.items.length === 0 && section.more === 0
      ? note(t(m.lang, 'dg.none'))
      : section.items.map((it) => item(m, it)).join('') + more(m, section.more);
    // The legend sits under the uncleared rows, whose reasons carry the colours.
    return h2(section.heading) + body + (i === 0 ? legendLine(m) : '');
  }).join('');
}

function flow(m: DigestModel): string {
  if (m.flow.length === 0 && !m.flowMore) return '';
  const rows = flowLines(m).map((f) =>
    `<div style="padding:4px 0;${RULE}">${t(m.lang, 'dg.labelled', { label: `<b>${esc(f.rep)}</b>`, value: `<span style="color:${f.clearing ? GREEN : RED}">${esc(f.text)}</span>` })}</div>`).join('');
  return h2(t(m.lang, 'dg.flow')) + rows + more(m, m.flowMore ?? 0);
}

/**
 * Hidden text right after <body>: the inbox shows it beside the subject. The run of zero-width joiners keeps the
 * mail's first visible words from trailing after it in clients that show more.
 */
function preheaderHtml(m: DigestModel): string {
  return '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;line-height:1px;color:#f1f3f4">'
    + `${esc(preheader(m))}${'&#8204;&nbsp;'.repeat(30)}</div>`;
}

export function renderHtml(m: DigestModel): string {
  const body = header(m) + keyBlock(m) + reps(m) + lists(m) + flow(m) + h2(chartTitle(m)) + chartHtml(m)
    + `<p style="margin:20px 0 0;font-size:12px;color:${MUTED}">${esc(t(m.lang, 'dg.footer'))}</p>`;
  const lang = m.lang === 'zh' ? 'zh-CN' : 'en';
  return '<!DOCTYPE html>'
    + `<html lang="${lang}"><head><meta charset="utf-8">`
    + '<meta name="viewport" content="width=device-width,initial-scale=1">'
    + `<title>${esc(subject(m))}</title></head>`
    + `<body style="margin:0;padding:0;background:#f1f3f4;${FONT}">`
    + preheaderHtml(m)
    + '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;background:#f1f3f4">'
    + '<tr><td align="center" style="padding:12px 6px">'
    + '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
    + `style="width:100%;max-width:640px;table-layout:fixed;background:#ffffff;border-radius:8px;${FONT};font-size:14px;line-height:1.45;color:#202124">`
    + `<tr><td style="padding:16px 14px;text-align:left;${WRAP}">${body}</td></tr>`
    + '</table></td></tr></table></body></html>';
}
