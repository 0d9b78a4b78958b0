// The rep's sidebar: one load on open, one call per save (answered with the rows it changed, merged into the state
// held), and a full re-render of the state.
import { t } from '../src/i18n';
import type { Lang } from '../src/contract/sidebar';
import { applyPatch, errorText, isPatch, patchFits, type ErrorInfo, type Result, type SidebarPatch, type SidebarState } from '../src/contract/sidebar';
import type { PageContext } from './context';
import { el, isShown, showMessage } from './dom';
import { Drafts } from './drafts';
import { header, monthPanel, unclearedPanel, whoAreYou } from './panels';
import { callServer, messageOf, setPageDay } from './server';
import { repForWrites } from './view';
import { resultStep, todayStep, tomorrowStep } from './steps';
import { teamPanel } from './team';

const root = document.getElementById('app') as HTMLElement;
const drafts = new Drafts();
let state: SidebarState | null = null;
let actingFor: string | undefined;
let homeRep: string | undefined;
let busy = false;

type Bilingual = 'sb.loading' | 'sb.retry' | 'sb.errorTitle' | 'sb.connection' | 'sb.details';

/** Before the first answer the language is unknown, so such text is shown in both. */
function say(key: Bilingual): string {
  return state ? t(state.lang, key) : `${t('en', key)} / ${t('zh', key)}`;
}

/** A failure in plain words, in the page's language; Apps Script's own text only under "Details". */
interface Failure { text: string; detail: string }

function fromError(error: ErrorInfo): Failure {
  const text = state ? errorText(state.lang, error) : `${errorText('en', error)} / ${errorText('zh', error)}`;
  const raw = error.params.detail ?? (error.cause ? error.cause.params.detail : undefined);
  return { text, detail: raw === undefined ? '' : String(raw) };
}

/** google.script.run's failure handler: the connection dropped, Google's servers failed, or the session expired. */
function fromThrown(error: unknown): Failure {
  return { text: say('sb.connection'), detail: messageOf(error) };
}

function showFailure(box: HTMLElement, failure: Failure): void {
  showMessage(box, failure.text, { detail: failure.detail, detailLabel: say('sb.details') });
}

function showLoading(): void {
  root.setAttribute('aria-busy', 'true');
  root.replaceChildren(el('div', { class: 'loading', role: 'status' }, el('div', { class: 'spinner' }), el('p', {}, say('sb.loading'))));
}

function showLoadError(failure: Failure): void {
  root.removeAttribute('aria-busy');
  const retry = el('button', { type: 'button', class: 'action' }, say('sb.retry'));
  retry.addEventListener('click', () => void load());
  const message = el('div', { class: 'message' });
  showFailure(message, failure);
  root.replaceChildren(el('div', { class: 'error load-error', role: 'alert' }, el('b', {}, say('sb.errorTitle')), message, retry));
  retry.focus();
}

/** A manager always loads a named rep (the one on screen), so a reordered Team sheet cannot swap whom they see. */
function repToLoad(): string | undefined {
  return actingFor || repForWrites(state ? state.me : null);
}

async function load(): Promise<void> {
  const rep = repToLoad();
  showLoading();
  try {
    const result = rep ? await callServer('sidebarLoad', rep) : await callServer('sidebarLoad');
    if (result.ok) render(result.value);
    else showLoadError(fromError(result.error));
  } catch (error) {
    showLoadError(fromThrown(error));
  }
}

/** Where the focus goes after a save of each form: the next thing the rep is likely to do, first one shown wins. */
function focusAfter(form: string): string[] {
  const kind = form.split(':')[0];
  if (kind === 'today') return ['[data-focus^="result:"]', '[data-focus="today-more"]'];
  if (kind === 'tomorrow') return ['[data-focus="tomorrow-more"]'];
  if (kind === 'me') return ['[data-focus="search-today"]', '[data-focus="today-more"]'];
  const id = form.slice(kind.length + 1);
  return ['[data-focus^="result:"]', `[data-focus="again:${id}"]`, '[data-focus="search-tomorrow"]', '[data-focus="tomorrow-more"]', '[data-focus="step3-open"]'];
}

function focusFirst(selectors: string[]): void {
  for (const selector of selectors) {
    const found = Array.from(root.querySelectorAll<HTMLElement>(selector)).find(isShown);
    if (found) {
      found.focus();
      return;
    }
  }
  // Nothing left to do: the first step's heading, so the focus never falls back to the page body.
  const heading = root.querySelector<HTMLElement>('section.step h2');
  if (heading) heading.focus();
}

function save(button: HTMLButtonElement, errorBox: HTMLElement, form: string, call: () => Promise<Result<SidebarState | SidebarPatch>>): void {
  if (busy) return;
  busy = true;
  const enabled = Array.from(root.querySelectorAll('button')).filter((b) => !b.disabled);
  for (const b of enabled) b.disabled = true;
  const label = button.textContent;
  button.textContent = t(state ? state.lang : 'en', 'sb.saving');
  showMessage(errorBox, '');
  const fail = (failure: Failure) => {
    busy = false;
    for (const b of enabled) b.disabled = false;
    button.textContent = label;
    showFailure(errorBox, failure);
    // A disabled button lost the focus: give it back, so Enter or Space tries again.
    button.focus();
  };
  call().then(
    (result) => {
      if (!result.ok) return fail(fromError(result.error));
      busy = false;
      drafts.clear(form);
      const value = result.value;
      if (!isPatch(value)) render(value);
      else if (state && patchFits(state, value)) render(applyPatch(state, value));
      else return void load();
      focusFirst(focusAfter(form));
    },
    (error: unknown) => fail(fromThrown(error)),
  );
}

function selectRow(rowId: string, status: HTMLElement): void {
  const lang: Lang = state ? state.lang : 'en';
  callServer('sidebarSelectRow', rowId).then(
    (result) => showMessage(status, result.ok ? t(lang, 'sb.rowSelected', { row: result.value }) : errorText(lang, result.error)),
    (error: unknown) => showFailure(status, fromThrown(error)),
  );
}

/** Another rep's day: what was half-typed for the last rep must not end up in this one's rows. */
function switchRep(rep: string): void {
  actingFor = rep;
  drafts.clearAll();
  void load();
}

function refresh(): void {
  if (!busy) void load();
}

function rerender(focusSelector?: string): void {
  if (!state) return;
  render(state);
  if (focusSelector) focusFirst([focusSelector]);
}

function render(next: SidebarState): void {
  state = next;
  setPageDay(next.today);
  if (homeRep === undefined && next.me) homeRep = next.me.rep;
  root.removeAttribute('aria-busy');
  document.documentElement.lang = next.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t(next.lang, 'sb.title');
  const ctx: PageContext = { lang: next.lang, state: next, drafts, homeRep, save, selectRow, switchRep, refresh, rerender };
  const scroller = document.scrollingElement;
  const scrollTop = scroller ? scroller.scrollTop : 0;
  if (!next.me) {
    root.replaceChildren(header(ctx), whoAreYou(ctx));
  } else {
    const team = teamPanel(ctx);
    root.replaceChildren(
      header(ctx),
      ...(team ? [team] : []),
      todayStep(ctx),
      resultStep(ctx),
      tomorrowStep(ctx),
      unclearedPanel(ctx),
      monthPanel(next.lang, next),
    );
  }
  if (scroller) scroller.scrollTop = scrollTop;
}

void load();
