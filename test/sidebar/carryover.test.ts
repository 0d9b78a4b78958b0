// Carry-over in the page: today's target becomes a later day's only after a result, or as a carry-over with a reason
// (a push, shown as "pushed n×"); a customer whose target passed asks for the reason in step 3's picker.
import { FakeServer } from './fakeServer';
import { rowId, sidebarPages, step } from './harness';
import { containsText, eventually, hasText } from './waitFor';

const open = sidebarPages();

function withTarget(customer: string): FakeServer {
  const server = new FakeServer();
  server.rows.find((r) => r.customer === customer)!.target = server.today;
  return server;
}

describe("carrying today's target over", () => {
  it('is offered under a target with no result, needs a reason, and sends an explicit carry-over', async () => {
    const server = withTarget('Globex');
    const { page } = await open(server);
    const form = step(page, /Result/).locator('.result-form', { hasText: 'Globex' });
    await form.getByRole('button', { name: 'Carry over to Thu, Mar 5…' }).click();
    await containsText(form.locator('.carry-note'), 'No result today: carrying it over to Thu, Mar 5 counts as a push (this would be its first). Your manager sees the reason.');
    // The reason box has the focus: the rep types straight away.
    await eventually(async () => expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Why carry it over?'));
    const carry = form.getByRole('button', { name: 'Carry over to Thu, Mar 5', exact: true });
    await carry.click();
    await hasText(form.locator('.carry [role=alert]'), 'Say why it is carried over: your manager sees the reason.');
    expect(server.callsTo('sidebarSetTarget')).toEqual([]);
    await form.getByRole('textbox', { name: 'Why carry it over?' }).fill('  Owner away until Thursday ');
    expect(await form.locator('.carry [role=alert]').isVisible()).toBe(false);
    await carry.click();

    const recorded = step(page, /Result/).locator('.recorded', { hasText: 'Globex' });
    await hasText(recorded.locator('.pill'), 'Not signed');
    await containsText(recorded, 'Now the target for Thu, Mar 5');
    await containsText(recorded, 'pushed 1×');
    expect(server.callsTo('sidebarSetTarget')).toEqual([[{ which: 'tomorrow', rowId: rowId(server, 'Globex'), carryOver: true, reason: 'Owner away until Thursday' }]]);
    // Still today's target (step 1), and now the next working day's (step 3 done).
    await step(page, /Today's target/).locator('.targets .name', { hasText: 'Globex' }).waitFor();
    await step(page, /Tomorrow's target/).locator('.check').waitFor();
    await page.close();
  });

  it('says which push it would be when the target was pushed before', async () => {
    const server = withTarget('Globex');
    server.rows.find((r) => r.customer === 'Globex')!.pushes = 2;
    const { page } = await open(server);
    const form = step(page, /Result/).locator('.result-form', { hasText: 'Globex' });
    await form.getByRole('button', { name: 'Carry over to Thu, Mar 5…' }).click();
    await containsText(form.locator('.carry-note'), 'counts as a push (this would be push 3)');
    // The card in step 1 says how often it was pushed already.
    await containsText(step(page, /Today's target/).locator('.customer', { hasText: 'Globex' }), 'pushed 2×');
    await page.close();
  });

  it("is not offered once a result is in: a Not signed target is tried again on the next day as it is", async () => {
    const server = withTarget('Globex');
    const { page } = await open(server);
    const form = step(page, /Result/).locator('.result-form', { hasText: 'Globex' });
    await form.getByText('Not signed', { exact: true }).click();
    await form.getByRole('combobox', { name: 'What got in the way?' }).selectOption('timing');
    await form.getByRole('textbox', { name: 'Next step' }).fill('Call at 10');
    await form.getByRole('button', { name: 'Save result' }).click();
    const recorded = step(page, /Result/).locator('.recorded', { hasText: 'Globex' });
    await recorded.getByRole('button', { name: 'Try again on Thu, Mar 5' }).click();
    await containsText(step(page, /Result/).locator('.recorded', { hasText: 'Globex' }), 'Now the target for Thu, Mar 5');
    expect(await page.getByRole('button', { name: /Carry over/ }).count()).toBe(0);
    expect(server.callsTo('sidebarSetTarget')).toEqual([[{ which: 'tomorrow', rowId: rowId(server, 'Globex') }]]);
    expect(await step(page, /Result/).getByText(/pushed/).count()).toBe(0);
    await page.close();
  });

  it("shows the server's refusal of a move without a reason in the rep's words", async () => {
    const server = withTarget('Globex');
    server.lang = 'zh';
    const { page } = await open(server);
    const form = step(page, /结果/).locator('.result-form', { hasText: 'Globex' });
    await form.getByRole('button', { name: '顺延到3月5日 周四…' }).click();
    await form.getByRole('textbox', { name: '为什么顺延？' }).fill('老板出差');
    server.refuseNext = { code: 'sv.carryOverNeeded', params: { customer: 'Globex', day: '3月5日 周四' } };
    await form.getByRole('button', { name: '顺延到3月5日 周四', exact: true }).click();
    await hasText(form.locator('.carry [role=alert] .error-text'), '“Globex”是今日目标，还没有结果。请先记录结果，或写明原因后顺延到3月5日 周四。');
    expect(await form.getByRole('textbox', { name: '为什么顺延？' }).inputValue()).toBe('老板出差');
    await page.close();
  });
});

describe('a customer whose target passed, picked for the next day', () => {
  it('asks why it is carried over (a push) and sends the reason with it', async () => {
    const server = new FakeServer();
    const acme = server.rows.find((r) => r.customer === 'Acme')!;
    acme.target = '2026-03-02';
    const { page } = await open(server);
    const s3 = step(page, /Tomorrow's target/);
    const fields = s3.locator('.carry-fields');
    await s3.locator('.option', { hasText: 'Initech' }).click();
    expect(await fields.isVisible()).toBe(false);
    await s3.locator('.option', { hasText: 'Acme' }).click();
    await hasText(fields.locator('.carry-note'), 'Its target (Mon, Mar 2) passed with no result: moving it on counts as a push. Say why.');
    await s3.getByRole('button', { name: "Set as tomorrow's target" }).click();
    await hasText(s3.locator('.picker [role=alert]'), 'Say why it is carried over: your manager sees the reason.');
    await fields.getByRole('textbox', { name: 'Why carry it over?' }).fill('Waiting for the budget');
    await s3.getByRole('button', { name: "Set as tomorrow's target" }).click();
    await step(page, /Tomorrow's target/).locator('.targets .name', { hasText: 'Acme' }).waitFor();
    expect(server.callsTo('sidebarSetTarget')).toEqual([[{ which: 'tomorrow', rowId: rowId(server, 'Acme'), carryOver: true, reason: 'Waiting for the budget' }]]);
    await containsText(step(page, /Tomorrow's target/).locator('.customer', { hasText: 'Acme' }), 'pushed 1×');
    await page.close();
  });
});
