// The parts around the three steps: who I am, my counts, my uncleared rows and my month.
import { t } from '../src/i18n';
import type { Lang } from '../src/contract/sidebar';
import type { SidebarState } from '../src/contract/sidebar';
import { callServer } from './server';
import type { PageContext } from './context';
import { el, showMessage } from './dom';
import { tierBadge } from './picker';
import { formatCount, formatDay, paceView } from './view';

export function whoAreYou(ctx: PageContext): HTMLElement {
  const { lang, state } = ctx;
  const section = el('section', { class: 'step current' }, el('h2', {}, t(lang, 'sb.whoAreYou')));
  if (state.repChoices.length === 0) {
    section.appendChild(el('p', { class: 'muted' }, t(lang, 'sb.noReps')));
    return section;
  }
  const select = el('select', { 'aria-label': t(lang, 'sb.pickName') }, el('option', { value: '' }, t(lang, 'sb.pickName')));
  for (const rep of state.repChoices) select.appendChild(el('option', { value: rep }, rep));
  select.value = ctx.drafts.get('me', 'rep');
  select.addEventListener('change', () => ctx.drafts.set('me', 'rep', select.value));
  const errorBox = el('div', { class: 'error', role: 'alert' });
  errorBox.hidden = true;
  const button = el('button', { type: 'button', class: 'action' }, t(lang, 'sb.thatsMe'));
  button.addEventListener('click', () => {
    const rep = select.value;
    if (!rep) return showMessage(errorBox, t(lang, 'sb.pickName'));
    ctx.save(button, errorBox, 'me', () => callServer('sidebarPickRep', rep));
  });
  section.append(el('p', { class: 'hint' }, t(lang, 'sb.whoAreYouHint')), select, errorBox, el('div', { class: 'buttons' }, button));
  return section;
}

export function header(ctx: PageContext): HTMLElement {
  const { lang, state } = ctx;
  const me = state.me;
  const badges = el('div', { class: 'counts' });
  for (const tier of ['A', 'B', 'C'] as const) {
    const badge = el('span', { class: 'count', title: state.tierDescriptions[tier] || tier }, tierBadge(tier), el('b', {}, String(state.counts[tier])));
    badge.dataset.tier = tier;
    badges.appendChild(badge);
  }
  badges.appendChild(el('span', { class: 'subtle' }, t(lang, 'sb.openCount', { n: state.counts.open })));
  const refresh = el('button', { type: 'button', class: 'link refresh' }, t(lang, 'sb.refresh'));
  refresh.addEventListener('click', () => ctx.refresh());
  const head = el(
    'header',
    {},
    el('div', { class: 'top' }, el('div', { class: 'app-name' }, t(lang, 'sb.title')), refresh),
    el('div', { class: 'me' }, me ? me.rep : ''),
    el('div', { class: 'subtle today' }, formatDay(lang, state.today)),
    me ? badges : null,
  );
  if (me && me.isManager && state.repChoices.length > 0) {
    const select = el('select', { 'aria-label': t(lang, 'sb.actingFor') });
    const home = ctx.homeRep || me.rep;
    const choices = state.repChoices.indexOf(home) >= 0 ? state.repChoices : [home, ...state.repChoices];
    for (const rep of choices) select.appendChild(el('option', { value: rep }, rep));
    select.value = me.rep;
    select.addEventListener('change', () => ctx.switchRep(select.value));
    head.appendChild(el('label', { class: 'field acting' }, el('span', {}, t(lang, 'sb.actingFor')), select));
  }
  if (me && !state.isWorkingDay) {
    head.appendChild(el('p', { class: 'notice' }, t(lang, 'sb.notWorkingDay', { date: formatDay(lang, state.nextWorkingDay) })));
  }
  return head;
}

export function unclearedPanel(ctx: PageContext): HTMLElement {
  const { lang, state } = ctx;
  const section = el('section', { class: 'panel uncleared' }, el('h2', {}, t(lang, 'sb.uncleared.title')));
  if (state.uncleared.length === 0) {
    section.appendChild(el('p', { class: 'muted' }, t(lang, 'sb.uncleared.none')));
    return section;
  }
  const status = el('div', { class: 'status', role: 'status' });
  status.hidden = true;
  const list = el('ul', {});
  for (const c of state.uncleared) {
    const row = el(
      'button',
      { type: 'button', class: 'row-link' },
      el('span', { class: 'customer-name' }, tierBadge(c.tier), el('span', { class: 'name' }, c.customer)),
      el('span', { class: 'flag' }, c.flag),
    );
    row.addEventListener('click', () => ctx.selectRow(c.id, status));
    list.appendChild(el('li', {}, row));
  }
  section.append(el('p', { class: 'hint' }, t(lang, 'sb.uncleared.hint')), list, status);
  return section;
}

export function monthPanel(lang: Lang, state: SidebarState): HTMLElement {
  const m = state.month;
  const view = paceView(m);
  const bar = el('div', { class: 'bar', role: 'img', 'aria-label': t(lang, 'sb.month.signed', { n: m.signed }) });
  const band = el('div', { class: 'goal-band' });
  band.style.left = `${view.goalLowPct}%`;
  band.style.width = `${view.goalHighPct - view.goalLowPct}%`;
  const fill = el('div', { class: `fill ${view.status}` });
  fill.style.width = `${view.signedPct}%`;
  const floor = el('div', { class: 'floor-mark' });
  floor.style.left = `${view.floorPct}%`;
  bar.append(band, fill, floor);
  return el(
    'section',
    { class: 'panel month' },
    el('h2', {}, t(lang, 'sb.month.title')),
    el('div', { class: 'pace-line' }, el('b', {}, t(lang, 'sb.month.signed', { n: m.signed })), el('span', { class: `pill ${view.status}` }, t(lang, `sb.month.${view.status}`, { low: m.goalLow, high: m.goalHigh }))),
    bar,
    el('div', { class: 'facts' }, t(lang, 'sb.month.floor', { n: formatCount(m.floorSoFar) })),
    el('div', { class: 'facts' }, t(lang, 'sb.month.goal', { low: m.goalLow, high: m.goalHigh })),
    view.showProjection ? el('div', { class: 'facts projected' }, t(lang, 'sb.month.projected', { n: formatCount(m.projected) })) : null,
    el('div', { class: 'facts' }, t(lang, 'sb.month.targets', { n: m.targetsNamed, days: m.workingDaysSoFar })),
  );
}
