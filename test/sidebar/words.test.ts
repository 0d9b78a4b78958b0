// The page's words: plurals and days from the one formatter, whole numbers where people count, one Chinese term per
// idea (待清理), and a tier A badge whose colour does not say "invalid".
import { FakeServer } from './fakeServer';
import { sidebarPages, step } from './harness';
import { containsText, hasText } from './waitFor';

const open = sidebarPages();

describe('words', () => {
  it('counts in words: "A for 1 day", "1 visit", "Search 1 customer…", days as "Thu, Mar 5"', async () => {
    const server = new FakeServer();
    server.rows = [server.rows[2]];
    Object.assign(server.rows[0], { daysInTier: 1, visits: 1, target: '2026-03-05', flag: '' });
    const { page } = await open(server);
    const s1 = step(page, /Today's target/);
    await hasText(s1.locator('.option .facts'), 'A for 1 day · Target Thu, Mar 5 · 1 visit');
    expect(await s1.getByRole('searchbox').getAttribute('placeholder')).toBe('Search 1 customer…');
    await page.close();
  });

  it('says the month in whole signings', async () => {
    const server = new FakeServer();
    server.month = { signed: 2, workingDaysSoFar: 21, workingDaysInMonth: 22, floorSoFar: 2.1, projected: 2.1 };
    const { page } = await open(server);
    const month = page.locator('.month');
    await containsText(month, '10% floor so far: 3 signings');
    await containsText(month, 'On pace for about 2 this month');
    await hasText(month.locator('.pill'), 'Below the 10% floor');
    expect((await month.textContent()) || '').not.toMatch(/\d\.\d/);
    await page.close();
  });

  it('says 待清理 for uncleared in Chinese', async () => {
    const server = new FakeServer();
    server.lang = 'zh';
    const { page } = await open(server);
    await hasText(page.locator('.uncleared h2'), '我的待清理客户（1）');
    const text = (await page.locator('main').textContent()) || '';
    expect(text).not.toMatch(/未清理|滞留/);
    await page.close();
  });

  it('paints tier A in a colour that is not the red of an invalid row', async () => {
    const { page } = await open();
    const a = page.locator('.counts [data-tier="A"] .badge');
    await a.waitFor();
    const [r, g, b] = ((await a.evaluate((e) => getComputedStyle(e).backgroundColor)).match(/\d+/g) || []).map(Number);
    // Red means invalid in the sheet: tier A must not be a red (red channel leading the others).
    expect(r).toBeLessThan(Math.max(g, b));
    await page.close();
  });
});
