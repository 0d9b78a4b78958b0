// The rep's day in three steps: today's target, its result, the next working day's target. Each customer shows once:
// today's targets as cards in step 1, their results as short lines in step 2, the next day's in step 3. Before
// Reminder hour steps 2 and 3 wait folded to one line each, so a rep at 8:55 sees one short step.
import { t } from '../src/i18n';
import { dayLabel } from '../src/contract/sidebar';
import type { PageContext } from './context';
import { el } from './dom';
import type { Child } from './dom';
import { customerName, customerPicker, customerSummary } from './picker';
import { expandable, recordedResult, resultForm } from './result';
import { hourLabel, nextIsTomorrow, stepOpen } from './view';

const checkMark = () => el('span', { class: 'check', 'aria-hidden': 'true' }, '✓');

function step(className: string, title: string, ...body: Child[]): HTMLElement {
  return el('section', { class: `step ${className}` }, el('h2', { tabindex: '-1' }, title, className === 'done' ? checkMark() : null), ...body);
}

/** A step that is not due yet: what it holds so far, one line saying when it is due, and a button to open it now. */
function folded(ctx: PageContext, stepKey: 'step2' | 'step3', title: string, line: string, openLabel: string, ...before: Child[]): HTMLElement {
  const open = el('button', { type: 'button', class: 'link', 'aria-expanded': 'false', 'data-focus': `${stepKey}-open` }, openLabel);
  open.addEventListener('click', () => {
    ctx.drafts.set('fold', stepKey, '1');
    ctx.rerender(stepKey === 'step2' ? '[data-focus^="result:"]' : '[data-focus="search-tomorrow"]');
  });
  return step('folded', title, ...before, el('p', { class: 'subtle fold-line' }, line), open);
}

export function step3Title(ctx: PageContext): string {
  const { lang, state } = ctx;
  if (nextIsTomorrow(state)) return t(lang, 'sb.step3.title');
  return t(lang, 'sb.step3.titleDay', { day: dayLabel(lang, state.nextWorkingDay) });
}

export function todayStep(ctx: PageContext): HTMLElement {
  const { lang, state } = ctx;
  const title = t(lang, 'sb.step1.title');
  // On a day off nobody is asked for today's target; targets someone set anyway are still shown.
  if (!state.isWorkingDay) {
    const body = state.todayTargets.length
      ? el('div', { class: 'targets' }, ...state.todayTargets.map((c) => customerSummary(ctx, c)))
      : el('p', { class: 'muted' }, t(lang, 'sb.step1.notToday'));
    return step('later collapsed', title, body);
  }
  if (state.todayTargets.length === 0) {
    return step('current', title, el('p', { class: 'hint' }, t(lang, 'sb.step1.hint')), customerPicker(ctx, 'today', []));
  }
  return step(
    'done',
    title,
    el('div', { class: 'targets' }, ...state.todayTargets.map((c) => customerSummary(ctx, c))),
    ...expandable(ctx, 'today', t(lang, 'sb.step1.another'), () => customerPicker(ctx, 'today', state.todayTargets), 'today-more'),
  );
}

export function resultStep(ctx: PageContext): HTMLElement {
  const { lang, state } = ctx;
  const title = t(lang, 'sb.step2.title');
  if (state.todayTargets.length === 0) {
    if (!state.isWorkingDay) return step('later collapsed', title, el('p', { class: 'muted' }, t(lang, 'sb.step2.notToday')));
    return step('later folded', title, el('p', { class: 'subtle' }, t(lang, 'sb.step2.empty')));
  }
  const pending = state.todayTargets.filter((c) => !c.result);
  const recorded = state.todayTargets.filter((c) => c.result).map((c) => recordedResult(ctx, c));
  if (pending.length === 0) return step(state.isWorkingDay ? 'done' : 'later collapsed', title, ...recorded);
  if (!stepOpen(state, ctx.drafts.get('fold', 'step2') === '1')) {
    const line = t(lang, 'sb.step2.folded', { hour: hourLabel(state.reminderHour) });
    return folded(ctx, 'step2', title, line, t(lang, 'sb.step2.open'), ...recorded);
  }
  return step(state.isWorkingDay ? 'current' : 'later collapsed', title, ...recorded, ...pending.map((c) => resultForm(ctx, c)));
}

export function tomorrowStep(ctx: PageContext): HTMLElement {
  const { lang, state } = ctx;
  const owed = state.needsTomorrowTarget;
  const title = step3Title(ctx);
  const day = dayLabel(lang, state.nextWorkingDay);
  // Today's targets are carried over from step 2, not picked again here.
  const excluded = [...state.tomorrowTargets, ...state.todayTargets];
  if (!owed) {
    const todayIds = state.todayTargets.map((c) => c.id);
    return step(
      'done',
      title,
      el('p', { class: 'subtle' }, t(lang, 'sb.step3.for', { date: day })),
      el('p', { class: 'done-note' }, t(lang, 'sb.step3.done')),
      el('div', { class: 'targets' }, ...state.tomorrowTargets.map((c) => (todayIds.indexOf(c.id) >= 0 ? customerName(c) : customerSummary(ctx, c)))),
      ...expandable(ctx, 'tomorrow', t(lang, 'sb.step3.another', { day }), () => customerPicker(ctx, 'tomorrow', excluded), 'tomorrow-more'),
    );
  }
  const openedByHand = ctx.drafts.get('fold', 'step3') === '1';
  if (!stepOpen(state, openedByHand)) {
    return folded(ctx, 'step3', title, t(lang, 'sb.step3.folded', { date: day, hour: hourLabel(state.reminderHour) }), t(lang, 'sb.step3.open'));
  }
  // Due (the afternoon, or a day off): highlighted until it is done. Opened early by hand, it is just the next step.
  const due = state.phase === 'afternoon' || !state.isWorkingDay;
  const body: Child[] = [el('p', { class: 'subtle' }, t(lang, 'sb.step3.for', { date: day }))];
  if (due) body.push(el('p', { class: 'owed-note' }, t(lang, 'sb.step3.owed', { day })));
  body.push(customerPicker(ctx, 'tomorrow', excluded));
  return step(due ? (state.isWorkingDay ? 'owed' : 'owed current') : 'current', title, ...body);
}
