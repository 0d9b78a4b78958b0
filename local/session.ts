// Session and Utilities: who is running, the script's zone, date formatting, ids and sleeping on the runtime clock.
import { createHash, randomUUID } from 'node:crypto';
import { formatDate, isValidTimeZone, parseDate } from './dates';
import { fail } from './errors';
import type { Host } from './host';

function user(email: string) {
  return { getEmail: () => email, getUsername: () => email.split('@')[0], toString: () => email };
}

export function createSession(host: Host, userLocale: () => string) {
  return {
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
  };
}

function checkZone(timeZone: string): void {
  if (!isValidTimeZone(String(timeZone))) fail(`Invalid argument: timeZone`);
}

export function createUtilities(host: Host) {
  return {
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
    base64Encode: (data: string) => Buffer.from(String(data), 'utf8').toString('base64'),
    base64Decode: (encoded: string) => [...Buffer.from(String(encoded), 'base64')].map((b) => (b > 127 ? b - 256 : b)),
    formatString: (template: string, ...args: unknown[]) => {
      let i = 0;
      return String(template).replace(/%[sd]/g, () => String(args[i++]));
    },
  };
}

export function createLogger(host: Host) {
  const log = (...args: unknown[]) => {
    host.logs.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  };
  const logger = {
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
  };
  const console = { log, info: log, warn: log, error: log, time: () => undefined, timeEnd: () => undefined };
  return { Logger: logger, console };
}
