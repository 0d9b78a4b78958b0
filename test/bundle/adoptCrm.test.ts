// A generic snake_case CRM dump with its tables as tabs (sales_pipeline, sales_teams, accounts, products), adopted by
// one Set up and one dialog through dist/Code.js (SPEC "Adopting a team's own sheet").
import { crmDump, DUMP_AGENTS } from '../fixtures/crmDump';
import {
  acceptProposals, adopt, dayOf, dialogState, expectTeamCellsUnchanged, header, records, saveMapping, settingValue, setUp, type Adoption,
} from '../fixtures/adoptHarness';

const PIPELINE_HEAD = ['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'engage_date', 'close_date', 'close_value'];
const book = crmDump();
const deals = book.tabs[0].rows.slice(1);
const count = (stage: string) => deals.filter((d) => d[4] === stage).length;

let a: Adoption;
beforeEach(() => {
  a = adopt(book);
});

/** Set up answering Yes to both tabs and No to opening the dialog. */
function setUpOnce(): string {
  return setUp(a, 'YES', 'YES', 'NO');
}

function openDialog() {
  a.bundle.call('menuMapColumns');
  return dialogState(a.runtime.dialogs[a.runtime.dialogs.length - 1].html);
}

test('one Set up asks before adopting sales_pipeline and sales_teams by their headers and records both in Settings', () => {
  const text = setUpOnce();
  expect(a.runtime.alerts[0].message).toMatch(/^Use “sales_pipeline” as the Pipeline\? Its header row names 5 of Daily Close’s columns \(sales_agent, account, deal_stage, engage_date, close_date\)/);
  expect(a.runtime.alerts[1].message).toMatch(/^Use “sales_teams” as the Team sheet\?/);
  // No empty Pipeline or Team beside the team's own tabs.
  const names = a.ss.getSheets().map((s) => s.getName());
  expect(names.slice(0, 4)).toEqual(['sales_pipeline', 'sales_teams', 'accounts', 'products']);
  expect(names).toEqual(expect.arrayContaining(['Settings', 'Daily Log']));
  expect(names.filter((n) => /^(Pipeline|Team)$/.test(n))).toEqual([]);
  expect(settingValue(a, 'Pipeline sheet')).toBe('sales_pipeline');
  expect(settingValue(a, 'Team sheet')).toBe('sales_teams');
  const pipeline = a.sheet('sales_pipeline');
  expect(header(pipeline)).toEqual([
    ...PIPELINE_HEAD, 'ID', 'Tier', 'Next step', 'Last contact', 'Visits', 'Reason', 'Tier since', 'Closed on', 'Flag', 'Daily Close memory',
  ]);
  expect(pipeline.isColumnHiddenByUser(header(pipeline).indexOf('Daily Close memory') + 1)).toBe(true);
  // A Manager column of names is kept; Manager email is appended for the team to fill (never refused).
  expect(header(a.sheet('sales_teams'))).toEqual(['sales_agent', 'manager', 'regional_office', 'Email', 'Manager email', 'Active']);
  expect(text).toContain('Pipeline “sales_pipeline” (header in row 1): matched sales_agent → Rep, account → Customer, deal_stage → Status, engage_date → Added, close_date → Target date; appended ID, Tier, Next step, Last contact, Visits, Reason, Tier since, Closed on … and 1 more; your columns left alone: opportunity_id, product, close_value.');
  expect(text).toContain('Team’s “manager” holds names, not e-mail addresses: kept as it is.');
  expect(text).not.toMatch(/Sheet: |Pipeline: ID/);
  expectTeamCellsUnchanged(a);
  // Only the header cells Set up wrote are bold; the team's header cells are as they were.
  expect(pipeline.getRange(1, 1, 1, 8).getFontWeights()[0]).toEqual(Array(8).fill('normal'));
  expect(pipeline.getRange(1, 9).getFontWeight()).toBe('bold');
});

test('the first Set up: closed deals are history (quiet, counted once), blank Added stays blank, the words it does not know are listed with proposals', () => {
  const text = setUpOnce();
  const rows = records(a.sheet('sales_pipeline'));
  const closed = rows.filter((r) => r.deal_stage === 'Won' || r.deal_stage === 'Lost');
  expect(closed).toHaveLength(count('Won') + count('Lost'));
  for (const r of closed) {
    expect(r.Flag).toBe('');
    expect(r['Closed on']).toBe('');
    expect(String(r['Daily Close memory'])).toMatch(/\|h$/);
  }
  expect(text).toContain(`History: ${count('Won') + count('Lost')} row(s) were already Signed or Dropped before Daily Close — never flagged or counted.`);
  const prospecting = rows.filter((r) => r.deal_stage === 'Prospecting');
  expect(prospecting.map((r) => r.engage_date)).toEqual(Array(count('Prospecting')).fill(''));
  expect(text).toContain(`${count('Prospecting')} row(s) have no Added date: left blank, not counted as new.`);
  expect(text).toContain(`Status words not known yet (2) — their rows are flagged until classified: “Engaging” (${count('Engaging')}) → Open stage, tier B? · “Prospecting” (${count('Prospecting')}) → Open stage, tier C?.`);
  // Nothing is guessed silently: until classified, those rows say why they are flagged.
  expect(rows.find((r) => r.deal_stage === 'Engaging')?.Flag).toMatch(/status "Engaging" is not Open\/Signed\/Dropped/);
  expect(text).toMatch(/Open “Map columns and stages…” now\?$/);
});

test('the dialog: accepting its proposals saves Settings rows, applies them at once, and the sleeping deals are aged on day one', () => {
  setUpOnce();
  const state = openDialog();
  expect(state.sheet).toBe('sales_pipeline');
  expect(state.columns.find((c) => c.key === 'customer')?.current).toBe('account');
  expect(state.words.map((w) => [w.word, w.rows, w.proposal, w.tier])).toEqual([
    ['Engaging', count('Engaging'), 'open', 'B'], ['Prospecting', count('Prospecting'), 'open', 'C'],
  ]);
  const saved = saveMapping(a, acceptProposals(state));
  expect(saved.ok).toBe(true);
  expect(saved.value?.lines[0]).toBe('Saved to Settings: Open stages, Tier by stage.');
  expect(settingValue(a, 'Open stages')).toBe('Engaging, Prospecting');
  expect(settingValue(a, 'Tier by stage')).toBe('Engaging: B; Prospecting: C');
  const rows = records(a.sheet('sales_pipeline'));
  const engaging = rows.filter((r) => r.deal_stage === 'Engaging');
  expect(engaging).toHaveLength(count('Engaging'));
  for (const r of engaging) {
    // The team's stage word is kept; Tier by stage filled the empty Tier, dated from the deal's engage_date.
    expect(r.Tier).toBe('B');
    expect(dayOf(a, r['Tier since'])).toBe(dayOf(a, r.engage_date));
    expect(r.Flag).toMatch(/^B for \d+ days \(max 30\)$/);
  }
  const prospecting = rows.filter((r) => r.deal_stage === 'Prospecting');
  expect(prospecting.every((r) => r.Tier === 'C' && r.engage_date === '')).toBe(true);
  // Not aged (no Added to date them from); the one without an account is flagged for it (and kept out of the picker).
  expect(prospecting.map((r) => r.Flag)).toEqual(prospecting.map((r) => (r.account === '' ? 'no customer name' : '')));
  // History is untouched by the new words.
  expect(rows.filter((r) => r.deal_stage === 'Won' || r.deal_stage === 'Lost').every((r) => r.Flag === '' && r['Closed on'] === '')).toBe(true);
  // The dialog can be opened again: nothing left to classify.
  expect(openDialog().words).toEqual([]);
});

test('once Manager email is filled, the digest and Daily Log count open deals only: no history, nothing "added", uncleared never above open', () => {
  setUpOnce();
  saveMapping(a, acceptProposals(openDialog()));
  const team = a.sheet('sales_teams');
  const managers = [...new Set(DUMP_AGENTS.map(([, manager]) => manager))];
  const emailOf = (name: string) => `${name.split(' ')[0].toLowerCase()}@example.com`;
  team.getRange(2, 5, DUMP_AGENTS.length, 1).setValues(DUMP_AGENTS.map(([, manager]) => [emailOf(manager)]));
  a.runtime.setUser(emailOf(managers[0]));
  a.bundle.call('menuSendNow');
  expect(a.runtime.outbox.map((m) => m.to[0]).sort()).toEqual(managers.map(emailOf).sort());
  const log = records(a.sheet('Daily Log'));
  const openDeals = deals.filter((d) => d[4] === 'Engaging' || d[4] === 'Prospecting');
  for (const [agent] of DUMP_AGENTS) {
    const line = log.find((r) => r.Rep === agent)!;
    const mine = openDeals.filter((d) => d[1] === agent);
    expect({ agent, open: line.Open, added: line.Added, signed: line.Signed, dropped: line.Dropped }).toEqual({ agent, open: mine.length, added: 0, signed: 0, dropped: 0 });
    expect(Number(line.Uncleared)).toBeLessThanOrEqual(mine.length);
  }
  const digest = a.runtime.outbox.find((m) => m.to[0] === emailOf(managers[0]))!.body;
  expect(digest).toMatch(/added 0 · out 0/);
  expect(digest).not.toMatch(/dropped without a reason/);
});

test('a Team tab headed sales_agent/manager/regional_office is read after Set up, never refused', () => {
  setUpOnce();
  a.runtime.setUser('boss@example.com');
  a.bundle.call('menuRefreshHighlights');
  const last = a.runtime.alerts[a.runtime.alerts.length - 1]?.message ?? '';
  expect(last).not.toMatch(/has no “Rep” column/);
  const rows = records(a.sheet('sales_pipeline'));
  expect(rows.some((r) => /is not on Team/.test(String(r.Flag)))).toBe(false);
});

test('running Set up again changes nothing and asks nothing', () => {
  setUpOnce();
  const cells = (name: string) => { const s = a.sheet(name); return s.getRange(1, 1, s.getLastRow(), s.getLastColumn()).getValues(); };
  const before = ['sales_pipeline', 'sales_teams', 'Settings'].map(cells);
  const alerts = a.runtime.alerts.length;
  const text = setUp(a);
  expect(a.runtime.alerts.length).toBe(alerts + 1);
  expect(text).not.toMatch(/Use “/);
  expect(['sales_pipeline', 'sales_teams', 'Settings'].map(cells)).toEqual(before);
});

test('a Team tab without a Rep column is adopted (its missing columns appended), never refused', () => {
  const b = adopt({
    name: 'team-without-rep', locale: 'en_US', tabs: [
      { name: 'Pipeline', rows: [['Rep', 'Customer', 'Tier'], ['Ann Lee', 'Acme', 'B']] },
      { name: 'Team', rows: [['E-mail', 'Manager', 'Region'], ['ann@example.com', 'boss@example.com', 'North']] },
    ],
  });
  const text = setUp(b);
  expect(text).not.toMatch(/has no “Rep” column/);
  expect(header(b.sheet('Team'))).toEqual(['E-mail', 'Manager', 'Region', 'Rep', 'Active']);
  expect(text).toContain('Team “Team” (header in row 1): matched E-mail → Email, Manager → Manager email, Region; appended Rep, Active.');
  // Until the team names its reps, rows say so; the runs never stop on it.
  expect(records(b.sheet('Pipeline'))[0].Flag).toBe('rep "Ann Lee" is not on Team');
  b.sheet('Team').getRange(2, 4).setValue('Ann Lee');
  b.bundle.call('menuRefreshHighlights');
  expect(records(b.sheet('Pipeline'))[0].Flag).toBe('');
  expectTeamCellsUnchanged(b);
});
