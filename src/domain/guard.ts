// What one edited Pipeline row should become: normalised values, add-on stamps, refusals and flags.
// A single typed cell that breaks a rule gets its old value back; a pasted block keeps what was pasted and is flagged.
import type { Cell, ColumnKey, DateKey, Flag, Lang, Row, Settings, Tier } from './types';
import { cellCount, cellDate, cellText, isBlank, parseRow } from './cells';
import { allowedTiersText, normalizeStatus, normalizeTier, statusLabel } from './tier';
import { refusalText, targetRefusal, unclearedReasons, flagText } from './rules';
import type { TeamIndex } from './team';
import { repKey } from './team';
import { addDays } from './calendar';
import { t } from '../i18n';

export type RowUpdate = Partial<Record<ColumnKey, Cell>>;

export interface EditInput {
  row: Row;
  editedKeys: ReadonlySet<ColumnKey>;
  /** True for one typed cell: only then does Sheets give the old value, so only then can a value be refused. */
  singleCell: boolean;
  /** The single cell's previous value as the edit event gives it (undefined when it was empty). */
  oldValue?: string;
  /** The tier that Tier since dates, as remembered by the add-on ('' when unknown). */
  rememberedTier: string;
  today: DateKey;
  lang: Lang;
  settings: Settings;
  team: TeamIndex;
  newId: () => string;
}

export interface EditDecision {
  update: RowUpdate;
  /** The tier Tier since now dates, when it changed. */
  rememberTier?: Tier;
  /** Messages for the person who typed (a toast). */
  messages: string[];
  flags: Flag[];
  /** The row as it will be after the update. */
  after: Row;
}

const DATE_KEYS: ReadonlySet<ColumnKey> = new Set(['target', 'lastContact', 'tierSince', 'added', 'closed']);

/** An edit event's oldValue as a Cell: date cells arrive as day serials (days since 1899-12-30). */
export function oldValueCell(key: ColumnKey, oldValue: string | undefined): Cell {
  if (oldValue === undefined) return '';
  if (DATE_KEYS.has(key) && /^\d+(\.\d+)?$/.test(oldValue.trim())) {
    return { date: addDays('1899-12-30', Math.floor(Number(oldValue))) };
  }
  if (DATE_KEYS.has(key)) {
    const key2 = cellDate(oldValue);
    if (key2) return { date: key2 };
  }
  if (key === 'visits' && /^\d+$/.test(oldValue.trim())) return Number(oldValue);
  return oldValue;
}

export function decideEdit(input: EditInput): EditDecision {
  const { row, editedKeys, singleCell, today, lang } = input;
  const update: RowUpdate = {};
  const messages: string[] = [];
  const refuse = (key: ColumnKey, message: string) => {
    update[key] = oldValueCell(key, input.oldValue);
    messages.push(message);
  };

  if (editedKeys.has('id') && singleCell && cellText(row.raw.id) !== cellText(oldValueCell('id', input.oldValue))) {
    refuse('id', t(lang, 'app.idIsAddOns', { value: cellText(row.raw.id) }));
  }
  if (isBlank(row.raw.id) && update.id === undefined) update.id = input.newId();
  if (isBlank(row.raw.added)) update.added = { date: today };

  let tier: Tier | null = row.tier;
  if (editedKeys.has('tier') && !isBlank(row.raw.tier)) {
    if (tier && row.raw.tier !== tier) update.tier = tier;
    if (!tier && singleCell) {
      refuse('tier', t(lang, 'app.tierRefused', { value: cellText(row.raw.tier), allowed: allowedTiersText(lang) }));
      tier = normalizeTier(update.tier ?? '');
    }
  }
  // Tier since dates the current tier: a typed change is known from oldValue, a pasted one from the remembered tier.
  const tierEdited = editedKeys.has('tier');
  const remembered = normalizeTier(input.rememberedTier);
  const previousTier = tierEdited && singleCell ? normalizeTier(oldValueCell('tier', input.oldValue)) : remembered;
  let rememberTier: Tier | undefined;
  if (tier) {
    const changed = tierEdited && (singleCell || remembered !== null) && tier !== previousTier;
    if (changed || isBlank(row.raw.tierSince)) update.tierSince = { date: today };
    if (tier !== remembered) rememberTier = tier;
  } else if (isBlank(row.raw.tierSince)) {
    update.tierSince = { date: today };
  }

  let status = normalizeStatus(row.raw.status);
  if (editedKeys.has('status') && !isBlank(row.raw.status)) {
    if (status && row.raw.status !== statusLabel(status, lang)) update.status = statusLabel(status, lang);
    if (!status && singleCell) {
      refuse('status', t(lang, 'app.statusRefused', { value: cellText(row.raw.status), allowed: ['Open', 'Signed', 'Dropped'].map((s) => statusLabel(s as 'Open', lang)).join(' / ') }));
      status = normalizeStatus(update.status ?? '');
    }
  }
  if (isBlank(row.raw.status) && update.status === undefined) {
    update.status = statusLabel('Open', lang);
    status = 'Open';
  }
  if (status === 'Signed' || status === 'Dropped') {
    if (isBlank(row.raw.closed)) update.closed = { date: today };
    if (status === 'Dropped' && isBlank(row.raw.reason) && editedKeys.has('status')) messages.push(t(lang, 'app.dropNeedsReason'));
  } else if (status === 'Open' && !isBlank(row.raw.closed) && editedKeys.has('status')) {
    update.closed = '';
  }

  if (editedKeys.has('target') && !isBlank(row.raw.target) && singleCell) {
    const current = parseRow(row.sheetRow, { ...row.raw, ...update });
    const refusal = targetRefusal(row.raw.target, current, today);
    if (refusal) refuse('target', refusalText(refusal.code, refusal.params, lang));
  }

  if (editedKeys.has('visits') && !isBlank(row.raw.visits) && cellCount(row.raw.visits) === null && singleCell) {
    refuse('visits', t(lang, 'app.visitsRefused', { value: cellText(row.raw.visits) }));
  }

  if (editedKeys.has('rep') && singleCell && !isBlank(row.raw.rep) && !input.team.byRep.has(repKey(cellText(row.raw.rep)))) {
    messages.push(t(lang, 'app.unknownRep', { value: cellText(row.raw.rep) }));
  }

  const after = parseRow(row.sheetRow, { ...row.raw, ...update });
  const flags = unclearedReasons(after, today, input.settings, input.team);
  const text = flagText(flags, lang);
  if (text !== cellText(row.raw.flag)) update.flag = text;
  return { update, rememberTier, messages, flags, after: parseRow(row.sheetRow, { ...row.raw, ...update }) };
}
