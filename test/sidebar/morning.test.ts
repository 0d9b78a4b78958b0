// The rep's morning: one short step at 8:55, steps 2 and 3 waiting folded until Reminder hour, each customer once, a
// picker that copes with 200 customers, the urgent uncleared rows first, and the focus kept where the rep works.
import type { Page } from 'playwright-core';
import { FakeServer, row, TODAY } from './fakeServer';
import { rowId, sidebarPages, step } from './harness';
import { containsText, eventually, hasText } from './waitFor';

const open = sidebarPages();

function morning(): FakeServer {
  const server = new FakeServer();
  server.phase = 'morning';
  return server;
}

const focused = (page: Page) => page.evaluate(() => {
  const a = document.activeElement as HTMLElement | null;
  return a ? { tag: a.tagName, focus: a.getAttribute('data-focus') || '', text: (a.textContent || '').trim(), label: a.getAttribute('aria-label') || '' } : null;
});

describe('the morning (before Reminder hour)', () => {
  it('shows today\'s target first and open, and folds steps 2 and 3 to a line saying when they open', async () => {
    const server = morning();
    server.rows.find((r) => r.customer === 'Acme')!.target = TODAY;
    const { page } = await open(server);
    const sections = page.locator('section.step');
    await hasText(sections.nth(0).locator('h2'), "1 · Today's target✓");
    await sections.nth(0).locator('.targets .name', { hasText: 'Acme' }).waitFor();
    expect(await sections.nth(1).getAttribute('class')).toContain('folded');
    expect(await sections.nth(2).getAttribute('class')).toContain('folded');
    await containsText(sections.nth(1), 'Record how it went once you know. This step opens by itself at 17:00.');
    await containsText(sections.nth(2), 'For Thu, Mar 5: name it before you finish the day. This step opens by itself at 17:00.');
    expect(await page.locator('.result-form').count()).toBe(0);
    expect(await page.locator('.picker').count()).toBe(0);
    expect(await page.locator('section.step.owed').count()).toBe(0);
    await page.close();
  });

  it('opens a folded step on request, putting the focus in it', async () => {
    const server = morning();
    server.rows.find((r) => r.customer === 'Acme')!.target = TODAY;
    const { page } = await open(server);
    await page.getByRole('button', { name: 'Record a result now' }).click();
    await step(page, /Result/).locator('.result-form', { hasText: 'Acme' }).waitFor();
    expect((await focused(page))?.focus).toBe(`result:${rowId(server, 'Acme')}`);
    await page.getByRole('button', { name: 'Name it now' }).click();
    await step(page, /Tomorrow's target/).locator('.picker').waitFor();
    expect((await focused(page))?.label).toBe('Search my customers');
    // Opened by hand in the morning it is the next step, not an overdue one.
    expect(await page.locator('section.step.owed').count()).toBe(0);
    await page.close();
  });

  it('without a target yet, offers the picker in step 1 and keeps the rest folded', async () => {
    const { page } = await open(morning());
    const s1 = page.locator('section.step').first();
    await s1.locator('.picker').waitFor();
    expect(await s1.getAttribute('class')).toContain('current');
    await containsText(step(page, /Result/), "Set today's target first.");
    expect(await page.locator('section.step.folded').count()).toBe(2);
    await page.close();
  });

  it('opens steps 2 and 3 by themselves from Reminder hour, step 3 highlighted while owed', async () => {
    const server = new FakeServer();
    server.rows.find((r) => r.customer === 'Acme')!.target = TODAY;
    const { page } = await open(server);
    await step(page, /Result/).locator('.result-form').waitFor();
    await containsText(page.locator('section.step.owed'), 'Name the target for Thu, Mar 5 before you finish the day.');
    expect(await page.locator('section.step.folded').count()).toBe(0);
    await page.close();
  });
});

describe('each customer once', () => {
  it("shows today's targets as cards in step 1, as short lines in step 2, and not in step 3's picker", async () => {
    const server = new FakeServer();
    for (const name of ['Acme', 'Globex']) server.rows.find((r) => r.customer === name)!.target = TODAY;
    const { page } = await open(server);
    await step(page, /Result/).locator('.result-form').first().waitFor();
    const cards = await page.locator('section.step .customer .name').allTextContents();
    expect(cards.filter((n) => n === 'Acme')).toHaveLength(1);
    expect(cards.filter((n) => n === 'Globex')).toHaveLength(1);
    const picker = await step(page, /Tomorrow's target/).locator('.options .name').allTextContents();
    expect(picker).not.toContain('Acme');
    expect(picker).not.toContain('Globex');
    await page.close();
  });
});

function bigBook(): FakeServer {
  const server = morning();
  const words = ['Harbor', 'Maple', 'Nova', 'Orchid', 'Lotus'];
  server.rows = Array.from({ length: 200 }, (_, i) => row(i + 1, `${words[i % words.length]} ${['Trading', 'Foods', 'Print'][i % 3]} ${i + 1}`, (['A', 'B', 'C'] as const)[i % 3], i));
  return server;
}

describe('the picker with 200 open customers', () => {
  it('narrows the list as I type (case and spaces ignored) and by tier, and says how many it shows', async () => {
    const { page } = await open(bigBook());
    const picker = step(page, /Today's target/).locator('.picker');
    const search = picker.getByRole('searchbox', { name: 'Search my customers' });
    await search.waitFor();
    expect(await search.getAttribute('placeholder')).toBe('Search 200 customers…');
    const visible = picker.locator('.options .option:visible');
    await eventually(async () => expect(await visible.count()).toBe(200));
    await search.fill('HARBOR  print');
    // Harbor is every 5th, Print every 3rd (from the 3rd): 13 of 200.
    await eventually(async () => expect(await visible.count()).toBe(13));
    await hasText(picker.locator('.pick-count'), 'Showing 13 of 200');
    await picker.getByRole('button', { name: 'B 67' }).click();
    await eventually(async () => expect(await visible.count()).toBeLessThan(13));
    for (const tier of await visible.locator('.badge').allTextContents()) expect(tier).toBe('B');
    await page.close();
  });

  it('picks the first match on Enter, and sets it with one click', async () => {
    const { page, server } = await open(bigBook());
    const picker = step(page, /Today's target/).locator('.picker');
    const search = picker.getByRole('searchbox', { name: 'Search my customers' });
    await search.fill('orchid foods');
    await search.press('Enter');
    const first = picker.locator('.options .option:visible').first();
    await eventually(async () => expect(await first.getAttribute('class')).toContain('selected'));
    const name = (await first.locator('.name').textContent()) || '';
    expect(name).toMatch(/^Orchid Foods/);
    await picker.getByRole('button', { name: "Set as today's target" }).click();
    await step(page, /Today's target/).locator('.targets .name', { hasText: name }).waitFor();
    expect(server.callsTo('sidebarSetTarget')).toEqual([[{ which: 'today', rowId: rowId(server, name) }]]);
    await page.close();
  });

  it('says when nothing matches, and offers what I typed as a new customer', async () => {
    const { page, server } = await open(bigBook());
    const picker = step(page, /Today's target/).locator('.picker');
    await picker.getByRole('searchbox', { name: 'Search my customers' }).fill('Umbrella');
    await hasText(picker.locator('.no-match'), 'No customer matches “Umbrella”. Pick “New customer…” to add it.');
    await picker.getByRole('radio', { name: 'New customer…' }).check();
    expect(await picker.getByRole('textbox', { name: 'Customer name' }).inputValue()).toBe('Umbrella');
    await picker.getByRole('textbox', { name: 'Customer name' }).press('Enter');
    await step(page, /Today's target/).locator('.targets .name', { hasText: 'Umbrella' }).waitFor();
    expect(server.callsTo('sidebarSetTarget')).toEqual([[{ which: 'today', newCustomer: { customer: 'Umbrella', tier: 'A' } }]]);
    await page.close();
  });
});

describe('my uncleared customers', () => {
  it('shows the five most urgent, in the server\'s order, and the rest on "Show all"', async () => {
    const server = new FakeServer();
    server.rows = Array.from({ length: 8 }, (_, i) => row(i + 1, `Flagged ${i + 1}`, 'B', 40, { flag: `reason ${i + 1}` }));
    const { page } = await open(server);
    const panel = page.locator('.uncleared');
    await hasText(panel.locator('h2'), 'My uncleared customers (8)');
    expect(await panel.locator('.row-link .name').allTextContents()).toEqual(['Flagged 1', 'Flagged 2', 'Flagged 3', 'Flagged 4', 'Flagged 5']);
    await panel.getByRole('button', { name: 'Show all 8' }).click();
    await eventually(async () => expect(await panel.locator('.row-link').count()).toBe(8));
    expect((await focused(page))?.text).toBe('Show the first 5 only');
    await page.close();
  });
});

describe('checks and saves', () => {
  it('takes a check\'s message away as soon as it is fixed', async () => {
    const server = new FakeServer();
    server.rows.find((r) => r.customer === 'Globex')!.target = TODAY;
    const { page } = await open(server);
    const s1 = step(page, /Today's target/);
    await s1.getByRole('button', { name: 'Add another target' }).click();
    await s1.getByRole('button', { name: "Set as today's target" }).click();
    const alert = s1.locator('.picker [role=alert]');
    await hasText(alert, 'Pick a customer first.');
    await s1.getByText('New customer…').click();
    // Now a different check fails (no name yet): the old message is gone, the new one waits for the next save.
    expect(await alert.isVisible()).toBe(false);
    await s1.getByRole('button', { name: "Set as today's target" }).click();
    await hasText(alert, "Type the customer's name.");
    await s1.getByRole('textbox', { name: 'Customer name' }).fill('Umbrella');
    expect(await alert.isVisible()).toBe(false);

    const form = step(page, /Result/).locator('.result-form', { hasText: 'Globex' });
    await form.getByRole('button', { name: 'Save result' }).click();
    await hasText(form.getByRole('alert'), 'Choose Signed, Not signed or Drop.');
    await form.getByText('Not signed', { exact: true }).click();
    expect(await form.getByRole('alert').isVisible()).toBe(false);
    await form.getByRole('button', { name: 'Save result' }).click();
    await hasText(form.getByRole('alert'), 'Choose what got in the way first.');
    await form.getByRole('combobox', { name: 'What got in the way?' }).selectOption('budget');
    expect(await form.getByRole('alert').isVisible()).toBe(false);
    await page.close();
  });

  it('puts the focus on the next sensible control after each save, never on the page body', async () => {
    const server = new FakeServer();
    for (const name of ['Acme', 'Globex']) server.rows.find((r) => r.customer === name)!.target = TODAY;
    const { page } = await open(server);
    const acme = step(page, /Result/).locator('.result-form', { hasText: 'Acme' });
    await acme.getByText('Signed', { exact: true }).click();
    await acme.getByRole('button', { name: 'Save result' }).click();
    // The next result still to record.
    await eventually(async () => expect((await focused(page))?.focus).toBe(`result:${rowId(server, 'Globex')}`));
    await page.keyboard.press('ArrowRight');
    const globex = step(page, /Result/).locator('.result-form', { hasText: 'Globex' });
    await eventually(async () => expect(await globex.locator('.segment.selected').textContent()).toBe('Not signed'));
    await globex.getByRole('combobox', { name: 'What got in the way?' }).selectOption('timing');
    await globex.getByRole('textbox', { name: 'Next step' }).fill('Call Friday');
    await globex.getByRole('button', { name: 'Save result' }).click();
    // Not signed, with a next step: trying again on the next working day is the likely next move (no push: a result is in).
    await eventually(async () => expect((await focused(page))?.text).toBe('Try again on Thu, Mar 5'));
    await page.keyboard.press('Enter');
    await step(page, /Tomorrow's target/).locator('.targets .name', { hasText: 'Globex' }).waitFor();
    expect(server.callsTo('sidebarSetTarget')).toEqual([[{ which: 'tomorrow', rowId: rowId(server, 'Globex') }]]);
    await eventually(async () => expect((await focused(page))?.text).toBe('Add another for Thu, Mar 5'));
    await page.close();
  });

  it('after the last result, with nothing else to do in step 2, goes to step 3\'s search', async () => {
    const server = new FakeServer();
    server.rows.find((r) => r.customer === 'Acme')!.target = TODAY;
    const { page } = await open(server);
    const acme = step(page, /Result/).locator('.result-form', { hasText: 'Acme' });
    await acme.getByText('Signed', { exact: true }).click();
    await acme.getByRole('button', { name: 'Save result' }).click();
    await eventually(async () => expect((await focused(page))?.label).toBe('Search my customers'));
    await page.close();
  });

  it('gives the focus back to the button when a save fails', async () => {
    const { page, server } = await open();
    const s3 = step(page, /Tomorrow's target/);
    await s3.locator('.option', { hasText: 'Globex' }).click();
    server.refuseNext = { code: 'sv.busy', params: {} };
    await s3.getByRole('button', { name: "Set as tomorrow's target" }).click();
    await containsText(s3.getByRole('alert'), 'Someone else is saving to the pipeline right now.');
    await eventually(async () => expect((await focused(page))?.text).toBe("Set as tomorrow's target"));
    await page.close();
  });

  it('submits "Customer name" on Enter', async () => {
    const { page, server } = await open();
    const s1 = step(page, /Today's target/);
    await s1.getByText('New customer…').click();
    await s1.getByRole('textbox', { name: 'Customer name' }).fill('Enter Corp');
    await s1.getByRole('textbox', { name: 'Customer name' }).press('Enter');
    await step(page, /Today's target/).locator('.targets .name', { hasText: 'Enter Corp' }).waitFor();
    expect(server.callsTo('sidebarSetTarget')).toEqual([[{ which: 'today', newCustomer: { customer: 'Enter Corp', tier: 'A' } }]]);
    await page.close();
  });
});

describe('connection failures', () => {
  it('say so in plain words in the user\'s language, keep what was typed, and keep Apps Script\'s text under Details', async () => {
    const server = new FakeServer();
    server.lang = 'zh';
    const { page } = await open(server);
    const s1 = step(page, /今日目标/);
    await s1.getByText('新客户…').click();
    await s1.getByRole('textbox', { name: '客户名称' }).fill('东方电器');
    server.throwNext = 'Exception: Lock timeout: another process was holding the lock for too long.';
    await s1.getByRole('button', { name: '设为今日目标' }).click();
    const alert = s1.getByRole('alert');
    await hasText(alert.locator('.error-text'), '连不上 Google 表格（网络或 Google 服务器的问题）。你填写的内容都还在——请重试。');
    expect(await alert.getByText(/Exception/).isVisible()).toBe(false);
    await alert.getByText('详细信息').click();
    expect(await alert.getByText(/Exception: Lock timeout/).isVisible()).toBe(true);
    expect(await s1.getByRole('textbox', { name: '客户名称' }).inputValue()).toBe('东方电器');
    await s1.getByRole('button', { name: '设为今日目标' }).click();
    await step(page, /今日目标/).locator('.targets .name', { hasText: '东方电器' }).waitFor();
    await page.close();
  });

  it('that the server caught are plain words too, with the raw text only under Details', async () => {
    const { page, server } = await open();
    const s3 = step(page, /Tomorrow's target/);
    await s3.locator('.option', { hasText: 'Globex' }).click();
    server.refuseNext = { code: 'sv.sheetsSlow', params: { detail: 'Exception: Service Spreadsheets timed out while accessing document with id 1AbC' } };
    await s3.getByRole('button', { name: "Set as tomorrow's target" }).click();
    const alert = s3.getByRole('alert');
    await hasText(alert.locator('.error-text'), 'Google Sheets did not answer in time. Nothing was saved and nothing you typed is lost — try again in a moment.');
    expect(await alert.getByText(/1AbC/).isVisible()).toBe(false);
    await page.close();
  });
});
