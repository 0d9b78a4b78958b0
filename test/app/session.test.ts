// The session's lighter reads for pages that show rows (the sidebar): only some columns in as few reads as pay, and
// one row found by its ID. Run against the local runtime's services, with the sample team set up through the bundle.
import { harness, type Harness } from '../support/harness';
import { PipelineSession } from '../../src/app/session';
import { loadContext } from '../../src/app/context';
import { forgetSheets } from '../../src/sheets/pipeline';
import { forgetSettings } from '../../src/sheets/teamSheet';

let h: Harness;

beforeEach(() => {
  h = harness();
  h.bundle.call('menuRefreshHighlights');
  Object.assign(globalThis, h.runtime.globals());
  // Each test has its own spreadsheet: nothing a previous one read is kept.
  forgetSheets(h.ss);
  forgetSettings(h.ss);
});

test('columns(): only the columns asked for, each block of adjacent ones in one read; such a session cannot write', () => {
  const ctx = loadContext(h.ss);
  h.runtime.resetCounts();
  const session = PipelineSession.columns(ctx, ['customer', 'tier', 'memory']);
  const reads = h.runtime.callLog().filter((c) => c.method === 'Range.getValues');
  // The header's first rows, then C..O as one block: on 60 rows the ten columns between cost less than a second call.
  expect(reads.length).toBe(2);
  const golden = session.rows.find((r) => r.customer === 'Golden Bakery');
  expect(golden?.tier).toBe(h.cell(h.rowOf('Golden Bakery'), 'Tier'));
  expect(golden?.memory).not.toBeNull();
  expect(golden?.rep).toBe('');
  expect(() => session.decideAll()).toThrow(/cannot decide or write/);
  expect(() => session.commit()).toThrow(/cannot decide or write/);
});

test('columns() on a big sheet reads separate blocks rather than the columns between them', () => {
  const big = harness({ customersPerRep: 2500 });
  Object.assign(globalThis, big.runtime.globals());
  forgetSheets(big.ss);
  forgetSettings(big.ss);
  const ctx = loadContext(big.ss);
  big.runtime.resetCounts();
  PipelineSession.columns(ctx, ['customer', 'tier', 'memory']);
  const cells = big.runtime.callLog().filter((c) => c.method === 'Range.getValues').map((c) => c.cells.read);
  const rows = big.pipeline.getLastRow() - 1;
  // C..D (customer, tier), then O (memory) alone: three columns' worth of cells, not thirteen.
  expect(cells.slice(1)).toEqual([2 * rows, rows]);
});

test('byId(): Sheets finds the ID (no cell of the ID column is read), then that one row is read and written', () => {
  const ctx = loadContext(h.ss);
  const row = h.rowOf('Golden Bakery');
  const id = String(h.cell(row, 'ID'));
  h.runtime.resetCounts();
  const { session, rows } = PipelineSession.byId(ctx, id);
  expect(rows).toEqual([row]);
  expect(session.rows.map((r) => r.sheetRow)).toEqual([row]);
  session.decideAll();
  session.change(session.rows[0], { nextStep: 'Send the contract' });
  session.commit();
  const calls = h.runtime.callLog();
  // The header's first rows, the search, and the row: the search moves no cells.
  expect(calls.filter((c) => c.kind === 'read').map((c) => c.method)).toEqual(['Range.getValues', 'TextFinder.findAll', 'Range.getValues']);
  expect(calls.filter((c) => c.method === 'Range.getValues').map((c) => c.cells.read)[1]).toBe(15);
  expect(calls.filter((c) => c.kind === 'write')).toHaveLength(1);
  expect(h.cell(row, 'Next step')).toBe('Send the contract');
});

test('byId(): no row gives an empty session; a copied ID on two rows is read as both, and deciding gives the later one its own ID', () => {
  const ctx = loadContext(h.ss);
  const none = PipelineSession.byId(ctx, 'C-NOSUCHROW00');
  expect([none.rows, none.session.rows.length]).toEqual([[], 0]);
  const a = h.rowOf('Golden Bakery');
  const b = h.rowOf('Iris Textiles');
  const id = String(h.cell(a, 'ID'));
  h.pipeline.getRange(b, h.col('ID')).setValue(id);
  forgetSheets(h.ss);
  const found = PipelineSession.byId(ctx, id);
  expect(found.rows).toEqual([a, b].sort((x, y) => x - y));
  found.session.decideAll();
  found.session.commit();
  const [first, later] = [a, b].sort((x, y) => x - y);
  expect(h.cell(first, 'ID')).toBe(id);
  expect(String(h.cell(later, 'ID'))).toMatch(/^C-/);
  expect(h.cell(later, 'ID')).not.toBe(id);
});
