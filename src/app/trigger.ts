// The add-on's pair of triggers for a document (SPEC "Menu", "Heartbeat"): one hourly heartbeat and one installable
// edit trigger, owned by the manager who turned the nightly digest on. Add-ons keep one time trigger and one edit
// trigger per user per document; a document has one recorded pair at a time, and a trigger that is not the recorded
// one does nothing, so an edit is never guarded twice and a digest never sent by two owners.
import { t } from '../i18n';
import type { DocContext } from './context';
import { documentStore, type Store } from './store';
import { normalizeEmail } from '../domain/email';
import { allManagers } from '../domain/team';
import { protectAddonColumns, removeAddonProtections } from '../sheets/protection';
import { PROTECTED_KEY } from './protection';
import { activeSpreadsheetOrNull, openSpreadsheet } from '../sheets/context';

export const HEARTBEAT_HANDLER = 'heartbeat';
export const EDIT_HANDLER = 'onEditInstalled';
/** The daily trigger of earlier versions: moved over to the heartbeat the next time it runs or the menu is used. */
export const LEGACY_NIGHTLY_HANDLER = 'nightlyRun';
const HANDLERS = [HEARTBEAT_HANDLER, EDIT_HANDLER, LEGACY_NIGHTLY_HANDLER];
/** User property naming the spreadsheet of each trigger, by the trigger's unique id. */
const SHEET_OF_TRIGGER = 'dc.sheetOfTrigger.';
const PAIR_KEY = 'dc.triggers';

export interface TriggerPair {
  owner: string;
  heartbeat: string;
  edit: string;
}

export function recordedPair(store: Store): TriggerPair | null {
  const raw = store.getProperty(PAIR_KEY);
  if (!raw) return null;
  try {
    const pair = JSON.parse(raw) as TriggerPair;
    return typeof pair.owner === 'string' && typeof pair.heartbeat === 'string' ? pair : null;
  } catch {
    return null;
  }
}

/** This user's triggers of the add-on for this spreadsheet (one without a record belongs to a bound script's sheet). */
function ownTriggers(ssId: string): GoogleAppsScript.Script.Trigger[] {
  const user = PropertiesService.getUserProperties();
  return ScriptApp.getProjectTriggers().filter((tr) => {
    if (!HANDLERS.includes(tr.getHandlerFunction())) return false;
    const sheetId = user.getProperty(SHEET_OF_TRIGGER + tr.getUniqueId());
    return sheetId === null || sheetId === ssId;
  });
}

function me(): string {
  return normalizeEmail(Session.getEffectiveUser().getEmail());
}

function deleteOwn(ssId: string): number {
  const user = PropertiesService.getUserProperties();
  const own = ownTriggers(ssId);
  own.forEach((tr) => {
    user.deleteProperty(SHEET_OF_TRIGGER + tr.getUniqueId());
    ScriptApp.deleteTrigger(tr);
  });
  return own.length;
}

export type TurnOnAnswer = { kind: 'on' | 'alreadyOn'; message: string } | { kind: 'runByOther'; owner: string; message: string };

/**
 * Installs the pair for this user (the heartbeat and the installable edit trigger) and protects the add-on's columns
 * so only managers edit them. Twice changes nothing. When another manager's pair is recorded, nothing changes unless
 * `takeOver` (then theirs does nothing from now on).
 */
export function turnNightlyOn(ctx: DocContext, takeOver = false): TurnOnAnswer {
  const store = documentStore(ctx.ss.getId());
  const pair = recordedPair(store);
  const user = me();
  const params = { hour: ctx.settings.digestHour, zone: ctx.timeZone };
  if (pair && pair.owner !== user && !takeOver) {
    return { kind: 'runByOther', owner: pair.owner, message: t(ctx.lang, 'app.triggersRunBy', { owner: pair.owner }) };
  }
  const own = ownTriggers(ctx.ss.getId());
  const has = (handler: string, uid?: string) => own.some((tr) => tr.getHandlerFunction() === handler && (!uid || tr.getUniqueId() === uid));
  const complete = pair && pair.owner === user && has(HEARTBEAT_HANDLER, pair.heartbeat) && has(EDIT_HANDLER, pair.edit) && own.length === 2;
  if (complete) return { kind: 'alreadyOn', message: t(ctx.lang, 'app.nightlyAlreadyOn', params) };
  deleteOwn(ctx.ss.getId());
  const heartbeat = ScriptApp.newTrigger(HEARTBEAT_HANDLER).timeBased().everyHours(1).create();
  const edit = ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ctx.ss).onEdit().create();
  const userProps = PropertiesService.getUserProperties();
  // Recorded so a run can open this spreadsheet where Apps Script gives it no active one.
  for (const tr of [heartbeat, edit]) userProps.setProperty(SHEET_OF_TRIGGER + tr.getUniqueId(), ctx.ss.getId());
  const record = JSON.stringify({ owner: user, heartbeat: heartbeat.getUniqueId(), edit: edit.getUniqueId() });
  store.setProperty(PAIR_KEY, record);
  // Also in the owner's own properties: where a trigger runs without an active document (an editor add-on), there are
  // no document properties, and the heartbeat still knows it is the recorded one (documentStore reads these there).
  userProps.setProperty(`${PAIR_KEY}.${ctx.ss.getId()}`, record);
  // The installable trigger guards edits with the manager's rights, so reps need no rights on the add-on's columns.
  const editors = [...new Set([user, ...allManagers(ctx.team)].filter((e) => e !== ''))];
  protectAddonColumns(ctx.ss, editors, (key) => t(ctx.lang, `col.${key}`));
  store.setProperty(PROTECTED_KEY, '1');
  return { kind: 'on', message: t(ctx.lang, 'app.nightlyOn', params) };
}

/** Removes this user's triggers, the record when it is theirs (or when its owner's pair is to stop), and our protections. */
export function turnNightlyOff(ctx: DocContext): string {
  const store = documentStore(ctx.ss.getId());
  const removed = deleteOwn(ctx.ss.getId());
  const hadPair = recordedPair(store) !== null;
  store.deleteProperty(PAIR_KEY);
  PropertiesService.getUserProperties().deleteProperty(`${PAIR_KEY}.${ctx.ss.getId()}`);
  removeAddonProtections(ctx.ss);
  store.deleteProperty(PROTECTED_KEY);
  return t(ctx.lang, removed || hadPair ? 'app.nightlyOff' : 'app.nightlyAlreadyOff');
}

/** The simple onEdit steps aside while the recorded installable edit trigger guards edits. */
export function installableGuardIsOn(store: Store): boolean {
  return recordedPair(store) !== null;
}

/**
 * Every trigger handler is a global, so anyone could call it from the browser console. A run goes on only for a
 * trigger event naming one of this user's own triggers of that handler.
 */
export function requireOwnTrigger(triggerUid: unknown, handler: string): string {
  const uid = typeof triggerUid === 'string' ? triggerUid : '';
  const own = uid !== '' && ScriptApp.getProjectTriggers().some((tr) => tr.getUniqueId() === uid && tr.getHandlerFunction() === handler);
  if (!own) throw new Error(`${t('en', 'app.notFromTrigger')} / ${t('zh', 'app.notFromTrigger')}`);
  return uid;
}

/** True when this trigger is the document's recorded one of its kind: any other does nothing. */
export function isRecordedTrigger(store: Store, uid: string, kind: 'heartbeat' | 'edit'): boolean {
  const pair = recordedPair(store);
  return pair !== null && pair[kind] === uid;
}

/** A legacy daily trigger firing: the pair replaces it (same owner), so the document keeps one pair. */
export function migrateLegacyTrigger(ctx: DocContext): boolean {
  const store = documentStore(ctx.ss.getId());
  const pair = recordedPair(store);
  if (pair && pair.owner !== me()) {
    deleteOwn(ctx.ss.getId());
    return false;
  }
  turnNightlyOn(ctx, true);
  return true;
}

/** The spreadsheet a trigger run works on: the active one where Apps Script gives it, else the one recorded for it. */
export function spreadsheetForRun(triggerUid?: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const active = activeSpreadsheetOrNull();
  if (active) return active;
  const id = triggerUid ? PropertiesService.getUserProperties().getProperty(SHEET_OF_TRIGGER + triggerUid) : null;
  if (!id) throw new Error(`${t('en', 'app.noSheetForRun')} / ${t('zh', 'app.noSheetForRun')}`);
  return openSpreadsheet(id);
}
