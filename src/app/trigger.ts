// The nightly trigger: one per user per document (the add-on rule), at Digest hour in the spreadsheet's zone.
// Turning it on twice changes nothing; turning it on after Digest hour changed moves it.
import { t } from '../i18n';
import type { DocContext } from '../sheets/context';

export const NIGHTLY_HANDLER = 'nightlyRun';
const ID_KEY = 'dc.spreadsheetId';
const HOUR_KEY = 'dc.nightlyHour';

function nightlyTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter((tr) => tr.getHandlerFunction() === NIGHTLY_HANDLER);
}

export function turnNightlyOn(ctx: DocContext): string {
  const props = PropertiesService.getDocumentProperties();
  const hour = ctx.settings.digestHour;
  const existing = nightlyTriggers(ctx.ss);
  const sameHour = props.getProperty(HOUR_KEY) === String(hour);
  if (existing.length === 1 && sameHour) return t(ctx.lang, 'app.nightlyAlreadyOn', { hour, zone: ctx.timeZone });
  existing.forEach((tr) => ScriptApp.deleteTrigger(tr));
  ScriptApp.newTrigger(NIGHTLY_HANDLER).timeBased().atHour(hour).everyDays(1).inTimezone(ctx.timeZone).create();
  // Recorded so the nightly run can open this spreadsheet where Apps Script gives it no active one.
  props.setProperties({ [ID_KEY]: ctx.ss.getId(), [HOUR_KEY]: String(hour) });
  PropertiesService.getUserProperties().setProperty(ID_KEY, ctx.ss.getId());
  return t(ctx.lang, 'app.nightlyOn', { hour, zone: ctx.timeZone });
}

export function turnNightlyOff(ctx: DocContext): string {
  const existing = nightlyTriggers(ctx.ss);
  existing.forEach((tr) => ScriptApp.deleteTrigger(tr));
  PropertiesService.getDocumentProperties().deleteProperty(HOUR_KEY);
  return t(ctx.lang, existing.length ? 'app.nightlyOff' : 'app.nightlyAlreadyOff');
}

/** The spreadsheet a trigger run works on: the active one where Apps Script gives it, else the recorded one. */
export function spreadsheetForRun(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  // Without an active document there are no document properties: the user's own record is what is left.
  const id = PropertiesService.getUserProperties().getProperty(ID_KEY);
  if (!id) throw new Error('Daily Close: no active spreadsheet and none recorded; turn the nightly digest on again from the menu.');
  return SpreadsheetApp.openById(id);
}
