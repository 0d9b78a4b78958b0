// Choosing a customer for a day: one of my open customers (A first, as the server orders them) or a new one.
import { t } from '../src/i18n';
import { TEXT_LIMITS } from '../src/contract/sidebar';
import type { SidebarCustomer } from '../src/contract/sidebar';
import { callServer } from './server';
import type { PageContext } from './context';
import { el, showMessage } from './dom';
import { customerFacts, NEW_CUSTOMER, pickableCustomers, repForWrites, targetArgsFromDraft } from './view';

export function tierBadge(tier: string | null): HTMLElement {
  return el('span', { class: `badge tier-${tier ? tier.toLowerCase() : 'none'}` }, tier || '?');
}

export function customerSummary(ctx: PageContext, c: SidebarCustomer): HTMLElement {
  return el(
    'div',
    { class: 'customer' },
    el('div', { class: 'customer-name' }, tierBadge(c.tier), el('span', { class: 'name' }, c.customer)),
    el('div', { class: 'facts' }, customerFacts(ctx.lang, c).join(' · ')),
    c.nextStep ? el('div', { class: 'next-step' }, t(ctx.lang, 'sb.nextStepLine', { text: c.nextStep })) : null,
  );
}

export function customerPicker(ctx: PageContext, which: 'today' | 'tomorrow'): HTMLElement {
  const { lang, state, drafts } = ctx;
  const form = which;
  const taken = which === 'today' ? state.todayTargets : state.tomorrowTargets;
  const customers = pickableCustomers(state.customers, taken);
  const radioName = `pick-${which}`;
  const options: HTMLElement[] = [];

  const newFields = el('div', { class: 'new-fields' });
  const nameInput = el('input', {
    type: 'text',
    'aria-label': t(lang, 'sb.customerName'),
    placeholder: t(lang, 'sb.customerName'),
    maxlength: String(TEXT_LIMITS.customer),
  });
  nameInput.value = drafts.get(form, 'name');
  nameInput.addEventListener('input', () => drafts.set(form, 'name', nameInput.value));
  const tierSelect = el('select', { 'aria-label': t(lang, 'sb.tier') });
  for (const tier of ['A', 'B', 'C'] as const) {
    const description = state.tierDescriptions[tier];
    tierSelect.appendChild(el('option', { value: tier }, description ? `${tier} — ${description}` : tier));
  }
  tierSelect.value = drafts.get(form, 'tier', 'A');
  tierSelect.addEventListener('change', () => drafts.set(form, 'tier', tierSelect.value));
  newFields.append(nameInput, tierSelect);

  const choose = (value: string) => {
    drafts.set(form, 'choice', value);
    for (const option of options) option.classList.toggle('selected', option.dataset.value === value);
    newFields.hidden = value !== NEW_CUSTOMER;
  };
  const option = (value: string, body: HTMLElement): HTMLElement => {
    const radio = el('input', { type: 'radio', name: radioName, value });
    radio.checked = drafts.get(form, 'choice') === value;
    radio.addEventListener('change', () => choose(value));
    const label = el('label', { class: 'option' }, radio, body);
    label.dataset.value = value;
    options.push(label);
    return label;
  };

  const list = el('div', { class: 'options', role: 'radiogroup' });
  if (customers.length === 0) list.appendChild(el('p', { class: 'muted' }, t(lang, 'sb.pick.empty')));
  for (const c of customers) list.appendChild(option(c.id, customerSummary(ctx, c)));
  const newOption = option(NEW_CUSTOMER, el('div', { class: 'customer-name' }, t(lang, 'sb.newCustomer')));
  // A customer picked earlier may have left the list since (targeted, signed): then nothing is picked — unless
  // there is nothing else to pick, when the name box is what the rep needs.
  const earlier = drafts.get(form, 'choice');
  if (earlier === NEW_CUSTOMER || customers.some((c) => c.id === earlier)) choose(earlier);
  else choose(customers.length === 0 ? NEW_CUSTOMER : '');
  const newRadio = newOption.querySelector('input');
  if (newRadio) newRadio.checked = drafts.get(form, 'choice') === NEW_CUSTOMER;

  const errorBox = el('div', { class: 'error', role: 'alert' });
  errorBox.hidden = true;
  const button = el('button', { type: 'button', class: 'action' }, t(lang, which === 'today' ? 'sb.step1.set' : 'sb.step3.set'));
  button.addEventListener('click', () => {
    const checked = targetArgsFromDraft(which, drafts.form(form), repForWrites(state.me));
    if (!checked.ok) return showMessage(errorBox, t(lang, checked.error));
    ctx.save(button, errorBox, form, () => callServer('sidebarSetTarget', checked.value));
  });

  return el('div', { class: 'picker' }, scrollCue(lang, list), newOption, newFields, errorBox, el('div', { class: 'buttons' }, button));
}

/** The customer list scrolls inside a fixed height; a fade and a hint say so while more lies below the last visible card. */
function scrollCue(lang: PageContext['lang'], list: HTMLElement): HTMLElement {
  const hint = el('div', { class: 'more-below', 'aria-hidden': 'true' }, el('span', {}, t(lang, 'sb.moreBelow')));
  const wrap = el('div', { class: 'options-wrap' }, list, hint);
  const update = () => {
    const more = list.scrollHeight - list.scrollTop - list.clientHeight > 4;
    hint.hidden = !more;
    wrap.classList.toggle('has-more', more);
  };
  hint.hidden = true;
  list.addEventListener('scroll', update, { passive: true });
  // Heights are known only once the list is in the page; a ResizeObserver reports that first layout and any resize.
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(update).observe(list);
  else requestAnimationFrame(update);
  return wrap;
}
