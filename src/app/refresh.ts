// Refresh: every Pipeline row through the session — stamps for changes that came without an edit event, the memory and
// the Flag column, each written once where it changed. Colours follow from the memory through the sheet's conditional-
// format rules: no background is read or written. Having read everything fresh, it leaves the edit guard's cached
// configuration rebuilt (and the rules checked whenever the columns they cover may have moved).
import type { DocContext } from './context';
import { sheetNameOf, type PipelineTable } from '../sheets/pipeline';
import { PipelineSession } from './session';
import { configOf } from '../sheets/context';
import { forgetGuardConfig, readGuardConfig, saveGuardConfig } from '../sheets/configCache';
import { clearPaintedFlags, installFlagRules, rulesSignature, writeFlagLegend } from '../sheets/highlight';
import { rememberMenuLang } from './menuLang';

export interface RefreshResult {
  table: PipelineTable;
  rowsSeen: number;
  flagged: number;
  changed: number;
}

export function refreshFlags(ctx: DocContext, opts: { adopting?: boolean } = {}): RefreshResult {
  const session = PipelineSession.whole(ctx);
  const hadMemory = session.hasMemoryColumn;
  session.decideAll({ adopting: opts.adopting });
  const changed = session.commit();
  rememberWhatWasRead(ctx, session.table, hadMemory);
  return { table: session.table, rowsSeen: session.rows.length, flagged: session.flagged, changed };
}

/**
 * The guard's configuration from this fresh read. The flag rules are checked (one read of the sheet's rules) only
 * when the cached configuration does not already say they were installed for these columns in this language.
 */
function rememberWhatWasRead(ctx: DocContext, table: PipelineTable, hadMemory: boolean): void {
  const cached = readGuardConfig();
  const shape = { headerRow: table.headerRow, cols: table.cols, width: table.width };
  const rules = rulesSignature(shape);
  if (!cached || cached.rules !== rules || cached.lang !== ctx.lang) {
    const outcome = installFlagRules(table.sheet, shape);
    // A sheet an earlier version painted by hand: its painted flag colours go, once (the team's own colours stay).
    if (outcome.firstTime && hadMemory) clearPaintedFlags(table.sheet, shape);
    writeFlagLegend(table.sheet, shape, ctx.lang);
    rememberMenuLang(ctx);
  }
  const next = configOf(ctx, { name: sheetNameOf(ctx.ss, table.sheet), shape }, rules);
  if (next) saveGuardConfig(next, cached);
  else if (cached) forgetGuardConfig();
}
