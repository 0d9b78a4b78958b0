// Every endpoint is callable from the browser console, so arguments are checked before anything is read.
import { UserError } from '../i18n/errors';

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function requireObject(v: unknown, what: string): Record<string, unknown> {
  if (!isPlainObject(v)) throw new UserError('sv.badArgs', { what });
  return v;
}

export function optionalText(v: unknown, what: string, max = 500): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || v.length > max) throw new UserError('sv.badArgs', { what });
  return v;
}

export function requireText(v: unknown, what: string, max = 500): string {
  const s = optionalText(v, what, max);
  if (s === undefined || !s.trim()) throw new UserError('sv.badArgs', { what });
  return s;
}

export function requireOneOf<T extends string>(v: unknown, allowed: readonly T[], what: string): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) throw new UserError('sv.badArgs', { what });
  return v as T;
}
