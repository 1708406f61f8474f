/**
 * Member requests journey (issue 24): the demo worker asks on the phone to move to 昌平区卫健委工会 in another
 * district; 汇丰 (the union left) releases, 昌平 (the union joined) admits; the worker's profile shows the new union.
 * The worker is moved back through the API at the end, so the journeys after this one find the demo as it was.
 */
import type { Page } from 'playwright-core';
import { BASE_URL, check, journey, PHONE_SCREEN, shot, signInAs } from './lib.ts';

const TARGET = '昌平区卫健委工会';

/** Agrees, as the staff signed in, to the pending request of 李明 on the staff page. */
const agree = async (page: Page, label: string) => {
  await page.goto(`${BASE_URL}/member-requests`);
  const row = page.locator('tr', { hasText: '李明' }).filter({ hasText: TARGET }).first();
  await row.getByTestId('mr-accept').filter({ hasText: label }).click();
  await page.getByTestId('mr-decide-ok').click();
  await row.getByTestId('mr-accept').waitFor({ state: 'detached' });
};

await journey('memberrequests', { viewport: PHONE_SCREEN }, async (page, step) => {
  let home = '';

  await step('the worker asks on the phone to move to a union in another district', async () => {
    await signInAs(page, 'worker', true, `/m/requests`);
    home = ((await page.getByTestId('my-requests-union').textContent()) ?? '').split('：')[1] ?? '';
    check(home.includes('汇丰'), `the worker starts at 汇丰 (${home})`);
    await page.getByTestId('mr-kind').getByText('转会').click();
    await page.getByTestId('mr-search').locator('input').fill('卫健委');
    await page.getByTestId('mr-search').locator('input').press('Enter');
    await page.getByTestId('mr-hit').filter({ hasText: TARGET }).click();
    await page.getByTestId('mr-employer').fill('北京市昌平区卫生健康委员会');
    await page.getByTestId('mr-submit').click();
    await page.getByTestId('my-request-status').filter({ hasText: '办理中' }).first().waitFor();
    await shot(page, 'memberrequests-01-filed');
  });

  await step('汇丰 releases the worker on its desktop page', async () => {
    await signInAs(page, 'huifeng', false);
    await agree(page, '同意转出');
    await shot(page, 'memberrequests-02-released');
  });

  await step('昌平 admits the worker, and the membership moves', async () => {
    await signInAs(page, 'changping', false);
    await agree(page, '同意转入');
  });

  await step("the worker's profile shows the new union", async () => {
    await signInAs(page, 'worker', true, `/m/me`);
    await page.getByTestId('my-profile').filter({ hasText: TARGET }).waitFor();
    await page.goto(`${BASE_URL}/m/requests`);
    await page.getByTestId('my-request-status').filter({ hasText: '已同意' }).first().waitFor();
    await shot(page, 'memberrequests-03-moved');
  });

  await step('the worker is moved back (through the API), for the journeys that follow', async () => {
    const id = await page.evaluate(async () => {
      const hits = await (await fetch(`/api/join/unions?q=${encodeURIComponent('汇丰')}`)).json();
      const res = await fetch('/api/me/member-requests', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'transfer', toOrgId: hits.items[0].id }),
      });
      return (await res.json()).id as number;
    });
    for (const user of ['changping', 'huifeng']) {
      await signInAs(page, user, false);
      const status = await page.evaluate(
        async (id) =>
          (
            await fetch(`/api/member-requests/${id}/accept`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: '{}',
            })
          ).status,
        id,
      );
      check(status === 200, `${user} agrees to the move back (${status})`);
    }
  });
});
