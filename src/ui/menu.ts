// The "Daily Close" add-on menu and what its items do. The menu is built without touching the document,
// because onOpen may run with AuthMode.NONE, where only menus are allowed.
import type { Lang } from '../domain/types';
import { settingProblemText } from '../domain/settings';
import { langFromLocale, t, type MessageKey } from '../i18n';
import { isUserError } from '../i18n/errors';
import { activeSpreadsheet, documentLang, loadContext, type DocContext } from '../app/context';
import { previewDigest, refreshNow, setupAndRefresh, teamProblemLines } from '../app/menuActions';
import { recordText, runNightly } from '../app/nightly';
import { turnNightlyOff, turnNightlyOn } from '../app/trigger';
import { callerEmail } from '../app/identity';
import { managersToNotify } from '../domain/digest';
import { previewBrief } from '../app/org';
import { setTeamChat } from '../app/chat';
import { mayMap } from '../app/adopt';
import { askYesNo, showMappingDialog, showSetupReport } from './mapping';
import { menuLanguage } from '../app/menuLang';

const ITEMS: Array<[MessageKey, string] | null> = [
  ['app.menu.open', 'menuOpenSidebar'],
  null,
  ['app.menu.setup', 'menuSetupSheets'],
  ['app.menu.refresh', 'menuRefreshHighlights'],
  null,
  ['app.menu.preview', 'menuPreview'],
  ['org.menu.previewBrief', 'menuPreviewBrief'],
  ['app.menu.send', 'menuSendNow'],
  ['app.menu.nightlyOn', 'menuNightlyOn'],
  ['app.menu.nightlyOff', 'menuNightlyOff'],
  ['org.menu.chat', 'menuSetTeamChat'],
  ['adopt.menu', 'menuMapColumns'],
];

/**
 * The menu must build whatever the auth mode, and reads no sheet: the language the last fresh read of Settings left
 * (else the spreadsheet's locale) where the mode allows; under AuthMode.NONE, where only menus are allowed, English.
 */
function menuLang(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): Lang {
  if (e && e.authMode === ScriptApp.AuthMode.NONE) return 'en';
  const ways = [() => menuLanguage(activeSpreadsheet()), () => langFromLocale(Session.getActiveUserLocale())];
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
  const ss = activeSpreadsheet();
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
  const lang = documentLang(activeSpreadsheet());
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t(lang, 'app.name'));
  SpreadsheetApp.getUi().showSidebar(page);
}

export function menuSetup(): void {
  withContext((ctx) => {
    const { lines, fresh, unknownWords } = setupAndRefresh(ctx, (question) => askYesNo(ctx.lang, question));
    if (fresh.settingProblems.length) lines.push(problemsText(fresh));
    if (!fresh.team.members.length) lines.push(t(ctx.lang, 'app.setup.fillTeam'));
    lines.push(...teamProblemLines(fresh));
    showSetupReport(fresh, lines, unknownWords.length > 0 && mayMap(fresh));
  });
}

export function menuRefresh(): void {
  withContext((ctx) => {
    const result = refreshNow(ctx);
    const text = t(ctx.lang, 'app.refresh.done', { rows: result.rowsSeen, flagged: result.flagged });
    const problems = [...(ctx.settingProblems.length ? [problemsText(ctx)] : []), ...teamProblemLines(ctx)];
    if (problems.length) alert(ctx, [text, ...problems].join('\n'));
    else ctx.ss.toast(text, t(ctx.lang, 'app.name'), 8);
  });
}

/** A manager's mail shown in a dialog, never sent (Preview digest, Preview morning brief). */
function previewMail(render: (ctx: DocContext, email: string) => { html: string; subject: string }, title: MessageKey): void {
  withContext((ctx) => {
    const email = callerEmail();
    if (!isManager(ctx)) return alert(ctx, t(ctx.lang, 'app.notManager', { email: email || '—' }));
    const mail = render(ctx, email);
    const page = HtmlService.createHtmlOutput(mail.html).setWidth(680).setHeight(640);
    SpreadsheetApp.getUi().showModalDialog(page, t(ctx.lang, title, { subject: mail.subject }));
  });
}

export function menuPreviewDigest(): void {
  previewMail(previewDigest, 'app.previewTitle');
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
    if (!on) return alert(ctx, turnNightlyOff(ctx));
    let answer = turnNightlyOn(ctx);
    if (answer.kind === 'runByOther') {
      const ui = SpreadsheetApp.getUi();
      if (ui.alert(t(ctx.lang, 'app.name'), answer.message, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
      answer = turnNightlyOn(ctx, true);
    }
    alert(ctx, answer.message);
  });
}

/** "Map columns and stages…": the adoption dialog, for the managers on Team (anyone while Team names none). */
export function menuMapColumnsAndStages(): void {
  withContext((ctx) => {
    if (!mayMap(ctx)) return alert(ctx, t(ctx.lang, 'app.notManager', { email: callerEmail() || '—' }));
    showMappingDialog(ctx);
  });
}

/** The morning brief this manager would get at Morning hour, in a dialog: nothing is sent. */
export function menuPreviewMorningBrief(): void {
  previewMail(previewBrief, 'org.previewBriefTitle');
}

/** "Set team chat…": a prompt for the group's webhook (an empty answer turns it off); the test post's answer is shown. */
export function menuTeamChat(): void {
  withContext((ctx) => {
    if (!isManager(ctx)) return alert(ctx, t(ctx.lang, 'app.notManager', { email: callerEmail() || '—' }));
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(t(ctx.lang, 'app.name'), t(ctx.lang, 'org.chat.prompt'), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    alert(ctx, setTeamChat(ctx, answer.getResponseText()));
  });
}
