// Per-document state and locking that also work where Apps Script gives no active document (an editor add-on's
// time trigger): there the user's own properties hold the state, keyed by the spreadsheet, and the user lock stands in
// for the document lock (the script lock would serialise every team using the add-on).
import type { Store } from '../mail/send';

export type { Store };

export function documentStore(spreadsheetId: string): Store {
  const doc = PropertiesService.getDocumentProperties();
  if (doc) return doc;
  const user = PropertiesService.getUserProperties();
  const scoped = (key: string) => `${key}.${spreadsheetId}`;
  return {
    getProperty: (key) => user.getProperty(scoped(key)),
    setProperty: (key, value) => void user.setProperty(scoped(key), value),
    deleteProperty: (key) => void user.deleteProperty(scoped(key)),
  };
}

export function documentLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock() ?? LockService.getUserLock();
}
