// The digest as plain text, for clients that show no HTML: the same sentences as the HTML, in the same order.
import { shortDate } from '../domain/calendar';
import type { DigestModel } from '../domain/digestModel';
import { t } from '../i18n';
import { isSafeLink } from './escape';
import { chartText, chartTitle } from './chart';
import { flowLines, intro, listSections, moreText, noTargetHeading, repPhrases, teamPace, totalsLines } from './phrases';

const WARN = '!! ';

function heading(text: string): string[] {
  return ['', text, '-'.repeat(Math.min(40, Math.max(8, text.length)))];
}

function warn(text: string, isWarning?: boolean): string {
  return isWarning ? `${WARN}${text}` : text;
}

export function renderText(m: DigestModel): string {
  const { lang } = m;
  const out: string[] = [t(lang, 'dg.title'), intro(m)];
  if (m.sentLate) out.push(t(lang, 'dg.sentLate', { date: m.date }));
  if (m.undelivered.length) out.push(t(lang, 'dg.undelivered', { list: m.undelivered.join(', ') }));
  if (!m.isWorkingDay) out.push(t(lang, 'dg.notWorkingDay', { next: shortDate(m.nextWorkingDay, lang) }));

  if (m.reps.length > 0) {
    out.push('');
    out.push(m.noTargetTomorrow.length
      ? `${WARN}${t(lang, 'dg.labelled', { label: noTargetHeading(m), value: m.noTargetTomorrow.join(', ') })}`
      : t(lang, 'dg.noTargetTomorrowNone'));
  }

  out.push(...heading(t(lang, 'dg.totals')));
  for (const r of totalsLines(m)) out.push(warn(t(lang, 'dg.labelled', { label: r.label, value: r.note ? t(lang, 'dg.noteWrap', { value: r.value, note: r.note }) : r.value }), r.warn));
  out.push(teamPace(m));

  out.push(...heading(t(lang, 'dg.reps')));
  if (m.reps.length === 0) out.push(t(lang, 'dg.noReps'));
  for (const rep of m.reps) {
    const p = repPhrases(m, rep);
    out.push('', `* ${p.name}`, `  ${p.tiers}`);
    for (const l of [...p.today, p.tomorrow, p.uncleared, p.month]) out.push(`  ${warn(l.text, l.warn)}`);
  }

  for (const section of listSections(m)) {
    out.push(...heading(section.heading));
    if (section.items.length === 0) out.push(t(lang, 'dg.none'));
    for (const item of section.items) {
      out.push(`* ${item.title} · ${item.rep}`);
      for (const d of item.details) out.push(`  ${d}`);
      if (item.flag) out.push(`  ${WARN}${item.flag}`);
      if (isSafeLink(item.link)) out.push(`  ${item.link}`);
    }
    if (section.more > 0) out.push(moreText(m, section.more));
  }

  if (m.flow.length > 0) {
    out.push(...heading(t(lang, 'dg.flow')));
    for (const f of flowLines(m)) out.push(warn(t(lang, 'dg.labelled', { label: f.rep, value: f.text }), !f.clearing));
  }
  out.push(...heading(chartTitle(m)), ...chartText(m));
  out.push('', t(lang, 'dg.footer'));
  return out.join('\n') + '\n';
}
