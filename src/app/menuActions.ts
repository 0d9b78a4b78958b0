// What the menu's items do with the document; ui/menu shows the answers.
import { t } from '../i18n';
import { loadContext, type DocContext } from './context';
import { setupSheets } from '../sheets/setup';
import { readRecentLog } from '../sheets/logSheet';
import { refreshFlags, type RefreshResult } from './refresh';
import { digestFor } from './nightly';
import { withDocumentLock } from './lock';
import { UserError } from '../i18n/errors';
import type { OutgoingDigest } from '../mail/send';
import { activeProblems } from '../domain/team';
import { noteTeamActive } from '../sheets/teamSheet';

function locked<T>(body: () => T): T {
  const done = withDocumentLock(30 * 1000, body);
  if (done.busy) throw new UserError('app.runBusy');
  return done.value;
}

/** Set up / repair, then a refresh of every row; the lines of its report, and the context as it now stands. */
export function setupAndRefresh(ctx: DocContext): { lines: string[]; fresh: DocContext; refreshed: RefreshResult } {
  return locked(() => {
    const report = setupSheets(ctx.ss, ctx.lang);
    const lines: string[] = [];
    if (report.created.length) lines.push(t(ctx.lang, 'app.setup.created', { list: report.created.join(', ') }));
    if (report.addedColumns.length) lines.push(t(ctx.lang, 'app.setup.columns', { list: report.addedColumns.join(', ') }));
    if (report.addedSettings.length) lines.push(t(ctx.lang, 'app.setup.settings', { count: report.addedSettings.length }));
    if (!lines.length) lines.push(t(ctx.lang, 'app.setup.nothing'));
    const fresh = loadContext(ctx.ss);
    const refreshed = refreshFlags(fresh);
    return { lines, fresh, refreshed };
  });
}

/** The Team sheet's problems in words (also kept as a note on its Active header, where the team sees them). */
export function teamProblemLines(ctx: DocContext): string[] {
  const lines = activeProblems(ctx.team).map((p) => t(ctx.lang, 'app.teamActiveProblem', p));
  noteTeamActive(ctx.ss, lines.join('\n'));
  return lines;
}

export function refreshNow(ctx: DocContext): RefreshResult {
  return locked(() => refreshFlags(ctx));
}

/** Today's digest for one manager, from the sheet as it is now (its noticed changes stamped first); sends nothing. */
export function previewDigest(ctx: DocContext, managerEmail: string): OutgoingDigest {
  return locked(() => {
    const { table } = refreshFlags(ctx);
    return digestFor(ctx, table, readRecentLog(ctx.ss, ctx.timeZone, ctx.today), managerEmail);
  });
}
