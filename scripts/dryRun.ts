// npm run demo -- --xlsx <file>: Daily Close tried on a team's own workbook, offline, before anyone installs it. The
// workbook is loaded into the local runtime; Set up runs (its questions answered Yes, the mapping it proposes printed
// and accepted as the dialog would save it), then Refresh and the nightly run; the flagged workbook, the digests and
// the Set up report are written under out/. The input file is only read.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { LocalRuntime, createScriptRunBridge, exportXlsx, type LocalBundle } from '../local';
import { columnOfSetting } from '../src/domain/settings';
import { repKey } from '../src/domain/team';
import { TEAM_SYNONYMS, headerKey } from '../src/domain/synonyms';
import { mapPipelineHeader, pipelineHeaderRow } from '../src/sheets/pipeline';
import { teamLayout } from '../src/sheets/teamSheet';
import type { Cell, ColumnKey } from '../src/domain/types';
import { importXlsx } from './xlsxImport';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DryRunOptions {
  outDir: string;
  /** yyyy-MM-dd; default today. */
  today?: string;
  timeZone?: string;
  /** en_US / zh_CN…; default: zh_CN when the workbook's tab names or headers are Chinese. */
  locale?: string;
  log?: (line: string) => void;
}

export interface DryRunResult {
  name: string;
  workbook: string;
  report: string;
  digests: string[];
  inputUnchanged: boolean;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const CJK = /[\u3400-\u9fff]/;
const PLACEHOLDER = 'dry-run.invalid';

function valuesOf(sheet: Sheet): Cell[][] {
  if (!sheet.getLastRow() || !sheet.getLastColumn()) return [];
  return sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues() as Cell[][];
}

function sheetNamed(ss: Ss, names: string[]): Sheet | null {
  return names.map((n) => ss.getSheets().find((s) => s.getName().trim().toLowerCase() === n.trim().toLowerCase()) ?? null).find((s) => s) ?? null;
}

function setting(ss: Ss, labels: string[]): { value: string; rows: Cell[][] } {
  const settings = sheetNamed(ss, ['Settings', '设置']);
  const rows = settings ? valuesOf(settings) : [];
  const row = rows.find((r) => labels.includes(String(r[0]).trim()));
  return { value: row ? String(row[1]).trim() : '', rows };
}

/** The reps the Pipeline names (by its mapped Rep column). */
function pipelineReps(ss: Ss): string[] {
  const { value, rows } = setting(ss, ['Pipeline sheet', '客户库工作表']);
  const sheet = (value && sheetNamed(ss, [value])) || sheetNamed(ss, ['Pipeline', '客户库']);
  if (!sheet) return [];
  const overrides: Partial<Record<ColumnKey, string>> = {};
  for (const r of rows) {
    const key = columnOfSetting(r[0]);
    if (key) overrides[key] = String(r[1]);
  }
  const values = valuesOf(sheet).map((r) => r.map((v) => (typeof v === 'string' ? v : String(v))));
  const headerRow = pipelineHeaderRow(values.slice(0, 10), overrides) ?? 1;
  const rep = mapPipelineHeader(values[headerRow - 1] ?? [], overrides).cols.rep;
  if (rep === undefined) return [];
  return [...new Set(values.slice(headerRow).map((r) => String(r[rep]).trim()).filter((x) => x !== ''))];
}

/**
 * So the dry run can show digests: reps the Pipeline names but Team lacks are listed, and a blank Manager email gets a
 * placeholder address (from the team's Manager column of names, else one manager). Only the in-memory copy changes.
 */
function fillTeamForDigests(ss: Ss): string[] {
  const { value } = setting(ss, ['Team sheet', '团队工作表']);
  const sheet = (value && sheetNamed(ss, [value])) || sheetNamed(ss, ['Team', '团队']);
  if (!sheet) return [];
  const values = valuesOf(sheet);
  const { headerRow, map } = teamLayout(values);
  const { rep, managerEmail, active } = map.cols;
  // The team's own Manager column of names (kept by Set up beside the Manager email it appended).
  const names = new Set(TEAM_SYNONYMS.managerEmail.map(headerKey));
  const found = (values[headerRow - 1] ?? []).findIndex((h, i) => i !== managerEmail && names.has(headerKey(String(h))));
  const managerNames = found >= 0 ? found : null;
  if (rep === undefined || managerEmail === undefined) return [];
  const slug = (name: string) => (name.normalize('NFKD').replace(/[^a-z0-9]+/gi, '.').replace(/^\.|\.$/g, '').toLowerCase() || 'manager');
  const filled: string[] = [];
  const known = new Set(values.slice(headerRow).map((r) => repKey(String(r[rep] ?? ''))));
  const missing = pipelineReps(ss).filter((name) => !known.has(repKey(name)));
  let next = Math.max(sheet.getLastRow(), headerRow) + 1;
  for (const name of missing) {
    if (next > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
    sheet.getRange(next, rep + 1).setValue(name);
    if (active !== undefined) sheet.getRange(next, active + 1).setValue('yes');
    next++;
  }
  if (missing.length) filled.push(`${missing.length} rep(s) the Pipeline names were added to Team`);
  const rows = valuesOf(sheet);
  let placeholders = 0;
  for (let r = headerRow; r < rows.length; r++) {
    if (String(rows[r][rep] ?? '').trim() === '' || String(rows[r][managerEmail] ?? '').trim() !== '') continue;
    const manager = managerNames !== null ? String(rows[r][managerNames] ?? '').trim() : '';
    sheet.getRange(r + 1, managerEmail + 1).setValue(`${slug(manager || 'manager')}@${PLACEHOLDER}`);
    placeholders++;
  }
  if (placeholders) filled.push(`${placeholders} blank Manager email(s) got a placeholder address (…@${PLACEHOLDER})`);
  return filled;
}

function managersOnTeam(ss: Ss): string[] {
  const { value } = setting(ss, ['Team sheet', '团队工作表']);
  const sheet = (value && sheetNamed(ss, [value])) || sheetNamed(ss, ['Team', '团队']);
  if (!sheet) return [];
  const values = valuesOf(sheet);
  const { headerRow, map } = teamLayout(values);
  const col = map.cols.managerEmail;
  if (col === undefined) return [];
  return [...new Set(values.slice(headerRow).flatMap((r) => String(r[col] ?? '').split(/[,;\s]+/)).filter((e) => e.includes('@')))];
}

function dialogState(bundle: LocalBundle, runtime: LocalRuntime): { columns: Array<{ key: string; label: string; current: string }>; words: Array<{ word: string; rows: number; proposal: string; tier: string }> } | null {
  const before = runtime.dialogs.length;
  bundle.call('menuMapColumns');
  if (runtime.dialogs.length === before) return null;
  const m = /var STATE = (.*);\n/.exec(runtime.dialogs[runtime.dialogs.length - 1].html);
  return m ? JSON.parse(m[1]) : null;
}

export async function dryRun(file: string, opts: DryRunOptions): Promise<DryRunResult> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const hash = sha256(file);
  const name = basename(file, extname(file));
  const timeZone = opts.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const report: string[] = [];
  const say = (line = '') => {
    log(line);
    report.push(line);
  };
  // Set up in the morning, the nightly run in the evening of the same day, in the spreadsheet's zone.
  const probe = new LocalRuntime({ timeZone, locale: opts.locale ?? 'en_US' });
  const at = (hh: number) => {
    const u = probe.globals().Utilities as unknown as GoogleAppsScript.Utilities.Utilities;
    const offset = u.formatDate(new Date(`${today}T12:00:00Z`), timeZone, 'Z');
    return new Date(`${today}T${String(hh).padStart(2, '0')}:00:00${offset.slice(0, 3)}:${offset.slice(3)}`);
  };
  const user = 'dry-run@localhost';
  let runtime = new LocalRuntime({ timeZone, locale: opts.locale ?? 'en_US', now: at(9), userEmail: user, spreadsheetName: name });
  let tabs = await importXlsx(runtime, file);
  if (!opts.locale && tabs.some((t) => CJK.test(t.name) || headerText(runtime, t.name))) {
    runtime = new LocalRuntime({ timeZone, locale: 'zh_CN', now: at(9), userEmail: user, spreadsheetName: name });
    tabs = await importXlsx(runtime, file);
  }
  const bundle = runtime.loadBundle();
  const ss = runtime.spreadsheet as unknown as Ss;
  say(`Daily Close dry run: ${file}`);
  say(`Tabs: ${tabs.map((t) => `${t.name} (${Math.max(t.rows - 1, 0)} rows)`).join(', ')} · ${ss.getSpreadsheetLocale()} · ${timeZone} · ${today}`);

  say('\n== Set up ==');
  // Every Yes/No question is answered Yes here except opening the dialog: the mapping is printed below instead.
  const asked = runtime.alerts.length;
  for (let i = 0; i < 4; i++) runtime.answerNextAlert('YES');
  bundle.call('menuSetupSheets');
  const alerts = runtime.alerts.slice(asked);
  runtime._host.alertAnswers.splice(0);
  for (const a of alerts) say(a.message.replace(/\n\n(Open “Map columns and stages…” now\?|现在打开“映射列和阶段…”吗？)$/, ''));
  runtime.dialogs.splice(0);

  // The dialog as a manager on Team opens it (anyone, while Team names no manager yet).
  const onTeam = managersOnTeam(ss);
  if (onTeam.length) runtime.setUser(onTeam[0]);
  const state = dialogState(bundle, runtime);
  if (state) {
    say('\n== The mapping it proposes (accepted, as the dialog would save it) ==');
    for (const c of state.columns) say(`  ${c.label.padEnd(14)} ← ${c.current || '(none)'}`);
    for (const w of state.words) say(`  “${w.word}” (${w.rows}) → ${w.proposal}${w.proposal === 'open' && w.tier ? `, tier ${w.tier}` : ''}`);
    if (state.words.length) {
      const answers = {
        columns: Object.fromEntries(state.columns.filter((c) => c.current).map((c) => [c.key, c.current])),
        words: state.words.map((w) => ({ word: w.word, as: w.proposal, tier: w.proposal === 'open' ? w.tier : '' })),
      };
      const saved = JSON.parse(createScriptRunBridge(runtime, bundle)('mappingSave', JSON.stringify([answers])));
      say(saved.ok ? saved.value.lines.join('\n') : `Not saved: ${JSON.stringify(saved.error)}`);
    }
  }

  say('\n== Refresh ==');
  const toasts = runtime.toasts.length, shown = runtime.alerts.length;
  bundle.call('menuRefreshHighlights');
  [...runtime.toasts.slice(toasts).map((x) => x.message), ...runtime.alerts.slice(shown).map((x) => x.message)].forEach((m) => say(m));

  say('\n== The nightly run ==');
  const filled = fillTeamForDigests(ss);
  if (filled.length) say(`For this dry run only: ${filled.join('; ')}. Fill Team yourself before installing.`);
  const managers = managersOnTeam(ss);
  const digests: string[] = [];
  mkdirSync(opts.outDir, { recursive: true });
  if (!managers.length) {
    say('Team names no manager: no digest would be sent.');
  } else {
    runtime.clock.set(at(20));
    runtime.setUser(managers[0]);
    const sentBefore = runtime.outbox.length;
    const notes = runtime.alerts.length;
    bundle.call('menuSendNow');
    runtime.alerts.slice(notes).forEach((x) => say(x.message));
    for (const mail of runtime.outbox.slice(sentBefore)) {
      const who = mail.to[0].replace(/@.*/, '').replace(/[^a-z0-9.-]+/gi, '_');
      const base = join(opts.outDir, `${name}-digest-${who}`);
      writeFileSync(`${base}.html`, mail.htmlBody ?? '');
      writeFileSync(`${base}.txt`, mail.body);
      digests.push(`${base}.html`, `${base}.txt`);
      say(`Digest to ${mail.to.join(', ')}: ${mail.subject}`);
    }
  }

  const workbook = join(opts.outDir, `${name}-daily-close.xlsx`);
  await exportXlsx(runtime.spreadsheet, workbook);
  const inputUnchanged = sha256(file) === hash;
  say(`\nWrote ${workbook}${digests.length ? `, ${digests.length / 2} digest(s)` : ''} and ${join(opts.outDir, `${name}-setup-report.txt`)}.`);
  say(`Input file unchanged: ${inputUnchanged ? 'yes' : 'NO'} (sha256 ${hash.slice(0, 12)}…).`);
  writeFileSync(join(opts.outDir, `${name}-setup-report.txt`), `${report.join('\n')}\n`);
  return { name, workbook, report: report.join('\n'), digests, inputUnchanged };
}

/** True when a tab's first rows hold Chinese headers (a Chinese team's export in an English-named file). */
function headerText(runtime: LocalRuntime, tab: string): boolean {
  const sheet = (runtime.spreadsheet as unknown as Ss).getSheetByName(tab);
  if (!sheet || !sheet.getLastRow()) return false;
  return sheet.getRange(1, 1, Math.min(sheet.getLastRow(), 10), sheet.getLastColumn()).getValues().flat().some((v) => typeof v === 'string' && CJK.test(v));
}
