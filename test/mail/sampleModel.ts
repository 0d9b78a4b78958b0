// A digest model with hostile sheet values, shared by the render and browser tests.
import type { DigestModel } from '../../src/domain/digestModel';
import type { Lang } from '../../src/domain/types';

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror="window.__pwned=1">';
export const LONG_NAME = 'Ｗ'.repeat(20) + 'LongCustomerName'.repeat(11).slice(0, 180); // 200 characters, no spaces
export const URL = 'https://docs.google.com/spreadsheets/d/abc123/edit';

/** 14 working days up to Friday 2026-11-27, the last one matching the totals (A 4, B 7, C 9). */
export const SAMPLE_CHART: DigestModel['chart'] = [
  ['2026-11-10', 2, 6, 12], ['2026-11-11', 3, 6, 12], ['2026-11-12', 3, 7, 11], ['2026-11-13', 2, 8, 11],
  ['2026-11-16', 3, 8, 10], ['2026-11-17', 4, 8, 10], ['2026-11-18', 5, 7, 10], ['2026-11-19', 4, 8, 9],
  ['2026-11-20', 3, 9, 9], ['2026-11-23', 4, 9, 8], ['2026-11-24', 5, 8, 9], ['2026-11-25', 6, 7, 9],
  ['2026-11-26', 5, 7, 9], ['2026-11-27', 4, 7, 9],
].map(([date, A, B, C]) => ({ date: String(date), A: Number(A), B: Number(B), C: Number(C) }));

export function sampleModel(lang: Lang, overrides: Partial<DigestModel> = {}): DigestModel {
  const link = (row: number): string => `${URL}#gid=0&range=A${row}`;
  return {
    lang,
    teamName: 'Sales pipeline',
    managerEmail: 'mia@example.com',
    sheetUrl: URL,
    date: '2026-11-27',
    nextWorkingDay: '2026-11-30',
    isWorkingDay: true,
    sentLate: false,
    undelivered: [],
    totals: {
      A: 4, B: 7, C: 9, open: 20,
      change7: { A: 2, B: -3, C: 0, open: -1 },
      todayTargetsNamed: 3, todayTargetsSigned: 1, signedToday: 2, monthSigned: 3,
      workingDaysSoFar: 20, workingDaysInMonth: 21, floorSoFar: 6, goalLow: 24, goalHigh: 30,
    },
    reps: [
      {
        rep: 'Tom & "Jerry"', A: 2, B: 3, C: 4, open: 9,
        todayTargets: [{ customer: 'Acme & Sons', result: 'signed' }, { customer: SCRIPT, result: 'notSigned' }],
        tomorrowTargets: ["O'Brien Ltd 🚀"], uncleared: 2, monthSigned: 2, firstVisitSignings: 1, floorSoFar: 2,
        pushed: [{ customer: "O'Brien Ltd 🚀", pushes: 1 }],
        aCustomers: {
          items: [
            {
              rep: 'Tom & "Jerry"', customer: IMG, link: link(5), daysAsA: 9, target: '2026-11-30', nextStep: 'Send <b>quote</b> & call', visits: 3, pushes: 0,
              flags: [{ kind: 'aged', text: 'A for 9 days (max 7)' }],
            },
            { rep: 'Tom & "Jerry"', customer: 'Acme & Sons', link: link(7), daysAsA: 2, target: '2026-11-27', nextStep: '', visits: 1, pushes: 3, flags: [] },
          ],
          more: 0,
        },
      },
      {
        rep: LONG_NAME, A: 1, B: 2, C: 3, open: 6,
        todayTargets: [{ customer: 'Beta 公司', result: 'dropped' }],
        tomorrowTargets: [], uncleared: 0, monthSigned: 0, firstVisitSignings: 0, floorSoFar: 2, pushed: [],
        aCustomers: {
          items: [{ rep: LONG_NAME, customer: LONG_NAME, link: link(6), daysAsA: null, target: '', nextStep: '', visits: null, pushes: 0, flags: [] }],
          more: 0,
        },
      },
      {
        rep: '王芳', A: 1, B: 2, C: 2, open: 5,
        todayTargets: [], tomorrowTargets: ['Gamma', 'Zeta 公司'], uncleared: 1, monthSigned: 1, firstVisitSignings: 0, floorSoFar: 2.1,
        pushed: [],
        aCustomers: {
          items: [{
            rep: '王芳', customer: 'Kappa', link: link(8), daysAsA: 3, target: '', nextStep: 'Call the boss', visits: 2, pushes: 0,
            flags: [{ kind: 'noTarget', text: 'A without target date' }],
          }],
          more: 0,
        },
      },
    ],
    noTargetTomorrow: [LONG_NAME],
    uncleared: {
      items: [
        { rep: '王芳', customer: 'javascript link', link: 'javascript:alert(2)', tier: null, flags: [{ kind: 'invalid', text: 'tier "D" is not A/B/C' }], daysInTier: null },
        { rep: 'Tom & "Jerry"', customer: 'Old Co', link: link(9), tier: 'C', flags: [{ kind: 'aged', text: 'C for 120 days (max 90)' }], daysInTier: 120 },
      ],
      more: 3,
    },
    softDrops: { items: [{ rep: '王芳', customer: 'Delta', link: link(12), reason: 'busy 😅', closed: '2026-11-26' }], more: 0 },
    notFirstVisit: { items: [], more: 0 },
    flow: [
      { rep: 'Tom & "Jerry"', added: 2, signed: 1, dropped: 1, clearing: true },
      { rep: LONG_NAME, added: 4, signed: 0, dropped: 1, clearing: false },
      { rep: '王芳', added: 0, signed: 1, dropped: 0, clearing: true },
    ],
    chart: SAMPLE_CHART,
    ...overrides,
  };
}
