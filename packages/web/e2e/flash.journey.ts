/**
 * Flash-claim journey: a district clerk opens a claim of one ticket; two workers on two phones press
 * the claim button at the same moment; exactly one gets 抢到了 and the other 已抢光; after a reload
 * the winner still sees the ticket and the stock shows 0. The winner shows the pickup code; a clerk at the
 * pickup point redeems it on a phone, and a second attempt is refused saying when and by whom.
 */
import { runTag } from './data.ts';
import { BASE_URL, CONTEXT, check, DEMO_PASSWORD, journey, signIn } from './lib.ts';
import { callApi, PHONE, signedIn, topShot } from './programs-helpers.ts';

await journey('flash', { viewport: { width: 1440, height: 900 } }, async (staff, step) => {
  staff.setDefaultTimeout(30_000);
  const browser = staff.context().browser();
  if (!browser) throw new Error('no browser');
  const name = `话剧票限量抢（${runTag()}）`;
  let programId = 0;

  await step('setup: shunyi opens a claim of one ticket, first come', async () => {
    await signIn(staff, '/login', 'shunyi');
    await staff.waitForURL('**/todo');
    const year = new Date().getFullYear();
    const program = await callApi<{ id: number }>(staff, 'POST', '/api/programs', {
      name,
      category: 'flash_claim',
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      periodUnit: 'whole',
      intakeModes: ['claim'],
      limitMode: 'per_person_per_period',
      quota: 1,
      reviewChain: [],
      claimStartsAt: new Date(Date.now() - 60_000).toISOString(),
      claimEndsAt: new Date(Date.now() + 3_600_000).toISOString(),
      rule: { op: 'all', rules: [{ op: 'member_of_owner_subtree' }] },
      amount: { kind: 'none' },
      pickupPlace: '顺义区总工会一楼服务大厅',
      pickupTime: '工作日 9:00–17:00',
    });
    programId = program.id;
    await callApi(staff, 'POST', `/api/programs/${programId}/publish`, {});
    await staff.goto(`${BASE_URL}/programs/${programId}`);
    await staff.getByTestId('program-close').waitFor();
  });

  const phones = [await signedIn(browser, 'worker', 'worker'), await signedIn(browser, 'worker2', 'worker')];

  await step('both phones see one ticket left', async () => {
    for (const [i, { page }] of phones.entries()) {
      await page.getByTestId('tab-services').click();
      await page.getByTestId('service-claims').click();
      await page.waitForURL('**/m/claims');
      const card = page.getByTestId(`claim-${programId}`);
      await card.waitFor();
      check((await card.getByTestId('claim-left').textContent()) === '1', 'one ticket left');
      await topShot(page, `flash-0${i + 1}-phone-${i + 1}-before`);
    }
  });

  await step('both press the button at once: one 抢到了, one 已抢光', async () => {
    const buttons = phones.map(({ page }) =>
      page.getByTestId(`claim-${programId}`).getByTestId('claim-button'),
    );
    await Promise.all(buttons.map((b) => b.click()));
    const results = await Promise.all(
      phones.map(async ({ page }) => {
        const result = page.getByTestId(`claim-${programId}`).getByTestId('claim-result');
        await result.waitFor();
        return (await result.textContent())?.trim() ?? '';
      }),
    );
    const sorted = [...results].sort();
    check(
      sorted[0] === '已抢光' && sorted[1] === '抢到了',
      `exactly one phone got the ticket and the other heard it was gone (${results.join(', ')})`,
    );
    for (const [i, { page }] of phones.entries()) await topShot(page, `flash-0${i + 3}-phone-${i + 1}-after`);
  });

  await step('after a reload the winner keeps the ticket and the stock is 0', async () => {
    const answers = await Promise.all(
      phones.map(async ({ page }) => {
        await page.reload();
        const card = page.getByTestId(`claim-${programId}`);
        await card.waitFor();
        const left = await card.getByTestId('claim-left').textContent();
        const result = card.getByTestId('claim-result');
        const text = (await result.count()) ? await result.textContent() : '';
        return { left, text };
      }),
    );
    check(
      answers.every((a) => a.left === '0'),
      `no ticket left (${answers.map((a) => a.left).join(', ')})`,
    );
    check(answers.filter((a) => a.text === '抢到了').length === 1, 'exactly one phone holds the ticket');
    const stats = await callApi<{ granted: number; distinctPeople: number }>(
      staff,
      'GET',
      `/api/claims/${programId}/stats`,
    );
    check(stats.granted === 1 && stats.distinctPeople === 1, `one ticket granted (${JSON.stringify(stats)})`);
    await topShot(phones[0].page, 'flash-05-phone-1-reloaded');
  });

  let code = '';
  await step('the winner shows the pickup code: a QR, the digits, the place and time', async () => {
    const winner = await Promise.all(
      phones.map(
        async ({ page }) =>
          (await page.getByTestId(`claim-${programId}`).getByTestId('pickup-show').count()) > 0,
      ),
    );
    const phone = phones[winner.indexOf(true)]?.page;
    check(phone !== undefined && winner.filter(Boolean).length === 1, 'only the winner has a pickup code');
    if (!phone) return;
    const card = phone.getByTestId(`claim-${programId}`);
    await card.getByTestId('pickup-show').click();
    const pickup = card.getByTestId('pickup-code');
    await pickup.locator('canvas').waitFor();
    code = ((await pickup.getByTestId('pickup-digits').textContent()) ?? '').replace(/\D/g, '');
    check(/^[0-9]{8}$/.test(code), `an 8-digit code (${code})`);
    check(
      (await pickup.textContent())?.includes('顺义区总工会一楼服务大厅') === true,
      'the code names the place',
    );
    await card.scrollIntoViewIfNeeded();
    await topShot(phone, 'flash-06-phone-pickup-code');
    // the message of the grant opens the application: it carries the same code, and no "¥0.00" for a ticket
    const applicationId = await phone.evaluate(async (id) => {
      const mine = await (await fetch('/api/me/claims')).json();
      return mine.items.find((c: { programId: number }) => c.programId === id).applicationId as number;
    }, programId);
    await phone.goto(`${BASE_URL}/m/applications/${applicationId}`);
    const again = phone.getByTestId('pickup-digits');
    await again.waitFor();
    check(
      ((await again.textContent()) ?? '').replace(/\D/g, '') === code,
      'the application shows the same code',
    );
    check(!((await phone.locator('body').textContent()) ?? '').includes('¥0.00'), 'a ticket shows no ¥0.00');
    for (const p of phones) await p.ctx.close();
  });

  await step(
    'a clerk at the pickup point redeems it once on a phone; the second time is refused',
    async () => {
      const ctx = await browser.newContext({ ...CONTEXT, ...PHONE });
      const desk = await ctx.newPage();
      desk.setDefaultTimeout(30_000);
      await signIn(desk, '/login', 'shunyi', DEMO_PASSWORD);
      await desk.waitForURL((u) => !u.pathname.endsWith('/login'));
      await desk.goto(`${BASE_URL}/pickup`);
      await desk.getByTestId('pickup-input').fill(code);
      await desk.getByTestId('pickup-redeem').click();
      await desk.getByTestId('pickup-done').waitFor();
      check(
        (await desk.getByTestId('pickup-done').textContent())?.includes(name) === true,
        'redeemed: names it',
      );
      const width = await desk.evaluate(() => document.documentElement.scrollWidth);
      check(width <= PHONE.viewport.width, `the pickup desk fits the phone (${width}px wide)`);
      await topShot(desk, 'flash-07-desk-redeemed');
      await desk.getByTestId('pickup-input').fill(code);
      await desk.getByTestId('pickup-redeem').click();
      const refused = desk.getByTestId('pickup-refused');
      await refused.waitFor();
      const text = (await refused.textContent()) ?? '';
      check(text.includes('已于') && text.includes('核销'), `refused, saying when and by whom (${text})`);
      await topShot(desk, 'flash-08-desk-refused');
      await ctx.close();
    },
  );

  await step(
    'the clerk sees the figures: one granted and collected, none left, when it sold out',
    async () => {
      await staff.goto(`${BASE_URL}/programs/${programId}`);
      const panel = staff.getByTestId('claims-panel');
      await panel.getByText('抢光时间').waitFor();
      const stats = await callApi<{ granted: number; redeemed: number }>(
        staff,
        'GET',
        `/api/claims/${programId}/stats`,
      );
      check(
        stats.granted === 1 && stats.redeemed === 1,
        `one granted, one collected (${JSON.stringify(stats)})`,
      );
      await panel.getByText('已核销领取').first().waitFor();
      await topShot(staff, 'flash-09-staff-figures');
    },
  );
});
