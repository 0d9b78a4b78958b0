// The trigger entry points: each checks the event names one of this user's own triggers and the document's recorded
// one (a console call or a stale trigger does nothing), then hands over.
import { loadContext } from './context';
import { documentStore } from './store';
import { guardEditSafely } from './editGuard';
import { runHeartbeat, type BeatResult } from './heartbeat';
import {
  EDIT_HANDLER, HEARTBEAT_HANDLER, LEGACY_NIGHTLY_HANDLER, installableGuardIsOn, isRecordedTrigger, migrateLegacyTrigger,
  requireOwnTrigger, spreadsheetForRun,
} from './trigger';

type OnEdit = GoogleAppsScript.Events.SheetsOnEdit;

/** The hourly heartbeat's trigger. */
export function heartbeatFromTrigger(e?: { triggerUid?: string }): BeatResult | null {
  const uid = requireOwnTrigger(e?.triggerUid, HEARTBEAT_HANDLER);
  const ss = spreadsheetForRun(uid);
  if (!isRecordedTrigger(documentStore(ss.getId()), uid, 'heartbeat')) return null;
  return runHeartbeat(ss);
}

/** The daily trigger of earlier versions: moves this document to the heartbeat pair, then beats once. */
export function legacyNightlyFromTrigger(e?: { triggerUid?: string }): BeatResult | null {
  const uid = requireOwnTrigger(e?.triggerUid, LEGACY_NIGHTLY_HANDLER);
  const ss = spreadsheetForRun(uid);
  if (!migrateLegacyTrigger(loadContext(ss))) return null;
  return runHeartbeat(ss);
}

/** The simple onEdit, as the editing person: steps aside while the manager's installable edit trigger guards edits. */
export function simpleEdit(e: OnEdit): void {
  if (installableGuardIsOn(documentStore(e.source.getId()))) return;
  guardEditSafely(e);
}

/** The installable edit trigger, as the manager who turned it on (their rights write the add-on's columns). */
export function installedEdit(e: OnEdit & { triggerUid?: string }): void {
  if (!isRecordedTrigger(documentStore(e.source.getId()), String(e.triggerUid ?? ''), 'edit')) return;
  requireOwnTrigger(e.triggerUid, EDIT_HANDLER);
  guardEditSafely(e);
}
