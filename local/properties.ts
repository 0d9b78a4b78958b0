// PropertiesService: script, document and per-user stores of strings.
import { fail } from './errors';
import { countCalls, countObject, Host } from './host';
import type { Mirror } from './types';

const MAX_VALUE = 9 * 1024;

export class LocalProperties implements Mirror<GoogleAppsScript.Properties.Properties,
  'getProperty' | 'setProperty' | 'setProperties' | 'getProperties' | 'deleteProperty' | 'deleteAllProperties' | 'getKeys'> {
  constructor(readonly host: Host, private readonly store: Map<string, string>) {}
  getProperty(key: string): string | null {
    return this.store.has(String(key)) ? (this.store.get(String(key)) as string) : null;
  }
  setProperty(key: string, value: string): this {
    const text = String(value);
    if (text.length > MAX_VALUE) fail('Argument too large: value');
    this.store.set(String(key), text);
    return this;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): this {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.setProperty(k, v);
    return this;
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }
  deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
}

countCalls(LocalProperties.prototype, 'Properties', { kind: 'properties' });

export function createPropertiesService(host: Host) {
  const script = new Map<string, string>();
  const document = new Map<string, string>();
  const users = new Map<string, Map<string, string>>();
  return countObject(host, 'PropertiesService', {
    getScriptProperties(): LocalProperties {
      host.requireAuth('PropertiesService', 'getScriptProperties');
      return new LocalProperties(host, script);
    },
    getDocumentProperties(): LocalProperties {
      host.requireAuth('PropertiesService', 'getDocumentProperties');
      return host.hasActiveDocument ? new LocalProperties(host, document) : (null as unknown as LocalProperties);
    },
    /** Keyed by the effective user: the one the script runs as (a trigger's owner, or the person at the keyboard). */
    getUserProperties(): LocalProperties {
      host.requireAuth('PropertiesService', 'getUserProperties');
      const key = host.effectiveUser;
      if (!users.has(key)) users.set(key, new Map());
      return new LocalProperties(host, users.get(key) as Map<string, string>);
    },
  }, { kind: 'properties' });
}
