// Refresh: every Pipeline row through the session — stamps for changes that came without an edit event, the memory,
// the Flag column and the highlights, each written once.
import type { DocContext } from './context';
import type { PipelineTable } from '../sheets/pipeline';
import { PipelineSession } from './session';

export interface RefreshResult {
  table: PipelineTable;
  rowsSeen: number;
  flagged: number;
  changed: number;
}

export function refreshFlags(ctx: DocContext, opts: { adopting?: boolean } = {}): RefreshResult {
  const session = PipelineSession.whole(ctx);
  session.decideAll({ adopting: opts.adopting });
  const changed = session.commit();
  return { table: session.table, rowsSeen: session.rows.length, flagged: session.flagged, changed };
}
