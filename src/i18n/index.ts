// Every user-visible string lives in a catalogue where each entry carries both languages, so a message
// cannot exist in English only. Catalogues are split by area (sheet, sidebar, digest) and merged here.
import type { Lang } from '../domain/types';
import { sheetMessages } from './sheet';
import { sidebarMessages } from './sidebar';
import { digestMessages } from './digest';
import { appMessages } from './app';
import { serverMessages } from './server';
import { adoptMessages } from './adopt';
import { dashboardMessages } from './dashboard';
import { orgMessages } from './org';

export type Entry = { en: string; zh: string };
export type Params = Record<string, string | number>;

const catalogue = { ...appMessages, ...serverMessages, ...sheetMessages, ...sidebarMessages, ...digestMessages, ...dashboardMessages, ...adoptMessages, ...orgMessages };
export type MessageKey = keyof typeof catalogue;

/** Fills {name} placeholders; a placeholder without a value stays visible rather than vanishing. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const entry: Entry = catalogue[key];
  return fill(entry[lang], params);
}

/** Language from a spreadsheet locale such as 'zh_CN' or 'en_US'. */
export function langFromLocale(locale: string): Lang {
  return /^zh/i.test(locale || '') ? 'zh' : 'en';
}

export function resolveLang(setting: 'auto' | Lang, locale: string): Lang {
  return setting === 'auto' ? langFromLocale(locale) : setting;
}
