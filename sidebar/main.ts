// The rep's sidebar: one load on open, one call per save, and a full re-render from whatever state the server returns.
import { t } from '../src/i18n';
import type { Lang } from '../src/contract/sidebar';
import { errorText, type ErrorInfo, type Result, type SidebarState } from '../src/contract/sidebar';
import type { PageContext } from './context';
import { el, showMessage } from './dom';
import { Drafts } from './drafts';
import { header, monthPanel, unclearedPanel, whoAreYou } from './panels';
import { callServer, messageOf } from './server';
import { repForWrites } from './view';
import { resultStep, todayStep, tomorrowStep } from './steps';

const root = document.getElementById('app') as HTMLElement;
const drafts = new Drafts();
let state: SidebarState | null = null;
let actingFor: string | undefined;
let homeRep: string | undefined;
let busy = false;

/** Before the first answer the language is unknown, so such text is shown in both. */
function bilingual(key: 'sb.loading' | 'sb.retry' | 'sb.errorTitle'): string {
  return `${t('en', key)} / ${t('zh', key)}`;
}

function say(key: 'sb.loading' | 'sb.retry' | 'sb.errorTitle'): string {
  return state ? t(state.lang, key) : bilingual(key);
}

/** An error's words in the page's language (both languages before the first answer says which). */
function errorWords(error: ErrorInfo): string {
  return state ? errorText(state.lang, error) : `${errorText('en', error)} / ${errorText('zh', error)}`;
}

function showLoading(): void {
  root.setAttribute('aria-busy', 'true');
  root.replaceChildren(el('div', { class: 'loading', role: 'status' }, el('div', { class: 'spinner' }), el('p', {}, say('sb.loading'))));
}

function showLoadError(message: string): void {
  root.removeAttribute('aria-busy');
  const retry = el('button', { type: 'button', class: 'action' }, say('sb.retry'));
  retry.addEventListener('click', () => void load());
  root.replaceChildren(
    el('div', { class: 'error load-error', role: 'alert' }, el('b', {}, say('sb.errorTitle')), el('p', {}, message), retry),
  );
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
    else showLoadError(errorWords(result.error));
  } catch (error) {
    showLoadError(messageOf(error));
  }
}

function save(button: HTMLButtonElement, errorBox: HTMLElement, form: string, call: () => Promise<Result<SidebarState>>): void {
  if (busy) return;
  busy = true;
  const enabled = Array.from(root.querySelectorAll('button')).filter((b) => !b.disabled);
  for (const b of enabled) b.disabled = true;
  const label = button.textContent;
  button.textContent = t(state ? state.lang : 'en', 'sb.saving');
  showMessage(errorBox, '');
  const fail = (message: string) => {
    busy = false;
    for (const b of enabled) b.disabled = false;
    button.textContent = label;
    showMessage(errorBox, message);
  };
  call().then(
    (result) => {
      if (!result.ok) return fail(errorWords(result.error));
      busy = false;
      drafts.clear(form);
      render(result.value);
    },
    (error: unknown) => fail(messageOf(error)),
  );
}

function selectRow(rowId: string, status: HTMLElement): void {
  const lang: Lang = state ? state.lang : 'en';
  callServer('sidebarSelectRow', rowId).then(
    (result) => showMessage(status, result.ok ? t(lang, 'sb.rowSelected', { row: result.value }) : errorText(lang, result.error)),
    (error: unknown) => showMessage(status, messageOf(error)),
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

function render(next: SidebarState): void {
  state = next;
  if (homeRep === undefined && next.me) homeRep = next.me.rep;
  root.removeAttribute('aria-busy');
  document.documentElement.lang = next.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t(next.lang, 'sb.title');
  const ctx: PageContext = { lang: next.lang, state: next, drafts, homeRep, save, selectRow, switchRep, refresh };
  const scroller = document.scrollingElement;
  const scrollTop = scroller ? scroller.scrollTop : 0;
  if (!next.me) {
    root.replaceChildren(header(ctx), whoAreYou(ctx));
  } else {
    root.replaceChildren(
      header(ctx),
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
