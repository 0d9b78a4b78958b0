// A generated sample team used by the bundle tests, the browser tests, the demo and the benchmark:
// a manager, four reps and about sixty customers across A/B/C with dates that make sense around "today".
import type { LocalBundle, LocalRuntime } from '../local';

export interface SampleRep {
  name: string;
  email: string;
}

export interface SampleTeam {
  manager: string;
  reps: SampleRep[];
  today: string;
}

const EN_REPS = ['Alice Chen', 'Bob Li', 'Carol Wang', 'Dan Zhao'];
const ZH_REPS = ['张伟', '王芳', '李娜', '刘洋'];
const EN_CUSTOMERS = ['Acme Trading', 'Blue River Foods', 'Cedar Hotels', 'Delta Logistics', 'Evergreen Clinic', 'Fortune Motors', 'Golden Bakery', 'Harbor Print', 'Iris Textiles', 'Jade Pharmacy', 'Kite Media', 'Lotus Spa', 'Maple School', 'Nova Dental', 'Orchid Florist'];
const ZH_CUSTOMERS = ['华美贸易', '蓝河食品', '雪松酒店', '德达物流', '常青诊所', '富强汽车', '金麦面包', '港湾印刷', '鸢尾纺织', '翡翠药房', '风筝传媒', '莲花水疗', '枫叶学校', '新星口腔', '兰花花店'];

const EN_KINDS = ['', 'Group', 'Partners', 'Holdings', 'Co'];
const ZH_KINDS = ['', '集团', '科技', '实业', '公司'];

/** Unique across reps: the first rep has the plain names, the others the same words with their own ending. */
function customerName(customers: string[], zh: boolean, r: number, i: number, perRep: number): string {
  const base = customers[(i + r * 4) % customers.length];
  const word = zh ? base.slice(0, 2) : base.split(' ')[0];
  const kinds = zh ? ZH_KINDS : EN_KINDS;
  const kind = kinds[r % kinds.length] + (r >= kinds.length ? ` ${Math.floor(r / kinds.length) + 1}` : '');
  const name = r === 0 ? base : zh ? `${word}${kind}` : `${word} ${kind}`;
  return perRep > customers.length ? `${name} ${i + 1}` : name;
}

/** A small deterministic generator, so every run of the demo and tests sees the same team. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function addDaysKey(key: string, n: number): string {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The sheet's date for a key: what Sheets returns is midnight in the spreadsheet's zone. */
const dateCache = new Map<string, number>();

export function sheetDate(runtime: LocalRuntime, key: string): Date {
  const ss = runtime.spreadsheet;
  const cacheKey = `${ss.getSpreadsheetTimeZone()}|${key}`;
  const cached = dateCache.get(cacheKey);
  if (cached !== undefined) return new Date(cached);
  const tz = ss.getSpreadsheetTimeZone();
  const midnightUtc = Date.parse(`${key}T00:00:00Z`);
  const offset = (d: Date) => {
    const z = runtime.globals().Utilities as GoogleAppsScript.Utilities.Utilities;
    const s = z.formatDate(d, tz, 'Z');
    return (s.startsWith('-') ? -1 : 1) * (Number(s.slice(1, 3)) * 60 + Number(s.slice(3, 5)));
  };
  let t = midnightUtc;
  for (let i = 0; i < 2; i++) t = midnightUtc - offset(new Date(t)) * 60000;
  dateCache.set(cacheKey, t);
  return new Date(t);
}

export function todayKey(runtime: LocalRuntime): string {
  const u = runtime.globals().Utilities as GoogleAppsScript.Utilities.Utilities;
  return u.formatDate(runtime.clock.now(), runtime.spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

export function sheetByAnyName(runtime: LocalRuntime, en: string, zh: string): GoogleAppsScript.Spreadsheet.Sheet {
  const ss = runtime.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const sheet = ss.getSheetByName(en) ?? ss.getSheetByName(zh);
  if (!sheet) throw new Error(`no sheet ${en}/${zh}`);
  return sheet;
}

/** Runs Set up as the manager, fills Team, and adopts a pipeline of ~60 customers written as existing data. */
export function setupSampleTeam(runtime: LocalRuntime, bundle: LocalBundle, opts: { customersPerRep?: number } = {}): SampleTeam {
  const zh = /^zh/i.test(runtime.spreadsheet.getSpreadsheetLocale());
  const manager = 'manager@example.com';
  runtime.setUser(manager);
  bundle.call('menuSetupSheets');
  const names = zh ? ZH_REPS : EN_REPS;
  const reps = names.map((name, i) => ({ name, email: `rep${i + 1}@example.com` }));
  const team = sheetByAnyName(runtime, 'Team', '团队');
  team.getRange(2, 1, reps.length, 4).setValues(reps.map((r) => [r.name, r.email, manager, true]));
  const today = todayKey(runtime);
  const rows = sampleRows(runtime, reps, today, opts.customersPerRep ?? 15, zh);
  const pipeline = sheetByAnyName(runtime, 'Pipeline', '客户库');
  const needed = rows.length + 1 - pipeline.getMaxRows();
  if (needed > 0) pipeline.insertRowsAfter(pipeline.getMaxRows(), needed);
  pipeline.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
  return { manager, reps, today };
}

/** Rows in the order Setup writes the Pipeline headers (ID … Flag). */
export function sampleRows(runtime: LocalRuntime, reps: SampleRep[], today: string, perRep: number, zh: boolean): unknown[][] {
  const rand = seeded(20261127);
  const customers = zh ? ZH_CUSTOMERS : EN_CUSTOMERS;
  const open = zh ? '跟进中' : 'Open';
  const signed = zh ? '已签单' : 'Signed';
  const d = (n: number) => sheetDate(runtime, addDaysKey(today, n));
  const rows: unknown[][] = [];
  let serial = 1;
  reps.forEach((rep, r) => {
    for (let i = 0; i < perRep; i++) {
      const tier = i < 3 ? 'A' : i < 8 ? 'B' : 'C';
      const name = customerName(customers, zh, r, i, perRep);
      const tierAge = tier === 'A' ? Math.floor(rand() * 10) : tier === 'B' ? Math.floor(rand() * 40) : Math.floor(rand() * 120);
      const added = tierAge + Math.floor(rand() * 20);
      // The last customer of each rep was signed last week: the month has some signings already.
      const isSigned = i === perRep - 1;
      const target = tier === 'A' && i !== 2 ? d(Math.floor(rand() * 3)) : i === 3 ? d(-2) : '';
      rows.push([
        `C-SAMPLE${String(serial++).padStart(4, '0')}`, rep.name, name, tier, isSigned ? signed : open, isSigned ? d(-3) : target,
        zh ? '电话跟进报价' : 'Call about the quote', d(-Math.floor(rand() * 5)), 1 + Math.floor(rand() * 4), '',
        d(-tierAge), d(-added), isSigned ? d(-3) : '', '',
      ]);
    }
  });
  return rows;
}
