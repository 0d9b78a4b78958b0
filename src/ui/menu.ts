// The "Daily Close" add-on menu and what its items do. The menu is built without touching the document,
// because onOpen may run with AuthMode.NONE, where only menus are allowed.
import type { Lang } from '../domain/types';
import { settingProblemText } from '../domain/settings';
import { langFromLocale, t, type MessageKey } from '../i18n';
import { isUserError } from '../i18n/errors';
import { documentLang, loadContext, type DocContext } from '../sheets/context';
import { setupSheets } from '../sheets/setup';
import { readPipeline } from '../sheets/pipeline';
import { readLog } from '../sheets/logSheet';
import { refreshFlags } from '../app/refresh';
import { digestFor, recordText, runNightly } from '../app/nightly';
import { rememberTargetsOfToday } from '../app/namedToday';
import { documentStore } from '../app/store';
import { turnNightlyOff, turnNightlyOn } from '../app/trigger';
import { callerEmail } from './identity';
import { managersToNotify } from '../domain/digest';

const ITEMS: Array<[MessageKey, string] | null> = [
  ['app.menu.open', 'menuOpenSidebar'],
  null,
  ['app.menu.setup', 'menuSetupSheets'],
  ['app.menu.refresh', 'menuRefreshHighlights'],
  null,
  ['app.menu.preview', 'menuPreview'],
  ['app.menu.send', 'menuSendNow'],
  ['app.menu.nightlyOn', 'menuNightlyOn'],
  ['app.menu.nightlyOff', 'menuNightlyOff'],
];

/** The menu must build whatever the auth mode: each way of finding the language may be refused, and then English. */
function menuLang(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): Lang {
  const ways = e && e.authMode === ScriptApp.AuthMode.NONE
    ? [() => langFromLocale(Session.getActiveUserLocale())]
    : [() => documentLang(SpreadsheetApp.getActive()), () => langFromLocale(Session.getActiveUserLocale())];
  for (const way of ways) {
    try {
      return way();
    } catch {
      // Not allowed in this auth mode: try the next way.
    }
  }
  return 'en';
}

export function buildMenu(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  const lang = menuLang(e);
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of ITEMS) {
    if (item) menu.addItem(t(lang, item[0]), item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/** Runs a menu action; a problem the user can fix is shown to them in their language. */
function withContext(action: (ctx: DocContext) => void): void {
  const ss = SpreadsheetApp.getActive();
  let lang: Lang = langFromLocale(ss.getSpreadsheetLocale());
  try {
    const ctx = loadContext(ss);
    lang = ctx.lang;
    action(ctx);
  } catch (e) {
    if (!isUserError(e)) throw e;
    SpreadsheetApp.getUi().alert(t(lang, 'app.name'), t(lang, e.key, e.params), SpreadsheetApp.getUi().ButtonSet.OK);
  }
}

function alert(ctx: DocContext, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(ctx.lang, 'app.name'), message, ui.ButtonSet.OK);
}

function problemsText(ctx: DocContext): string {
  return ctx.settingProblems.map((p) => settingProblemText(p, ctx.lang)).join('\n');
}

/** Mail-sending actions are for the managers Team lists (until Team lists one, nobody is owed a digest). */
function isManager(ctx: DocContext): boolean {
  const email = callerEmail();
  return email !== '' && managersToNotify(ctx.team).includes(email);
}

export function openSidebar(): void {
  const lang = documentLang(SpreadsheetApp.getActive());
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t(lang, 'app.name'));
  SpreadsheetApp.getUi().showSidebar(page);
}

export function menuSetup(): void {
  withContext((ctx) => {
    const report = setupSheets(ctx.ss, ctx.lang);
    const lines: string[] = [];
    if (report.created.length) lines.push(t(ctx.lang, 'app.setup.created', { list: report.created.join(', ') }));
    if (report.addedColumns.length) lines.push(t(ctx.lang, 'app.setup.columns', { list: report.addedColumns.join(', ') }));
    if (report.addedSettings.length) lines.push(t(ctx.lang, 'app.setup.settings', { count: report.addedSettings.length }));
    if (!lines.length) lines.push(t(ctx.lang, 'app.setup.nothing'));
    const fresh = loadContext(ctx.ss);
    const refreshed = refreshFlags(fresh);
    lines.push(t(ctx.lang, 'app.refresh.done', { rows: refreshed.rowsSeen, flagged: refreshed.flagged }));
    if (fresh.settingProblems.length) lines.push(problemsText(fresh));
    if (!fresh.team.members.length) lines.push(t(ctx.lang, 'app.setup.fillTeam'));
    alert(ctx, lines.join('\n'));
  });
}

export function menuRefresh(): void {
  withContext((ctx) => {
    const result = refreshFlags(ctx);
    const text = t(ctx.lang, 'app.refresh.done', { rows: result.rowsSeen, flagged: result.flagged });
    if (ctx.settingProblems.length) alert(ctx, `${text}\n${problemsText(ctx)}`);
    else ctx.ss.toast(text, t(ctx.lang, 'app.name'), 8);
  });
}

export function menuPreviewDigest(): void {
  withContext((ctx) => {
    const email = callerEmail();
    if (!isManager(ctx)) return alert(ctx, t(ctx.lang, 'app.notManager', { email: email || '—' }));
    const table = readPipeline(ctx.ss, ctx.timeZone);
    const day = rememberTargetsOfToday(documentStore(ctx.ss.getId()), ctx.today, table.rows);
    const digest = digestFor(ctx, table, readLog(ctx.ss, ctx.timeZone), day, email);
    const page = HtmlService.createHtmlOutput(digest.html).setWidth(680).setHeight(640);
    SpreadsheetApp.getUi().showModalDialog(page, t(ctx.lang, 'app.previewTitle', { subject: digest.subject }));
  });
}

export function menuSendDigest(): void {
  withContext((ctx) => {
    if (!isManager(ctx)) return alert(ctx, t(ctx.lang, 'app.notManager', { email: callerEmail() || '—' }));
    alert(ctx, recordText(runNightly(ctx.ss, 'menu'), ctx.lang));
  });
}

export function menuNightly(on: boolean): void {
  withContext((ctx) => {
    if (!isManager(ctx)) return alert(ctx, t(ctx.lang, 'app.notManager', { email: callerEmail() || '—' }));
    alert(ctx, on ? turnNightlyOn(ctx) : turnNightlyOff(ctx));
  });
}
