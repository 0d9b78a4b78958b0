// Session and Utilities: who is running, the script's zone, date formatting, ids, bytes (base64, digests, HMAC
// signatures) and sleeping on the runtime clock; and Logger.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { formatDate, isValidTimeZone, parseDate } from './dates';
import { fail } from './errors';
import { countObject, Host } from './host';
import { userObject } from './protection';

const user = userObject;

export function createSession(host: Host, userLocale: () => string) {
  return countObject(host, 'Session', {
    /** '' is what Apps Script gives when the user's address is withheld (consumer accounts, other domains). */
    getActiveUser() {
      host.requireAuth('Session', 'getActiveUser');
      return user(host.activeUser);
    },
    getEffectiveUser() {
      host.requireAuth('Session', 'getEffectiveUser');
      return user(host.effectiveUser);
    },
    getScriptTimeZone: () => host.scriptTimeZone,
    getActiveUserLocale: () => userLocale(),
    getTemporaryActiveUserKey: () => createHash('sha256').update(`key:${host.activeUser}`).digest('base64').slice(0, 43),
  }, { kind: 'session' });
}

function checkZone(timeZone: string): void {
  if (!isValidTimeZone(String(timeZone))) fail(`Invalid argument: timeZone`);
}

// Enum values are their names here; typed loosely so Apps Script's own Utilities type still converts to ours.
type Enum<K extends string> = { readonly [P in K]: unknown };
const Charset: Enum<'US_ASCII' | 'UTF_8'> = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' };
const DigestAlgorithm: Enum<'MD2' | 'MD5' | 'SHA_1' | 'SHA_256' | 'SHA_384' | 'SHA_512'> =
  { MD2: 'MD2', MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512' };
const MacAlgorithm: Enum<'HMAC_MD5' | 'HMAC_SHA_1' | 'HMAC_SHA_256' | 'HMAC_SHA_384' | 'HMAC_SHA_512'> =
  { HMAC_MD5: 'HMAC_MD5', HMAC_SHA_1: 'HMAC_SHA_1', HMAC_SHA_256: 'HMAC_SHA_256', HMAC_SHA_384: 'HMAC_SHA_384', HMAC_SHA_512: 'HMAC_SHA_512' };
const NODE_HASH: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

/** Apps Script's bytes are Java's: signed, -128..127. Either form is accepted going in. */
type Bytes = number[];

function toBuffer(data: string | Bytes, charset?: unknown): Buffer {
  if (Array.isArray(data)) return Buffer.from(data.map((b) => Number(b) & 0xff));
  return Buffer.from(String(data), charset === Charset.US_ASCII ? 'ascii' : 'utf8');
}

function signedBytes(buffer: Buffer): Bytes {
  return [...buffer].map((b) => (b > 127 ? b - 256 : b));
}

function nodeHash(algorithm: unknown, prefix = ''): string {
  const name = String(algorithm).replace(prefix, '');
  const hash = NODE_HASH[name];
  if (!hash) fail(`Invalid argument: algorithm`);
  return hash;
}

export function createUtilities(host: Host) {
  return countObject(host, 'Utilities', {
    Charset, DigestAlgorithm, MacAlgorithm,
    formatDate(date: Date, timeZone: string, format: string): string {
      if (!(date instanceof Date) && Object.prototype.toString.call(date) !== '[object Date]') {
        fail("The parameters (" + typeof date + ",String,String) don't match the method signature for Utilities.formatDate.");
      }
      checkZone(timeZone);
      return formatDate(date, timeZone, format);
    },
    parseDate(date: string, timeZone: string, format: string): Date {
      checkZone(timeZone);
      const parsed = parseDate(String(date), timeZone, format);
      if (!parsed) fail(`Unparseable date: "${date}"`);
      return parsed;
    },
    getUuid: () => randomUUID(),
    /** Sleeping moves the runtime clock instead of blocking the test. */
    sleep(milliseconds: number): void {
      if (milliseconds > 300000) fail('Invalid argument: milliseconds');
      host.clock.advance(milliseconds);
    },
    // Methods (not arrow properties) so each accepts Apps Script's overloads as one signature.
    base64Encode(data: string | Bytes, charset?: unknown): string {
      return toBuffer(data, charset).toString('base64');
    },
    base64EncodeWebSafe(data: string | Bytes, charset?: unknown): string {
      return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    base64Decode: (encoded: string) => signedBytes(Buffer.from(String(encoded), 'base64')),
    base64DecodeWebSafe: (encoded: string) => signedBytes(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64')),
    computeDigest(algorithm: unknown, value: string | Bytes, charset?: unknown): Bytes {
      return signedBytes(createHash(nodeHash(algorithm)).update(toBuffer(value, charset)).digest());
    },
    computeHmacSignature(algorithm: unknown, value: string | Bytes, key: string | Bytes, charset?: unknown): Bytes {
      return signedBytes(createHmac(nodeHash(algorithm, 'HMAC_'), toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
    },
    /** HMAC-SHA256 of value under key, as signed bytes (-128..127) like Apps Script's Byte[]. */
    computeHmacSha256Signature(value: string | Bytes, key: string | Bytes, charset?: unknown): Bytes {
      return signedBytes(createHmac('sha256', toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
    },
    formatString: (template: string, ...args: unknown[]) => {
      let i = 0;
      return String(template).replace(/%[sd]/g, () => String(args[i++]));
    },
  }, { kind: 'utilities' });
}

export function createLogger(host: Host) {
  const log = (...args: unknown[]) => {
    host.logs.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  };
  const logger = countObject(host, 'Logger', {
    log(format: unknown, ...values: unknown[]) {
      if (typeof format === 'string' && values.length > 0) {
        let i = 0;
        log(format.replace(/%s/g, () => String(values[i++])));
      } else {
        log(format);
      }
      return logger;
    },
    getLog: () => host.logs.join('\n'),
    clear: () => { host.logs.length = 0; },
  }, { kind: 'log' });
  const console = { log, info: log, warn: log, error: log, time: () => undefined, timeEnd: () => undefined };
  return { Logger: logger, console };
}
