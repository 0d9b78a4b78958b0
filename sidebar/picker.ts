// Choosing a customer for a day: one of my open customers (A first, as the server orders them) or a new one. A rep
// with 200 customers types a few letters or picks a tier: the list narrows as they type.
import { t } from '../src/i18n';
import { counted, dayLabel, TEXT_LIMITS } from '../src/contract/sidebar';
import type { SidebarCustomer, Tier } from '../src/contract/sidebar';
import { callServer } from './server';
import type { PageContext } from './context';
import { el, errorBox, recheck, showMessage } from './dom';
import {
  customerFacts, matchesPick, NEW_CUSTOMER, nextIsTomorrow, pickableCustomers, repForWrites, targetArgsFromDraft, type TierFilter,
} from './view';

export function tierBadge(tier: string | null): HTMLElement {
  return el('span', { class: `badge tier-${tier ? tier.toLowerCase() : 'none'}` }, tier || '?');
}

export function customerName(c: Pick<SidebarCustomer, 'tier' | 'customer'>): HTMLElement {
  return el('div', { class: 'customer-name' }, tierBadge(c.tier), el('span', { class: 'name' }, c.customer));
}

/** A customer's card: name, facts, and (unless compact) the next step. */
export function customerSummary(ctx: PageContext, c: SidebarCustomer, compact = false): HTMLElement {
  return el(
    'div',
    { class: 'customer' },
    customerName(c),
    el('div', { class: 'facts' }, customerFacts(ctx.lang, c).join(' · ')),
    !compact && c.nextStep ? el('div', { class: 'next-step' }, t(ctx.lang, 'sb.nextStepLine', { text: c.nextStep })) : null,
  );
}

const TIERS: readonly Tier[] = ['A', 'B', 'C'];

/** Search box and A/B/C filter; `apply` shows the options that match. Both are drafts, so a re-render keeps them. */
function pickTools(ctx: PageContext, form: string, which: string, customers: SidebarCustomer[], apply: () => void, pickFirst: () => void): HTMLElement {
  const { lang, drafts } = ctx;
  const search = el('input', {
    type: 'search',
    'aria-label': t(lang, 'sb.pick.search'),
    placeholder: counted(lang, 'sb.pick.searchPlaceholder', customers.length),
    'data-focus': `search-${which}`,
    autocomplete: 'off',
  });
  search.value = drafts.get(form, 'q');
  search.addEventListener('input', () => {
    drafts.set(form, 'q', search.value);
    apply();
  });
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    pickFirst();
  });
  const filter = el('div', { class: 'tier-filter', role: 'group', 'aria-label': t(lang, 'sb.pick.tierFilter') });
  const buttons: HTMLButtonElement[] = [];
  const choices: TierFilter[] = ['', ...TIERS];
  for (const tier of choices) {
    const n = tier ? customers.filter((c) => c.tier === tier).length : customers.length;
    const label = tier ? `${tier} ${n}` : t(lang, 'sb.pick.all');
    const button = el('button', { type: 'button', class: 'chip', 'aria-pressed': 'false' }, label);
    button.dataset.tier = tier;
    button.addEventListener('click', () => {
      drafts.set(form, 'tier-filter', tier);
      for (const b of buttons) b.setAttribute('aria-pressed', b.dataset.tier === tier ? 'true' : 'false');
      apply();
    });
    button.setAttribute('aria-pressed', drafts.get(form, 'tier-filter') === tier ? 'true' : 'false');
    buttons.push(button);
    filter.appendChild(button);
  }
  return el('div', { class: 'pick-tools' }, search, customers.length > 1 ? filter : null);
}

/**
 * The picker for today's or the next working day's target. `excluded` are customers shown elsewhere (already targeted
 * for that day; for the next day, today's targets, which step 2 carries over).
 */
export function customerPicker(ctx: PageContext, which: 'today' | 'tomorrow', excluded: SidebarCustomer[]): HTMLElement {
  const { lang, state, drafts } = ctx;
  const form = which;
  const customers = pickableCustomers(state.customers, excluded);
  const radioName = `pick-${which}`;
  const options: HTMLElement[] = [];
  const errors = errorBox();

  const nameInput = el('input', {
    type: 'text',
    'aria-label': t(lang, 'sb.customerName'),
    placeholder: t(lang, 'sb.customerName'),
    maxlength: String(TEXT_LIMITS.customer),
  });
  nameInput.value = drafts.get(form, 'name');
  const tierSelect = el('select', { 'aria-label': t(lang, 'sb.tier') });
  for (const tier of TIERS) {
    const description = state.tierDescriptions[tier];
    tierSelect.appendChild(el('option', { value: tier }, description ? `${tier} — ${description}` : tier));
  }
  tierSelect.value = drafts.get(form, 'tier', 'A');
  tierSelect.addEventListener('change', () => drafts.set(form, 'tier', tierSelect.value));
  const newFields = el('div', { class: 'new-fields' }, nameInput, tierSelect);

  // A customer whose target passed with no result moves on only as a carry-over: the reason is asked right here.
  const carryNote = el('p', { class: 'carry-note' });
  const carryReason = el('textarea', { rows: '2', maxlength: String(TEXT_LIMITS.reasonText), 'aria-label': t(lang, 'sb.carry.reason'), placeholder: t(lang, 'sb.carry.reason') });
  carryReason.value = drafts.get(form, 'carryReason');
  const carryFields = el('div', { class: 'carry-fields' }, carryNote, carryReason);

  const picked = () => customers.find((c) => c.id === drafts.get(form, 'choice'));
  const check = () => {
    const checked = targetArgsFromDraft(which, drafts.form(form), repForWrites(state.me), picked());
    return checked.ok ? null : checked.error;
  };
  const choose = (value: string) => {
    drafts.set(form, 'choice', value);
    for (const option of options) option.classList.toggle('selected', option.dataset.value === value);
    newFields.hidden = value !== NEW_CUSTOMER;
    // Typed into the search and found nothing: that is the new customer's name.
    if (value === NEW_CUSTOMER && !nameInput.value && drafts.get(form, 'q').trim()) {
      nameInput.value = drafts.get(form, 'q').trim();
      drafts.set(form, 'name', nameInput.value);
    }
    const c = picked();
    const carry = which === 'tomorrow' && c !== undefined && c.pushIfMoved;
    carryFields.hidden = !carry;
    if (carry && c) carryNote.textContent = t(lang, 'sb.carry.pastNote', { date: dayLabel(lang, c.target) });
    recheck(errors, check());
  };
  nameInput.addEventListener('input', () => {
    drafts.set(form, 'name', nameInput.value);
    recheck(errors, check());
  });
  carryReason.addEventListener('input', () => {
    drafts.set(form, 'carryReason', carryReason.value);
    recheck(errors, check());
  });
  const option = (value: string, body: HTMLElement): HTMLElement => {
    const radio = el('input', { type: 'radio', name: radioName, value });
    radio.checked = drafts.get(form, 'choice') === value;
    radio.addEventListener('change', () => choose(value));
    const label = el('label', { class: 'option' }, radio, body);
    label.dataset.value = value;
    options.push(label);
    return label;
  };

  const list = el('div', { class: 'options', role: 'radiogroup', 'aria-label': t(lang, 'sb.pick.list') });
  const noMatch = el('p', { class: 'muted no-match' });
  const count = el('p', { class: 'pick-count subtle', 'aria-live': 'polite' });
  if (customers.length === 0) list.appendChild(el('p', { class: 'muted' }, t(lang, 'sb.pick.empty')));
  customers.forEach((c, i) => {
    const label = option(c.id, customerSummary(ctx, c, true));
    label.dataset.index = String(i);
    list.appendChild(label);
  });
  list.appendChild(noMatch);
  const shownOptions = () => options.filter((o) => o.dataset.index !== undefined && !o.hidden);
  const apply = () => {
    const query = drafts.get(form, 'q');
    const tier = drafts.get(form, 'tier-filter') as TierFilter;
    let shown = 0;
    for (const o of options) {
      if (o.dataset.index === undefined) continue;
      const visible = matchesPick(customers[Number(o.dataset.index)], query, tier);
      o.hidden = !visible;
      if (visible) shown++;
    }
    const filtered = query.trim() !== '' || tier !== '';
    const none = filtered && shown === 0;
    noMatch.hidden = !none;
    noMatch.textContent = !none ? '' : query.trim() ? t(lang, 'sb.pick.noMatch', { query: query.trim() }) : t(lang, 'sb.pick.noneInTier', { tier });
    count.hidden = !filtered || none;
    count.textContent = count.hidden ? '' : t(lang, 'sb.pick.showing', { shown, n: customers.length });
    list.dispatchEvent(new Event('filtered'));
  };
  const pickFirst = () => {
    const first = shownOptions()[0];
    const radio = first ? first.querySelector('input') : newOption.querySelector('input');
    if (!radio) return;
    radio.checked = true;
    choose(first ? String(first.dataset.value) : NEW_CUSTOMER);
    (first ? radio : nameInput).focus();
  };
  const tools = customers.length > 0 ? pickTools(ctx, form, which, customers, apply, pickFirst) : null;
  const newOption = option(NEW_CUSTOMER, el('div', { class: 'customer-name' }, t(lang, 'sb.newCustomer')));
  if (!tools) nameInput.setAttribute('data-focus', `search-${which}`);
  apply();

  // A customer picked earlier may have left the list since (targeted, signed): then nothing is picked — unless
  // there is nothing else to pick, when the name box is what the rep needs.
  const earlier = drafts.get(form, 'choice');
  if (earlier === NEW_CUSTOMER || customers.some((c) => c.id === earlier)) choose(earlier);
  else choose(customers.length === 0 ? NEW_CUSTOMER : '');
  const newRadio = newOption.querySelector('input');
  if (newRadio) newRadio.checked = drafts.get(form, 'choice') === NEW_CUSTOMER;

  const setKey = which === 'today' ? 'sb.step1.set' : nextIsTomorrow(state) ? 'sb.step3.set' : 'sb.step3.setDay';
  const button = el('button', { type: 'button', class: 'action' }, t(lang, setKey, { day: dayLabel(lang, state.nextWorkingDay) }));
  button.addEventListener('click', () => {
    const checked = targetArgsFromDraft(which, drafts.form(form), repForWrites(state.me), picked());
    if (!checked.ok) return showMessage(errors, t(lang, checked.error), { check: checked.error });
    ctx.save(button, errors, form, () => callServer('sidebarSetTarget', checked.value));
  });
  // Enter in the name box saves, as in any one-field form.
  nameInput.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    button.click();
  });

  return el('div', { class: 'picker' }, tools, scrollCue(lang, list), count, newOption, newFields, carryFields, errors, el('div', { class: 'buttons' }, button));
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
  // A filter changes the list's height without resizing the box itself.
  list.addEventListener('filtered', update);
  return wrap;
}
