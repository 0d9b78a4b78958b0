// The Working days setting as managers write it: "Mon-Fri", "Mon,Tue,Sat", "周一至周五", "1-5".
import type { Lang } from './types';
import { normalizeText } from './text';

const DAY_WORDS: string[][] = [
  ['sun', 'sunday', '0', '7', '日', '天'],
  ['mon', 'monday', '1', '一'],
  ['tue', 'tues', 'tuesday', '2', '二'],
  ['wed', 'weds', 'wednesday', '3', '三'],
  ['thu', 'thur', 'thurs', 'thursday', '4', '四'],
  ['fri', 'friday', '5', '五'],
  ['sat', 'saturday', '6', '六'],
];

function dayNumber(token: string): number | null {
  const word = token.replace(/^(周|週|星期|礼拜|禮拜)/, '');
  const index = DAY_WORDS.findIndex((words) => words.includes(word));
  return index >= 0 ? index : null;
}

/** Days of week (0 = Sunday), sorted; null when any part is not a day, or nothing is given. */
export function parseWorkingDays(text: string): number[] | null {
  const cleaned = normalizeText(text)
    .replace(/\s+to\s+/g, '-')
    .replace(/\s*([-–—~至到])\s*/g, '$1');
  const parts = cleaned.split(/[,，、;；/\s]+/).filter((p) => p !== '');
  if (parts.length === 0) return null;
  const days = new Set<number>();
  for (const part of parts) {
    const ends = part.split(/[-–—~至到]/);
    if (ends.length > 2) return null;
    const first = dayNumber(ends[0]);
    const last = ends.length === 2 ? dayNumber(ends[1]) : first;
    if (first === null || last === null) return null;
    // A range may wrap the week end: "Fri-Mon" is Fri, Sat, Sun, Mon.
    for (let d = first; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === last) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

const SHORT_NAMES: Record<Lang, string[]> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
};

/** The reverse, for showing a setting back: Mon-Fri as "Mon-Fri", others as a list in week order from Monday. */
export function formatWorkingDays(days: number[], lang: Lang): string {
  const names = SHORT_NAMES[lang];
  const mondayFirst = [1, 2, 3, 4, 5, 6, 0].filter((d) => days.includes(d));
  const isRun = mondayFirst.length > 2 && mondayFirst.every((d, i) => i === 0 || d === (mondayFirst[i - 1] + 1) % 7);
  if (isRun) return `${names[mondayFirst[0]]}${lang === 'zh' ? '至' : '-'}${names[mondayFirst[mondayFirst.length - 1]]}`;
  return mondayFirst.map((d) => names[d]).join(lang === 'zh' ? '、' : ',');
}
