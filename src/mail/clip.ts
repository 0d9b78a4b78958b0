// Gmail shows only the first ~102 KB of a message's HTML and hides the rest behind "[Message clipped]" (SPEC
// "Limits"). A digest whose HTML would pass that is shortened, and only where the discipline allows it:
// - never cut: every rep's A customers (SPEC discipline 4) and the invalid uncleared rows (always shown);
// - cut, longest first: the other uncleared rows, the soft drops, the not-first-visit list, the week's flow table and
//   each rep's pushed targets. They are cut to one shared length, the longest that fits, so the longest lose rows
//   first and short ones stay whole; each cut list ends with "… and N more" and the link to the sheet.
// - Only when what is never cut passes the clip on its own are the A lines made shorter (no next step, then no row
//   link, then no facts line, at last only the names in a run with a colour square for the flagged ones) — still every
//   A customer, each with its most urgent flag's colour.
// The plain-text body is not clipped by Gmail: it is kept whole, and shortened the same way only past TEXT_BYTES
// (Apps Script refuses a message body over ~200 KB). Small digests are never touched.
import type { Capped, DigestModel, UnclearedItem } from '../domain/digestModel';

/** Below Gmail's 102 KB, with room for what MailApp adds around the body. */
export const CLIP_BYTES = 100_000;
/** The plain text's own bound: with the HTML's 100 KB, under the ~200 KB a message body may have. */
export const TEXT_BYTES = 100_000;
/**
 * How far the A lines may be shortened: 0 whole, 1 no next step, 2 no row link, 3 no facts line either (name and
 * flags), 4 the names in one run per card (HTML; the plain text stays at 3).
 */
export const MAX_COMPACT = 4;

/** UTF-8 bytes, as Gmail counts them (a Chinese character is three). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; } // a surrogate pair is one 4-byte character
    else n += 3;
  }
  return n;
}

function cut<T>(list: Capped<T>, keep: number): Capped<T> {
  if (list.items.length <= keep) return list;
  return { items: list.items.slice(0, keep), more: list.more + list.items.length - keep };
}

/** The invalid rows lead the uncleared list (most urgent first) and are never cut. */
function invalidCount(items: UnclearedItem[]): number {
  let n = 0;
  while (n < items.length && items[n].flags[0]?.kind === 'invalid') n++;
  return n;
}

/** The length of the longest list that may be cut (the uncleared list counted without its invalid rows). */
export function longestCuttable(m: DigestModel): number {
  return Math.max(
    m.uncleared.items.length - invalidCount(m.uncleared.items), m.softDrops.items.length, m.notFirstVisit.items.length,
    m.flow.length, ...m.reps.map((r) => r.pushed.length),
  );
}

/**
 * The model with every list that may be cut shortened to at most `keep` rows (the uncleared list keeping its invalid
 * rows besides, a rep's pushed targets at least one). The A customers are left whole.
 */
export function cutLists(m: DigestModel, keep: number): DigestModel {
  const flowCut = Math.max(0, m.flow.length - keep);
  // A rep's pushed line keeps its most pushed target, so its "… and N more" says more of what.
  const pushedKeep = Math.max(1, keep);
  return {
    ...m,
    reps: m.reps.map((r) => (r.pushed.length <= pushedKeep ? r
      : { ...r, pushed: r.pushed.slice(0, pushedKeep), pushedMore: (r.pushedMore ?? 0) + r.pushed.length - pushedKeep })),
    uncleared: cut(m.uncleared, invalidCount(m.uncleared.items) + keep),
    softDrops: cut(m.softDrops, keep),
    notFirstVisit: cut(m.notFirstVisit, keep),
    flow: flowCut > 0 ? m.flow.slice(0, keep) : m.flow,
    flowMore: (m.flowMore ?? 0) + flowCut,
  };
}

/** Every A customer still there, each on a shorter line: `level` as MAX_COMPACT says. */
export function compactA(m: DigestModel, level: number): DigestModel {
  if (level <= 0) return m;
  return {
    ...m,
    aCompact: level,
    reps: m.reps.map((r) => ({
      ...r,
      aCustomers: {
        more: r.aCustomers.more,
        items: r.aCustomers.items.map((a) => ({
          ...a,
          nextStep: '',
          ...(level >= 2 ? { link: '' } : {}),
          ...(level >= 3 ? { target: '' as const, daysAsA: null, visits: null, pushes: 0 } : {}),
        })),
      },
    })),
  };
}

/**
 * The model as it fits under `limit` bytes, with its rendering. A binary search on the one shared length (a dozen
 * renders at most), not a render per row dropped; then, only if even length 0 does not fit, the same at each
 * shorter form of the A lines. When nothing fits (the A customers alone pass the limit), the shortest form is
 * returned: an A customer is never dropped.
 */
export function fitToClip(
  model: DigestModel, render: (m: DigestModel) => string, limit = CLIP_BYTES,
): { model: DigestModel; body: string } {
  const whole = render(model);
  if (utf8Bytes(whole) <= limit) return { model, body: whole };
  const longest = longestCuttable(model);
  let last = { model, body: whole };
  for (let level = 0; level <= MAX_COMPACT; level++) {
    const base = compactA(model, level);
    const m0 = cutLists(base, 0);
    last = { model: m0, body: render(m0) };
    if (utf8Bytes(last.body) > limit) continue;
    let best = last;
    let low = 1;
    let high = level === 0 ? longest - 1 : longest; // at level 0 the whole length was tried first
    while (low <= high) {
      const keep = Math.floor((low + high) / 2);
      const m = cutLists(base, keep);
      const body = render(m);
      if (utf8Bytes(body) <= limit) {
        best = { model: m, body };
        low = keep + 1;
      } else {
        high = keep - 1;
      }
    }
    return best;
  }
  return last;
}
