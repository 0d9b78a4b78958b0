// One e-mail normaliser: Team, the signed-in user and the digest's recipients all compare addresses this way.

/** Lower-case, trimmed; '' for nothing. */
export function normalizeEmail(email: string | null | undefined): string {
  return String(email ?? '').trim().toLowerCase();
}

/** A short, stable tag for an address (FNV-1a, base 36): records of who was mailed today stay small at 100 people. */
export function emailTag(email: string): string {
  let h = 0x811c9dc5;
  for (const ch of normalizeEmail(email)) {
    h ^= ch.codePointAt(0) as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
