// The document as a run sees it (zone, today, language, Settings, Team), for app/ and the ui/ that asks app/.
export { activeSpreadsheet, loadContext, documentLang, type DocContext } from '../sheets/context';
