// What a run would cost on Google's servers: the local runtime counts every service call (by method and kind) and the
// cells each value call moves; this prices them with published per-call measurements. The local wall time has no
// network in it, so on its own it says little about Apps Script; the model gives a low and a high estimate instead.
// Each figure names its source; "estimate" marks a figure no published measurement backs, chosen as a round number
// inside the measured ones.
//
// Sources:
//  [bp]   Google, Apps Script best practices — "Minimize calls to other services", "Use batch operations":
//         https://developers.google.com/apps-script/guides/support/best-practices
//  [blog] Google Apps Script blog, "Optimizing Spreadsheet Operations" (2010): reads and writes are cached, and every
//         read first commits the pending writes: http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html
//  [bug]  bugbugnow.net, "GoogleAppsScriptのスプレッドシート処理を高速化する" (2019): getLastRow() called in a
//         1,000-iteration loop took 160 s (160 ms a call); 1,000 getRange().getValue() calls took ~3 s:
//         https://www.bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html
//  [so]   "What is faster: ScriptDb or SpreadsheetApp?" (a Stack Overflow answer, as mirrored): one setValues of 4,000
//         cells < 50 ms; with a flush() 610 ms:
//         https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp
//  [zir]  Luis Peralta, "Google Apps Script APIs performance", 100 runs each (min/avg/max ms): Properties getProperty
//         20/30/84, setProperty 43/62/231; CacheService get 3/3/7 (user cache 3/4/8), put 73/93/281:
//         https://ziritione.org/post/apps_script_performance
//  [qii]  Qiita, CacheService notes (10 runs): getting the cache object 2–4 ms, remove 51–145 ms:
//         https://qiita.com/mitonattou919/items/a0fdd1a9e4559ee4a512
//  [mail] Small Outbox FAQ: "An email with total size of 100KB will take about 1.2 seconds to send":
//         https://sites.google.com/quickfixters.com/add-onsuniverse/faq
//  [lim]  Apps Script quotas — script runtime 6 min per execution: https://developers.google.com/apps-script/guides/services/quotas ;
//         simple triggers and custom functions 30 s (as tanaikech's benchmarks quote it): https://tanaikech.github.io/topics/benchmark
import type { CallRecord, MethodKind, MethodStats } from '../local';

export interface Range {
  low: number;
  high: number;
}

/** Milliseconds per call, by the runtime's kind of call. */
export const PER_CALL: Record<MethodKind, Range> = {
  // [bp][blog] a value read is a round trip; 20–175 ms a call as issue #11 quotes published measurements ([bug] saw
  // ~3 ms a cell read when Sheets' look-ahead cache serves a run of neighbouring getValue calls).
  read: { low: 20, high: 175 },
  // [so] one setValues of 4,000 cells returned in < 50 ms, cells included; [blog] writes are cached and committed
  // together before the next read. Estimate: 10–100 ms a call.
  write: { low: 10, high: 100 },
  // estimate: a format, note, validation or rule call is a write of cell properties, as a write.
  format: { low: 10, high: 100 },
  // estimate: a getter of something the script already holds (a name, an id, a range's address).
  meta: { low: 2, high: 20 },
  // estimate: builders, rule conditions, toasts — as a getter.
  other: { low: 2, high: 20 },
  // [zir] getProperty min 20 / max 84 ms (setProperty is priced per method below).
  properties: { low: 20, high: 84 },
  // [zir] cache get min 3 / max 8 ms (put and remove per method below).
  cache: { low: 3, high: 8 },
  // estimate: no published figure; a lock is a small round trip of its own.
  lock: { low: 5, high: 50 },
  // estimate: the signed-in user, the locale.
  session: { low: 1, high: 20 },
  // [mail] ~1.2 s for a 100 KB email; estimate 0.5 s for a short one.
  mail: { low: 500, high: 1200 },
  // estimate: an outside webhook.
  urlfetch: { low: 100, high: 1000 },
  // estimate: creating or deleting a trigger.
  script: { low: 20, high: 200 },
  // estimate: date formatting and UUIDs are computed beside the script, far below any round trip.
  utilities: { low: 0.01, high: 0.1 },
  // estimate: the call only (a dialog waits for the person, which is not the script's time).
  ui: { low: 20, high: 200 },
  log: { low: 0, high: 1 },
};

/** Methods priced apart from their kind. */
export const PER_METHOD: Record<string, Range> = {
  // [bug] 160 ms a getLastRow() call in a loop: the sheet's extent is worked out on the server.
  'Sheet.getLastRow': { low: 2, high: 160 },
  'Sheet.getLastColumn': { low: 2, high: 160 },
  'Sheet.getDataRange': { low: 2, high: 160 },
  'Sheet.getMaxRows': { low: 2, high: 160 },
  'Sheet.getMaxColumns': { low: 2, high: 160 },
  // [zir] setProperty min 43 / max 231 ms; deleting is a write too (estimate: the same).
  'Properties.setProperty': { low: 43, high: 231 },
  'Properties.deleteProperty': { low: 43, high: 231 },
  'Properties.setProperties': { low: 43, high: 231 },
  // estimate: handing out the store object, not a round trip of its own.
  'PropertiesService.getDocumentProperties': { low: 1, high: 5 },
  'PropertiesService.getUserProperties': { low: 1, high: 5 },
  'PropertiesService.getScriptProperties': { low: 1, high: 5 },
  // [zir] put min 73 / max 281 ms; [qii] remove 51–145 ms, the cache object 2–4 ms.
  'Cache.put': { low: 73, high: 281 },
  'Cache.putAll': { low: 73, high: 281 },
  'Cache.remove': { low: 51, high: 145 },
  'Cache.removeAll': { low: 51, high: 145 },
  'CacheService.getDocumentCache': { low: 2, high: 4 },
  'CacheService.getScriptCache': { low: 2, high: 4 },
  'CacheService.getUserCache': { low: 2, high: 4 },
  // estimate: a TextFinder search runs in Sheets beside the cells and returns only the matching ranges (no cell value
  // travels): one round trip, priced above a value read's high figure [bp] for the search itself.
  'TextFinder.findAll': { low: 20, high: 250 },
  'TextFinder.findNext': { low: 20, high: 250 },
  'TextFinder.findPrevious': { low: 20, high: 250 },
  // estimate: a quota lookup, not a send.
  'MailApp.getRemainingDailyQuota': { low: 20, high: 100 },
  // estimate: listing the project's triggers is a lookup in a store, priced as a property read [zir].
  'ScriptApp.getProjectTriggers': { low: 20, high: 84 },
  'ScriptApp.getUserTriggers': { low: 20, high: 84 },
  // estimate: getting the lock object is local; tryLock/waitLock/releaseLock are the round trips.
  'LockService.getDocumentLock': { low: 1, high: 5 },
  'LockService.getUserLock': { low: 1, high: 5 },
  'LockService.getScriptLock': { low: 1, high: 5 },
};

/**
 * Milliseconds per cell moved by a value call, on top of its round trip. Estimate: [so] one setValues of 4,000 cells
 * took < 50 ms with its round trip (≤ 12.5 µs a cell); 2 µs low, 15 µs (read) and 20 µs (written) high.
 */
export const PER_CELL = { read: { low: 0.002, high: 0.015 }, written: { low: 0.002, high: 0.02 } };

/**
 * The calls that carry one value per cell over the wire: the grid getters and setters (getValues, setBackgrounds…)
 * and their one-cell forms. A call that applies one thing to a range (setNumberFormat, setDataValidation, clear,
 * sort) sends one value whatever the range's size, so its cells are not priced.
 */
const GRID = /^(get|set)(Values|DisplayValues|Formulas|Backgrounds|Notes|NumberFormats|FontWeights|FontColors|DataValidations)$/;
const ONE_CELL = /^(getValue|getDisplayValue|getFormula|getBackground|getNote|getNumberFormat|getFontWeight|getDataValidation|setValue|setFormula|isBlank)$/;

export function movesCells(method: string): boolean {
  const [service, name] = method.split('.');
  if (service === 'Sheet') return name === 'appendRow';
  return service === 'Range' && (GRID.test(name) || ONE_CELL.test(name));
}

/** [lim] What Apps Script allows one execution. */
export const LIMITS_MS = { simpleTrigger: 30_000, script: 6 * 60_000 };

/** Services whose every method is a getter of an object in hand (estimate: priced as meta). */
const GETTER_SERVICES = new Set(['TextFinder', 'Trigger', 'BooleanCondition', 'ConditionalFormatRule', 'Protection', 'DataValidation', 'EmbeddedChart']);

export function priceOf(method: string, kind: MethodKind): Range {
  const service = method.slice(0, method.indexOf('.'));
  return PER_METHOD[method] ?? (GETTER_SERVICES.has(service) && /\.(get|is|can)[A-Z]/.test(method) ? PER_CALL.meta : PER_CALL[kind]);
}

/** The estimate of one execution on Google's servers from what the local runtime counted. */
export function modelMs(stats: { methods: Record<string, MethodStats> }): Range {
  let low = 0;
  let high = 0;
  for (const [method, s] of Object.entries(stats.methods)) {
    const price = priceOf(method, s.kind);
    low += s.calls * price.low;
    high += s.calls * price.high;
    if (!movesCells(method)) continue;
    low += s.cells.read * PER_CELL.read.low + s.cells.written * PER_CELL.written.low;
    high += s.cells.read * PER_CELL.read.high + s.cells.written * PER_CELL.written.high;
  }
  return { low: Math.round(low), high: Math.round(high) };
}

/**
 * What a person waits for: one action may start several executions side by side (a typed cell runs the simple onEdit
 * and the manager's installable one), so the slowest one's estimate counts, each priced on its own calls.
 */
export function slowestExecutionMs(log: CallRecord[]): Range {
  const byExecution = new Map<number, { methods: Record<string, MethodStats>; cells: { read: number; written: number } }>();
  for (const call of log) {
    let stats = byExecution.get(call.execution);
    if (!stats) byExecution.set(call.execution, (stats = { methods: {}, cells: { read: 0, written: 0 } }));
    const m = (stats.methods[call.method] ??= { kind: call.kind, calls: 0, cells: { read: 0, written: 0 } });
    m.calls++;
    m.cells.read += call.cells.read;
    m.cells.written += call.cells.written;
    stats.cells.read += call.cells.read;
    stats.cells.written += call.cells.written;
  }
  let slowest: Range = { low: 0, high: 0 };
  for (const stats of byExecution.values()) {
    const ms = modelMs(stats);
    if (ms.high > slowest.high) slowest = ms;
  }
  return slowest;
}
