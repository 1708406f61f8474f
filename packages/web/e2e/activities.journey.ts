/**
 * Activities journey (issue 26): 杨镇 organises an activity with one place; the worker signs up on the phone and
 * takes it, 王芳 goes on the waiting list; the worker cancels and 王芳 is promoted; 王芳 checks in with the code
 * shown at the door; the statistics count the person-time.
 */
import { BASE_URL, check, chinaToday, journey, PHONE_SCREEN, shot, signInAs } from './lib.ts';
import { createAtOwnUnion } from './programs-helpers.ts';

await journey('activities', { viewport: PHONE_SCREEN }, async (page, step) => {
  let id = 0;
  let code = '';
  const title = `职工趣味运动会（${Date.now()}）`;

  await step("the statistics open on the newest year with figures, not on this year's zeros", async () => {
    await signInAs(page, 'admin', false);
    const yearsNow = () =>
      page.evaluate(
        async () => (await (await fetch('/api/reports/years?area=activities')).json()).years as number[],
      );
    // asked before and after the page opens: a journey in the other lane may count a newer year meanwhile
    const before = await yearsNow();
    check(before.length > 0, `years with activity figures (${before.join(', ')})`);
    await page.goto(`${BASE_URL}/activity-stats`);
    const shown = page.getByTestId('stats-year').filter({ hasText: /\d{4}/ });
    await shown.waitFor();
    const year = Number(/\d{4}/.exec((await shown.textContent()) ?? '')?.[0]);
    const after = await yearsNow();
    check(
      year >= before[0] && after.includes(year),
      `the page opens on the newest year with figures (${year}; before ${before.join(', ')}; after ${after.join(', ')})`,
    );
    const total = page.getByTestId('act-stats').locator('tbody tr').last();
    // the year's figures, not the table still loading or redrawn for the year chosen: wait for a count in the row
    await page
      .waitForFunction(() => {
        const rows = document.querySelectorAll('[data-testid="act-stats"] tbody tr');
        return Number(rows[rows.length - 1]?.querySelectorAll('td')[1]?.textContent) > 0;
      })
      .catch(() => undefined);
    const cells = await total.locator('td').allTextContents();
    check(Number(cells[1]) > 0, `activities counted in ${year} (${cells.join(' | ')})`);
    // the figures say which days they count, as every statistics page does
    await page
      .getByTestId('stats-period-note')
      .filter({ hasText: `${year}-01-01` })
      .waitFor();
    await shot(page, 'activities-00-stats-newest-year');
  });

  await step('杨镇 organises an activity with one place and reads its door code', async () => {
    await signInAs(page, 'yangzhen', false);
    ({ id } = await createAtOwnUnion<{ id: number }>(page, '/api/activities', {
      title,
      kind: 'sports',
      description: '请穿运动鞋，自带水杯',
      place: '杨镇职工之家',
      places: 1,
      signupFrom: chinaToday(-1),
      signupUntil: chinaToday(1),
      sessions: [
        {
          startsAt: new Date().toISOString(),
          endsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
        },
      ],
    }));
    await page.goto(`${BASE_URL}/activities/${id}`);
    code = ((await page.locator('[data-testid^="act-code-"]').first().textContent()) ?? '').trim();
    check(/^\d{6}$/.test(code), `a six-digit door code (${code})`);
    await shot(page, 'activities-01-detail');
  });

  await step('the worker takes the place on the phone; 王芳 goes on the waiting list', async () => {
    await signInAs(page, 'worker', true, `/m/activities`);
    // the card alone tells what it is and until when one may sign up
    await page.getByTestId(`my-activity-about-${id}`).filter({ hasText: '请穿运动鞋，自带水杯' }).waitFor();
    await page
      .getByTestId(`my-activity-until-${id}`)
      .filter({ hasText: /^报名截止 \d{4}-\d{2}-\d{2}$/ })
      .waitFor();
    await page.getByTestId(`my-activity-sign-up-${id}`).click();
    await page.getByTestId(`my-activity-status-${id}`).filter({ hasText: '报名成功' }).waitFor();
    await signInAs(page, 'worker2', true, `/m/activities`);
    await page.getByTestId(`my-activity-sign-up-${id}`).click();
    await page.getByTestId(`my-activity-status-${id}`).filter({ hasText: '候补' }).waitFor();
    await shot(page, 'activities-02-waiting');
  });

  await step('the worker cancels and 王芳 is promoted', async () => {
    await signInAs(page, 'worker', true, `/m/activities`);
    await page.getByTestId(`my-activity-cancel-${id}`).click();
    await page.getByTestId(`my-activity-sign-up-${id}`).waitFor();
    await signInAs(page, 'worker2', true, `/m/activities`);
    await page.getByTestId(`my-activity-status-${id}`).filter({ hasText: '报名成功' }).waitFor();
  });

  await step('王芳 checks in with the door code', async () => {
    await page.getByTestId('my-activity-code').locator('input').fill(code);
    await page.getByTestId('my-activity-code').locator('input').press('Enter');
    await page.getByText('签到成功').waitFor();
    await shot(page, 'activities-03-checked-in');
  });

  await step('the statistics count the person-time', async () => {
    await signInAs(page, 'yangzhen', false);
    const today = chinaToday();
    await page.goto(`${BASE_URL}/activity-stats?from=${today}&to=${today}`);
    const row = page.getByTestId('act-stats').locator('tr', { hasText: '文体' });
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    check(Number(cells[3]) >= 1, `文体 person-times today (${cells[3]})`);
  });
});
