// The parts around the three steps: who I am (or whom a manager acts for), my counts, my uncleared rows and my month.
import { t } from '../src/i18n';
import { counted, dayLabel, joinNames } from '../src/contract/sidebar';
import type { Lang, SidebarState } from '../src/contract/sidebar';
import { callServer } from './server';
import type { PageContext } from './context';
import { el, errorBox, recheck, showMessage } from './dom';
import { tierBadge } from './picker';
import { paceView } from './view';

/** Whom to ask to be put on Team: the managers it names, else whoever set the sheet up. */
function askWhom(lang: Lang, state: SidebarState): string {
  return state.askWhom.length ? t(lang, 'sb.askManagers', { names: joinNames(lang, state.askWhom) }) : t(lang, 'sb.askSetUp');
}

export function whoAreYou(ctx: PageContext): HTMLElement {
  const { lang, state } = ctx;
  const section = el('section', { class: 'step current' }, el('h2', {}, t(lang, 'sb.whoAreYou')));
  // Signed in with an address Team does not list (a personal one): say whom to ask, rather than offering names
  // that the server would refuse after the click.
  if (state.signedInAs && state.repChoices.length === 0) {
    section.append(
      el('p', {}, t(lang, 'sb.notOnTeam', { email: state.signedInAs })),
      el('p', { class: 'hint' }, askWhom(lang, state)),
    );
    return section;
  }
  if (state.repChoices.length === 0) {
    section.appendChild(el('p', { class: 'muted' }, t(lang, 'sb.noReps')));
    return section;
  }
  const select = el('select', { 'aria-label': t(lang, 'sb.pickName'), 'data-focus': 'me' }, el('option', { value: '' }, t(lang, 'sb.pickName')));
  for (const rep of state.repChoices) select.appendChild(el('option', { value: rep }, rep));
  select.value = ctx.drafts.get('me', 'rep');
  const errors = errorBox();
  select.addEventListener('change', () => {
    ctx.drafts.set('me', 'rep', select.value);
    recheck(errors, select.value ? null : 'sb.pickName');
  });
  const button = el('button', { type: 'button', class: 'action' }, t(lang, 'sb.thatsMe'));
  button.addEventListener('click', () => {
    const rep = select.value;
    if (!rep) return showMessage(errors, t(lang, 'sb.pickName'), { check: 'sb.pickName' });
    ctx.save(button, errors, 'me', () => callServer('sidebarPickRep', rep));
  });
  const hint = state.signedInAs
    ? [el('p', { class: 'hint' }, t(lang, 'sb.signedInAsPick', { email: state.signedInAs })), el('p', { class: 'hint' }, askWhom(lang, state))]
    : [el('p', { class: 'hint' }, t(lang, 'sb.whoAreYouHint'))];
  section.append(...hint, select, errors, el('div', { class: 'buttons' }, button));
  return section;
}

function counts(ctx: PageContext): HTMLElement {
  const { lang, state } = ctx;
  const badges = el('div', { class: 'counts' });
  for (const tier of ['A', 'B', 'C'] as const) {
    const badge = el('span', { class: 'count', title: state.tierDescriptions[tier] || tier }, tierBadge(tier), el('b', {}, String(state.counts[tier])));
    badge.dataset.tier = tier;
    badges.appendChild(badge);
  }
  badges.appendChild(el('span', { class: 'subtle' }, t(lang, 'sb.openCount', { n: state.counts.open })));
  return badges;
}

export function header(ctx: PageContext): HTMLElement {
  const { lang, state } = ctx;
  const me = state.me;
  const refresh = el('button', { type: 'button', class: 'link refresh' }, t(lang, 'sb.refresh'));
  refresh.addEventListener('click', () => ctx.refresh());
  const head = el('header', {}, el('div', { class: 'top' }, el('div', { class: 'app-name' }, t(lang, 'sb.title')), refresh));
  if (me && me.isManager && state.repChoices.length > 0) {
    // Whom a manager acts for is the first thing on the page, as the heading itself: every write below goes to them.
    const select = el('select', { 'aria-label': t(lang, 'sb.actingFor'), class: 'acting-select' });
    const home = ctx.homeRep || me.rep;
    const choices = state.repChoices.indexOf(home) >= 0 ? state.repChoices : [home, ...state.repChoices];
    for (const rep of choices) select.appendChild(el('option', { value: rep }, rep));
    select.value = me.rep;
    select.addEventListener('change', () => ctx.switchRep(select.value));
    head.append(
      el('label', { class: 'acting' }, el('span', {}, t(lang, 'sb.actingFor')), select),
      el('div', { class: 'subtle as-manager' }, t(lang, 'sb.asManager', { email: me.email })),
    );
  } else {
    head.appendChild(el('div', { class: 'me' }, me ? me.rep : ''));
  }
  head.appendChild(el('div', { class: 'subtle today' }, dayLabel(lang, state.today)));
  if (me) head.appendChild(counts(ctx));
  if (me && !state.isWorkingDay) {
    head.appendChild(el('p', { class: 'notice' }, t(lang, 'sb.notWorkingDay', { date: dayLabel(lang, state.nextWorkingDay) })));
  }
  return head;
}

/** How many uncleared rows show before "Show all": the urgent ones first, the rest one click away. */
export const UNCLEARED_SHOWN = 5;

export function unclearedPanel(ctx: PageContext): HTMLElement {
  const { lang, state } = ctx;
  const total = state.uncleared.length;
  const section = el('section', { class: 'panel uncleared' }, el('h2', {}, total ? t(lang, 'sb.uncleared.titleCount', { n: total }) : t(lang, 'sb.uncleared.title')));
  if (total === 0) {
    const none = state.newRep ? 'sb.uncleared.noCustomers' : state.counts.open === 0 ? 'sb.uncleared.noneOpen' : 'sb.uncleared.none';
    section.appendChild(el('p', { class: 'muted' }, t(lang, none)));
    return section;
  }
  const status = el('div', { class: 'status', role: 'status' });
  status.hidden = true;
  const all = ctx.drafts.get('uncleared', 'all') === '1';
  const list = el('ul', {});
  state.uncleared.slice(0, all ? total : UNCLEARED_SHOWN).forEach((c) => {
    const row = el(
      'button',
      { type: 'button', class: `row-link kind-${c.flagKind || 'none'}` },
      el('span', { class: 'customer-name' }, tierBadge(c.tier), el('span', { class: 'name' }, c.customer)),
      el('span', { class: 'flag' }, c.flag),
    );
    row.addEventListener('click', () => ctx.selectRow(c.id, status));
    list.appendChild(el('li', {}, row));
  });
  section.append(el('p', { class: 'hint' }, t(lang, 'sb.uncleared.hint')), list);
  if (total > UNCLEARED_SHOWN) {
    const more = el('button', { type: 'button', class: 'link', 'aria-expanded': all ? 'true' : 'false', 'data-focus': 'uncleared-more' },
      all ? t(lang, 'sb.uncleared.fewer') : t(lang, 'sb.uncleared.showAll', { n: total }));
    more.addEventListener('click', () => {
      ctx.drafts.set('uncleared', 'all', all ? '' : '1');
      ctx.rerender('[data-focus="uncleared-more"]');
    });
    section.appendChild(more);
  }
  section.appendChild(status);
  return section;
}

export function monthPanel(lang: Lang, state: SidebarState): HTMLElement {
  const m = state.month;
  const view = paceView(m, state.newRep);
  const bar = el('div', { class: 'bar', role: 'img', 'aria-label': t(lang, 'sb.month.signed', { n: m.signed }) });
  const band = el('div', { class: 'goal-band' });
  band.style.left = `${view.goalLowPct}%`;
  band.style.width = `${view.goalHighPct - view.goalLowPct}%`;
  const fill = el('div', { class: `fill ${view.status}` });
  fill.style.width = `${view.signedPct}%`;
  const floor = el('div', { class: 'floor-mark' });
  floor.style.left = `${view.floorPct}%`;
  bar.append(band, fill, floor);
  const judged = view.status !== 'new';
  return el(
    'section',
    { class: 'panel month' },
    el('h2', {}, t(lang, 'sb.month.title')),
    el('div', { class: 'pace-line' }, el('b', {}, t(lang, 'sb.month.signed', { n: m.signed })), el('span', { class: `pill ${view.status}` }, t(lang, `sb.month.${view.status}`, { low: m.goalLow, high: m.goalHigh }))),
    bar,
    judged ? el('div', { class: 'facts' }, counted(lang, 'sb.month.floor', view.floorSignings)) : el('div', { class: 'facts' }, t(lang, 'sb.month.newRep')),
    el('div', { class: 'facts' }, t(lang, 'sb.month.goal', { low: m.goalLow, high: m.goalHigh })),
    view.showProjection ? el('div', { class: 'facts projected' }, counted(lang, 'sb.month.projected', m.projected)) : null,
    judged ? el('div', { class: 'facts' }, counted(lang, 'sb.month.targets', m.workingDaysSoFar, { named: m.targetsNamed })) : null,
  );
}
