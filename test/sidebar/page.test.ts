// The sidebar page in a real browser against an in-memory fake server: what the rep sees and what is sent.
import { FakeServer, NEXT_DAY, TODAY } from './fakeServer';
import { rowId, sidebarPages, step } from './harness';
import { containsText, hasText, hasValue } from './waitFor';

const XSS = '<img src=x onerror=alert(1)>';
const open = sidebarPages();

describe('sidebar page (fake server)', () => {
  it('shows a bilingual loading state until the first load answers, then my name, date and A/B/C counts', async () => {
    const server = new FakeServer();
    const { page, requests } = await open(server, (s) => s.hold());
    await hasText(page.getByRole('status'), 'Loading… / 加载中…');
    server.release();
    await page.getByText('Wang Fang').waitFor();
    expect(await page.locator('header .today').textContent()).toBe('Wed, Mar 4');
    expect(await page.locator('.counts [data-tier="A"] b').textContent()).toBe('2');
    expect(await page.locator('.counts [data-tier="B"] b').textContent()).toBe('1');
    expect(await page.locator('.counts [data-tier="C"] b').textContent()).toBe('1');
    expect(server.callsTo('sidebarLoad')).toEqual([[]]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows a failed load in plain words (Apps Script\'s own text only under Details), and Retry loads again', async () => {
    const server = new FakeServer();
    server.throwNext = 'Exception: Service Spreadsheets timed out while accessing document with id 1AbC';
    const { page } = await open(server);
    const box = page.getByRole('alert');
    await containsText(box, 'Could not reach Google Sheets (the connection, or Google’s servers). Nothing you typed is lost — try again.');
    expect(await box.locator('.error-text').innerText()).not.toContain('Exception');
    expect(await box.getByText(/Exception: Service Spreadsheets timed out/).isVisible()).toBe(false);
    await box.getByText('Details / 详细信息').click();
    expect(await box.getByText(/Exception: Service Spreadsheets timed out/).isVisible()).toBe(true);
    await box.getByRole('button', { name: 'Retry / 重试' }).click();
    await page.getByRole('heading', { name: "1 · Today's target" }).waitFor();
    expect(server.callsTo('sidebarLoad').length).toBe(2);
    await page.close();
  });

  it('asks who I am when the server does not know, and remembers the pick through sidebarPickRep', async () => {
    const server = new FakeServer();
    server.me = null;
    const { page } = await open(server);
    await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
    await page.getByRole('combobox', { name: 'Choose your name' }).selectOption('Li Lei');
    await page.getByRole('button', { name: "That's me" }).click();
    await page.locator('header .me', { hasText: 'Li Lei' }).waitFor();
    expect(server.callsTo('sidebarPickRep')).toEqual([['Li Lei']]);
    await page.close();
  });

  it('lists my open customers A first and shows a markup-like name as plain text, running nothing', async () => {
    const { page, dialogs } = await open();
    const s3 = step(page, /Tomorrow's target/);
    await s3.locator('.option').first().waitFor();
    const names = await s3.locator('.options .name').allTextContents();
    expect(names).toEqual([ 'Acme', XSS, 'Globex', 'Initech']);
    await s3.locator('.option', { hasText: XSS }).click();
    await s3.getByRole('button', { name: "Set as tomorrow's target" }).click();
    await step(page, /Tomorrow's target/).getByText('Next step: <b>call</b>').waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('b', { hasText: 'call' }).count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('sets today\'s target with one call, showing Saving… with buttons disabled while it is in flight', async () => {
    const { page, server } = await open();
    const s1 = step(page, /Today's target/);
    await s1.locator('.option', { hasText: 'Acme' }).click();
    server.hold();
    await s1.getByRole('button', { name: "Set as today's target" }).click();
    const saving = page.getByRole('button', { name: 'Saving…' });
    await saving.waitFor();
    expect(await saving.isDisabled()).toBe(true);
    const enabled = await page.locator('button:enabled').count();
    expect(enabled).toBe(0);
    server.release();
    await step(page, /Today's target/).getByRole('button', { name: 'Add another target' }).waitFor();
    expect(server.callsTo('sidebarSetTarget')).toEqual([[{ which: 'today', rowId: rowId(server, 'Acme') }]]);
    // The day the page shows goes with the save, so a page left open past midnight cannot write on a day not seen.
    expect(server.daysSent).toEqual([server.today]);
    await hasText(step(page, /Result/).locator('.result-form .name'), 'Acme');
    await page.close();
  });

  it('keeps what I typed when a save fails, and shows the server\'s error', async () => {
    const { page, server } = await open();
    const s1 = step(page, /Today's target/);
    await s1.getByText('New customer…').click();
    await s1.getByRole('textbox', { name: 'Customer name' }).fill('Umbrella Corp');
    await s1.getByRole('combobox', { name: 'Tier' }).selectOption('B');
    server.refuseNext = { code: 'sv.notYourRow', params: { customer: 'Umbrella Corp', rep: 'Li Lei' } };
    await s1.getByRole('button', { name: "Set as today's target" }).click();
    await hasText(s1.getByRole('alert'), '“Umbrella Corp” belongs to Li Lei: you can only change your own customers (managers: their reps’ customers).');
    expect(await s1.getByRole('textbox', { name: 'Customer name' }).inputValue()).toBe('Umbrella Corp');
    expect(await s1.getByRole('combobox', { name: 'Tier' }).inputValue()).toBe('B');
    expect(await s1.getByRole('button', { name: "Set as today's target" }).isEnabled()).toBe(true);
    await s1.getByRole('button', { name: "Set as today's target" }).click();
    await step(page, /Today's target/).locator('.targets .name', { hasText: 'Umbrella Corp' }).waitFor();
    expect(server.callsTo('sidebarSetTarget')[1]).toEqual([{ which: 'today', newCustomer: { customer: 'Umbrella Corp', tier: 'B' } }]);
    await page.close();
  });

  it('records a result: a reason category is needed for Not signed, and an empty reason text is not sent', async () => {
    const server = new FakeServer();
    server.rows.find((r) => r.customer === 'Globex')!.target = TODAY;
    const { page } = await open(server);
    const s2 = step(page, /Result/);
    const form = s2.locator('.result-form', { hasText: 'Globex' });
    await form.getByText('Not signed').click();
    await form.getByRole('textbox', { name: 'Next step' }).waitFor();
    // Asked afresh: the old next step is shown to build on, not pre-filled to be saved unread.
    expect(await form.getByRole('textbox', { name: 'Next step' }).inputValue()).toBe('');
    await hasText(form.locator('.was'), 'Before: Send quote');
    await form.getByRole('button', { name: 'Save result' }).click();
    await hasText(form.getByRole('alert'), 'Choose what got in the way first.');
    expect(server.callsTo('sidebarRecordResult')).toEqual([]);
    await form.getByRole('combobox', { name: 'What got in the way?' }).selectOption('budget');
    await form.getByRole('button', { name: 'Save result' }).click();
    await hasText(form.getByRole('alert'), 'Write the next step: what will move this customer to signing?');
    await form.getByRole('textbox', { name: 'Next step' }).fill('Revisit after budget review');
    await form.getByRole('button', { name: 'Save result' }).click();
    await s2.locator('.recorded .pill').waitFor();
    expect(await step(page, /Result/).locator('.recorded .pill').textContent()).toBe('Not signed');
    expect(server.callsTo('sidebarRecordResult')).toEqual([
      [{ rowId: rowId(server, 'Globex'), outcome: 'notSigned', reasonCategory: 'budget', nextStep: 'Revisit after budget review' }],
    ]);
    await page.close();
  });

  it('records a drop with its reason text, and hides the next step field for Drop', async () => {
    const server = new FakeServer();
    server.rows.find((r) => r.customer === 'Initech')!.target = TODAY;
    const { page } = await open(server);
    const form = step(page, /Result/).locator('.result-form', { hasText: 'Initech' });
    await form.getByText('Drop').click();
    await form.getByRole('combobox', { name: 'What got in the way?' }).selectOption('competitor');
    await form.getByRole('textbox', { name: 'What happened' }).fill('Signed with Hooli');
    expect(await form.getByRole('textbox', { name: 'Next step' }).isVisible()).toBe(false);
    await form.getByRole('button', { name: 'Save result' }).click();
    await hasText(step(page, /Result/).locator('.recorded .pill'), 'Dropped');
    expect(server.callsTo('sidebarRecordResult')).toEqual([
      [{ rowId: rowId(server, 'Initech'), outcome: 'dropped', reasonCategory: 'competitor', reasonText: 'Signed with Hooli' }],
    ]);
    await page.close();
  });

  it('keeps step 3 highlighted as owed until tomorrow\'s target is set, then shows a check mark', async () => {
    const { page, server } = await open();
    const s3 = page.locator('section.step.owed');
    await containsText(s3, 'Name the target for Thu, Mar 5 before you finish the day.');
    await containsText(s3, 'For Thu, Mar 5');
    await s3.locator('.option', { hasText: 'Globex' }).click();
    await s3.getByRole('button', { name: "Set as tomorrow's target" }).click();
    const done = step(page, /Tomorrow's target/);
    await done.locator('.check').waitFor();
    expect(await page.locator('section.step.owed').count()).toBe(0);
    await containsText(done, 'The next target is set.');
    expect(server.callsTo('sidebarSetTarget')).toEqual([[{ which: 'tomorrow', rowId: rowId(server, 'Globex') }]]);
    expect(server.rows.find((r) => r.customer === 'Globex')!.target).toBe(NEXT_DAY);
    await page.close();
  });

  it('keeps a half-typed form in another step when a different save re-renders the page', async () => {
    const { page } = await open();
    const s3 = page.locator('section.step.owed');
    await s3.getByText('New customer…').click();
    await s3.getByRole('textbox', { name: 'Customer name' }).fill('Half typed Ltd');
    await step(page, /Today's target/).locator('.option', { hasText: 'Acme' }).click();
    await step(page, /Today's target/).getByRole('button', { name: "Set as today's target" }).click();
    await step(page, /Today's target/).getByRole('button', { name: 'Add another target' }).waitFor();
    expect(await page.locator('section.step.owed').getByRole('textbox', { name: 'Customer name' }).inputValue()).toBe('Half typed Ltd');
    await page.close();
  });

  it('selects an uncleared row in the sheet when clicked, and shows my month', async () => {
    const { page, server } = await open();
    const row = page.locator('.uncleared .row-link', { hasText: 'Acme' });
    await containsText(row, 'A for 9 days (max 7)');
    await row.click();
    await hasText(page.locator('.uncleared .status'), 'Row 4 selected in the sheet.');
    expect(server.callsTo('sidebarSelectRow')).toEqual([[rowId(server, 'Acme')]]);
    const month = page.locator('.month');
    await containsText(month, 'Signed: 0');
    await containsText(month, 'Goal this month: 8–10');
    await hasText(month.locator('.pill'), 'Below the 10% floor');
    await page.close();
  });

  it('lets a manager act for one of their reps, sending that rep with each write', async () => {
    const server = new FakeServer();
    server.me = { rep: 'Zhou Min', email: 'zhou@example.com', isManager: true };
    server.repChoices = ['Wang Fang', 'Li Lei'];
    const { page } = await open(server);
    const acting = page.getByRole('combobox', { name: 'Acting for' });
    expect(await acting.locator('option').allTextContents()).toEqual(['Zhou Min', 'Wang Fang', 'Li Lei']);
    await acting.selectOption('Li Lei');
    await hasValue(page.getByRole('combobox', { name: 'Acting for' }), 'Li Lei');
    expect(server.callsTo('sidebarLoad')).toEqual([[], ['Li Lei']]);
    const s1 = step(page, /Today's target/);
    await s1.locator('.option', { hasText: 'Acme' }).click();
    await s1.getByRole('button', { name: "Set as today's target" }).click();
    await step(page, /Today's target/).getByRole('button', { name: 'Add another target' }).waitFor();
    expect(server.callsTo('sidebarSetTarget')).toEqual([[{ which: 'today', rowId: rowId(server, 'Acme'), rep: 'Li Lei' }]]);
    await page.close();
  });

  it('fits 300 px: a very long customer name wraps instead of scrolling sideways', async () => {
    const server = new FakeServer();
    server.rows[0].customer = 'ShanghaiPudongInternationalLogisticsAndWarehousingHoldingsGroupLimitedBranchNo7';
    server.rows[0].flag = 'A very long flag text that explains exactly why this row is highlighted in the sheet';
    const { page } = await open(server);
    await step(page, /Today's target/).locator('.option').first().waitFor();
    const seen = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
      // Scrolling boxes (the customer list) would hide an overflow from the page's own width.
      boxes: Array.from(document.querySelectorAll('.options, .name, .flag')).filter((e) => e.scrollWidth > e.clientWidth + 1).length,
    }));
    expect(seen.scroll).toBeLessThanOrEqual(seen.inner);
    expect(seen.boxes).toBe(0);
    await page.close();
  });

  it('speaks Chinese when the state says zh', async () => {
    const server = new FakeServer();
    server.lang = 'zh';
    const { page } = await open(server);
    await page.getByRole('heading', { name: '1 · 今日目标' }).waitFor();
    await hasText(page.locator('header .today'), '3月4日 周三');
    await containsText(page.locator('section.step.owed'), '收工前定好3月5日 周四的目标。');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.close();
  });
});
