// Adopting a team's own sheet (SPEC "Adopting a team's own sheet"): which tabs Set up uses (asking before it adopts a
// tab by its headers), the one short report it shows, and the mapping dialog's state and its validated save endpoint.
import type { ColumnKey, Lang, Row, Tier } from '../domain/types';
import { TIERS } from '../domain/types';
import { adoptionCounts, unknownStatusWords, type UnknownWord, type WordClass } from '../domain/adopt';
import { unclearedReasons } from '../domain/rules';
import { statusWordKey } from '../domain/tier';
import { managersToNotify } from '../domain/digest';
import { t } from '../i18n';
import { isUserError, UserError } from '../i18n/errors';
import type { ErrorInfo, Result } from '../contract/sidebar';
import { loadContext, type DocContext } from './context';
import { callerEmail } from './identity';
import { withDocumentLock } from './lock';
import { refreshFlags, type RefreshResult } from './refresh';
import { isPlainObject } from './validate';
import { setupSheets, writeSettings, type SettingWrite, type SetupReport, type SheetAdoption, type TabChoice } from '../sheets/setup';
import { pipelineCandidate, teamCandidate } from '../sheets/tabs';
import { mapPipelineHeader, readPipelineLayout, requireSheet } from '../sheets/pipeline';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A Yes/No question to the person running Set up (ui/ asks it; none in a trigger). */
export type Ask = (question: string) => boolean;

const LIST_MAX = 8;

function listText(items: string[], lang: Lang, sep = lang === 'zh' ? '、' : ', '): string {
  const shown = items.slice(0, LIST_MAX).join(sep);
  return items.length > LIST_MAX ? `${shown} ${t(lang, 'adopt.report.more', { count: items.length - LIST_MAX })}` : shown;
}

/** Before Set up takes the lock: the team's own Pipeline and Team tabs, each used only when the person says Yes. */
export function chooseTabs(ctx: DocContext, ask: Ask): TabChoice {
  const choice: TabChoice = {};
  const pipeline = pipelineCandidate(ctx.ss);
  if (pipeline) {
    const question = t(ctx.lang, 'adopt.askPipeline', { name: pipeline.sheet.getName(), count: pipeline.count, columns: listText(pipeline.columns, ctx.lang) });
    choice.pipeline = ask(question) ? pipeline.sheet : null;
  }
  const team = teamCandidate(ctx.ss, choice.pipeline ?? null);
  if (team) {
    const question = t(ctx.lang, 'adopt.askTeam', { name: team.sheet.getName(), count: team.count, columns: listText(team.columns, ctx.lang) });
    choice.team = ask(question) ? team.sheet : null;
  }
  return choice;
}

export interface SetupOutcome {
  lines: string[];
  fresh: DocContext;
  refreshed: RefreshResult | null;
  /** Status words Set up could not read: the report offers the mapping dialog. */
  unknownWords: UnknownWord[];
}

/** Set up with the tabs chosen, then the first refresh: adopting the rows already there when the memory is new. */
export function setUpAndAdopt(ctx: DocContext, choice: TabChoice): SetupOutcome {
  const report = setupSheets(ctx.ss, ctx.lang, choice);
  const fresh = loadContext(ctx.ss);
  const refreshed = report.headerless ? null : refreshFlags(fresh, { adopting: report.pipeline?.firstAdoption === true });
  const unknownWords = refreshed ? unknownStatusWords(refreshed.table.rows) : [];
  return { lines: setupLines(fresh, report, refreshed, unknownWords), fresh, refreshed, unknownWords };
}

function sheetLine(lang: Lang, kind: 'pipeline' | 'team', sheet: SheetAdoption): string | null {
  const parts: string[] = [];
  const matched = sheet.matched.map((m) =>
    m.how === 'name' && m.yours === m.ours ? m.yours : t(lang, 'adopt.report.arrow', { yours: m.yours, ours: m.ours }));
  if (matched.length) parts.push(t(lang, 'adopt.report.matched', { list: listText(matched, lang) }));
  if (sheet.appended.length) parts.push(t(lang, 'adopt.report.appended', { list: listText(sheet.appended, lang) }));
  if (sheet.leftAlone.length) parts.push(t(lang, 'adopt.report.leftAlone', { list: listText(sheet.leftAlone, lang) }));
  if (!parts.length) return null;
  const head = t(lang, 'adopt.report.sheet', { kind: t(lang, `adopt.kind.${kind}`), name: sheet.name, row: sheet.headerRow });
  return t(lang, 'adopt.report.line', { head, parts: parts.join(t(lang, 'adopt.report.join')) });
}

function agedRows(ctx: DocContext, rows: Row[]): number {
  return rows.filter((row) => unclearedReasons(row, ctx.today, ctx.settings, ctx.team).some((f) => f.kind === 'aged')).length;
}

export function proposalText(word: { proposal: WordClass; tier: Tier | '' }, lang: Lang): string {
  if (word.proposal === 'open' && word.tier) return t(lang, 'adopt.proposal.openTier', { tier: word.tier });
  return t(lang, `adopt.proposal.${word.proposal}`);
}

function wordsLine(lang: Lang, words: UnknownWord[]): string {
  const list = words.map((w) => t(lang, 'adopt.report.word', { word: w.word, rows: w.rows, proposal: proposalText(w, lang) }));
  return t(lang, 'adopt.report.unknownWords', { count: words.length, list: listText(list, lang, lang === 'zh' ? '；' : ' · ') });
}

/** The one short report: what was matched, appended and left alone, one line per kind of adopted row, the words. */
function setupLines(ctx: DocContext, report: SetupReport, refreshed: RefreshResult | null, words: UnknownWord[]): string[] {
  const { lang } = ctx;
  const lines: string[] = [];
  const createdNow = (name: string) => report.created.includes(name);
  if (report.created.length) lines.push(t(lang, 'app.setup.created', { list: report.created.join(', ') }));
  if (report.removed) lines.push(t(lang, 'adopt.report.removed', { name: report.removed }));
  for (const [setting, name] of report.recorded) lines.push(t(lang, 'adopt.report.recorded', { setting, name }));
  if (report.headerless) lines.push(t(lang, 'adopt.report.headerless', report.headerless));
  const adopted = report.pipeline;
  const sheets: Array<['pipeline' | 'team', SheetAdoption | null]> = [['pipeline', adopted], ['team', report.team]];
  for (const [kind, sheet] of sheets) {
    if (!sheet || createdNow(sheet.name) || (!sheet.appended.length && !sheet.firstAdoption)) continue;
    const line = sheetLine(lang, kind, sheet);
    if (line) lines.push(line);
  }
  if (report.team?.managerNames) lines.push(t(lang, 'adopt.report.managerNames', { column: report.team.managerNames }));
  for (const [setting, header] of adopted?.badOverrides ?? []) {
    lines.push(t(lang, 'adopt.report.badOverride', { setting, header, sheet: adopted?.name ?? '' }));
  }
  if (report.addedSettings.length) lines.push(t(lang, 'app.setup.settings', { count: report.addedSettings.length }));
  if (refreshed && adopted?.firstAdoption && !createdNow(adopted.name)) {
    const counts = adoptionCounts(refreshed.table.rows, agedRows(ctx, refreshed.table.rows));
    if (counts.history) lines.push(t(lang, 'adopt.report.history', { count: counts.history }));
    if (counts.blankAdded) lines.push(t(lang, 'adopt.report.blankAdded', { count: counts.blankAdded }));
    if (counts.aged) lines.push(t(lang, 'adopt.report.aged', { count: counts.aged }));
    if (counts.noTier) lines.push(t(lang, 'adopt.report.noTier', { count: counts.noTier }));
  }
  if (words.length) lines.push(wordsLine(lang, words));
  if (!lines.length) lines.push(t(lang, 'app.setup.nothing'));
  if (refreshed) lines.push(t(lang, 'app.refresh.done', { rows: refreshed.rowsSeen, flagged: refreshed.flagged }));
  return lines;
}

// ---- The mapping dialog ----

/** The columns the dialog offers to remap (the add-on's own stamp columns stay its own). */
export const MAPPABLE: readonly ColumnKey[] = ['rep', 'customer', 'tier', 'status', 'target', 'nextStep', 'lastContact', 'visits', 'reason', 'added', 'closed'];

/** What the dialog shows, JSON-shaped (it is embedded in the page). */
export interface MappingState {
  lang: Lang;
  sheet: string;
  /** The header row's non-empty cells, in sheet order. */
  headers: string[];
  columns: Array<{ key: ColumnKey; label: string; current: string }>;
  words: UnknownWord[];
  known: { signed: string[]; dropped: string[]; open: string[] };
}

/** The managers on Team may map; while Team names no manager yet (the first Set up), whoever runs Set up may. */
export function mayMap(ctx: DocContext): boolean {
  const managers = managersToNotify(ctx.team);
  return managers.length === 0 || managers.includes(callerEmail());
}

/** The team's header row and what each mappable column reads now (one refresh, so the words are the sheet's). */
function headerOf(ctx: DocContext): { name: string; headers: string[]; current: Partial<Record<ColumnKey, string>>; rows: Row[] } {
  const { table } = refreshFlags(ctx);
  const header = table.header ?? [];
  return { name: table.sheet.getName(), headers: header.map((h) => h.trim()).filter((h) => h !== ''), current: currentMatches(ctx, header), rows: table.rows };
}

function currentMatches(ctx: DocContext, header: string[]): Partial<Record<ColumnKey, string>> {
  const map = mapPipelineHeader(header, ctx.settings.columns);
  const current: Partial<Record<ColumnKey, string>> = {};
  for (const key of MAPPABLE) if (map.cols[key] !== undefined) current[key] = header[map.cols[key] as number].trim();
  return current;
}

export function mappingState(ctx: DocContext): MappingState {
  const locked = withDocumentLock(30 * 1000, () => headerOf(ctx));
  if (locked.busy) throw new UserError('app.runBusy');
  const { name, headers, current, rows } = locked.value;
  return {
    lang: ctx.lang,
    sheet: name,
    headers,
    columns: MAPPABLE.map((key) => ({ key, label: t(ctx.lang, `col.${key}`), current: current[key] ?? '' })),
    words: unknownStatusWords(rows),
    known: { signed: ctx.settings.signedWords, dropped: ctx.settings.droppedWords, open: ctx.settings.openStages },
  };
}

/** The dialog's answers, as the page sends them (one call). */
export interface MappingAnswers {
  columns: Partial<Record<ColumnKey, string>>;
  words: Array<{ word: string; as: WordClass | ''; tier: Tier | '' }>;
}

export interface MappingSaved {
  lines: string[];
}

const bad = (what: string) => new UserError('adopt.badArgs', { what });

/** Every argument checked before anything is read: the endpoint is callable from the browser console. */
export function parseAnswers(args: unknown): MappingAnswers {
  if (!isPlainObject(args)) throw bad('answers');
  const columns: MappingAnswers['columns'] = {};
  if (!isPlainObject(args.columns)) throw bad('columns');
  for (const [key, value] of Object.entries(args.columns)) {
    if (!(MAPPABLE as readonly string[]).includes(key)) throw bad(`columns.${key.slice(0, 40)}`);
    if (typeof value !== 'string' || value.length > 200) throw bad(`columns.${key}`);
    if (value.trim()) columns[key as ColumnKey] = value.trim();
  }
  if (!Array.isArray(args.words) || args.words.length > 500) throw bad('words');
  const words = args.words.map((w, i) => {
    if (!isPlainObject(w) || typeof w.word !== 'string' || !w.word.trim() || w.word.length > 200) throw bad(`words.${i}`);
    if (!['signed', 'dropped', 'open', ''].includes(w.as as string)) throw bad(`words.${i}.as`);
    if (!['', ...TIERS].includes(w.tier as string)) throw bad(`words.${i}.tier`);
    // Settings keep words as lists separated by these marks: a word holding one would not read back.
    if (/[,，;；:：、\n\r]/.test(w.word)) throw new UserError('adopt.badWord', { word: w.word.trim() });
    return { word: w.word.trim(), as: w.as as WordClass | '', tier: w.tier as Tier | '' };
  });
  return { columns, words };
}

function withWord(list: string[], word: string): string[] {
  return list.some((w) => statusWordKey(w) === statusWordKey(word)) ? list : [...list, word];
}

/** The Settings rows the answers come to (only what differs from what Settings say now). */
function settingWrites(ctx: DocContext, answers: MappingAnswers, current: Partial<Record<ColumnKey, string>>, headers: string[]): SettingWrite[] {
  const writes: SettingWrite[] = [];
  const chosenBy = new Map<string, ColumnKey>();
  for (const key of MAPPABLE) {
    const chosen = answers.columns[key];
    if (chosen === undefined) continue;
    if (!headers.includes(chosen)) throw new UserError('adopt.unknownHeader', { header: chosen, sheet: ctx.settings.pipelineSheet || t(ctx.lang, 'sheet.pipeline') });
    const other = chosenBy.get(chosen);
    if (other) throw new UserError('adopt.sameColumn', { header: chosen, a: t(ctx.lang, `col.${other}`), b: t(ctx.lang, `col.${key}`) });
    chosenBy.set(chosen, key);
    if (chosen !== current[key] || (ctx.settings.columns[key] !== undefined && ctx.settings.columns[key] !== chosen)) writes.push({ column: key, value: chosen });
  }
  const s = ctx.settings;
  let signed = s.signedWords, dropped = s.droppedWords, open = s.openStages;
  const tiers = [...s.tierByStage];
  for (const w of answers.words) {
    if (w.as === 'signed') signed = withWord(signed, w.word);
    if (w.as === 'dropped') dropped = withWord(dropped, w.word);
    if (w.as === 'open') open = withWord(open, w.word);
    if (w.as === 'open' && w.tier && !tiers.some((p) => statusWordKey(p.stage) === statusWordKey(w.word))) tiers.push({ stage: w.word, tier: w.tier });
  }
  if (signed !== s.signedWords) writes.push({ key: 'signedWords', value: signed.join(', ') });
  if (dropped !== s.droppedWords) writes.push({ key: 'droppedWords', value: dropped.join(', ') });
  if (open !== s.openStages) writes.push({ key: 'openStages', value: open.join(', ') });
  if (tiers.length !== s.tierByStage.length) writes.push({ key: 'tierByStage', value: tiers.map((p) => `${p.stage}: ${p.tier}`).join('; ') });
  return writes;
}

function errorInfo(e: unknown): ErrorInfo {
  if (isUserError(e)) return { code: e.key, params: e.params };
  return { code: 'sv.unexpected', params: { message: e instanceof Error ? e.message : String(e) } };
}

/**
 * The dialog's one save: checks its caller and arguments, writes the answers as Settings rows and applies them at once
 * (the whole Pipeline re-read: rows with newly known words are adopted, tiers by stage filled, flags redrawn).
 */
export function saveMapping(ss: Spreadsheet, args: unknown): Result<MappingSaved> {
  try {
    const ctx = loadContext(ss);
    if (!mayMap(ctx)) throw new UserError('app.notManager', { email: callerEmail() || '—' });
    const answers = parseAnswers(args);
    const done = withDocumentLock(30 * 1000, () => {
      const sheet = requireSheet(ss, 'pipeline');
      const layout = readPipelineLayout(sheet);
      const header = layout.header;
      const changed = writeSettings(ss, ctx.lang, settingWrites(ctx, answers, currentMatches(ctx, header), header.map((h) => h.trim()).filter((h) => h)));
      const fresh = loadContext(ss);
      const refreshed = refreshFlags(fresh);
      const words = unknownStatusWords(refreshed.table.rows);
      const lines = [changed.length ? t(ctx.lang, 'adopt.saved', { list: changed.join(', ') }) : t(ctx.lang, 'adopt.savedNothing')];
      lines.push(t(ctx.lang, 'app.refresh.done', { rows: refreshed.rowsSeen, flagged: refreshed.flagged }));
      if (words.length) lines.push(wordsLine(ctx.lang, words));
      return lines;
    });
    if (done.busy) throw new UserError('app.runBusy');
    return { ok: true, value: { lines: done.value } };
  } catch (e) {
    return { ok: false, error: errorInfo(e) };
  }
}
