// A manager acting for reps, and reloading: every write names its rep, drafts stay with the rep they were typed for.
import { FakeServer } from './fakeServer';
import { rowId, sidebarPages, step } from './harness';
import { containsText, hasText, hasValue } from './waitFor';

const actingFor = (page: import('playwright-core').Page) => page.getByRole('combobox', { name: 'Acting for' });

const open = sidebarPages();

/** A manager who is not a rep: the server shows the first rep they manage until they pick another. */
function managerServer(): FakeServer {
  const server = new FakeServer();
  server.me = { rep: 'Wang Fang', email: 'zhou@example.com', isManager: true };
  server.managerDefault = 'Wang Fang';
  server.repChoices = ['Wang Fang', 'Li Lei'];
  return server;
}

describe('a manager acting for a rep', () => {
  it('names the rep on screen with every write, even the default rep, so a reordered Team sheet cannot redirect it', async () => {
    const server = managerServer();
    server.rows.find((r) => r.customer === 'Globex')!.target = server.today;
    const { page } = await open(server);
    await hasValue(actingFor(page), 'Wang Fang');
    // Someone sorts the Team sheet: a write without a rep would now land on Li Lei.
    server.managerDefault = 'Li Lei';

    const s1 = step(page, /Today's target/);
    await s1.getByRole('button', { name: 'Add another target' }).click();
    await s1.locator('.option', { hasText: 'Acme' }).click();
    await s1.getByRole('button', { name: "Set as today's target" }).click();
    await step(page, /Today's target/).locator('.targets .name', { hasText: 'Acme' }).waitFor();

    const form = step(page, /Result/).locator('.result-form', { hasText: 'Globex' });
    await form.getByText('Signed', { exact: true }).click();
    await form.getByRole('button', { name: 'Save result' }).click();
    await hasText(step(page, /Result/).locator('.recorded', { hasText: 'Globex' }).locator('.pill'), 'Signed');

    const s3 = step(page, /Tomorrow's target/);
    await s3.getByText('New customer…').click();
    await s3.getByRole('textbox', { name: 'Customer name' }).fill('Umbrella Corp');
    await s3.getByRole('button', { name: "Set as tomorrow's target" }).click();
    await step(page, /Tomorrow's target/).locator('.targets .name', { hasText: 'Umbrella Corp' }).waitFor();

    expect(server.callsTo('sidebarSetTarget')).toEqual([
      [{ which: 'today', rowId: rowId(server, 'Acme'), rep: 'Wang Fang' }],
      [{ which: 'tomorrow', newCustomer: { customer: 'Umbrella Corp', tier: 'A' }, rep: 'Wang Fang' }],
    ]);
    expect(server.callsTo('sidebarRecordResult')).toEqual([[{ rowId: rowId(server, 'Globex'), outcome: 'signed', rep: 'Wang Fang' }]]);
    await hasValue(actingFor(page), 'Wang Fang');
    await page.close();
  });

  it('drops half-typed drafts when switching to another rep, and does not bring them back on switching home', async () => {
    const server = managerServer();
    server.rows.find((r) => r.customer === 'Globex')!.target = server.today;
    const { page } = await open(server);
    const s3 = step(page, /Tomorrow's target/);
    await s3.getByText('New customer…').click();
    await s3.getByRole('textbox', { name: 'Customer name' }).fill('Meant for Wang');
    await step(page, /Today's target/).getByRole('button', { name: 'Add another target' }).click();
    await step(page, /Today's target/).locator('.option', { hasText: 'Acme' }).click();
    const form = step(page, /Result/).locator('.result-form', { hasText: 'Globex' });
    await form.getByText('Drop').click();
    await form.getByRole('textbox', { name: 'What happened' }).fill('Half a reason');

    const acting = page.getByRole('combobox', { name: 'Acting for' });
    await acting.selectOption('Li Lei');
    await hasValue(actingFor(page), 'Li Lei');
    expect(server.callsTo('sidebarLoad')).toEqual([[], ['Li Lei']]);
    expect(await step(page, /Today's target/).getByRole('button', { name: 'Add another target' }).getAttribute('aria-expanded')).toBe('false');
    const tomorrow = step(page, /Tomorrow's target/);
    expect(await tomorrow.locator('.option.selected').count()).toBe(0);
    expect(await tomorrow.locator('.new-fields').isVisible()).toBe(false);
    expect(await tomorrow.locator('.new-fields input').inputValue()).toBe('');
    const again = step(page, /Result/).locator('.result-form', { hasText: 'Globex' });
    expect(await again.locator('.segment.selected').count()).toBe(0);
    expect(await again.locator('.details').isVisible()).toBe(false);
    expect(await again.locator('.details textarea').inputValue()).toBe('');

    await page.getByRole('combobox', { name: 'Acting for' }).selectOption('Wang Fang');
    await hasValue(actingFor(page), 'Wang Fang');
    expect(server.callsTo('sidebarLoad')).toEqual([[], ['Li Lei'], ['Wang Fang']]);
    expect(await step(page, /Result/).locator('.segment.selected').count()).toBe(0);
    expect(await step(page, /Tomorrow's target/).locator('.new-fields input').inputValue()).toBe('');
    await page.close();
  });
});

describe('Refresh', () => {
  it('reloads the state from the header, for the rep a manager is acting for', async () => {
    const server = managerServer();
    const { page } = await open(server);
    await page.getByRole('combobox', { name: 'Acting for' }).selectOption('Li Lei');
    await hasValue(actingFor(page), 'Li Lei');
    server.rows.push({ ...server.rows[0], id: 'row-9', customer: 'Added elsewhere', sheetRow: 10 });
    await page.locator('header').getByRole('button', { name: 'Refresh' }).click();
    await step(page, /Today's target/).locator('.options .name', { hasText: 'Added elsewhere' }).waitFor();
    expect(server.callsTo('sidebarLoad')).toEqual([[], ['Li Lei'], ['Li Lei']]);
    await hasValue(actingFor(page), 'Li Lei');
    await page.close();
  });

  it('recovers from an error that says to reload, keeping what was typed', async () => {
    const { page, server } = await open();
    const s3 = step(page, /Tomorrow's target/);
    await s3.locator('.option', { hasText: 'Globex' }).click();
    server.refuseNext = { code: 'sv.rowGone', params: { id: 'row-1' } };
    server.rows.splice(0, 1);
    await s3.getByRole('button', { name: "Set as tomorrow's target" }).click();
    await containsText(s3.getByRole('alert'), 'That customer (ID row-1) is no longer in the Pipeline');

    const s1 = step(page, /Today's target/);
    await s1.getByText('New customer…').click();
    await s1.getByRole('textbox', { name: 'Customer name' }).fill('Typed before reload');
    await page.locator('header').getByRole('button', { name: 'Refresh' }).click();
    await step(page, /Tomorrow's target/).locator('.option').first().waitFor();
    expect(await step(page, /Tomorrow's target/).locator('.options .name', { hasText: 'Globex' }).count()).toBe(0);
    expect(await step(page, /Tomorrow's target/).getByRole('alert').isVisible()).toBe(false);
    expect(await step(page, /Today's target/).getByRole('textbox', { name: 'Customer name' }).inputValue()).toBe('Typed before reload');
    expect(server.callsTo('sidebarLoad')).toEqual([[], []]);
    await page.close();
  });

  it('is there in Chinese too', async () => {
    const server = new FakeServer();
    server.lang = 'zh';
    const { page } = await open(server);
    await page.locator('header').getByRole('button', { name: '刷新' }).click();
    await page.getByRole('heading', { name: '1 · 今日目标' }).waitFor();
    expect(server.callsTo('sidebarLoad').length).toBe(2);
    await page.close();
  });
});

describe("a manager's team overview", () => {
  function overviewServer(lang: 'en' | 'zh' = 'en'): FakeServer {
    const server = managerServer();
    server.lang = lang;
    server.repChoices = ['Wang Fang', 'Li Lei', 'Han Mei'];
    server.teamDays = [
      { rep: 'Wang Fang', today: [{ customer: 'Acme', result: 'signed' }, { customer: 'Globex', result: null }], next: ['Initech'] },
      { rep: 'Li Lei', today: [{ customer: 'Hooli', result: 'notSigned' }], next: [] },
      { rep: 'Han Mei', today: [], next: ['Umbrella', 'Soylent'] },
    ];
    return server;
  }

  it('names whom the manager acts for at the top, then each rep: target today, its result, the next target', async () => {
    const { page } = await open(overviewServer());
    const team = page.locator('.team');
    await hasText(team.locator('h2'), 'My team today');
    // Whom they act for is the heading, first under the add-on's name, above the team and the steps.
    const order = await page.evaluate(() => Array.from(document.querySelectorAll('header > *, main > section')).map((e) => e.className));
    expect(order.slice(0, 3)).toEqual(['top', 'acting', 'subtle as-manager']);
    await hasText(page.locator('header .as-manager'), 'as their manager (zhou@example.com)');
    await hasText(team.locator('.team-summary'), "Today's targets signed 1/3 · Thu's target named by 2/3 reps");
    const lines = await team.locator('li').evaluateAll((items) => items.map((li) => Array.from(li.children).map((c) => c.textContent)));
    expect(lines).toEqual([
      ['Wang Fang', 'Today: Acme (signed), Globex (no result yet)', 'Thu: Initech'],
      ['Li Lei', 'Today: Hooli (not signed)', 'Thu: no target yet'],
      ['Han Mei', 'Today: no target', 'Thu: Umbrella, Soylent'],
    ]);
    expect(await team.locator('li', { hasText: 'Han Mei' }).locator('.warn').textContent()).toBe('Today: no target');
    await page.close();
  });

  it('acts for a rep when their name is clicked', async () => {
    const { page, server } = await open(overviewServer());
    await page.locator('.team').getByRole('button', { name: 'Li Lei' }).click();
    await hasValue(actingFor(page), 'Li Lei');
    expect(server.callsTo('sidebarLoad')).toEqual([[], ['Li Lei']]);
    expect(await page.locator('.team').getByRole('button', { name: 'Li Lei' }).getAttribute('aria-current')).toBe('true');
    await page.close();
  });

  it('says it in Chinese the way the team says it: 已签 1/3, names joined with 、', async () => {
    const { page } = await open(overviewServer('zh'));
    const team = page.locator('.team');
    await hasText(team.locator('h2'), '团队今日');
    await hasText(team.locator('.team-summary'), '今日目标已签 1/3 · 周四目标已定 2/3 人');
    await containsText(team.locator('li', { hasText: 'Wang Fang' }), '今日：Acme（已签）、Globex（待结果）');
    await containsText(team.locator('li', { hasText: 'Han Mei' }), '周四：Umbrella、Soylent');
    await page.close();
  });
});
