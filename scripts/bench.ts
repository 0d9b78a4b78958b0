// npm run bench: the nightly run and a single-cell edit on 1,000 / 10,000 / 50,000 rows (50 reps, 10 managers)
// through dist/Code.js in the local runtime, counting Spreadsheet calls, plus the naive per-row loop for reference.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalRuntime } from '../local';
import { sampleRows, sheetByAnyName, todayKey } from './sampleTeam';

interface BenchRow {
  case: string;
  rows: number;
  calls: { read: number; write: number; format: number };
  wallMs: number;
}

const EVENING = new Date('2026-11-27T12:05:00Z');

function bigTeam(rowCount: number) {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai', locale: 'en_US', now: EVENING, userEmail: 'm1@example.com' });
  const bundle = runtime.loadBundle();
  bundle.call('menuSetupSheets');
  const reps = Array.from({ length: 50 }, (_, i) => ({ name: `Rep ${i + 1}`, email: `rep${i + 1}@example.com` }));
  sheetByAnyName(runtime, 'Team', '团队')
    .getRange(2, 1, reps.length, 4)
    .setValues(reps.map((r, i) => [r.name, r.email, `m${(i % 10) + 1}@example.com`, true]));
  const rows = sampleRows(runtime, reps, todayKey(runtime), rowCount / reps.length, false);
  const pipeline = sheetByAnyName(runtime, 'Pipeline', '客户库');
  if (rows.length + 1 > pipeline.getMaxRows()) pipeline.insertRowsAfter(pipeline.getMaxRows(), rows.length + 1 - pipeline.getMaxRows());
  pipeline.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
  return { runtime, bundle, pipeline };
}

function measure(name: string, rows: number, runtime: LocalRuntime, act: () => void): BenchRow {
  runtime.resetCounts();
  const start = process.hrtime.bigint();
  act();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const { read, write, format } = runtime.counts();
  return { case: name, rows, calls: { read, write, format }, wallMs: Math.round(wallMs) };
}

/** What a hand-written script usually does: read and paint each row on its own. */
function naiveRefresh(runtime: LocalRuntime, pipeline: GoogleAppsScript.Spreadsheet.Sheet) {
  const today = todayKey(runtime);
  const u = runtime.globals().Utilities as GoogleAppsScript.Utilities.Utilities;
  const max: Record<string, number> = { A: 7, B: 30, C: 90 };
  for (let r = 2; r <= pipeline.getLastRow(); r++) {
    const tier = String(pipeline.getRange(r, 4).getValue());
    const since = pipeline.getRange(r, 11).getValue() as Date;
    const days = (Date.parse(today) - Date.parse(u.formatDate(since, 'Asia/Shanghai', 'yyyy-MM-dd'))) / 86400000;
    const aged = days > (max[tier] ?? 90);
    pipeline.getRange(r, 14).setValue(aged ? `${tier} for ${days} days` : '');
    pipeline.getRange(r, 1, 1, 14).setBackground(aged ? '#d9d2e9' : '#ffffff');
  }
}

const results: BenchRow[] = [];
for (const n of [1000, 10000, 50000]) {
  const { runtime, bundle, pipeline } = bigTeam(n);
  bundle.call('menuNightlyOn');
  const trigger = runtime.triggers()[0].uniqueId;
  // The first refresh adopts rows written outside the add-on (IDs, dates, the tier note on every row): a one-off.
  results.push(measure('first refresh (adopts every row)', n, runtime, () => bundle.call('menuRefreshHighlights')));
  results.push(measure('nightly run', n, runtime, () => runtime.fireTimeTrigger(trigger)));
  const row = Math.floor(n / 2);
  const tierA1 = `D${row}`;
  results.push(measure('single-cell edit', n, runtime, () => runtime.userEdit('Pipeline', tierA1, [['b']])));
  results.push(measure('sidebar save', n, runtime, () => {
    runtime.setUser('rep1@example.com');
    bundle.call('sidebarSetTarget', { which: 'tomorrow', rowId: 'C-SAMPLE0001' });
  }));
  runtime.setUser('m1@example.com');
  if (n === 1000) results.push(measure('naive per-row loop (reference)', n, runtime, () => naiveRefresh(runtime, pipeline)));
}

const pad = (s: string | number, w: number) => String(s).padStart(w);
console.log('| case | rows | read | write | format | wall ms | ms per 1,000 rows |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.case} | ${pad(r.rows.toLocaleString('en-US'), 6)} | ${pad(r.calls.read, 4)} | ${pad(r.calls.write, 4)} | ${pad(r.calls.format, 4)} | ${pad(r.wallMs, 6)} | ${pad((r.wallMs / (r.rows / 1000)).toFixed(1), 6)} |`);
}
const naive = results.find((r) => r.case.startsWith('naive'))!;
const ours = results.find((r) => r.case === 'nightly run' && r.rows === 1000)!;
const total = (r: BenchRow) => r.calls.read + r.calls.write + r.calls.format;
console.log(`\nOn 1,000 rows the naive loop makes ${total(naive).toLocaleString('en-US')} Spreadsheet calls; the nightly run makes ${total(ours)} (${Math.round(total(naive) / total(ours))}× fewer).`);
const out = join(__dirname, '..', 'out');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'bench.json'), JSON.stringify(results, null, 2));
console.log('written out/bench.json');
