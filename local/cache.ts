// CacheService: string values that expire against the runtime clock.
import { fail } from './errors';
import { countCalls, countObject, Host } from './host';
import type { Mirror } from './types';

const DEFAULT_TTL = 600;
const MAX_TTL = 21600;
const MAX_VALUE = 100 * 1024;

type Entry = { value: string; expires: number };

export class LocalCache implements Mirror<GoogleAppsScript.Cache.Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'> {
  constructor(readonly host: Host, private readonly entries: Map<string, Entry>) {}
  get(key: string): string | null {
    const e = this.entries.get(String(key));
    if (!e) return null;
    if (e.expires <= this.host.clock.now().getTime()) {
      this.entries.delete(String(key));
      return null;
    }
    return e.value;
  }
  getAll(keys: string[]): { [key: string]: string } {
    const out: { [key: string]: string } = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = DEFAULT_TTL): void {
    const text = String(value);
    if (String(key).length > 250) fail('Argument too large: key');
    if (text.length > MAX_VALUE) fail('Argument too large: value');
    const ttl = Math.min(Math.max(1, expirationInSeconds), MAX_TTL);
    this.entries.set(String(key), { value: text, expires: this.host.clock.now().getTime() + ttl * 1000 });
  }
  putAll(values: { [key: string]: string }, expirationInSeconds = DEFAULT_TTL): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.entries.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.entries.delete(String(k));
  }
}

countCalls(LocalCache.prototype, 'Cache', { kind: 'cache' });

export function createCacheService(host: Host) {
  const script = new Map<string, Entry>();
  const document = new Map<string, Entry>();
  const users = new Map<string, Map<string, Entry>>();
  return countObject(host, 'CacheService', {
    getScriptCache: () => new LocalCache(host, script),
    getDocumentCache: () => new LocalCache(host, document),
    getUserCache: () => {
      if (!users.has(host.effectiveUser)) users.set(host.effectiveUser, new Map());
      return new LocalCache(host, users.get(host.effectiveUser) as Map<string, Entry>);
    },
  }, { kind: 'cache' });
}
