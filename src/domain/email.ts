// One e-mail normaliser: Team, the signed-in user and the digest's recipients all compare addresses this way.

/** Lower-case, trimmed; '' for nothing. */
export function normalizeEmail(email: string | null | undefined): string {
  return String(email ?? '').trim().toLowerCase();
}
