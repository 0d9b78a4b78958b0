// A manager acting for reps, and reloading: every write names its rep, drafts stay with the rep they were typed for.
import { FakeServer } from './fakeServer';
import { rowId, sidebarPages, step } from './harness';
import { containsText, hasText } from './waitFor';

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
    await hasText(page.locator('header .me'), 'Wang Fang');
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
    await hasText(page.locator('header .me'), 'Wang Fang');
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
    await hasText(page.locator('header .me'), 'Li Lei');
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
    await hasText(page.locator('header .me'), 'Wang Fang');
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
    await hasText(page.locator('header .me'), 'Li Lei');
    server.rows.push({ ...server.rows[0], id: 'row-9', customer: 'Added elsewhere', sheetRow: 10 });
    await page.locator('header').getByRole('button', { name: 'Refresh' }).click();
    await step(page, /Today's target/).locator('.options .name', { hasText: 'Added elsewhere' }).waitFor();
    expect(server.callsTo('sidebarLoad')).toEqual([[], ['Li Lei'], ['Li Lei']]);
    await hasText(page.locator('header .me'), 'Li Lei');
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
