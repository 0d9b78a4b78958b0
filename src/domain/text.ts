// Text matching shared by cells, tiers, settings and team: one normalisation everywhere.

/** NFKC folds full-width letters/digits (Ａ, １) into ASCII so matching does not depend on the input method. */
export function normalizeText(s: string): string {
  return String(s).normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
