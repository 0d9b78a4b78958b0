// Who is on the page: a rep Team does not know (a personal address) is told whom to ask; a rep added today with no
// customers is neither judged below the floor nor told the pipeline flows.
import { FakeServer, row } from './fakeServer';
import { sidebarPages } from './harness';
import { containsText, hasText } from './waitFor';

const open = sidebarPages();

function stranger(): FakeServer {
  const server = new FakeServer();
  server.me = null;
  server.signedInAs = 'wang.fang@gmail.com';
  server.repChoices = [];
  server.askWhom = ['zhou@example.com', 'qian@example.com'];
  return server;
}

describe('signed in with an address Team does not list', () => {
  it('is told whom to ask, and offered no names to be refused on', async () => {
    const { page } = await open(stranger());
    await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
    await containsText(page.locator('main'), 'You are signed in as wang.fang@gmail.com, which is not on the Team sheet, so Daily Close cannot tell which rep you are.');
    await containsText(page.locator('main'), 'Ask your manager (zhou@example.com, qian@example.com) to put this address next to your name on Team, then press Refresh.');
    expect(await page.getByRole('combobox').count()).toBe(0);
    expect(await page.getByRole('button', { name: "That's me" }).count()).toBe(0);
    await page.close();
  });

  it('asks whoever set the sheet up when Team names no manager, in Chinese with 、', async () => {
    const server = stranger();
    server.lang = 'zh';
    server.askWhom = [];
    const { page } = await open(server);
    await containsText(page.locator('main'), '请让设置这张表格的人在团队表中你的名字旁填上这个邮箱，然后点“刷新”。');
    server.askWhom = ['zhou@example.com', 'qian@example.com'];
    await page.getByRole('button', { name: '刷新' }).click();
    await containsText(page.locator('main'), '请让经理（zhou@example.com、qian@example.com）');
    await page.close();
  });

  it('is offered only the names Team lists without an email, and told whom to ask if theirs is not there', async () => {
    const server = stranger();
    server.repChoices = ['Han Mei'];
    const { page } = await open(server);
    const select = page.getByRole('combobox', { name: 'Choose your name' });
    expect(await select.locator('option').allTextContents()).toEqual(['Choose your name', 'Han Mei']);
    await containsText(page.locator('main'), 'Only names Team lists without an email can be picked.');
    await containsText(page.locator('main'), 'Ask your manager (zhou@example.com, qian@example.com)');
    await page.close();
  });
});

describe('a rep added today, with no customers yet', () => {
  it('is not "Below the 10% floor", nor told the pipeline is flowing', async () => {
    const server = new FakeServer();
    server.rows = [];
    server.newRep = true;
    server.month = { signed: 0, workingDaysSoFar: 15, floorSoFar: 1.5, projected: 0 };
    const { page } = await open(server);
    const month = page.locator('.month');
    await hasText(month.locator('.pill'), 'Just started');
    await containsText(month, 'Your month starts with your first customer.');
    const text = (await page.locator('main').textContent()) || '';
    expect(text).not.toContain('Below the 10% floor');
    expect(text).not.toContain('flowing');
    expect(text).not.toContain('On pace');
    await hasText(page.locator('.uncleared .muted'), 'No customers yet: add your first one in step 1.');
    // Once the rep has customers (and nothing uncleared), the pipeline does flow — and the month is judged.
    server.newRep = false;
    server.rows = [row(1, 'First Co', 'A', 0)];
    await page.getByRole('button', { name: 'Refresh' }).click();
    await hasText(page.locator('.uncleared .muted'), 'Nothing uncleared — your pipeline is flowing.');
    await hasText(page.locator('.month .pill'), 'Below the 10% floor');
    await page.close();
  });
});
