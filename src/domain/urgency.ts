// Which uncleared reason comes first (SPEC "Digest": invalid, A without target, pushed, missed, aged): what must be
// fixed before what has merely aged. The digest's uncleared list and the sidebar's both sort by this one order.
import type { Flag, FlagKind } from './types';

export const URGENCY: readonly FlagKind[] = ['invalid', 'noTarget', 'pushed', 'missed', 'aged'];

/** 0 for the most urgent kind; a row without a flag sorts after every flagged one. */
export function urgencyRank(kind: FlagKind | null | undefined): number {
  return kind ? URGENCY.indexOf(kind) : URGENCY.length;
}

/** The flags most urgent first (a copy; the order among flags of one kind is kept). */
export function byUrgency(flags: readonly Flag[]): Flag[] {
  return [...flags].sort((a, b) => urgencyRank(a.kind) - urgencyRank(b.kind));
}

export function mostUrgent(flags: readonly Flag[]): FlagKind | null {
  let best: FlagKind | null = null;
  for (const flag of flags) if (best === null || urgencyRank(flag.kind) < urgencyRank(best)) best = flag.kind;
  return best;
}
