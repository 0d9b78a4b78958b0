// The rep's day in three steps: today's target, its result, tomorrow's target.
import { t } from '../src/i18n';
import { REASON_CATEGORIES, TEXT_LIMITS } from '../src/contract/sidebar';
import type { SidebarCustomer } from '../src/contract/sidebar';
import { callServer } from './server';
import type { PageContext } from './context';
import { el, showMessage } from './dom';
import type { Child } from './dom';
import { customerPicker, customerSummary, tierBadge } from './picker';
import { formatDay, isOutcome, OUTCOMES, repForWrites, resultArgsFromDraft } from './view';

const checkMark = () => el('span', { class: 'check', 'aria-hidden': 'true' }, '✓');

function step(className: string, title: string, ...body: Child[]): HTMLElement {
  return el('section', { class: `step ${className}` }, el('h2', {}, title, className === 'done' ? checkMark() : null), ...body);
}

/** A button that shows or hides an extra picker; whether it is open is part of the draft, so it survives re-renders. */
function expandable(ctx: PageContext, form: string, label: string, content: () => HTMLElement): HTMLElement[] {
  const open = ctx.drafts.get(form, 'open') === '1';
  const holder = el('div', { class: 'expand-holder' });
  if (open) holder.appendChild(content());
  const toggle = el('button', { type: 'button', class: 'link', 'aria-expanded': open ? 'true' : 'false' }, label);
  toggle.addEventListener('click', () => {
    const nowOpen = ctx.drafts.get(form, 'open') !== '1';
    ctx.drafts.set(form, 'open', nowOpen ? '1' : '');
    toggle.setAttribute('aria-expanded', nowOpen ? 'true' : 'false');
    holder.replaceChildren(...(nowOpen ? [content()] : []));
  });
  return [toggle, holder];
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
    return step('current', title, el('p', { class: 'hint' }, t(lang, 'sb.step1.hint')), customerPicker(ctx, 'today'));
  }
  return step(
    'done',
    title,
    el('div', { class: 'targets' }, ...state.todayTargets.map((c) => customerSummary(ctx, c))),
    ...expandable(ctx, 'today', t(lang, 'sb.step1.another'), () => customerPicker(ctx, 'today')),
  );
}

/** Signed and Dropped rows are closed; a Not signed row is still open, so its result may be changed today. */
function recordedResult(ctx: PageContext, c: SidebarCustomer): HTMLElement {
  const outcome = c.result || 'signed';
  const change = outcome === 'notSigned' ? expandable(ctx, `result:${c.id}`, t(ctx.lang, 'sb.changeResult'), () => resultForm(ctx, c, true)) : [];
  return el(
    'div',
    { class: 'recorded' },
    el('div', { class: 'customer-name' }, tierBadge(c.tier), el('span', { class: 'name' }, c.customer)),
    el('span', { class: `pill ${outcome}` }, t(ctx.lang, `sb.recorded.${outcome}`)),
    c.reason ? el('div', { class: 'facts' }, c.reason) : null,
    ...change,
  );
}

function resultForm(ctx: PageContext, c: SidebarCustomer, changing = false): HTMLElement {
  const { lang, drafts } = ctx;
  const form = `result:${c.id}`;
  const details = el('div', { class: 'details' });
  const outcomes = el('div', { class: 'segmented', role: 'radiogroup', 'aria-label': c.customer });
  const showDetails = () => {
    const outcome = drafts.get(form, 'outcome');
    details.hidden = !isOutcome(outcome) || outcome === 'signed';
    nextStepField.hidden = outcome !== 'notSigned';
    for (const label of Array.from(outcomes.children) as HTMLElement[]) {
      label.classList.toggle('selected', label.dataset.value === outcome);
    }
  };
  for (const outcome of OUTCOMES) {
    const radio = el('input', { type: 'radio', name: `outcome-${c.id}`, value: outcome });
    radio.checked = drafts.get(form, 'outcome') === outcome;
    radio.addEventListener('change', () => {
      drafts.set(form, 'outcome', outcome);
      showDetails();
    });
    const label = el('label', { class: `segment ${outcome}` }, radio, el('span', {}, t(lang, `sb.outcome.${outcome}`)));
    label.dataset.value = outcome;
    outcomes.appendChild(label);
  }

  const category = el('select', { 'aria-label': t(lang, 'sb.reasonCategory') }, el('option', { value: '' }, t(lang, 'sb.reason.choose')));
  for (const reason of REASON_CATEGORIES) category.appendChild(el('option', { value: reason }, t(lang, `sv.reason.${reason}`)));
  category.value = drafts.get(form, 'reasonCategory');
  category.addEventListener('change', () => drafts.set(form, 'reasonCategory', category.value));
  // The page stops typing at the server's stated limits (SPEC "Limits"), so nothing typed is refused at save.
  const reasonText = el('textarea', { rows: '2', maxlength: String(TEXT_LIMITS.reasonText), 'aria-label': t(lang, 'sb.reasonText'), placeholder: t(lang, 'sb.reasonText') });
  reasonText.value = drafts.get(form, 'reasonText');
  reasonText.addEventListener('input', () => drafts.set(form, 'reasonText', reasonText.value));
  const nextStep = el('input', { type: 'text', maxlength: String(TEXT_LIMITS.nextStep), 'aria-label': t(lang, 'sb.nextStep'), placeholder: t(lang, 'sb.nextStep') });
  nextStep.value = drafts.get(form, 'nextStep', c.nextStep);
  nextStep.addEventListener('input', () => drafts.set(form, 'nextStep', nextStep.value));
  const nextStepField = el('label', { class: 'field' }, el('span', {}, t(lang, 'sb.nextStep')), nextStep);
  details.append(
    el('label', { class: 'field' }, el('span', {}, t(lang, 'sb.reasonCategory')), category),
    el('label', { class: 'field' }, el('span', {}, t(lang, 'sb.reasonText')), reasonText),
    nextStepField,
  );
  showDetails();

  const errorBox = el('div', { class: 'error', role: 'alert' });
  errorBox.hidden = true;
  const button = el('button', { type: 'button', class: 'action' }, t(lang, 'sb.saveResult'));
  button.addEventListener('click', () => {
    const checked = resultArgsFromDraft(c, drafts.form(form), repForWrites(ctx.state.me));
    if (!checked.ok) return showMessage(errorBox, t(lang, checked.error));
    ctx.save(button, errorBox, form, () => callServer('sidebarRecordResult', checked.value));
  });

  return el(
    'div',
    { class: 'result-form' },
    changing ? null : customerSummary(ctx, c),
    el('p', { class: 'hint' }, t(lang, 'sb.step2.pending')),
    outcomes,
    details,
    errorBox,
    el('div', { class: 'buttons' }, button),
  );
}

export function resultStep(ctx: PageContext): HTMLElement {
  const { lang, state } = ctx;
  const title = t(lang, 'sb.step2.title');
  if (state.todayTargets.length === 0) {
    const empty = state.isWorkingDay ? 'sb.step2.empty' : 'sb.step2.notToday';
    return step(state.isWorkingDay ? 'later' : 'later collapsed', title, el('p', { class: 'muted' }, t(lang, empty)));
  }
  const pending = state.todayTargets.filter((c) => !c.result);
  const recorded = state.todayTargets.filter((c) => c.result);
  let status = pending.length ? 'current' : 'done';
  if (!state.isWorkingDay) status = 'later collapsed';
  return step(
    status,
    title,
    ...recorded.map((c) => recordedResult(ctx, c)),
    ...pending.map((c) => resultForm(ctx, c)),
  );
}

export function tomorrowStep(ctx: PageContext): HTMLElement {
  const { lang, state } = ctx;
  const owed = state.needsTomorrowTarget;
  const title = el('h2', {}, t(lang, 'sb.step3.title'), owed ? null : checkMark());
  const body: Child[] = [el('p', { class: 'subtle' }, t(lang, 'sb.step3.for', { date: formatDay(lang, state.nextWorkingDay) }))];
  if (owed) body.push(el('p', { class: 'owed-note' }, t(lang, 'sb.step3.owed')));
  else body.push(el('p', { class: 'done-note' }, t(lang, 'sb.step3.done')));
  if (state.tomorrowTargets.length) {
    body.push(el('div', { class: 'targets' }, ...state.tomorrowTargets.map((c) => customerSummary(ctx, c))));
  }
  if (owed) body.push(customerPicker(ctx, 'tomorrow'));
  else body.push(...expandable(ctx, 'tomorrow', t(lang, 'sb.step3.another'), () => customerPicker(ctx, 'tomorrow')));
  // On a day off, tomorrow's target is the only thing the day asks for.
  const current = state.isWorkingDay ? '' : ' current';
  return el('section', { class: `step ${owed ? 'owed' : 'done'}${current}` }, title, ...body);
}
