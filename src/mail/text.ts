// The digest as plain text, for clients that show no HTML: the same sentences as the HTML, in the same order.
import type { DigestModel } from '../domain/digestModel';
import { t } from '../i18n';
import { isSafeLink } from './escape';
import { chartText, chartTitle } from './chart';
import {
  flowLines, intro, keyFigures, legend, listSections, moreText, notWorkingDay, openText, repPhrases,
  totalsLines, type ListItem,
} from './phrases';

const WARN = '!! ';

function heading(text: string): string[] {
  return ['', text, '-'.repeat(Math.min(40, Math.max(8, text.length)))];
}

function warn(text: string, isWarning?: boolean): string {
  return isWarning ? `${WARN}${text}` : text;
}

function itemLines(it: ListItem, indent: string): string[] {
  return [
    `${indent}* ${it.rep ? `${it.title} · ${it.rep}` : it.title}`,
    ...it.details.map((d) => `${indent}  ${d}`),
    ...it.flags.map((f) => `${indent}  ${WARN}${f.text}`),
    ...(isSafeLink(it.link) ? [`${indent}  ${it.link}`] : []),
  ];
}

/** "… and 3 more · Open the pipeline: https://…". */
function moreLine(m: DigestModel, count: number): string {
  const link = isSafeLink(m.sheetUrl) ? ` · ${t(m.lang, 'dg.labelled', { label: openText(m), value: m.sheetUrl })}` : '';
  return `${moreText(m, count)}${link}`;
}

export function renderText(m: DigestModel): string {
  const { lang } = m;
  const out: string[] = [t(lang, 'dg.title'), intro(m)];
  if (isSafeLink(m.sheetUrl)) out.push(t(lang, 'dg.labelled', { label: openText(m), value: m.sheetUrl }));
  if (m.sentLate) out.push(t(lang, 'dg.sentLate', { date: m.date }));
  if (m.undelivered.length) out.push(t(lang, 'dg.undelivered', { list: m.undelivered.join(', ') }));
  if (notWorkingDay(m)) out.push(notWorkingDay(m));

  if (m.reps.length === 0) {
    out.push(...heading(t(lang, 'dg.reps')), t(lang, 'dg.noReps'));
  } else {
    const k = keyFigures(m);
    out.push('', t(lang, 'dg.labelled', { label: k.targetsLabel, value: k.targetsValue }));
    if (k.noTarget) out.push('label' in k.noTarget ? `${WARN}${t(lang, 'dg.labelled', { label: k.noTarget.label, value: k.noTarget.names })}` : k.noTarget.allSet);
    out.push(k.signedToday, warn(k.month.text, k.month.warn), ...totalsLines(m), k.pace);

    out.push(...heading(t(lang, 'dg.reps')));
    if ((m.aCompact ?? 0) > 0) out.push(t(lang, 'dg.aCompact'));
    for (const rep of m.reps) {
      const p = repPhrases(m, rep);
      out.push('', `* ${p.name}`, `  ${p.tiers}`);
      for (const l of [...p.today, p.next, p.month, p.uncleared, p.pushed]) if (l) out.push(`  ${warn(l.text, l.warn)}`);
      if (p.pushedMore > 0) out.push(`  ${moreLine(m, p.pushedMore)}`);
      out.push(`  ${p.aHeading}`);
      for (const a of p.aItems) out.push(...itemLines(a, '  '));
      if (p.aMore > 0) out.push(`  ${moreLine(m, p.aMore)}`);
    }
  }

  listSections(m).forEach((section, i) => {
    out.push(...heading(section.heading));
    if (section.items.length === 0 && section.more === 0) out.push(t(lang, 'dg.none'));
    for (const it of section.items) out.push(...itemLines(it, ''));
    if (section.more > 0) out.push(moreLine(m, section.more));
    if (i === 0) {
      const l = legend(m);
      out.push(t(lang, 'dg.labelled', { label: l.title, value: l.items.map((x) => x.text).join(' · ') }));
    }
  });

  if (m.flow.length > 0 || m.flowMore) {
    out.push(...heading(t(lang, 'dg.flow')));
    for (const f of flowLines(m)) out.push(warn(t(lang, 'dg.labelled', { label: f.rep, value: f.text }), !f.clearing));
    if (m.flowMore) out.push(moreLine(m, m.flowMore));
  }
  out.push(...heading(chartTitle(m)), ...chartText(m));
  out.push('', t(lang, 'dg.footer'));
  return out.join('\n') + '\n';
}
