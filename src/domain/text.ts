// Text matching shared by cells, tiers, settings and team: one normalisation everywhere.

/** NFKC folds full-width letters/digits (Ａ, １) into ASCII so matching does not depend on the input method. */
export function normalizeText(s: string): string {
  const text = String(s);
  let folded = seen.get(text);
  if (folded === undefined) {
    folded = text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
    // Names repeat on every row: remembering them keeps a 50,000-row run linear in practice, not in NFKC calls.
    if (seen.size > 10000) seen.clear();
    seen.set(text, folded);
  }
  return folded;
}

const seen = new Map<string, string>();

/** Sheet, header and Settings-key comparison: case-, space- and width-insensitive, a trailing ? ignored. */
export function nameKey(text: string): string {
  return normalizeText(text).replace(/\s+/g, '').replace(/[?？]/g, '');
}
