// The menu's language without reading a sheet: onOpen may run with AuthMode.NONE (only menus allowed) and, when it may
// read, a read of Settings there costs every person every time they open the spreadsheet. Runs that read Settings
// fresh keep the language they resolved in a document property; the menu takes it, else the spreadsheet's locale.
import type { Lang } from '../domain/types';
import { langFromLocale } from '../i18n';
import type { DocContext } from './context';

const LANG_KEY = 'dc.menuLang';

/** Kept by runs that read Settings fresh (Refresh, the heartbeat, Set up, a Settings edit): written only on a change. */
export function rememberMenuLang(ctx: DocContext, known?: string | null): void {
  const props = PropertiesService.getDocumentProperties();
  if (!props) return;
  const stored = known === undefined ? props.getProperty(LANG_KEY) : known;
  if (stored !== ctx.lang) props.setProperty(LANG_KEY, ctx.lang);
}

/** The language the last fresh read of Settings resolved, else the spreadsheet's locale (one property, no sheet). */
export function menuLanguage(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Lang {
  const props = PropertiesService.getDocumentProperties();
  const stored = props ? props.getProperty(LANG_KEY) : null;
  if (stored === 'en' || stored === 'zh') return stored;
  return langFromLocale(ss.getSpreadsheetLocale());
}
