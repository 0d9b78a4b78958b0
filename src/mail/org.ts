// The organisation's mail: the manager's morning brief, the director's roll-up and the rep's nudge — HTML (inline
// styles, one column, ≤ 640 px, nothing external) and plain text with the same facts. Every sheet value is escaped.
import type { MorningBrief, Nudge, Rollup, RollupTeam } from '../domain/org';
import type { Lang } from '../domain/types';
import { shortDate } from '../domain/calendar';
import { t } from '../i18n';
import { escapeHtml as esc, safeHref } from './escape';
import type { RenderedDigest } from './render';

const FONT = "font-family:Arial,Helvetica,'PingFang SC','Microsoft YaHei',sans-serif";
const RED = '#b3261e';
const MUTED = '#5f6368';
const WRAP = 'word-break:break-word;overflow-wrap:anywhere';

const join = (lang: Lang, items: string[]) => items.join(lang === 'zh' ? '、' : ', ');
const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ');

function frame(lang: Lang, preview: string, body: string, url: string): string {
  const href = safeHref(url);
  const open = href ? `<p style="margin:12px 0"><a href="${href}" style="color:#1a73e8">${esc(t(lang, 'org.open'))}</a></p>` : '';
  return `<!doctype html><html lang="${lang}"><body style="margin:0;padding:0;background:#fff">`
    + `<div style="display:none;max-height:0;overflow:hidden">${esc(preview)}</div>`
    + `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">`
    + `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;width:100%">`
    + `<tr><td style="padding:16px;${FONT};font-size:14px;line-height:1.5;color:#202124;${WRAP}">${body}${open}</td></tr>`
    + `</table></td></tr></table></body></html>`;
}

const h1 = (text: string) => `<h1 style="margin:0 0 8px;font-size:20px;line-height:1.3">${esc(text)}</h1>`;
const h2 = (text: string, warn = false) => `<h2 style="margin:16px 0 4px;font-size:16px;line-height:1.3;${warn ? `color:${RED}` : ''}">${esc(text)}</h2>`;
const p = (text: string, style = '') => `<p style="margin:2px 0;${style}">${esc(text)}</p>`;

export function renderBrief(m: MorningBrief): RenderedDigest {
  const { lang } = m;
  const date = m.date;
  const named = m.reps.length - m.without.length;
  const preview = t(lang, 'org.brief.preview', { named, reps: m.reps.length });
  const lines: string[] = [t(lang, 'org.brief.title'), preview];
  const html: string[] = [h1(t(lang, 'org.brief.title')), p(`${m.sheetName} · ${date}`, `color:${MUTED}`)];
  const without = m.without.length ? t(lang, 'org.brief.without', { list: join(lang, m.without) }) : t(lang, 'org.brief.allNamed');
  html.push(p(without, m.without.length ? `color:${RED};font-weight:bold` : ''));
  lines.push(without, '');
  for (const r of m.reps) {
    const head = t(lang, 'org.brief.rep', { rep: r.rep, A: r.A, B: r.B, C: r.C });
    const today = r.targets.length ? t(lang, 'org.brief.targets', { list: join(lang, r.targets) }) : t(lang, 'org.brief.noTarget');
    html.push(h2(head, r.targets.length === 0), p(today, r.targets.length ? '' : `color:${RED}`));
    lines.push(head, `  ${today}`);
  }
  if (m.sheetUrl) lines.push('', `${t(lang, 'org.open')}: ${m.sheetUrl}`);
  return {
    subject: oneLine(t(lang, 'org.brief.subject', { team: m.sheetName, date })),
    html: frame(lang, preview, html.join(''), m.sheetUrl),
    text: lines.join('\n'),
  };
}

function teamLines(lang: Lang, team: RollupTeam): { head: string; warn: string | null; facts: string[] } {
  const head = team.region
    ? t(lang, 'org.rollup.team', { team: team.team, region: team.region, reps: team.reps })
    : t(lang, 'org.rollup.teamNoRegion', { team: team.team, reps: team.reps });
  const facts = [
    t(lang, 'org.rollup.abc', { A: team.A, B: team.B, C: team.C }),
    t(lang, 'org.rollup.named', { named: team.named.length, reps: team.reps }),
    ...team.named.map((n) => `  ${t(lang, 'org.rollup.who', { rep: n.rep, list: join(lang, n.customers) })}`),
    ...(team.without.length ? [t(lang, 'org.rollup.without', { list: join(lang, team.without) })] : []),
    t(lang, 'org.rollup.yesterday', { signed: team.yesterdaySigned, named: team.yesterdayNamed }),
    t(lang, 'org.rollup.month', { signed: team.monthSigned, floor: team.floorSoFar, low: team.goalLow, high: team.goalHigh }),
    t(lang, 'org.rollup.flow', { uncleared: team.uncleared, added: team.weekAdded, out: team.weekOut }),
  ];
  return { head, warn: team.named.length ? null : t(lang, 'org.rollup.noTarget'), facts };
}

export function renderRollup(m: Rollup): RenderedDigest {
  const { lang } = m;
  const without = m.teams.filter((x) => x.named.length === 0).length;
  const preview = t(lang, 'org.rollup.preview', { without });
  const html: string[] = [h1(t(lang, 'org.rollup.title')), p(`${m.sheetName} · ${m.date}`, `color:${MUTED}`)];
  const lines: string[] = [t(lang, 'org.rollup.title'), `${m.sheetName} · ${m.date}`, preview, ''];
  for (const team of m.teams) {
    const { head, warn, facts } = teamLines(lang, team);
    html.push(h2(head, warn !== null));
    if (warn) html.push(p(warn, `color:${RED};font-weight:bold`));
    facts.forEach((f) => html.push(p(f)));
    lines.push(head, ...(warn ? [warn] : []), ...facts, '');
  }
  if (m.sheetUrl) lines.push(`${t(lang, 'org.open')}: ${m.sheetUrl}`);
  return {
    subject: oneLine(t(lang, 'org.rollup.subject', { date: m.date, named: m.teams.length - without, teams: m.teams.length })),
    html: frame(lang, preview, html.join(''), m.sheetUrl),
    text: lines.join('\n'),
  };
}

export function renderNudge(n: Nudge): RenderedDigest {
  const { lang } = n;
  const lines: string[] = [];
  if (n.kind === 'morning') {
    lines.push(t(lang, 'org.nudge.morning', { rep: n.rep }));
    if (n.aCustomers.length) {
      lines.push(t(lang, 'org.nudge.aList'));
      n.aCustomers.forEach((a) => lines.push(`• ${t(lang, 'org.nudge.aItem', { customer: a.customer, days: a.daysAsA ?? '?', next: a.nextStep || '—' })}`));
    } else lines.push(t(lang, 'org.nudge.noA'));
  } else {
    if (n.noResult.length) lines.push(t(lang, 'org.nudge.noResult', { list: join(lang, n.noResult) }));
    if (n.needsNextTarget) lines.push(t(lang, 'org.nudge.nextTarget', { day: shortDate(n.nextDay, lang) }));
  }
  const subject = t(lang, n.kind === 'morning' ? 'org.nudge.morningSubject' : 'org.nudge.reminderSubject', { date: n.date });
  const text = [...lines, ...(n.sheetUrl ? ['', `${t(lang, 'org.open')}: ${n.sheetUrl}`] : [])].join('\n');
  return { subject: oneLine(subject), html: frame(lang, lines[0] ?? '', lines.map((l) => p(l)).join(''), n.sheetUrl), text };
}
