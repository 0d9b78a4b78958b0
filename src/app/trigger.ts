// The nightly trigger: one per user per document (the add-on rule), at Digest hour in the spreadsheet's zone.
// Turning it on twice changes nothing; turning it on after Digest hour changed moves it.
import { t } from '../i18n';
import type { DocContext } from '../sheets/context';
import { documentStore } from './store';

export const NIGHTLY_HANDLER = 'nightlyRun';
/** User property naming the spreadsheet of each nightly trigger, by the trigger's unique id. */
const SHEET_OF_TRIGGER = 'dc.sheetOfTrigger.';
const HOUR_KEY = 'dc.nightlyHour';

/**
 * This user's nightly triggers for this spreadsheet. Project triggers are certain to include time-driven ones; each is
 * matched to its spreadsheet through the record made when it was created (one without a record belongs to a bound
 * script's own spreadsheet).
 */
function nightlyTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  const user = PropertiesService.getUserProperties();
  return ScriptApp.getProjectTriggers().filter((tr) => {
    if (tr.getHandlerFunction() !== NIGHTLY_HANDLER) return false;
    const sheetId = user.getProperty(SHEET_OF_TRIGGER + tr.getUniqueId());
    return sheetId === null || sheetId === ss.getId();
  });
}

export function turnNightlyOn(ctx: DocContext): string {
  const props = documentStore(ctx.ss.getId());
  const hour = ctx.settings.digestHour;
  const existing = nightlyTriggers(ctx.ss);
  const sameHour = props.getProperty(HOUR_KEY) === String(hour);
  if (existing.length === 1 && sameHour) return t(ctx.lang, 'app.nightlyAlreadyOn', { hour, zone: ctx.timeZone });
  existing.forEach((tr) => ScriptApp.deleteTrigger(tr));
  const user = PropertiesService.getUserProperties();
  existing.forEach((tr) => user.deleteProperty(SHEET_OF_TRIGGER + tr.getUniqueId()));
  const trigger = ScriptApp.newTrigger(NIGHTLY_HANDLER).timeBased().atHour(hour).everyDays(1).inTimezone(ctx.timeZone).create();
  // Recorded so the nightly run can open this spreadsheet where Apps Script gives it no active one.
  user.setProperty(SHEET_OF_TRIGGER + trigger.getUniqueId(), ctx.ss.getId());
  props.setProperty(HOUR_KEY, String(hour));
  return t(ctx.lang, 'app.nightlyOn', { hour, zone: ctx.timeZone });
}

export function turnNightlyOff(ctx: DocContext): string {
  const existing = nightlyTriggers(ctx.ss);
  const user = PropertiesService.getUserProperties();
  existing.forEach((tr) => {
    user.deleteProperty(SHEET_OF_TRIGGER + tr.getUniqueId());
    ScriptApp.deleteTrigger(tr);
  });
  documentStore(ctx.ss.getId()).deleteProperty(HOUR_KEY);
  return t(ctx.lang, existing.length ? 'app.nightlyOff' : 'app.nightlyAlreadyOff');
}

/** After a run at the old hour, a nightly trigger whose Digest hour changed in Settings moves to the new one. */
export function followDigestHour(ctx: DocContext): boolean {
  const stored = documentStore(ctx.ss.getId()).getProperty(HOUR_KEY);
  if (stored === null || stored === String(ctx.settings.digestHour) || !nightlyTriggers(ctx.ss).length) return false;
  turnNightlyOn(ctx);
  return true;
}

/**
 * nightlyRun is a global, so anyone could call it from the browser console and send the day's digest early (the
 * real run would then skip it). It runs only for a trigger event naming one of this user's own nightly triggers.
 */
export function requireOwnNightlyTrigger(triggerUid: unknown): string {
  const uid = typeof triggerUid === 'string' ? triggerUid : '';
  const own = uid !== '' && ScriptApp.getProjectTriggers().some((tr) => tr.getUniqueId() === uid && tr.getHandlerFunction() === NIGHTLY_HANDLER);
  if (!own) throw new Error(`${t('en', 'app.notFromTrigger')} / ${t('zh', 'app.notFromTrigger')}`);
  return uid;
}

/** The spreadsheet a trigger run works on: the active one where Apps Script gives it, else the one recorded for the trigger. */
export function spreadsheetForRun(triggerUid?: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  const id = triggerUid ? PropertiesService.getUserProperties().getProperty(SHEET_OF_TRIGGER + triggerUid) : null;
  if (!id) throw new Error(`${t('en', 'app.noSheetForRun')} / ${t('zh', 'app.noSheetForRun')}`);
  return SpreadsheetApp.openById(id);
}
