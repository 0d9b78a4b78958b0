// The digest's sentences, built once and laid out twice (HTML and plain text), so both bodies state the same facts
// in the same order. Everything here is plain text; html.ts escapes it. Days are named by domain/words' dayLabel()
// ("Mon, Nov 30" / "11月30日 周一") and counts are whole numbers, as in the sidebar.
import type { ACustomer, DigestModel, FlagLine, RepDigest } from '../domain/digestModel';
import type { FlagKind } from '../domain/types';
import { URGENCY } from '../domain/urgency';
import { counted, dayLabel, joinNames, weekdayName, wholeNumber } from '../domain/words';
import { t } from '../i18n';

export interface Line {
  text: string;
  /** A fact the manager must act on: shown in red. */
  warn?: boolean;
}

export interface ListItem {
  title: string;
  /** Whose row it is ('' inside the rep's own card). */
  rep: string;
  details: string[];
  /** Why the row is uncleared, most urgent first: shown as warnings, each with its sheet colour. */
  flags: FlagLine[];
  link: string;
}

export interface ListSection {
  heading: string;
  items: ListItem[];
  /** Rows not shown: "… and N more", then the link to the sheet. */
  more: number;
}

export interface RepPhrases {
  name: string;
  tiers: string;
  today: Line[];
  next: Line;
  month: Line;
  /** Only when the rep has uncleared rows / pushed targets. */
  uncleared: Line | null;
  pushed: Line | null;
  /** Pushed targets left out to fit Gmail's clip: "… and N more" after the pushed line. */
  pushedMore: number;
  /** "A customers (3)": the count is every A customer, shown or not. */
  aHeading: string;
  aItems: ListItem[];
  aMore: number;
}

export interface KeyFigures {
  targetsLabel: string;
  targetsValue: string;
  signedToday: string;
  month: Line;
  pace: string;
  /** "No target for Mon, Nov 30 yet" and the reps, or the sentence that everyone has one. */
  noTarget: { label: string; names: string } | { allSet: string } | null;
}

const join = (m: DigestModel, parts: string[]): string => parts.filter(Boolean).join(t(m.lang, 'dg.partJoin'));
const nextDay = (m: DigestModel): string => dayLabel(m.lang, m.nextWorkingDay);
const totalUncleared = (m: DigestModel): number => m.reps.reduce((n, r) => n + r.uncleared, 0);

/** Behind only once the floor asks for a whole signing, as the floor is shown: 0 signed against 0.3 is no warning. */
export function isBehind(signed: number, floor: number): boolean {
  return signed < wholeNumber(floor);
}

function targetsFigure(m: DigestModel, key: 'dg.subject.targets' | 'dg.key.targetsValue'): string {
  const { todayTargetsSigned: signed, todayTargetsNamed: named } = m.totals;
  if (named === 0) return t(m.lang, key === 'dg.subject.targets' ? 'dg.subject.noTargets' : 'dg.key.noTargets');
  return t(m.lang, key, { signed, named });
}

/** "Daily Close · Team · 2026-11-30 · targets 2/8 · 1 rep without Monday's target": the figures that matter. */
export function subject(m: DigestModel): string {
  const parts = [t(m.lang, 'dg.product'), m.teamName, m.date];
  if (m.reps.length) {
    parts.push(targetsFigure(m, 'dg.subject.targets'));
    if (m.noTargetTomorrow.length) {
      parts.push(counted(m.lang, 'dg.subject.without', m.noTargetTomorrow.length, { weekday: weekdayName(m.lang, m.nextWorkingDay) }));
    }
  }
  return join(m, parts);
}

/** The inbox's preview line: the same figures in words, who has no target, and how much is uncleared. */
export function preheader(m: DigestModel): string {
  if (!m.reps.length) return t(m.lang, 'dg.noReps');
  const k = keyFigures(m);
  const noTarget = k.noTarget && 'label' in k.noTarget ? t(m.lang, 'dg.labelled', { label: k.noTarget.label, value: k.noTarget.names }) : '';
  const uncleared = totalUncleared(m);
  return join(m, [
    t(m.lang, 'dg.labelled', { label: k.targetsLabel, value: k.targetsValue }),
    noTarget,
    uncleared ? counted(m.lang, 'dg.pre.uncleared', uncleared) : '',
  ]);
}

export function intro(m: DigestModel): string {
  return t(m.lang, 'dg.intro', { team: m.teamName, date: m.date, manager: m.managerEmail });
}

export function notWorkingDay(m: DigestModel): string {
  return m.isWorkingDay ? '' : t(m.lang, 'dg.notWorkingDay', { next: nextDay(m) });
}

export function keyFigures(m: DigestModel): KeyFigures {
  const { lang, totals } = m;
  const floor = wholeNumber(totals.floorSoFar);
  const behind = isBehind(totals.monthSigned, totals.floorSoFar);
  const month = t(lang, 'dg.key.month', { signed: totals.monthSigned, floor, low: totals.goalLow, high: totals.goalHigh });
  let noTarget: KeyFigures['noTarget'] = null;
  if (m.reps.length) {
    noTarget = m.noTargetTomorrow.length
      ? { label: t(lang, 'dg.noTargetNext', { day: nextDay(m) }), names: joinNames(lang, m.noTargetTomorrow) }
      : { allSet: t(lang, 'dg.noTargetNextNone', { day: nextDay(m) }) };
  }
  return {
    targetsLabel: t(lang, 'dg.key.targets'),
    targetsValue: targetsFigure(m, 'dg.key.targetsValue'),
    signedToday: t(lang, 'dg.key.signedToday', { n: totals.signedToday }),
    month: { text: behind ? join(m, [month, t(lang, 'dg.behind')]) : month, warn: behind },
    pace: t(lang, 'dg.teamPace', { days: totals.workingDaysSoFar, monthDays: totals.workingDaysInMonth, reps: m.reps.length }),
    noTarget,
  };
}

export function signedChange(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${-n}`;
  return '±0';
}

/** Open A/B/C now and, when the Daily Log has a day a week back, the change since: nothing is said without one. */
export function totalsLines(m: DigestModel): string[] {
  const { totals } = m;
  const lines = [t(m.lang, 'dg.tiersNow', { A: totals.A, B: totals.B, C: totals.C, open: totals.open })];
  const c = totals.change7;
  if (c.A !== null && c.B !== null && c.C !== null && c.open !== null) {
    lines.push(t(m.lang, 'dg.tiersChange', { A: signedChange(c.A), B: signedChange(c.B), C: signedChange(c.C), open: signedChange(c.open) }));
  }
  return lines;
}

/** "target Mon, Nov 30 · A for 3 days · 2 visits", leaving out what a flag of the row already says. */
function aDetails(m: DigestModel, a: ACustomer): string[] {
  const { lang } = m;
  const said = new Set<FlagKind>(a.flags.map((f) => f.kind));
  const facts = [
    a.target && !said.has('missed') ? t(lang, 'dg.aTarget', { day: dayLabel(lang, a.target) }) : '',
    a.daysAsA !== null && !said.has('aged') ? counted(lang, 'dg.aDays', a.daysAsA) : '',
    a.visits !== null ? counted(lang, 'dg.visits', a.visits) : '',
    a.pushes > 0 && !said.has('pushed') ? counted(lang, 'dg.pushes', a.pushes) : '',
  ];
  const line = join(m, facts);
  return [line, a.nextStep ? t(lang, 'dg.nextStep', { step: a.nextStep }) : ''].filter(Boolean);
}

export function repPhrases(m: DigestModel, rep: RepDigest): RepPhrases {
  const { lang } = m;
  const today: Line[] = rep.todayTargets.length
    ? rep.todayTargets.map((x) => ({
      text: t(lang, 'dg.repToday', { targets: t(lang, 'dg.repTodayItem', { customer: x.customer, result: t(lang, `dg.result.${x.result}`) }) }),
      warn: x.result === 'notSigned',
    }))
    : [{ text: t(lang, 'dg.repToday', { targets: t(lang, 'dg.repNoTodayTarget') }), warn: m.isWorkingDay }];
  const next: Line = rep.tomorrowTargets.length
    ? { text: t(lang, 'dg.repNext', { day: nextDay(m), targets: joinNames(lang, rep.tomorrowTargets) }) }
    : { text: t(lang, 'dg.noTargetNext', { day: nextDay(m) }), warn: true };
  const behind = isBehind(rep.monthSigned, rep.floorSoFar);
  const month = t(lang, 'dg.repMonth', { signed: rep.monthSigned, floor: wholeNumber(rep.floorSoFar), first: rep.firstVisitSignings });
  const pushed = rep.pushed.map((p) => counted(lang, 'dg.pushedItem', p.pushes, { customer: p.customer }));
  return {
    name: rep.rep,
    tiers: t(lang, 'dg.tiersNow', { A: rep.A, B: rep.B, C: rep.C, open: rep.open }),
    today,
    next,
    month: { text: behind ? join(m, [month, t(lang, 'dg.behind')]) : month, warn: behind },
    uncleared: rep.uncleared > 0 ? { text: t(lang, 'dg.repUncleared', { count: rep.uncleared }), warn: true } : null,
    pushed: pushed.length ? { text: t(lang, 'dg.repPushed', { list: joinNames(lang, pushed) }) } : null,
    pushedMore: rep.pushedMore ?? 0,
    aHeading: rep.A > 0 ? t(lang, 'dg.repA', { count: rep.A }) : t(lang, 'dg.repNoA'),
    aItems: rep.aCustomers.items.map((a) => ({ title: a.customer, rep: '', link: a.link, flags: a.flags, details: aDetails(m, a) })),
    aMore: rep.aCustomers.more,
  };
}

export function listSections(m: DigestModel): ListSection[] {
  const { lang } = m;
  return [
    {
      heading: t(lang, 'dg.uncleared'),
      more: m.uncleared.more,
      // The reason is the row's one line: tier and days are in it where they matter ("C for 120 days (max 90)").
      items: m.uncleared.items.map((x) => ({ title: x.customer, rep: x.rep, link: x.link, flags: x.flags, details: [] })),
    },
    {
      heading: t(lang, 'dg.softDrops'),
      more: m.softDrops.more,
      items: m.softDrops.items.map((x) => ({
        title: x.customer, rep: x.rep, link: x.link, flags: [],
        details: [t(lang, 'dg.softDropDetail', { date: dayLabel(lang, x.closed), reason: x.reason })],
      })),
    },
    {
      heading: t(lang, 'dg.notFirstVisit'),
      more: m.notFirstVisit.more,
      items: m.notFirstVisit.items.map((x) => ({
        title: x.customer, rep: x.rep, link: x.link, flags: [],
        details: [t(lang, 'dg.notFirstVisitDetail', {
          date: dayLabel(lang, x.added),
          visits: x.visits === null ? t(lang, 'dg.visitsUnknown') : counted(lang, 'dg.visits', x.visits),
          status: x.status,
        })],
      })),
    },
  ];
}

/** The sheet's row colours, in the order the uncleared list uses. */
export function legend(m: DigestModel): { title: string; items: { kind: FlagKind; text: string }[] } {
  return { title: t(m.lang, 'dg.legend'), items: URGENCY.map((kind) => ({ kind, text: t(m.lang, `dg.legend.${kind}`) })) };
}

export function flowLines(m: DigestModel): { rep: string; text: string; clearing: boolean }[] {
  const { lang } = m;
  return m.flow.map((f) => ({
    rep: f.rep,
    clearing: f.clearing,
    text: join(m, [
      t(lang, 'dg.flowLine', { added: f.added, out: f.signed + f.dropped, signed: f.signed, dropped: f.dropped }),
      t(lang, f.clearing ? 'dg.flowClearing' : f.signed + f.dropped === 0 ? 'dg.flowOnlyGrowing' : 'dg.flowGrowing'),
    ]),
  }));
}

export function moreText(m: DigestModel, more: number): string {
  return t(m.lang, 'dg.more', { count: more });
}

export function openText(m: DigestModel): string {
  return t(m.lang, 'dg.open');
}
