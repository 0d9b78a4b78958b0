// A manager's team at a glance, above the rep they act for: each rep's target today, its result, and the next
// working day's target — the three questions of the morning meeting and the evening check. A click acts for that rep.
import { t } from '../src/i18n';
import { joinNames, weekdayLabel } from '../src/contract/sidebar';
import type { Outcome, TeamRepDay } from '../src/contract/sidebar';
import type { PageContext } from './context';
import { el } from './dom';

function resultWords(ctx: PageContext, result: Outcome | null): string {
  return t(ctx.lang, result ? `sb.team.result.${result}` : 'sb.team.result.none');
}

function repLine(ctx: PageContext, day: TeamRepDay): HTMLElement {
  const { lang, state } = ctx;
  const acting = state.me !== null && state.me.rep === day.rep;
  const name = el('button', { type: 'button', class: 'rep-link', 'aria-current': acting ? 'true' : undefined }, day.rep);
  name.addEventListener('click', () => {
    if (!acting) ctx.switchRep(day.rep);
  });
  const today = day.today.length
    ? joinNames(lang, day.today.map((c) => t(lang, 'sb.team.target', { customer: c.customer, result: resultWords(ctx, c.result) })))
    : t(lang, 'sb.team.noTarget');
  const next = day.next.length ? joinNames(lang, day.next) : t(lang, 'sb.team.noNext');
  const weekday = weekdayLabel(lang, state.nextWorkingDay);
  return el(
    'li',
    { class: acting ? 'acting-now' : '' },
    name,
    el('div', { class: `facts${day.today.length ? '' : ' warn'}` }, t(lang, 'sb.team.today', { text: today })),
    el('div', { class: `facts${day.next.length ? '' : ' warn'}` }, t(lang, 'sb.team.next', { day: weekday, text: next })),
  );
}

export function teamPanel(ctx: PageContext): HTMLElement | null {
  const { lang, state } = ctx;
  if (!state.me || !state.me.isManager || state.team.length === 0) return null;
  const targets = state.team.flatMap((d) => d.today);
  const signed = targets.filter((c) => c.result === 'signed').length;
  const withNext = state.team.filter((d) => d.next.length > 0).length;
  const summary = t(lang, 'sb.team.summary', {
    signed, targets: targets.length, day: weekdayLabel(lang, state.nextWorkingDay), ready: withNext, reps: state.team.length,
  });
  return el(
    'section',
    { class: 'panel team' },
    el('h2', {}, t(lang, 'sb.team.title')),
    el('p', { class: 'team-summary' }, summary),
    el('ul', {}, ...state.team.map((d) => repLine(ctx, d))),
  );
}
