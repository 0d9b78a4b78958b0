// HubSpot and Pipedrive deal exports adopted through dist/Code.js: their headers ("Associated Company (Primary)",
// "Deal - Owner"), their stage words, and their closed deals kept as quiet history.
import { hubspotDeals, HS_HEADER } from '../fixtures/hubspot';
import { pipedriveDeals, PD_HEADER } from '../fixtures/pipedrive';
import { acceptProposals, adopt, dialogState, expectTeamCellsUnchanged, header, records, saveMapping, setUp } from '../fixtures/adoptHarness';

test('HubSpot: Deal owner, Associated Company (Primary), Deal Stage and Create Date are matched; Record ID and Deal Name left alone', () => {
  const a = adopt(hubspotDeals());
  const text = setUp(a, 'YES', 'NO');
  expect(text).toContain('Pipeline “All deals” (header in row 1): matched Deal Stage → Status, Close Date → Target date, Deal owner → Rep, Create Date → Added, Associated Company (Primary) → Customer, Last Activity Date → Last contact;');
  expect(text).toContain('your columns left alone: Record ID, Deal Name, Amount, Pipeline, Next Activity Date, Deal Type.');
  expect(text).toContain('History: 10 row(s)');
  expect(text).toContain('“Decision Maker Bought-In” (5) → Open stage, tier A?');
  expect(header(a.sheet('All deals')).slice(0, HS_HEADER.length)).toEqual(HS_HEADER);
  expectTeamCellsUnchanged(a);
  a.bundle.call('menuMapColumns');
  expect(saveMapping(a, acceptProposals(dialogState(a.runtime.dialogs[0].html))).ok).toBe(true);
  const rows = records(a.sheet('All deals'));
  expect(rows.filter((r) => !String(r['Deal Stage']).startsWith('Closed')).every((r) => ['A', 'B', 'C'].includes(String(r.Tier)))).toBe(true);
  expect(rows.filter((r) => /status .* is not Open/.test(String(r.Flag)))).toEqual([]);
  expectTeamCellsUnchanged(a);
});

test('Pipedrive: "Deal - " headers match by what follows; open/won/lost need no dialog; lost deals without a reason stay quiet', () => {
  const a = adopt(pipedriveDeals());
  const text = setUp(a, 'YES');
  expect(text).toContain('matched Deal - Organization → Customer, Deal - Owner → Rep, Deal - Status → Status, Deal - Expected close date → Target date, Deal - Deal created → Added, Deal - Lost reason → Reason, Deal - Last activity date → Last contact;');
  expect(text).toMatch(/your columns left alone: Deal - Title, Deal - Value, Deal - Currency, Deal - Contact person, Deal - Stage, /);
  expect(text).not.toMatch(/Status words not known|Map columns and stages… now/);
  // Pipedrive exports no tier: the report says how many open deals need one, and how.
  expect(text).toContain('18 open row(s) have no Tier: give each A, B or C, or a tier for their stage (Settings › Tier by stage) — flagged until then.');
  const rows = records(a.sheet('deals'));
  const lostNoReason = rows.filter((r) => r['Deal - Status'] === 'lost' && r['Deal - Lost reason'] === '');
  expect(lostNoReason.length).toBeGreaterThan(0);
  expect(lostNoReason.every((r) => r.Flag === '')).toBe(true);
  expect(header(a.sheet('deals')).slice(0, PD_HEADER.length)).toEqual(PD_HEADER);
  expectTeamCellsUnchanged(a);
});

test('answering No creates an empty Pipeline and leaves the export alone; a tab named in Settings is used without asking', () => {
  const a = adopt(hubspotDeals());
  setUp(a, 'NO');
  expect(a.ss.getSheetByName('Pipeline')).not.toBeNull();
  expect(header(a.sheet('All deals'))).toEqual(HS_HEADER);
  expectTeamCellsUnchanged(a);

  const b = adopt(hubspotDeals());
  setUp(b, 'NO');
  b.ss.deleteSheet(b.sheet('Pipeline'));
  const settings = b.sheet('Settings');
  const keys = settings.getDataRange().getValues().map((r) => r[0]);
  settings.getRange(keys.indexOf('Pipeline sheet') + 1, 2).setValue('all deals');
  const alerts = b.runtime.alerts.length;
  setUp(b, 'NO');
  expect(b.runtime.alerts.slice(alerts).some((x) => /^Use “/.test(x.message))).toBe(false);
  expect(header(b.sheet('All deals'))).toContain('Daily Close memory');
});
