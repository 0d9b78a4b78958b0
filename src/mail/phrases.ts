// The digest's sentences, built once and laid out twice (HTML and plain text), so both bodies state the same facts.
// Everything here is plain text; html.ts escapes it.
import type { DigestModel, RepDigest } from '../domain/digestModel';
import type { DateKey, Lang } from '../domain/types';
import { shortDate } from '../domain/calendar';
import { t } from '../i18n';

export interface Line {
  text: string;
  /** A fact the manager must act on: shown in red. */
  warn?: boolean;
}

export interface TotalsLine {
  label: string;
  value: string;
  note: string;
  warn?: boolean;
}

export interface RepPhrases {
  name: string;
  tiers: string;
  today: Line[];
  tomorrow: Line;
  uncleared: Line;
  month: Line;
}

export interface ListItem {
  title: string;
  rep: string;
  details: string[];
  /** Flag text, shown as a warning. */
  flag: string;
  link: string;
}

export interface ListSection {
  heading: string;
  items: ListItem[];
  more: number;
}

export function subject(m: DigestModel): string {
  return t(m.lang, 'dg.subject', { team: m.teamName, date: m.date });
}

export function intro(m: DigestModel): string {
  return t(m.lang, 'dg.intro', { team: m.teamName, date: m.date, manager: m.managerEmail });
}

const day = (d: DateKey | '', lang: Lang): string => (d ? shortDate(d, lang) : t(lang, 'dg.noTargetDate'));
const count = (n: number | null, lang: Lang): string => (n === null ? t(lang, 'dg.unknown') : String(n));

export function signedChange(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${-n}`;
  return '±0';
}

/** Behind only once the floor asks for a whole signing: 0 signed against a floor of 0.3 is not yet a warning. */
export function isBehind(signed: number, floor: number): boolean {
  return signed < Math.floor(floor);
}

export function totalsLines(m: DigestModel): TotalsLine[] {
  const { lang, totals } = m;
  const change = (c: number | null): string =>
    c === null ? t(lang, 'dg.noChange7') : t(lang, 'dg.change7', { change: signedChange(c) });
  const tiers = (['A', 'B', 'C'] as const).map((tier) => ({
    label: t(lang, 'dg.tierCount', { tier }),
    value: String(totals[tier]),
    note: change(totals.change7[tier]),
  }));
  const behind = isBehind(totals.monthSigned, totals.floorSoFar);
  return [
    ...tiers,
    { label: t(lang, 'dg.openCount'), value: String(totals.open), note: change(totals.change7.open) },
    {
      label: t(lang, 'dg.todayTargets'),
      value: t(lang, 'dg.targetsRatio', { signed: totals.todayTargetsSigned, named: totals.todayTargetsNamed }),
      note: '',
    },
    { label: t(lang, 'dg.signedToday'), value: String(totals.signedToday), note: '' },
    {
      label: t(lang, 'dg.monthSigned'),
      value: String(totals.monthSigned),
      note: behind ? t(lang, 'dg.behindPace', { signed: totals.monthSigned, floor: totals.floorSoFar }) : '',
      warn: behind,
    },
  ];
}

export function teamPace(m: DigestModel): string {
  const { totals } = m;
  return t(m.lang, 'dg.teamPace', {
    floor: totals.floorSoFar, days: totals.workingDaysSoFar, monthDays: totals.workingDaysInMonth, reps: m.reps.length,
    low: totals.goalLow, high: totals.goalHigh,
  });
}

export function repPhrases(m: DigestModel, rep: RepDigest): RepPhrases {
  const { lang } = m;
  const today: Line[] = rep.todayTargets.length
    ? rep.todayTargets.map((x) => ({
      text: t(lang, 'dg.repToday', { targets: `${x.customer} — ${t(lang, `dg.result.${x.result}`)}` }),
      warn: x.result === 'notSigned',
    }))
    : [{ text: t(lang, 'dg.repToday', { targets: t(lang, 'dg.repNoTodayTarget') }), warn: m.isWorkingDay }];
  const date = shortDate(m.nextWorkingDay, lang);
  const tomorrow: Line = rep.tomorrowTargets.length
    ? { text: t(lang, 'dg.repTomorrow', { date, targets: rep.tomorrowTargets.join(', ') }) }
    : { text: t(lang, 'dg.repTomorrow', { date, targets: t(lang, 'dg.repNoTomorrow') }), warn: true };
  const behind = isBehind(rep.monthSigned, rep.floorSoFar);
  const month = t(lang, 'dg.repMonth', { signed: rep.monthSigned, floor: rep.floorSoFar, first: rep.firstVisitSignings });
  return {
    name: rep.rep,
    tiers: t(lang, 'dg.repTiers', { A: rep.A, B: rep.B, C: rep.C, open: rep.open }),
    today,
    tomorrow,
    uncleared: { text: t(lang, 'dg.repUncleared', { count: rep.uncleared }), warn: rep.uncleared > 0 },
    month: { text: behind ? `${month} · ${t(lang, 'dg.repBehind')}` : month, warn: behind },
  };
}

export function noTargetHeading(m: DigestModel): string {
  return t(m.lang, 'dg.noTargetTomorrow', { date: shortDate(m.nextWorkingDay, m.lang) });
}

export function listSections(m: DigestModel): ListSection[] {
  const { lang } = m;
  return [
    {
      heading: t(lang, 'dg.aCustomers'),
      more: m.aCustomers.more,
      items: m.aCustomers.items.map((x) => ({
        title: x.customer, rep: x.rep, link: x.link, flag: x.flag,
        details: [
          t(lang, 'dg.aDetail', { days: count(x.daysAsA, lang), target: day(x.target, lang), visits: count(x.visits, lang) }),
          ...(x.nextStep ? [t(lang, 'dg.nextStep', { step: x.nextStep })] : []),
        ],
      })),
    },
    {
      heading: t(lang, 'dg.uncleared'),
      more: m.uncleared.more,
      items: m.uncleared.items.map((x) => ({
        title: x.customer, rep: x.rep, link: x.link, flag: x.flag,
        details: [x.tier
          ? t(lang, 'dg.unclearedDetail', { tier: x.tier, days: count(x.daysInTier, lang) })
          : t(lang, 'dg.unclearedNoTier', { days: count(x.daysInTier, lang) })],
      })),
    },
    {
      heading: t(lang, 'dg.softDrops'),
      more: m.softDrops.more,
      items: m.softDrops.items.map((x) => ({
        title: x.customer, rep: x.rep, link: x.link, flag: '',
        details: [t(lang, 'dg.softDropDetail', { date: day(x.closed, lang), reason: x.reason })],
      })),
    },
    {
      heading: t(lang, 'dg.notFirstVisit'),
      more: m.notFirstVisit.more,
      items: m.notFirstVisit.items.map((x) => ({
        title: x.customer, rep: x.rep, link: x.link, flag: '',
        details: [t(lang, 'dg.notFirstVisitDetail', { date: day(x.added, lang), visits: count(x.visits, lang), status: x.status })],
      })),
    },
  ];
}

export function flowLines(m: DigestModel): { rep: string; text: string; clearing: boolean }[] {
  const { lang } = m;
  return m.flow.map((f) => ({
    rep: f.rep,
    clearing: f.clearing,
    text: `${t(lang, 'dg.flowLine', { added: f.added, out: f.signed + f.dropped, signed: f.signed, dropped: f.dropped })} · ${
      t(lang, f.clearing ? 'dg.flowClearing' : f.signed + f.dropped === 0 ? 'dg.flowOnlyGrowing' : 'dg.flowGrowing')}`,
  }));
}

export function moreText(m: DigestModel, more: number): string {
  return t(m.lang, 'dg.more', { count: more });
}
