// Sheet and column names the add-on knows, in both languages, and matching a sheet's header row to them.
// Matching ignores case, spaces and full-width forms, so "target date", "TargetDate" and "目标签单日" all map.
import type { Cell, ColumnKey, Lang } from '../domain/types';
import { normalizeText } from '../domain/cells';

export type Bilingual = { en: string; zh: string };

export const SHEET_NAMES = {
  pipeline: { en: 'Pipeline', zh: '客户库' },
  team: { en: 'Team', zh: '团队' },
  settings: { en: 'Settings', zh: '设置' },
  log: { en: 'Daily Log', zh: '日志' },
} as const;
export type SheetKind = keyof typeof SHEET_NAMES;

export const PIPELINE_HEADERS: Record<ColumnKey, Bilingual> = {
  id: { en: 'ID', zh: '编号' },
  rep: { en: 'Rep', zh: '销售' },
  customer: { en: 'Customer', zh: '客户' },
  tier: { en: 'Tier', zh: '分类' },
  status: { en: 'Status', zh: '状态' },
  target: { en: 'Target date', zh: '目标签单日' },
  nextStep: { en: 'Next step', zh: '下一步' },
  lastContact: { en: 'Last contact', zh: '最近跟进' },
  visits: { en: 'Visits', zh: '拜访次数' },
  reason: { en: 'Reason', zh: '原因' },
  tierSince: { en: 'Tier since', zh: '分类日期' },
  added: { en: 'Added', zh: '录入日期' },
  closed: { en: 'Closed on', zh: '结案日期' },
  flag: { en: 'Flag', zh: '提示' },
};

export type TeamColumn = 'rep' | 'email' | 'managerEmail' | 'active';
export const TEAM_HEADERS: Record<TeamColumn, Bilingual> = {
  rep: { en: 'Rep', zh: '销售' },
  email: { en: 'Email', zh: '邮箱' },
  managerEmail: { en: 'Manager email', zh: '经理邮箱' },
  active: { en: 'Active', zh: '在职' },
};

export type SettingsColumn = 'key' | 'value' | 'note';
export const SETTINGS_HEADERS: Record<SettingsColumn, Bilingual> = {
  key: { en: 'Key', zh: '项目' },
  value: { en: 'Value', zh: '值' },
  note: { en: 'Note', zh: '说明' },
};

export type LogColumn =
  | 'date' | 'rep' | 'A' | 'B' | 'C' | 'open' | 'added' | 'signed' | 'dropped'
  | 'todayTargets' | 'targetSigned' | 'tomorrowTarget' | 'uncleared';
export const LOG_HEADERS: Record<LogColumn, Bilingual> = {
  date: { en: 'Date', zh: '日期' },
  rep: { en: 'Rep', zh: '销售' },
  A: { en: 'A', zh: 'A类' },
  B: { en: 'B', zh: 'B类' },
  C: { en: 'C', zh: 'C类' },
  open: { en: 'Open', zh: '跟进中' },
  added: { en: 'Added', zh: '新增' },
  signed: { en: 'Signed', zh: '签单' },
  dropped: { en: 'Dropped', zh: '放弃' },
  todayTargets: { en: "Today's targets", zh: '今日目标' },
  targetSigned: { en: 'Target signed?', zh: '目标已签?' },
  tomorrowTarget: { en: "Tomorrow's target", zh: '明日目标' },
  uncleared: { en: 'Uncleared', zh: '未清理' },
};

/** Header/sheet-name comparison key: case-, space- and width-insensitive. */
export function headerKey(text: string): string {
  return normalizeText(text).replace(/\s+/g, '').replace(/[?？]/g, '');
}

export function matchesName(actual: string, names: Bilingual): boolean {
  const k = headerKey(actual);
  return k === headerKey(names.en) || k === headerKey(names.zh);
}

export interface HeaderMap<K extends string> {
  /** 0-based column index of each known key found in the header row. */
  cols: Partial<Record<K, number>>;
  missing: K[];
}

export function mapHeaders<K extends string>(headerRow: Cell[], defs: Record<K, Bilingual>): HeaderMap<K> {
  const cols: Partial<Record<K, number>> = {};
  const keys = Object.keys(defs) as K[];
  headerRow.forEach((cell, index) => {
    if (typeof cell !== 'string' || !cell.trim()) return;
    const key = keys.find((k) => cols[k] === undefined && matchesName(cell, defs[k]));
    if (key !== undefined) cols[key] = index;
  });
  return { cols, missing: keys.filter((k) => cols[k] === undefined) };
}

export function headerText(names: Bilingual, lang: Lang): string {
  return names[lang];
}
