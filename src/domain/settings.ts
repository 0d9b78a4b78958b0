// The Settings sheet: what Setup writes, and how the manager's edits are read back. A bad value never stops
// the add-on: that one setting falls back to its default and the problem is reported in words.
import type { Cell, ColumnKey, DateKey, Lang, Settings, Tier } from './types';
import { COLUMN_KEYS, TIERS } from './types';
import { DEFAULT_STATUS_WORDS, normalizeTier } from './tier';
import { cellDate, cellText, isBlank } from './cells';
import { addDays } from './calendar';
import { nameKey, normalizeText } from './text';
import { formatWorkingDays, parseWorkingDays } from './weekdays';
import { t, type MessageKey } from '../i18n';

export const DEFAULT_SETTINGS: Settings = {
  maxDays: { A: 7, B: 30, C: 90 },
  digestHour: 20,
  workingDays: [1, 2, 3, 4, 5],
  holidays: [],
  extraWorkingDays: [],
  language: 'auto',
  softDropReasons: ['busy', 'no answer', 'call back later', '忙', '没人接', '再联系'],
  digestListLength: 20,
  maxPushes: 2,
  morningHour: 9,
  reminderHour: 17,
  morningBrief: true,
  remindReps: true,
  tierDescriptions: { A: '', B: '', C: '' },
  signedWords: [...DEFAULT_STATUS_WORDS.signedWords],
  droppedWords: [...DEFAULT_STATUS_WORDS.droppedWords],
  openStages: [],
  tierByStage: [],
  pipelineSheet: '',
  teamSheet: '',
  columns: {},
};

export type SettingKey =
  | 'aMaxDays' | 'bMaxDays' | 'cMaxDays' | 'digestHour' | 'workingDays' | 'holidays' | 'extraWorkingDays'
  | 'language' | 'softDropReasons' | 'digestListLength' | 'maxPushes' | 'morningHour' | 'reminderHour' | 'morningBrief'
  | 'remindReps' | 'aDescription' | 'bDescription' | 'cDescription'
  | 'signedWords' | 'droppedWords' | 'openStages' | 'tierByStage' | 'pipelineSheet' | 'teamSheet' | 'column';

export interface SettingRow {
  key: SettingKey;
  en: string;
  zh: string;
  defaultValue: (lang: Lang) => string;
  note: (lang: Lang) => string;
}

export interface SettingProblem {
  key: SettingKey;
  value: string;
  /** Which fix to suggest: maxDays, hour, workingDays, dates, language, listLength. */
  code: string;
  /** The key cell as typed, for rows whose key names something of the team's (`Column: …`). */
  label?: string;
}

/** What tier means for this team: the Settings wording, or the default in lang. */
export function tierDescription(settings: Settings, tier: Tier, lang: Lang): string {
  return settings.tierDescriptions[tier] || t(lang, `tier.desc.${tier}`);
}

function label(key: SettingKey): { en: string; zh: string } {
  const name = `set.${key}` as MessageKey;
  return { en: t('en', name), zh: t('zh', name) };
}

function maxDaysRow(tier: Tier): SettingRow {
  const key = `${tier.toLowerCase()}MaxDays` as SettingKey;
  return {
    key, ...label(key),
    defaultValue: () => String(DEFAULT_SETTINGS.maxDays[tier]),
    note: (lang) => t(lang, 'set.note.maxDays', { tier }),
  };
}

function descriptionRow(tier: Tier): SettingRow {
  const key = `${tier.toLowerCase()}Description` as SettingKey;
  return {
    key, ...label(key),
    defaultValue: (lang) => t(lang, `tier.desc.${tier}`),
    note: (lang) => t(lang, 'set.note.description', { tier }),
  };
}

export const SETTING_ROWS: SettingRow[] = [
  ...TIERS.map(maxDaysRow),
  {
    key: 'digestHour', ...label('digestHour'),
    defaultValue: () => String(DEFAULT_SETTINGS.digestHour),
    note: (lang) => t(lang, 'set.note.digestHour'),
  },
  {
    key: 'workingDays', ...label('workingDays'),
    defaultValue: (lang) => t(lang, 'set.value.workingDays'),
    note: (lang) => t(lang, 'set.note.workingDays'),
  },
  { key: 'holidays', ...label('holidays'), defaultValue: () => '', note: (lang) => t(lang, 'set.note.holidays') },
  {
    key: 'extraWorkingDays', ...label('extraWorkingDays'),
    defaultValue: () => '',
    note: (lang) => t(lang, 'set.note.extraWorkingDays'),
  },
  {
    key: 'language', ...label('language'),
    defaultValue: (lang) => t(lang, 'set.value.auto'),
    note: (lang) => t(lang, 'set.note.language'),
  },
  {
    key: 'softDropReasons', ...label('softDropReasons'),
    defaultValue: () => DEFAULT_SETTINGS.softDropReasons.join(', '),
    note: (lang) => t(lang, 'set.note.softDropReasons'),
  },
  {
    key: 'digestListLength', ...label('digestListLength'),
    defaultValue: () => String(DEFAULT_SETTINGS.digestListLength),
    note: (lang) => t(lang, 'set.note.digestListLength'),
  },
  {
    key: 'maxPushes', ...label('maxPushes'),
    defaultValue: () => String(DEFAULT_SETTINGS.maxPushes),
    note: (lang) => t(lang, 'set.note.maxPushes'),
  },
  ...(['morningHour', 'reminderHour'] as const).map((key): SettingRow => ({
    key, ...label(key),
    defaultValue: () => String(DEFAULT_SETTINGS[key]),
    note: (lang) => t(lang, `set.note.${key}`),
  })),
  ...(['morningBrief', 'remindReps'] as const).map((key): SettingRow => ({
    key, ...label(key),
    defaultValue: (lang) => t(lang, 'set.value.yes'),
    note: (lang) => t(lang, `set.note.${key}`),
  })),
  ...TIERS.map(descriptionRow),
  ...(['signedWords', 'droppedWords'] as const).map((key): SettingRow => ({
    key, ...label(key),
    defaultValue: () => DEFAULT_SETTINGS[key].join(', '),
    note: (lang) => t(lang, `set.note.${key}`),
  })),
  ...(['openStages', 'tierByStage', 'pipelineSheet'] as const).map((key): SettingRow => ({
    key, ...label(key),
    defaultValue: () => '',
    note: (lang) => t(lang, `set.note.${key}`),
  })),
];

/** Rows Set up writes only when a team needs them (its Team tab keeps its own name). */
export const OPTIONAL_SETTING_ROWS: SettingRow[] = [
  { key: 'teamSheet', ...label('teamSheet'), defaultValue: () => '', note: (lang) => t(lang, 'set.note.teamSheet') },
];

/** The one Settings key matcher: a key cell in either language, case, width and spaces ignored. */
export function settingKeyOf(c: Cell): SettingKey | null {
  const typed = nameKey(cellText(c));
  const row = [...SETTING_ROWS, ...OPTIONAL_SETTING_ROWS].find((r) => nameKey(r.en) === typed || nameKey(r.zh) === typed);
  if (row) return row.key;
  return COLUMN_ROW.test(cellText(c).normalize('NFKC')) ? 'column' : null;
}

const COLUMN_ROW = /^\s*(?:column|列)\s*:\s*(.*)$/i;

/** The Pipeline column a `Column: <key>` row names (by its header in either language, or its key), or null. */
export function columnOfSetting(c: Cell): ColumnKey | null {
  const m = COLUMN_ROW.exec(cellText(c).normalize('NFKC'));
  if (!m) return null;
  const typed = nameKey(m[1]);
  return COLUMN_KEYS.find((k) => k !== 'memory' && [k, t('en', `col.${k}`), t('zh', `col.${k}`)].some((n) => nameKey(n) === typed)) ?? null;
}

/** The key cell of a `Column: <key>` row, in a language. */
export function columnSettingLabel(key: ColumnKey, lang: Lang): string {
  return t(lang, 'set.columnRow', { column: t(lang, `col.${key}`) });
}

/** The label of a Settings row in a language (what Set up and the mapping dialog write in column A). */
export function settingLabel(key: Exclude<SettingKey, 'column'>, lang: Lang): string {
  return t(lang, `set.${key}`);
}

/** yes/no as teams write it: yes/no, true/false, 1/0, 是/否, the sheet's own booleans; '' keeps the default. */
function yesNoOf(c: Cell): boolean | null {
  if (typeof c === 'boolean') return c;
  const word = normalizeText(cellText(c));
  if (['yes', 'y', 'true', '1', '是', '开', '開', 'on'].includes(word)) return true;
  if (['no', 'n', 'false', '0', '否', '关', '關', 'off'].includes(word)) return false;
  return null;
}

function wholeNumber(c: Cell, min: number, max: number): number | null {
  const s = typeof c === 'number' ? String(c) : cellText(c).normalize('NFKC');
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

function digestHourOf(c: Cell): number | null {
  // "20", "20:00", "20:00:00" (how Sheets shows a time), "8:00 PM" and "20点" all name an hour; minutes other than
  // :00 are not supported by the trigger.
  const s = cellText(c).normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  const m = /^(\d{1,2})(?::00(?::00)?)?(am|pm)?(点|點|时|時)?$/.exec(s);
  if (!m) return null;
  let hour = Number(m[1]);
  if (m[2]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[2] === 'pm' ? 12 : 0);
  }
  return hour <= 23 ? hour : null;
}

function languageOf(c: Cell): Settings['language'] | null {
  const word = normalizeText(cellText(c));
  if (['auto', '自动', '自動', ''].includes(word)) return 'auto';
  if (['en', 'english', '英文', '英语', '英語'].includes(word)) return 'en';
  if (['zh', 'chinese', '中文', '简体中文', '汉语', '漢語'].includes(word)) return 'zh';
  return null;
}

// A holiday range like 2026-10-01~2026-10-07 (国庆) is common; longer than a year is a typo.
function datesOf(c: Cell): DateKey[] | null {
  const single = cellDate(c);
  if (single) return [single];
  if (typeof c !== 'string') return null;
  const parts = c.normalize('NFKC').split(/[,，;；、\n\r]+/).map((p) => p.trim()).filter((p) => p !== '');
  const dates: DateKey[] = [];
  for (const part of parts) {
    const ends = part.split(/\s*(?:~|至|到)\s*/);
    const first = cellDate(ends[0]);
    const last = ends.length === 2 ? cellDate(ends[1]) : first;
    if (ends.length > 2 || !first || !last || last < first || last > addDays(first, 366)) return null;
    for (let d = first; d <= last; d = addDays(d, 1)) dates.push(d);
  }
  return dates;
}

function listOf(c: Cell): string[] {
  return cellText(c).split(/[,，;；、\n\r]+/).map((p) => p.trim()).filter((p) => p !== '');
}

/** `Negotiation: A; Proposal: B` (also with ，；= or one pair a line); null when a pair has no tier. */
function tierPairsOf(c: Cell): Array<{ stage: string; tier: Tier }> | null {
  const parts = cellText(c).split(/[;；\n\r]+/).map((p) => p.trim()).filter((p) => p !== '');
  const pairs: Array<{ stage: string; tier: Tier }> = [];
  for (const part of parts) {
    const m = /^(.*\S)\s*[:：=]\s*(\S+)$/.exec(part);
    const tier = m ? normalizeTier(m[2]) : null;
    if (!m || !tier) return null;
    pairs.push({ stage: m[1].trim(), tier });
  }
  return pairs;
}

/** Default description text in either language means "follow the sheet's language", stored as ''. */
function descriptionOf(c: Cell, tier: Tier): string {
  const text = cellText(c);
  const defaults = (['en', 'zh'] as Lang[]).map((lang) => normalizeText(t(lang, `tier.desc.${tier}`)));
  return defaults.includes(normalizeText(text)) ? '' : text;
}

export function parseSettings(pairs: Array<[Cell, Cell]>): { settings: Settings; problems: SettingProblem[] } {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    maxDays: { ...DEFAULT_SETTINGS.maxDays },
    workingDays: [...DEFAULT_SETTINGS.workingDays],
    holidays: [],
    extraWorkingDays: [],
    softDropReasons: [...DEFAULT_SETTINGS.softDropReasons],
    tierDescriptions: { ...DEFAULT_SETTINGS.tierDescriptions },
    signedWords: [...DEFAULT_SETTINGS.signedWords],
    droppedWords: [...DEFAULT_SETTINGS.droppedWords],
    openStages: [],
    tierByStage: [],
    columns: {},
  };
  const problems: SettingProblem[] = [];
  const badDateKeys = new Set<SettingKey>();
  for (const [keyCell, value] of pairs) {
    const key = settingKeyOf(keyCell);
    if (!key) continue;
    const complain = (code: string) => problems.push({ key, value: cellText(value), code });
    switch (key) {
      case 'aMaxDays':
      case 'bMaxDays':
      case 'cMaxDays': {
        const tier = key[0].toUpperCase() as Tier;
        const n = wholeNumber(value, 1, 3650);
        if (n === null) complain('maxDays');
        else settings.maxDays[tier] = n;
        break;
      }
      case 'digestHour': {
        const hour = digestHourOf(value);
        if (hour === null) complain('hour');
        else settings.digestHour = hour;
        break;
      }
      case 'workingDays': {
        const days = parseWorkingDays(cellText(value));
        if (!days) complain('workingDays');
        else settings.workingDays = days;
        break;
      }
      case 'holidays':
      case 'extraWorkingDays': {
        if (isBlank(value)) break;
        const dates = datesOf(value);
        if (!dates) {
          complain('dates');
          badDateKeys.add(key);
        } else {
          // Several Holidays rows add up, so a team can keep one row per holiday.
          settings[key] = [...settings[key], ...dates];
        }
        break;
      }
      case 'language': {
        const language = languageOf(value);
        if (!language) complain('language');
        else settings.language = language;
        break;
      }
      case 'softDropReasons':
        settings.softDropReasons = listOf(value);
        break;
      case 'digestListLength': {
        const n = wholeNumber(value, 1, 500);
        if (n === null) complain('listLength');
        else settings.digestListLength = n;
        break;
      }
      case 'maxPushes': {
        const n = wholeNumber(value, 0, 50);
        if (n === null) complain('maxPushes');
        else settings.maxPushes = n;
        break;
      }
      case 'morningHour':
      case 'reminderHour': {
        const hour = digestHourOf(value);
        if (hour === null) complain('hour');
        else settings[key] = hour;
        break;
      }
      case 'morningBrief':
      case 'remindReps': {
        if (isBlank(value)) break;
        const yes = yesNoOf(value);
        if (yes === null) complain('yesNo');
        else settings[key] = yes;
        break;
      }
      case 'aDescription':
      case 'bDescription':
      case 'cDescription': {
        const tier = key[0].toUpperCase() as Tier;
        settings.tierDescriptions[tier] = descriptionOf(value, tier);
        break;
      }
      case 'signedWords':
      case 'droppedWords':
      case 'openStages':
        settings[key] = listOf(value);
        break;
      case 'tierByStage': {
        const pairs = tierPairsOf(value);
        if (!pairs) complain('tierByStage');
        else settings.tierByStage = pairs;
        break;
      }
      case 'pipelineSheet':
      case 'teamSheet':
        settings[key] = cellText(value);
        break;
      case 'column': {
        const column = columnOfSetting(keyCell);
        if (!column) problems.push({ key, value: cellText(value), code: 'columnKey', label: cellText(keyCell) });
        else if (!isBlank(value)) settings.columns[column] = cellText(value);
        break;
      }
    }
  }
  for (const key of badDateKeys) settings[key as 'holidays' | 'extraWorkingDays'] = [];
  return { settings, problems };
}

const FIX_KEYS: Record<string, MessageKey> = {
  maxDays: 'set.fix.maxDays',
  hour: 'set.fix.hour',
  workingDays: 'set.fix.workingDays',
  dates: 'set.fix.dates',
  language: 'set.fix.language',
  listLength: 'set.fix.listLength',
  maxPushes: 'set.fix.maxPushes',
  yesNo: 'set.fix.yesNo',
  tierByStage: 'set.fix.tierByStage',
  columnKey: 'set.fix.columnKey',
};

function defaultShown(key: SettingKey, lang: Lang): string {
  if (key === 'workingDays') return formatWorkingDays(DEFAULT_SETTINGS.workingDays, lang);
  const row = SETTING_ROWS.find((r) => r.key === key);
  const value = row ? row.defaultValue(lang) : '';
  return value === '' ? t(lang, 'set.default.none') : value;
}

export function settingProblemText(p: SettingProblem, lang: Lang): string {
  const row = SETTING_ROWS.find((r) => r.key === p.key);
  if (p.key === 'column') return t(lang, 'set.columnProblem', { key: p.label ?? '', fix: t(lang, FIX_KEYS[p.code]) });
  return t(lang, 'set.problem', {
    key: row ? row[lang] : p.key,
    value: p.value,
    fix: t(lang, FIX_KEYS[p.code] ?? 'set.fix.maxDays'),
    default: defaultShown(p.key, lang),
  });
}
