/**
 * Workers' requests journey: a worker files a request on a 390×844 phone; 汇丰's grassroots union misses the
 * deadline (the deadline sweep is run through the test-only route with a time past it); the request goes up to
 * 杨镇总工会, whose staff see who filed it and answer; the worker rates the answer on the phone; 顺义区总工会 reads
 * the statistics.
 */
import { runTag } from './data.ts';
import { BASE_URL, check, journey, shot, signIn } from './lib.ts';
import { callApi, pick, signedIn, topShot } from './programs-helpers.ts';

const tag = runTag();

await journey('cases', { viewport: { width: 1440, height: 900 } }, async (page, step) => {
  const browser = page.context().browser();
  check(browser, 'a browser');
  const worker = await signedIn(browser, 'worker', 'worker');
  const phone = worker.page;
  const text = `车间夜班没有热水，反映多次未解决（${tag}）`;
  let id = 0;
  let answerDue = '';

  await step('the worker files a request on the phone', async () => {
    await phone.goto(`${BASE_URL}/m/cases`);
    await phone.getByTestId('my-case-new').click();
    await phone.waitForURL('**/m/cases/new');
    await pick(phone, phone.getByTestId('my-case-category'), '劳动安全');
    await phone.getByTestId('my-case-description').fill(text);
    await topShot(phone, 'cases-01-phone-file');
    await phone.getByTestId('my-case-submit').click();
    await phone.waitForURL(/\/m\/cases\/\d+$/);
    id = Number(new URL(phone.url()).pathname.split('/').pop());
    await phone.getByTestId('event-filed').waitFor();
    check(
      (await phone.getByTestId('my-case-status').textContent()) === '待受理',
      'the request waits to be accepted',
    );
    await topShot(phone, 'cases-02-phone-filed');
    const mine = await callApi<{ case: { answerDue: string; orgName: string } }>(
      phone,
      'GET',
      `/api/me/cases/${id}`,
    );
    check(
      mine.case.orgName === '北京杨镇汇丰包装有限公司工会',
      `filed with the grassroots union (${mine.case.orgName})`,
    );
    answerDue = mine.case.answerDue;
  });

  await step('the grassroots union misses the deadline: the sweep moves it up to 杨镇总工会', async () => {
    await signIn(page, '/login', 'admin');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    const now = new Date(Date.parse(`${answerDue}T09:00:00+08:00`) + 2 * 86_400_000).toISOString();
    const run = await callApi<{ escalated: number[] }>(page, 'POST', '/api/test/cases/escalate', { now });
    check(run.escalated.includes(id), 'the request was escalated');
    const again = await callApi<{ escalated: number[] }>(page, 'POST', '/api/test/cases/escalate', { now });
    check(!again.escalated.includes(id), 'a deadline escalates once');
    await page.context().clearCookies();
  });

  await step('杨镇总工会 sees the worker and the timeline, and answers', async () => {
    await signIn(page, '/login', 'yangzhen');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(`${BASE_URL}/cases?status=submitted`);
    await page.getByTestId('case-table').getByText(text).waitFor();
    await shot(page, 'cases-03-staff-list');
    await page.goto(`${BASE_URL}/cases/${id}`);
    await page.getByTestId('case-union').filter({ hasText: '杨镇总工会' }).waitFor();
    await page.getByTestId('event-auto_escalated').waitFor();
    check(
      (await page.getByTestId('case-worker').textContent())?.includes('李明'),
      'the handling chain sees who filed it',
    );
    await page.getByTestId('case-accept').click();
    await page.getByTestId('case-status').filter({ hasText: '办理中' }).waitFor();
    await page.getByTestId('case-reply-text').fill('已协调企业为夜班车间安装电热水器，本周内完成。');
    await page.getByTestId('case-reply').click();
    await page.getByTestId('case-status').filter({ hasText: '已答复' }).waitFor();
    await shot(page, 'cases-04-staff-answered');
    await page.context().clearCookies();
  });

  await step('the grassroots union still lists it but no longer sees who filed it', async () => {
    await signIn(page, '/login', 'huifeng');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(`${BASE_URL}/cases/${id}`);
    await page.getByTestId('case-worker').filter({ hasText: '不显示职工身份' }).waitFor();
    await page.context().clearCookies();
  });

  await step('the worker reads the answer and rates it on the phone', async () => {
    await phone.goto(`${BASE_URL}/m/cases/${id}`);
    await phone.getByTestId('event-replied').waitFor();
    await phone.getByTestId('my-case-stars').locator('.ant-rate-star').nth(4).click();
    await topShot(phone, 'cases-05-phone-rate');
    await phone.getByTestId('my-case-rate-submit').click();
    await phone.getByTestId('my-case-status').filter({ hasText: '已办结' }).waitFor();
    await topShot(phone, 'cases-06-phone-rated');
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 390, `the phone page fits the screen (${width}px wide)`);
  });

  await step('顺义区总工会 reads the statistics', async () => {
    await signIn(page, '/login', 'shunyi');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(`${BASE_URL}/case-stats`);
    await page.getByTestId('case-stats').waitFor();
    const filed = Number(
      (await page.getByTestId('stat-filed').locator('.ant-statistic-content-value').textContent())?.replace(
        /,/g,
        '',
      ),
    );
    check(filed >= 37, `the demo's requests and this one are counted (${filed})`);
    await shot(page, 'cases-07-stats');
    await page.goto(`${BASE_URL}/case-calendar`);
    await page
      .getByText('国庆节')
      .first()
      .waitFor()
      .catch(() => undefined);
    await shot(page, 'cases-08-calendar');
  });
  await worker.ctx.close();
});
