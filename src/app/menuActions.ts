// What the menu's items do with the document; ui/menu shows the answers.
import { t } from '../i18n';
import type { DocContext } from './context';
import { chooseTabs, setUpAndAdopt, type Ask, type SetupOutcome } from './adopt';
import { readRecentLog } from '../sheets/logSheet';
import { refreshFlags, type RefreshResult } from './refresh';
import { dashboardErrors } from './dashboard';
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

/**
 * Set up / repair, then a refresh of every row (adopting the rows already there on the first Set up); the lines of its
 * one short report, and the context as it now stands. Tabs are chosen (asking) before the lock is taken.
 */
export function setupAndRefresh(ctx: DocContext, ask?: Ask): SetupOutcome {
  const choice = ask ? chooseTabs(ctx, ask) : {};
  return locked(() => {
    const outcome = setUpAndAdopt(ctx, choice);
    // The Dashboard tab comes after the team's own tabs, drawn from the log as it stands (empty on a first Set up).
    const { fresh, refreshed } = outcome;
    if (refreshed) outcome.lines.push(...dashboardErrors(fresh, refreshed.table.rows, readRecentLog(fresh.ss, fresh.timeZone, fresh.today)));
    return outcome;
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
