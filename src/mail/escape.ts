// Every value in the digest comes from a shared sheet anyone on the team can type into, so it is escaped
// before it touches markup, and only the spreadsheet's own https links become hrefs.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** Only plain https URLs are links: never javascript:, data: or anything with quotes or spaces to break out. */
export function isSafeLink(link: string): boolean {
  return /^https:\/\/[^\s"'<>]+$/i.test(String(link).trim());
}

/** The link as an attribute value, or '' when it is not safe. */
export function safeHref(link: string): string {
  return isSafeLink(link) ? escapeHtml(String(link).trim()) : '';
}
