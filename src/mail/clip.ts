// Gmail shows only the first ~102 KB of a message's HTML and hides the rest behind "[Message clipped]" (SPEC
// "Limits"). A digest that would pass that is shortened: every list is cut to the same length, the longest length
// that fits, so the longest lists lose rows first, and each cut list ends with "… and N more" and the link to the
// sheet. The A customers are still counted in each rep's card. Small digests are never touched.
import type { Capped, DigestModel } from '../domain/digestModel';

/** Below Gmail's 102 KB, with room for what MailApp adds around the body. */
export const CLIP_BYTES = 100_000;

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

/** The model with every list (each rep's A customers included) cut to at most `keep` rows. */
export function cutLists(m: DigestModel, keep: number): DigestModel {
  return {
    ...m,
    reps: m.reps.map((r) => ({ ...r, aCustomers: cut(r.aCustomers, keep) })),
    uncleared: cut(m.uncleared, keep),
    softDrops: cut(m.softDrops, keep),
    notFirstVisit: cut(m.notFirstVisit, keep),
  };
}

/**
 * The model as it fits under `limit` bytes of HTML, with that HTML. A binary search on the one length (a dozen renders
 * at most), not a render per row dropped.
 */
export function fitToClip(model: DigestModel, render: (m: DigestModel) => string, limit = CLIP_BYTES): { model: DigestModel; html: string } {
  const html = render(model);
  if (utf8Bytes(html) <= limit) return { model, html };
  const longest = Math.max(model.uncleared.items.length, model.softDrops.items.length, model.notFirstVisit.items.length,
    ...model.reps.map((r) => r.aCustomers.items.length));
  let best = { model: cutLists(model, 0), html: '' };
  best.html = render(best.model);
  let low = 1;
  let high = longest - 1;
  while (low <= high) {
    const keep = Math.floor((low + high) / 2);
    const m = cutLists(model, keep);
    const h = render(m);
    if (utf8Bytes(h) <= limit) {
      best = { model: m, html: h };
      low = keep + 1;
    } else {
      high = keep - 1;
    }
  }
  return best;
}
