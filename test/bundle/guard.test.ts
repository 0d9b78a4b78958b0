// The Pipeline guard end to end: dist/Code.js in the local runtime, driven by a person's edits.
import { harness, keyOf, type Harness } from '../support/harness';

let h: Harness;
const TODAY = '2026-11-27';

beforeEach(() => {
  h = harness();
});

function edit(a1: string, values: unknown[][]) {
  h.runtime.userEdit('Pipeline', a1, values);
}
function a1(row: number, header: string): string {
  const c = h.col(header);
  return `${String.fromCharCode(64 + c)}${row}`;
}
function typeInto(row: number, header: string, value: unknown) {
  edit(a1(row, header), [[value]]);
}

describe('tier', () => {
  const accepted: Array<[unknown, string]> = [
    ['a', 'A'], [' A ', 'A'], ['Ａ', 'A'], ['A类', 'A'], ['b级', 'B'], ['c 类', 'C'], ['Ｂ', 'B'], ['  c  ', 'C'],
  ];
  test.each(accepted)('typing %p stores %p', (typed, stored) => {
    const row = h.rowOf('Golden Bakery');
    typeInto(row, 'Tier', typed);
    expect(h.cell(row, 'Tier')).toBe(stored);
  });

  const refused: unknown[] = ['D', 'AB', 'A+', 'x', '1', 42, 'Tier A please'];
  test.each(refused)('typing %p gets the old value back and a toast naming the allowed values', (typed) => {
    const row = h.rowOf('Golden Bakery');
    const before = h.cell(row, 'Tier');
    typeInto(row, 'Tier', typed);
    expect(h.cell(row, 'Tier')).toBe(before);
    expect(h.lastToast()).toContain(String(typed).trim());
    expect(h.lastToast()).toMatch(/A.*B.*C/);
  });

  test('a date typed into Tier is refused too', () => {
    const row = h.rowOf('Golden Bakery');
    const before = h.cell(row, 'Tier');
    typeInto(row, 'Tier', '2026-12-01');
    expect(h.cell(row, 'Tier')).toBe(before);
    expect(h.lastToast()).toMatch(/Tier/);
  });

  test('a pasted block keeps what was pasted; bad cells are flagged, good ones normalised', () => {
    const first = h.rowOf('Golden Bakery');
    edit(a1(first, 'Tier') + ':' + a1(first + 2, 'Tier'), [['D'], ['c'], ['zz']]);
    expect(h.cell(first, 'Tier')).toBe('D');
    expect(h.cell(first + 1, 'Tier')).toBe('C');
    expect(h.cell(first + 2, 'Tier')).toBe('zz');
    expect(String(h.cell(first, 'Flag'))).toContain('"D"');
    expect(String(h.cell(first + 2, 'Flag'))).toContain('"zz"');
    expect(String(h.cell(first + 1, 'Flag'))).not.toMatch(/not A\/B\/C/);
    expect(h.lastToast()).toMatch(/2 pasted cell/);
    // Fixing the pasted cell clears its flag and highlight.
    typeInto(first, 'Tier', 'b');
    expect(h.cell(first, 'Tier')).toBe('B');
    expect(String(h.cell(first, 'Flag'))).not.toContain('"D"');
  });

  test('a tier change stamps Tier since with today', () => {
    const row = h.rowOf('Iris Textiles');
    expect(keyOf(h, h.cell(row, 'Tier since'))).not.toBe(TODAY);
    typeInto(row, 'Tier', 'B');
    expect(keyOf(h, h.cell(row, 'Tier since'))).toBe(TODAY);
  });

  test('typing the same tier again keeps Tier since', () => {
    const row = h.rowOf('Iris Textiles');
    const since = keyOf(h, h.cell(row, 'Tier since'));
    typeInto(row, 'Tier', h.cell(row, 'Tier'));
    expect(keyOf(h, h.cell(row, 'Tier since'))).toBe(since);
  });

  test('clearing the tier of an open customer keeps the row and flags it', () => {
    const row = h.rowOf('Iris Textiles');
    typeInto(row, 'Tier', '');
    expect(h.cell(row, 'Customer')).toBe('Iris Textiles');
    expect(String(h.cell(row, 'Flag'))).toMatch(/tier/i);
  });
});

describe('status', () => {
  test('"signed" becomes Signed and stamps Closed on', () => {
    const row = h.rowOf('Golden Bakery');
    typeInto(row, 'Status', 'signed');
    expect(h.cell(row, 'Status')).toBe('Signed');
    expect(keyOf(h, h.cell(row, 'Closed on'))).toBe(TODAY);
  });

  test('Dropped without a reason is flagged and the rep is told', () => {
    const row = h.rowOf('Golden Bakery');
    typeInto(row, 'Status', 'Dropped');
    expect(keyOf(h, h.cell(row, 'Closed on'))).toBe(TODAY);
    expect(String(h.cell(row, 'Flag'))).toMatch(/reason/i);
    expect(h.lastToast()).toMatch(/Reason/);
    typeInto(row, 'Reason', 'went with a competitor');
    expect(String(h.cell(row, 'Flag'))).toBe('');
  });

  test('an unknown status is refused with the allowed values', () => {
    const row = h.rowOf('Golden Bakery');
    typeInto(row, 'Status', 'Done');
    expect(h.cell(row, 'Status')).toBe('Open');
    expect(h.lastToast()).toMatch(/Done.*Open \/ Signed \/ Dropped/s);
  });
});

describe('target date', () => {
  test('a past date is refused, naming the column and the fix', () => {
    const row = h.rowOf('Iris Textiles');
    const before = h.cell(row, 'Target date');
    typeInto(row, 'Target date', '2026-11-20');
    expect(h.cell(row, 'Target date')).toEqual(before);
    expect(h.lastToast()).toMatch(/Target date/);
    expect(h.lastToast()).toMatch(/2026-11-20/);
  });

  test('a past date typed over an existing target gives the old date back, as a date', () => {
    const row = h.rowOf('Iris Textiles');
    typeInto(row, 'Target date', '2026-12-03');
    typeInto(row, 'Target date', '2026-11-02');
    expect(keyOf(h, h.cell(row, 'Target date'))).toBe('2026-12-03');
    expect(h.lastToast()).toMatch(/2026-11-02/);
  });

  test('text that is not a date is refused', () => {
    const row = h.rowOf('Iris Textiles');
    typeInto(row, 'Target date', 'next week');
    expect(h.cell(row, 'Target date')).toBe('');
    expect(h.lastToast()).toMatch(/next week/);
  });

  test('today or later is accepted', () => {
    const row = h.rowOf('Iris Textiles');
    typeInto(row, 'Target date', '2026-11-30');
    expect(keyOf(h, h.cell(row, 'Target date'))).toBe('2026-11-30');
  });

  test('a target on a closed row is refused', () => {
    const row = h.rowOf('Golden Bakery');
    typeInto(row, 'Status', 'Signed');
    typeInto(row, 'Target date', '2026-12-02');
    expect(keyOf(h, h.cell(row, 'Target date'))).not.toBe('2026-12-02');
    expect(h.lastToast()).toMatch(/Target date/);
  });

  test('an open A row without a target is flagged until one is set', () => {
    const row = h.rowOf('Golden Bakery');
    typeInto(row, 'Tier', 'A');
    expect(String(h.cell(row, 'Flag'))).toMatch(/without target/i);
    typeInto(row, 'Target date', '2026-11-27');
    expect(String(h.cell(row, 'Flag'))).not.toMatch(/without target/i);
  });
});

describe('other columns', () => {
  test.each(['three', '-1', '2.5'])('Visits %p is refused', (typed) => {
    const row = h.rowOf('Golden Bakery');
    const before = h.cell(row, 'Visits');
    typeInto(row, 'Visits', typed);
    expect(h.cell(row, 'Visits')).toBe(before);
    expect(h.lastToast()).toMatch(/Visits/);
  });

  test('an unknown rep is kept, flagged and named in a toast', () => {
    const row = h.rowOf('Golden Bakery');
    typeInto(row, 'Rep', 'Zed Unknown');
    expect(h.cell(row, 'Rep')).toBe('Zed Unknown');
    expect(String(h.cell(row, 'Flag'))).toContain('Zed Unknown');
    expect(h.lastToast()).toContain('Zed Unknown');
  });

  test('the ID column belongs to the add-on: a typed ID is put back', () => {
    const row = h.rowOf('Golden Bakery');
    const id = h.cell(row, 'ID');
    typeInto(row, 'ID', 'MY-ID');
    expect(h.cell(row, 'ID')).toBe(id);
  });

  test('a customer name that looks like a formula or number stays as the rep typed it', () => {
    const row = h.pipeline.getLastRow() + 1;
    edit(`${a1(row, 'Rep')}:${a1(row, 'Tier')}`, [['Alice Chen', "'=1+1", 'b']]);
    expect(h.cell(row, 'Customer')).toBe('=1+1');
  });
});

describe('new rows', () => {
  test('the first edit of an empty row assigns ID, Added, Tier since and Status Open', () => {
    const row = h.pipeline.getLastRow() + 1;
    typeInto(row, 'Customer', 'Newco');
    expect(String(h.cell(row, 'ID'))).toMatch(/^C-[0-9A-F]{12}$/);
    expect(keyOf(h, h.cell(row, 'Added'))).toBe(TODAY);
    expect(keyOf(h, h.cell(row, 'Tier since'))).toBe(TODAY);
    expect(h.cell(row, 'Status')).toBe('Open');
  });

  test('a pasted block of new rows gets one unique ID per row', () => {
    const row = h.pipeline.getLastRow() + 1;
    edit(`${a1(row, 'Rep')}:${a1(row + 2, 'Tier')}`, [
      ['Bob Li', 'One', 'a'],
      ['Bob Li', 'Two', 'B'],
      ['Bob Li', 'Three', 'c'],
    ]);
    const ids = [0, 1, 2].map((i) => h.cell(row + i, 'ID'));
    expect(new Set(ids).size).toBe(3);
    expect([0, 1, 2].map((i) => h.cell(row + i, 'Tier'))).toEqual(['A', 'B', 'C']);
  });

  test('a copied row pasted as a new row gets its own ID; the original keeps its ID', () => {
    const source = h.rowOf('Golden Bakery');
    const copy = h.pipeline.getRange(source, 1, 1, 14).getValues();
    const target = h.pipeline.getLastRow() + 1;
    edit(`A${target}:N${target}`, copy);
    expect(h.cell(source, 'ID')).toBe(copy[0][0]);
    expect(h.cell(target, 'ID')).not.toBe(copy[0][0]);
    expect(String(h.cell(target, 'ID'))).toMatch(/^C-[0-9A-F]{12}$/);
    expect(h.cell(target, 'Customer')).toBe('Golden Bakery');
    expect(h.lastToast()).toMatch(/new IDs/);
  });

  test('whitespace typed into an empty row stamps nothing', () => {
    const row = h.pipeline.getLastRow() + 2;
    typeInto(row, 'Next step', '   ');
    expect(h.cell(row, 'ID')).toBe('');
  });
});

describe('where the guard does not act', () => {
  test('an edit outside the Pipeline changes nothing there', () => {
    const before = h.pipeline.getDataRange().getValues();
    h.runtime.userEdit('Team', 'A6', [['Eve Sun']]);
    expect(h.pipeline.getDataRange().getValues()).toEqual(before);
    expect(h.runtime.toasts).toHaveLength(0);
  });

  test('renaming a required header is reported with the column and the fix; no data changes', () => {
    const c = h.col('Target date');
    const before = h.pipeline.getRange(2, 1, h.pipeline.getLastRow() - 1, h.pipeline.getLastColumn()).getValues();
    edit(`${String.fromCharCode(64 + c)}1`, [['Due']]);
    expect(h.lastToast()).toMatch(/Target date/);
    expect(h.lastToast()).toMatch(/Set up \/ repair/);
    expect(h.pipeline.getRange(2, 1, before.length, before[0].length).getValues()).toEqual(before);
  });

  test('with the header deleted, a data edit reports it instead of guessing', () => {
    const c = h.col('Tier');
    h.pipeline.getRange(1, c).setValue('');
    const row = h.rowOf('Golden Bakery');
    edit(`${String.fromCharCode(64 + c)}${row}`, [['zzz']]);
    expect(h.cell(row, 'Customer')).toBe('Golden Bakery');
    expect(h.lastToast()).toMatch(/Tier/);
  });
});

describe('Chinese sheet', () => {
  test('headers, values and messages are Chinese', () => {
    const zh = harness({ locale: 'zh_CN' });
    const headers = zh.pipeline.getRange(1, 1, 1, 14).getValues()[0];
    expect(headers).toContain('目标签单日');
    const row = zh.rowOf('金麦面包');
    zh.runtime.userEdit('客户库', `${String.fromCharCode(64 + zh.col('分类'))}${row}`, [['D']]);
    expect(zh.lastToast()).toMatch(/分类/);
    zh.runtime.userEdit('客户库', `${String.fromCharCode(64 + zh.col('状态'))}${row}`, [['signed']]);
    expect(zh.cell(row, '状态')).toBe('已签单');
  });
});

describe('cost', () => {
  test('a single-cell edit makes the same number of Spreadsheet calls on 60 and 10,000 rows', () => {
    const small = h;
    const big = harness({ customersPerRep: 2500 });
    const measure = (x: Harness) => {
      const row = x.pipeline.getLastRow() - 1;
      x.runtime.resetCounts();
      x.runtime.userEdit('Pipeline', `${String.fromCharCode(64 + x.col('Tier'))}${row}`, [['b']]);
      return x.runtime.counts();
    };
    expect(big.pipeline.getLastRow()).toBeGreaterThanOrEqual(10001);
    const a = measure(small);
    const b = measure(big);
    expect(b).toEqual(a);
    expect(b.read + b.write + b.format).toBeLessThan(20);
  });

  /** The calls of one typed cell, after a Refresh has left the guard's configuration in the document cache. */
  function typed(x: Harness, row: number, header: string, value: unknown) {
    x.bundle.call('menuRefreshHighlights');
    const cell = `${String.fromCharCode(64 + x.col(header))}${row}`;
    x.runtime.resetCounts();
    x.runtime.userEdit('Pipeline', cell, [[value]]);
    return x.runtime.callStats();
  }

  test("a typed tier change: the configuration from the cache, one read of the edited row, at most two writes, at most 12 getters", () => {
    const row = h.rowOf('Golden Bakery');
    expect(h.cell(row, 'Tier')).not.toBe('C');
    const stats = typed(h, row, 'Tier', 'c');
    expect(h.cell(row, 'Tier')).toBe('C');
    expect(keyOf(h, h.cell(row, 'Tier since'))).toBe(TODAY);
    expect(stats.kinds.read).toBe(1);
    expect(stats.methods['Range.getValues'].cells.read).toBe(h.pipeline.getLastColumn());
    expect(stats.kinds.write).toBeLessThanOrEqual(2);
    expect(stats.kinds.format).toBe(0);
    expect(stats.kinds.meta).toBeLessThanOrEqual(12);
    expect(stats.methods['Spreadsheet.getSheets']).toBeUndefined();
    expect(stats.methods['Sheet.getDataRange']).toBeUndefined();
  });

  test('a bad tier typed into one cell is refused from the event alone: no read, one write, the toast', () => {
    const row = h.rowOf('Golden Bakery');
    const before = h.cell(row, 'Tier');
    const stats = typed(h, row, 'Tier', 'D');
    expect(h.cell(row, 'Tier')).toBe(before);
    expect(h.lastToast()).toMatch(/"?D"?[\s\S]*A.*B.*C/);
    expect(stats.kinds.read).toBe(0);
    expect(stats.kinds.write).toBe(1);
    expect(stats.kinds.lock).toBe(0);
    expect(stats.kinds.meta).toBeLessThanOrEqual(6);
  });

  test('a typed edit costs the same on 60 and 10,000 rows, with the configuration cached', () => {
    const big = harness({ customersPerRep: 2500 });
    const at = (x: Harness) => typed(x, x.pipeline.getLastRow() - 1, 'Tier', 'b');
    const a = at(h);
    const b = at(big);
    expect(b.kinds).toEqual(a.kinds);
    expect(b.cells).toEqual(a.cells);
  });

  test('Team edited without an edit event reaches the guard at the next Refresh; a typed Team edit at once', () => {
    const row = h.rowOf('Golden Bakery');
    h.bundle.call('menuRefreshHighlights');
    const team = h.ss.getSheetByName('Team')!;
    const repRow = team.getRange(1, 1, team.getLastRow(), 1).getValues().findIndex((r) => r[0] === h.cell(row, 'Rep')) + 1;
    // Typed on Team: the guard sees it and drops what it kept.
    h.runtime.userEdit('Team', `D${repRow}`, [['no']]);
    typeInto(row, 'Next step', 'call again');
    expect(String(h.cell(row, 'Flag'))).toMatch(/not active/);
    h.runtime.userEdit('Team', `D${repRow}`, [['yes']]);
    typeInto(row, 'Next step', 'call once more');
    expect(String(h.cell(row, 'Flag'))).not.toMatch(/not active/);
    // That edit read Team afresh and kept it: the next one reads only its row.
    const cell = a1(row, 'Next step');
    h.runtime.resetCounts();
    edit(cell, [['call tomorrow']]);
    expect(h.runtime.callStats().kinds.read).toBe(1);
  });

  test('a column inserted without an edit event: the cached header is not trusted, the edit lands in the right columns', () => {
    const row = h.rowOf('Golden Bakery');
    h.bundle.call('menuRefreshHighlights');
    h.pipeline.insertColumnsBefore(3, 1);
    h.pipeline.getRange(1, 3).setValue('Phone');
    // D held Tier when the configuration was cached; it is Customer now: what is typed there is no tier to refuse.
    h.runtime.userEdit('Pipeline', `D${row}`, [['Acme Trading 2']]);
    expect(h.pipeline.getRange(row, 4).getValue()).toBe('Acme Trading 2');
    expect(h.lastToast()).not.toMatch(/A, B or C/);
    h.bundle.call('menuRefreshHighlights');
    h.pipeline.insertColumnsBefore(3, 1);
    typeInto(row, 'Tier', 'c');
    expect(h.cell(row, 'Tier')).toBe('C');
    expect(keyOf(h, h.cell(row, 'Tier since'))).toBe(TODAY);
    expect(h.pipeline.getRange(row, 3).getValue()).toBe('');
    // The edit that found the columns moved kept them as they are now: the next edit reads only its row again.
    const cell = a1(row, 'Tier');
    h.runtime.resetCounts();
    edit(cell, [['b']]);
    const reads = h.runtime.callStats().kinds.read;
    expect(h.cell(row, 'Tier')).toBe('B');
    expect(reads).toBe(1);
  });
});

describe('a paste into one cell (Sheets gives no old value)', () => {
  test('a bad tier pasted into one cell is kept and flagged, never emptied', () => {
    const row = h.rowOf('Golden Bakery');
    h.runtime.userPaste('Pipeline', a1(row, 'Tier'), [['D']]);
    expect(h.cell(row, 'Tier')).toBe('D');
    expect(String(h.cell(row, 'Flag'))).toContain('"D"');
  });

  test("another row's ID pasted into an ID cell is replaced by a fresh one, not emptied", () => {
    const row = h.rowOf('Golden Bakery');
    const other = h.cell(h.rowOf('Iris Textiles'), 'ID');
    h.runtime.userPaste('Pipeline', a1(row, 'ID'), [[other]]);
    expect(String(h.cell(row, 'ID'))).toMatch(/^C-[0-9A-F]{12}$/);
    expect(h.cell(row, 'ID')).not.toBe(other);
    expect(h.cell(h.rowOf('Iris Textiles'), 'ID')).toBe(other);
  });

  test('a past date pasted into one Target date cell is kept and shows as missed', () => {
    const row = h.rowOf('Iris Textiles');
    h.runtime.userPaste('Pipeline', a1(row, 'Target date'), [['2026-11-20']]);
    expect(keyOf(h, h.cell(row, 'Target date'))).toBe('2026-11-20');
    expect(String(h.cell(row, 'Flag'))).toMatch(/11-20 passed/);
  });
});

test('an edit while another run holds the lock is kept as typed and the rep is told it will be checked later', () => {
  const row = h.rowOf('Golden Bakery');
  h.runtime.holdDocumentLock(true);
  h.runtime.userEdit('Pipeline', `E${row}`, [['Maybe']]);
  h.runtime.holdDocumentLock(false);
  expect(h.cell(row, 'Status')).toBe('Maybe');
  expect(h.lastToast()).toMatch(/busy/);
  h.bundle.call('menuRefreshHighlights');
  expect(String(h.cell(row, 'Flag'))).toContain('"Maybe"');
});

test('a bad tier typed while another run holds the lock is still refused at once: the refusal needs no lock', () => {
  const row = h.rowOf('Golden Bakery');
  h.bundle.call('menuRefreshHighlights');
  const before = h.cell(row, 'Tier');
  h.runtime.holdDocumentLock(true);
  h.runtime.userEdit('Pipeline', `D${row}`, [['D']]);
  h.runtime.holdDocumentLock(false);
  expect(h.cell(row, 'Tier')).toBe(before);
  expect(h.lastToast()).toMatch(/A.*B.*C/);
});

