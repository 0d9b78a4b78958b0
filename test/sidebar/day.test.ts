// The day's shape: changing a Not signed result, a day off, the month before a pace means anything, an empty
// pipeline, a long list, and payloads Apps Script would refuse.
import { FakeServer } from './fakeServer';
import { rowId, sidebarPages, step } from './harness';
import { containsText, eventually, hasText } from './waitFor';

const open = sidebarPages();

function closedToday(server: FakeServer, customer: string, result: 'signed' | 'notSigned' | 'dropped', status: 'Open' | 'Signed' | 'Dropped'): void {
  const row = server.rows.find((r) => r.customer === customer)!;
  Object.assign(row, { target: server.today, result, status, reason: result === 'signed' ? '' : 'budget' });
}

describe('a result already recorded today', () => {
  it('can be changed while it is Not signed; Signed and Dropped rows stay closed', async () => {
    const server = new FakeServer();
    closedToday(server, 'Globex', 'notSigned', 'Open');
    closedToday(server, 'Acme', 'signed', 'Signed');
    closedToday(server, 'Initech', 'dropped', 'Dropped');
    const { page } = await open(server);
    const s2 = step(page, /Result/);
    await s2.locator('.recorded').first().waitFor();
    expect(await s2.locator('.recorded', { hasText: 'Acme' }).getByRole('button').count()).toBe(0);
    expect(await s2.locator('.recorded', { hasText: 'Initech' }).getByRole('button').count()).toBe(0);

    const globex = s2.locator('.recorded', { hasText: 'Globex' });
    await globex.getByRole('button', { name: 'Change result' }).click();
    await globex.getByText('Signed', { exact: true }).click();
    await globex.getByRole('button', { name: 'Save result' }).click();
    await hasText(step(page, /Result/).locator('.recorded', { hasText: 'Globex' }).locator('.pill'), 'Signed');
    expect(await step(page, /Result/).getByRole('button', { name: 'Change result' }).count()).toBe(0);
    expect(server.callsTo('sidebarRecordResult')).toEqual([[{ rowId: rowId(server, 'Globex'), outcome: 'signed' }]]);
    await page.close();
  });

  it('says 修改结果 in Chinese', async () => {
    const server = new FakeServer();
    server.lang = 'zh';
    closedToday(server, 'Globex', 'notSigned', 'Open');
    const { page } = await open(server);
    await page.locator('.recorded', { hasText: 'Globex' }).getByRole('button', { name: '修改结果' }).waitFor();
    await page.close();
  });
});

describe('a day that is not a working day', () => {
  function saturday(): FakeServer {
    const server = new FakeServer();
    server.today = '2026-03-07';
    server.nextDay = '2026-03-09';
    server.isWorkingDay = false;
    return server;
  }

  it('does not ask for today\'s target: steps 1 and 2 fold away and step 3 is the current step', async () => {
    const { page, server } = await open(saturday());
    await hasText(page.locator('header .notice'), 'Today is not a working day — name the target for Mon, Mar 9 below.');
    await containsText(step(page, /Today's target/), 'No target needed today.');
    expect(await step(page, /Today's target/).locator('.picker').count()).toBe(0);
    await containsText(step(page, /Result/), 'No result to record today.');
    const current = page.locator('section.step.current');
    expect(await current.count()).toBe(1);
    // Saturday's next working day is Monday: step 3 names the day, never "tomorrow".
    await hasText(current.locator('h2'), '3 · Target for Mon, Mar 9');
    await current.locator('.option', { hasText: 'Globex' }).click();
    await current.getByRole('button', { name: 'Set as the target for Mon, Mar 9' }).click();
    await step(page, /Target for Mon, Mar 9/).locator('.targets .name', { hasText: 'Globex' }).waitFor();
    expect(server.callsTo('sidebarSetTarget')).toEqual([[{ which: 'tomorrow', rowId: rowId(server, 'Globex') }]]);
    await page.close();
  });

  it('still shows targets someone set for today, with their results', async () => {
    const server = saturday();
    closedToday(server, 'Acme', 'signed', 'Signed');
    const { page } = await open(server);
    await step(page, /Today's target/).locator('.targets .name', { hasText: 'Acme' }).waitFor();
    await hasText(step(page, /Result/).locator('.recorded', { hasText: 'Acme' }).locator('.pill'), 'Signed');
    await hasText(page.locator('section.step.current h2'), '3 · Target for Mon, Mar 9');
    await page.close();
  });

  it('says so in Chinese', async () => {
    const server = saturday();
    server.lang = 'zh';
    const { page } = await open(server);
    await hasText(page.locator('header .notice'), '今天不是工作日——请在下方定好3月9日 周一的目标。');
    await containsText(step(page, /今日目标/), '今天不用定目标。');
    await page.close();
  });
});

describe('my month', () => {
  it('shows no straight-line projection in the first working days, and judges against the floor so far', async () => {
    const server = new FakeServer();
    server.month = { signed: 2, workingDaysSoFar: 3, floorSoFar: 0.3, projected: 14.7 };
    const { page } = await open(server);
    const month = page.locator('.month');
    await containsText(month, 'Signed: 2');
    // 0.3 of a signing is one signing to make: people count whole ones.
    await containsText(month, '10% floor so far: 1 signing');
    expect(await month.textContent()).not.toContain('On pace for');
    await hasText(month.locator('.pill'), 'Above the 10% floor');
    await page.close();
  });

  it('shows the projection from the fifth working day on, still judging what is signed', async () => {
    const server = new FakeServer();
    server.month = { signed: 0, workingDaysSoFar: 5, floorSoFar: 0.5, projected: 0 };
    const { page } = await open(server);
    const month = page.locator('.month');
    await containsText(month, 'On pace for about 0 this month');
    await hasText(month.locator('.pill'), 'Below the 10% floor');
    await page.close();
  });
});

describe('picking a customer', () => {
  it('opens on "New customer…" with the name box showing when I have no open customers', async () => {
    const server = new FakeServer();
    server.rows = [];
    const { page } = await open(server);
    const s1 = step(page, /Today's target/);
    const name = s1.getByRole('textbox', { name: 'Customer name' });
    await name.waitFor();
    expect(await s1.getByRole('radio', { name: 'New customer…' }).isChecked()).toBe(true);
    await name.fill('First Customer Ltd');
    await s1.getByRole('button', { name: "Set as today's target" }).click();
    await step(page, /Today's target/).locator('.targets .name', { hasText: 'First Customer Ltd' }).waitFor();
    expect(server.callsTo('sidebarSetTarget')).toEqual([[{ which: 'today', newCustomer: { customer: 'First Customer Ltd', tier: 'A' } }]]);
    await page.close();
  });

  it('shows that a long customer list scrolls, until its end is in view', async () => {
    const server = new FakeServer();
    for (let i = 0; i < 10; i++) server.rows.push({ ...server.rows[0], id: `row-${20 + i}`, customer: `Customer ${i}`, sheetRow: 30 + i });
    const { page } = await open(server);
    const s1 = step(page, /Today's target/);
    const hint = s1.locator('.more-below');
    await eventually(async () => expect(await hint.isVisible()).toBe(true));
    await hasText(hint, 'Scroll for more ↓');
    await s1.locator('.options').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await eventually(async () => expect(await hint.isVisible()).toBe(false));
    await page.close();
  });

  it('shows no scroll hint when the whole list fits', async () => {
    const server = new FakeServer();
    server.rows = server.rows.slice(0, 2);
    const { page } = await open(server);
    const s1 = step(page, /Today's target/);
    await s1.locator('.option').first().waitFor();
    await page.waitForTimeout(100);
    expect(await s1.locator('.more-below').isVisible()).toBe(false);
    await page.close();
  });
});

describe('what google.script.run may carry', () => {
  it('fails a call whose arguments hold a Date or undefined, as Apps Script does, without reaching the server', async () => {
    const { page, server } = await open();
    await page.locator('header .me').waitFor();
    const failures = await page.evaluate(() => {
      type Run = { withFailureHandler(f: (e: Error) => void): Run; withSuccessHandler(f: () => void): Run } & Record<string, (arg: unknown) => void>;
      const run = (window as unknown as { google: { script: { run: Run } } }).google.script.run;
      const attempt = (name: string, arg: unknown) =>
        new Promise<string>((resolve) => run.withFailureHandler((e) => resolve(e.message)).withSuccessHandler(() => resolve('ok'))[name](arg));
      return Promise.all([
        attempt('sidebarSetTarget', { which: 'today', rowId: 'row-1', when: new Date() }),
        attempt('sidebarRecordResult', { rowId: 'row-1', outcome: 'signed', extra: [undefined] }),
      ]);
    });
    expect(failures).toEqual(['Failed due to illegal value in property: 0.when', 'Failed due to illegal value in property: 0.extra.0']);
    expect(server.callsTo('sidebarSetTarget')).toEqual([]);
    expect(server.callsTo('sidebarRecordResult')).toEqual([]);
    await page.close();
  });
});
