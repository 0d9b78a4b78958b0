// Step 2's parts for one of today's targets: the result form, the carry-over (with its reason), and a recorded result.
import { t } from '../src/i18n';
import { counted, dayLabel, REASON_CATEGORIES, TEXT_LIMITS } from '../src/contract/sidebar';
import type { SidebarCustomer } from '../src/contract/sidebar';
import { callServer } from './server';
import type { PageContext } from './context';
import { el, errorBox, recheck, showMessage } from './dom';
import { customerName } from './picker';
import { carryArgsFromDraft, isOutcome, OUTCOMES, repForWrites, resultArgsFromDraft } from './view';

/** A button that shows or hides an extra part; whether it is open is part of the draft, so it survives re-renders. */
export function expandable(ctx: PageContext, form: string, label: string, content: () => HTMLElement, focusKey?: string): HTMLElement[] {
  const open = ctx.drafts.get(form, 'open') === '1';
  const holder = el('div', { class: 'expand-holder' });
  if (open) holder.appendChild(content());
  const toggle = el('button', { type: 'button', class: 'link', 'aria-expanded': open ? 'true' : 'false', 'data-focus': focusKey }, label);
  toggle.addEventListener('click', () => {
    const nowOpen = ctx.drafts.get(form, 'open') !== '1';
    ctx.drafts.set(form, 'open', nowOpen ? '1' : '');
    toggle.setAttribute('aria-expanded', nowOpen ? 'true' : 'false');
    holder.replaceChildren(...(nowOpen ? [content()] : []));
    // Opening puts the rep in its first field, so the next keystroke lands where they meant.
    const first = nowOpen ? holder.querySelector<HTMLElement>('input, textarea, select, button') : null;
    if (first) first.focus();
  });
  return [toggle, holder];
}

/** "Carry over to Mon, Nov 30": today's target moved on without a result — a push, so only with a reason. */
function carryOverForm(ctx: PageContext, c: SidebarCustomer): HTMLElement {
  const { lang, drafts, state } = ctx;
  const form = `carry:${c.id}`;
  const day = dayLabel(lang, state.nextWorkingDay);
  const errors = errorBox();
  const reason = el('textarea', { rows: '2', maxlength: String(TEXT_LIMITS.reasonText), 'aria-label': t(lang, 'sb.carry.reason'), placeholder: t(lang, 'sb.carry.reason') });
  reason.value = drafts.get(form, 'carryReason');
  const check = () => {
    const checked = carryArgsFromDraft(c.id, drafts.form(form));
    return checked.ok ? null : checked.error;
  };
  reason.addEventListener('input', () => {
    drafts.set(form, 'carryReason', reason.value);
    recheck(errors, check());
  });
  const button = el('button', { type: 'button', class: 'action secondary' }, t(lang, 'sb.carry.button', { day }));
  button.addEventListener('click', () => {
    const checked = carryArgsFromDraft(c.id, drafts.form(form), repForWrites(state.me));
    if (!checked.ok) return showMessage(errors, t(lang, checked.error), { check: checked.error });
    ctx.save(button, errors, form, () => callServer('sidebarSetTarget', checked.value));
  });
  const pushes = c.pushes + 1;
  return el(
    'div',
    { class: 'carry' },
    el('p', { class: 'carry-note' }, counted(lang, 'sb.carry.note', pushes, { day })),
    reason,
    errors,
    el('div', { class: 'buttons' }, button),
  );
}

export function resultForm(ctx: PageContext, c: SidebarCustomer, changing = false): HTMLElement {
  const { lang, drafts, state } = ctx;
  const form = `result:${c.id}`;
  const errors = errorBox();
  const check = () => {
    const checked = resultArgsFromDraft(c, drafts.form(form));
    return checked.ok ? null : checked.error;
  };
  const details = el('div', { class: 'details' });
  const outcomes = el('div', { class: 'segmented', role: 'radiogroup', 'aria-label': t(lang, 'sb.step2.pendingFor', { customer: c.customer }) });
  const showDetails = () => {
    const outcome = drafts.get(form, 'outcome');
    details.hidden = !isOutcome(outcome) || outcome === 'signed';
    nextStepField.hidden = outcome !== 'notSigned';
    for (const label of Array.from(outcomes.children) as HTMLElement[]) {
      label.classList.toggle('selected', label.dataset.value === outcome);
    }
  };
  OUTCOMES.forEach((outcome, i) => {
    const radio = el('input', { type: 'radio', name: `outcome-${c.id}`, value: outcome, 'data-focus': i === 0 ? `result:${c.id}` : undefined });
    radio.checked = drafts.get(form, 'outcome') === outcome;
    radio.addEventListener('change', () => {
      drafts.set(form, 'outcome', outcome);
      showDetails();
      recheck(errors, check());
    });
    const label = el('label', { class: `segment ${outcome}` }, radio, el('span', {}, t(lang, `sb.outcome.${outcome}`)));
    label.dataset.value = outcome;
    outcomes.appendChild(label);
  });

  const category = el('select', { 'aria-label': t(lang, 'sb.reasonCategory') }, el('option', { value: '' }, t(lang, 'sb.reason.choose')));
  for (const reason of REASON_CATEGORIES) category.appendChild(el('option', { value: reason }, t(lang, `sv.reason.${reason}`)));
  category.value = drafts.get(form, 'reasonCategory');
  category.addEventListener('change', () => {
    drafts.set(form, 'reasonCategory', category.value);
    recheck(errors, check());
  });
  // The page stops typing at the server's stated limits (SPEC "Limits"), so nothing typed is refused at save.
  const reasonText = el('textarea', { rows: '2', maxlength: String(TEXT_LIMITS.reasonText), 'aria-label': t(lang, 'sb.reasonText'), placeholder: t(lang, 'sb.reasonText') });
  reasonText.value = drafts.get(form, 'reasonText');
  reasonText.addEventListener('input', () => drafts.set(form, 'reasonText', reasonText.value));
  // Not signed asks for the next step afresh: the old one is shown to build on, never saved again unread.
  const nextStep = el('input', { type: 'text', maxlength: String(TEXT_LIMITS.nextStep), 'aria-label': t(lang, 'sb.nextStep'), placeholder: t(lang, 'sb.nextStepPlaceholder') });
  nextStep.value = drafts.get(form, 'nextStep');
  nextStep.addEventListener('input', () => {
    drafts.set(form, 'nextStep', nextStep.value);
    recheck(errors, check());
  });
  const nextStepField = el(
    'label',
    { class: 'field' },
    el('span', {}, t(lang, 'sb.nextStep')),
    nextStep,
    c.nextStep ? el('small', { class: 'was' }, t(lang, 'sb.nextStepWas', { text: c.nextStep })) : null,
  );
  details.append(
    el('label', { class: 'field' }, el('span', {}, t(lang, 'sb.reasonCategory')), category),
    el('label', { class: 'field' }, el('span', {}, t(lang, 'sb.reasonText')), reasonText),
    nextStepField,
  );
  showDetails();

  const button = el('button', { type: 'button', class: 'action' }, t(lang, 'sb.saveResult'));
  button.addEventListener('click', () => {
    const checked = resultArgsFromDraft(c, drafts.form(form), repForWrites(state.me));
    if (!checked.ok) return showMessage(errors, t(lang, checked.error), { check: checked.error });
    ctx.save(button, errors, form, () => callServer('sidebarRecordResult', checked.value));
  });

  const carry = !changing && c.pushIfMoved && state.isWorkingDay
    ? expandable(ctx, `carry:${c.id}`, t(lang, 'sb.carry.link', { day: dayLabel(lang, state.nextWorkingDay) }), () => carryOverForm(ctx, c))
    : [];
  return el(
    'div',
    { class: 'result-form' },
    changing ? null : customerName(c),
    changing ? null : el('p', { class: 'hint' }, t(lang, 'sb.step2.pending')),
    outcomes,
    details,
    errors,
    el('div', { class: 'buttons' }, button),
    ...carry,
  );
}

/**
 * A result recorded today. Signed and Dropped rows are closed; a Not signed row is still open, so its result may be
 * changed today, and it may be tried again on the next working day (a result is in, so that is no push).
 */
export function recordedResult(ctx: PageContext, c: SidebarCustomer): HTMLElement {
  const { lang, state } = ctx;
  const outcome = c.result || 'signed';
  const parts: (HTMLElement | null)[] = [];
  if (outcome === 'notSigned') {
    if (c.target && c.target > state.today) {
      parts.push(el('div', { class: 'facts moved' }, t(lang, 'sb.movedTo', { day: dayLabel(lang, c.target) })));
    } else if (state.isWorkingDay) {
      const again = el('button', { type: 'button', class: 'link', 'data-focus': `again:${c.id}` }, t(lang, 'sb.tryAgainOn', { day: dayLabel(lang, state.nextWorkingDay) }));
      const errors = errorBox();
      again.addEventListener('click', () => {
        const rep = repForWrites(state.me);
        ctx.save(again, errors, `again:${c.id}`, () => callServer('sidebarSetTarget', rep ? { which: 'tomorrow', rowId: c.id, rep } : { which: 'tomorrow', rowId: c.id }));
      });
      parts.push(again, errors);
    }
    parts.push(...expandable(ctx, `result:${c.id}`, t(lang, 'sb.changeResult'), () => resultForm(ctx, c, true)));
  }
  return el(
    'div',
    { class: 'recorded' },
    customerName(c),
    el('span', { class: `pill ${outcome}` }, t(lang, `sb.recorded.${outcome}`)),
    c.reason ? el('div', { class: 'facts' }, c.reason) : null,
    c.pushes > 0 ? el('div', { class: 'facts' }, t(lang, 'sb.pushedTimes', { n: c.pushes })) : null,
    ...parts,
  );
}
