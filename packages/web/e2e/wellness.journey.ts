/**
 * 疗休养 journey (issue 26): 顺义 runs a recuperation batch starting today and gives 杨镇 two places; 杨镇 nominates
 * the worker; the worker sees the batch, the place and what to bring on the phone and signs in on arrival; 顺义
 * settles the batch and the union's share for the one who went stands in the ledger.
 */
import type { Page } from 'playwright-core';
import { BASE_URL, check, chinaToday, journey, PHONE_SCREEN, pressInDialog, shot, signInAs } from './lib.ts';

const me = (page: Page) =>
  page.evaluate(
    async () => (await fetch('/api/auth/me')).json() as Promise<{ orgId: number; personId: number }>,
  );

await journey('wellness', { viewport: PHONE_SCREEN }, async (page, step) => {
  let batchId = 0;
  let personId = 0;
  let yangzhen = 0;
  const stamp = Date.now();
  const title = `职工疗休养（${stamp}）`;

  await step('顺义 schedules a recuperation batch from today and gives 杨镇 two places', async () => {
    await signInAs(page, 'worker', true);
    personId = (await me(page)).personId;
    await signInAs(page, 'yangzhen', false);
    yangzhen = (await me(page)).orgId;
    await signInAs(page, 'shunyi', false);
    const year = Number(chinaToday(0).slice(0, 4));
    const orgId = (await me(page)).orgId;
    const send = (url: string, body: unknown) =>
      page.evaluate(
        async ({ url, body }) => {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          if (!res.ok) throw new Error(`${url} → ${res.status} ${await res.text()}`);
          return (await res.json()) as { id: number };
        },
        { url, body },
      );
    const program = await send('/api/wellness/programs', {
      orgId,
      name: `顺义区职工疗休养（${stamp}）`,
      kind: 'recuperation',
      fromYear: year,
      toYear: year + 1,
      placesPerYear: 100,
      costFen: 260_000,
      unionShareFen: 200_000,
      enterpriseShareFen: 60_000,
      workerShareFen: 0,
    });
    const inst = await send('/api/wellness/institutions', {
      orgId,
      name: `顺义职工疗养院（${stamp}）`,
      kind: 'sanatorium',
      address: '河北省秦皇岛市北戴河区',
      capacity: 50,
    });
    batchId = (
      await send('/api/wellness/batches', {
        programId: program.id,
        institutionId: inst.id,
        title,
        startsOn: chinaToday(0),
        endsOn: chinaToday(4),
        closesOn: chinaToday(0),
        places: 10,
        meeting: '区总工会门前7:30集合',
        bring: '身份证、工会会员卡、常用药品',
      })
    ).id;
    await send(`/api/wellness/batches/${batchId}/allocations`, { orgId: yangzhen, quota: 2 });
    await page.goto(`${BASE_URL}/wellness/batches/${batchId}`);
    await page.getByTestId('wel-allocations').locator('tr', { hasText: '杨镇总工会' }).waitFor();
    await shot(page, 'wellness-01-batch');
  });

  await step('杨镇 nominates the worker on its quota', async () => {
    await signInAs(page, 'yangzhen', false);
    await page.evaluate(
      async ({ batchId, yangzhen, personId }) => {
        const res = await fetch(`/api/wellness/batches/${batchId}/nominations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ orgId: yangzhen, personId }),
        });
        if (!res.ok) throw new Error(`nominate → ${res.status} ${await res.text()}`);
      },
      { batchId, yangzhen, personId },
    );
    await page.goto(`${BASE_URL}/wellness/batches/${batchId}`);
    await page.getByTestId('wel-nominations').locator('tr', { hasText: '李明' }).waitFor();
    await shot(page, 'wellness-02-nominated');
  });

  await step(
    'the worker sees the batch, the place and what to bring on the phone, and signs in',
    async () => {
      await signInAs(page, 'worker', true, `/m/wellness`);
      const card = page.getByTestId(`my-wellness-${batchId}`);
      await card.getByText(title).waitFor();
      await card.getByText('顺义职工疗养院').waitFor();
      await page.getByTestId(`my-wellness-bring-${batchId}`).filter({ hasText: '身份证' }).waitFor();
      // the list closes today: until the worker is there, the place may still be given back
      await page.getByTestId(`my-wellness-decline-${batchId}`).waitFor();
      await shot(page, 'wellness-03-phone');
      await page.getByTestId(`my-wellness-checkin-${batchId}`).click();
      await card.getByText('已到场').waitFor();
      await page.getByTestId(`my-wellness-decline-${batchId}`).waitFor({ state: 'detached' });
    },
  );

  await step('顺义 settles the batch: the union’s share for the one who went is in the ledger', async () => {
    await signInAs(page, 'shunyi', false, `/wellness/batches/${batchId}`);
    await page.getByTestId('wel-attended').filter({ hasText: '1' }).waitFor();
    await page.getByTestId('wel-settle').click();
    await pressInDialog(page.getByRole('dialog').getByRole('button', { name: /确\s*定|OK/ }));
    await page.getByTestId('wel-status').filter({ hasText: '已结算' }).waitFor();
    await page.getByTestId('wel-subsidy').filter({ hasText: '¥2,000.00' }).waitFor();
    await shot(page, 'wellness-04-settled');
    const inLedger = await page.evaluate(async (title) => {
      const res = await fetch('/api/ledger?kind=entitlement&pageSize=50');
      const { items } = (await res.json()) as { items: { amountFen: number; programName: string }[] };
      return items.some((e) => e.amountFen === 200_000 && e.programName.includes('疗休养')) ? title : '';
    }, title);
    check(inLedger === title, 'the union’s share of ¥2,000.00 stands in the ledger');
  });
});
