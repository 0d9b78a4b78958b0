// Batched writes go one call per block of adjacent rows or columns: this splits positions into those blocks.

/** Contiguous runs of whole numbers, ascending: [9, 2, 3, 4] → [[2, 3, 4], [9]]. */
export function contiguousRuns(positions: number[]): number[][] {
  const runs: number[][] = [];
  for (const n of [...positions].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && n === last[last.length - 1] + 1) last.push(n);
    else runs.push([n]);
  }
  return runs;
}
