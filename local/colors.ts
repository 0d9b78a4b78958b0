// Sheets reports colours as lower-case '#rrggbb' whatever spelling was set.
const NAMED: Record<string, string> = {
  white: '#ffffff', black: '#000000', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
  orange: '#ffa500', gray: '#808080', grey: '#808080', purple: '#800080', pink: '#ffc0cb', cyan: '#00ffff',
  magenta: '#ff00ff', lime: '#00ff00', silver: '#c0c0c0', maroon: '#800000', navy: '#000080', teal: '#008080',
};

export const DEFAULT_BACKGROUND = '#ffffff';

export function normalizeColor(color: string | null | undefined, fallback = DEFAULT_BACKGROUND): string {
  if (color === null || color === undefined || color === '') return fallback;
  const c = String(color).trim().toLowerCase();
  if (NAMED[c]) return NAMED[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  return fallback;
}
