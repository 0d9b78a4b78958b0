// Whether the add-on's own columns are protected from whoever runs now (a rep, in the sidebar or the simple onEdit):
// then only the rep's columns are written and the next heartbeat, run as the manager who owns it, stamps the rest.
import type { DocContext } from './context';
import { documentStore } from './store';
import { addonColumnsEditable } from '../sheets/protection';

export const PROTECTED_KEY = 'dc.protectedColumns';

export function addOnColumnsProtectedFor(ctx: DocContext): boolean {
  if (documentStore(ctx.ss.getId()).getProperty(PROTECTED_KEY) !== '1') return false;
  return !addonColumnsEditable(ctx.ss);
}
