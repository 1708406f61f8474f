/**
 * Group insurance journey: 杨镇's clerk records a policy covering its members and brings it in step with the
 * register; the worker files a claim on the phone; 汇丰's clerk approves it at the grassroots step of the chain
 * (the claim climbs to 杨镇); 杨镇's clerk sends it to the insurer, records the payout and the payment; the worker sees it paid; the statistics count it. Then 北京邮政's seven recorded years read back as the
 * seed gives them (¥3,019,700, 13 claims paid).
 */
import { BASE_URL, check, chinaToday, DESK_SCREEN, journey, PHONE_SCREEN, shot, signIn } from './lib.ts';
import { createAtOwnUnion } from './programs-helpers.ts';

await journey('insurance', { viewport: { width: 1440, height: 900 } }, async (page, step) => {
  const year = new Date().getFullYear();
  const policyNo = `YZ-${Date.now()}`;
  let policyId = 0;
  const DESCRIPTION = `雪天送货途中滑倒，手腕扭伤（${policyNo}）`;

  await step('杨镇 records a policy for all its members and syncs it with the register', async () => {
    await signIn(page, '/login', 'yangzhen');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    const created = await createAtOwnUnion<{ id: number }>(page, '/api/insurance/policies', {
      insurer: '测试保险公司',
      policyNo,
      title: `${year}年度职工团体意外伤害医疗保险`,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      premiumFen: 3650,
      cover: '意外医疗1万元',
    });
    policyId = created.id;
    check(policyId > 0, 'the policy is recorded');
    await page.goto(`${BASE_URL}/insurance/${policyId}`);
    await page.getByTestId('ins-sync').click();
    await page.getByTestId('ins-due').filter({ hasText: '¥' }).waitFor();
    await shot(page, 'insurance-01-policy');
  });

  await step('the worker files a claim on the phone', async () => {
    await page.context().clearCookies();
    await page.setViewportSize({ width: 375, height: 812 });
    await signIn(page, '/m/login', 'worker');
    await page.waitForURL('**/m/me');
    await page.goto(`${BASE_URL}/m/insurance`);
    // before filing, the card says a claim needs documents, and which for each kind
    await page
      .getByTestId('my-claim-documents')
      .filter({ hasText: '理赔须提交材料' })
      .filter({ hasText: '意外医疗：身份证复印件、诊断证明、医疗费用发票、费用清单、事故经过说明' })
      .filter({ hasText: '意外身故：被保险人身份证明、死亡证明' })
      .waitFor();
    await page.getByTestId('my-claim-new').click();
    await page.getByTestId('ins-claim-kind').click();
    await page.getByTitle('意外医疗').click();
    const today = chinaToday();
    const date = page.getByTestId('ins-claim-date').locator('xpath=self::input | .//input').first();
    await date.click();
    await date.fill(today);
    await date.press('Enter');
    await page.getByTestId('ins-claim-place').fill('杨镇汇丰路口');
    await page.getByTestId('ins-claim-description').fill(DESCRIPTION);
    await page.getByText('诊断证明', { exact: true }).click();
    await page.getByTestId('my-claim-submit').click();
    await page.getByTestId('my-claim').filter({ hasText: DESCRIPTION }).filter({ hasText: '审核' }).waitFor();
    await shot(page, 'insurance-02-worker-claim');
  });

  let claimId = 0;
  await step('汇丰’s clerk approves it at the grassroots step; it climbs to 杨镇', async () => {
    await page.context().clearCookies();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, '/login', 'huifeng');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(`${BASE_URL}/insurance/claims`);
    const row = page.getByTestId('ins-claims-review').locator('tr', { hasText: DESCRIPTION }).first();
    await row.waitFor();
    const forward = row.locator('[data-testid^="ins-review-forward-"]');
    claimId = Number((await forward.getAttribute('data-testid'))?.split('-').pop());
    check(claimId > 0, 'the claim waits at 汇丰');
    await forward.click();
    await page.getByTestId('ins-review-ok').click();
    await page.getByTestId('ins-claims-review').getByText('没有待本工会审核的理赔申请').waitFor();
    await page.getByTestId('ins-claims-show').getByText('全部理赔').click();
    await page.getByTestId(`ins-claim-status-${claimId}`).filter({ hasText: '待杨镇' }).waitFor();
    await shot(page, 'insurance-03-grassroots-step');
  });

  await step(
    '杨镇 sends it to the insurer, records the payout among the claims awaiting the insurer, then the payment',
    async () => {
      await page.context().clearCookies();
      await signIn(page, '/login', 'yangzhen');
      await page.waitForURL((u) => !u.pathname.endsWith('/login'));
      const claim = await page.evaluate(async (id) => {
        const all: { items: { id: number; policyId: number }[] } = await (
          await fetch('/api/insurance/claims')
        ).json();
        return all.items.find((c) => c.id === id);
      }, claimId);
      check(claim, 'the claim reached 杨镇');
      await page.goto(`${BASE_URL}/insurance/${claim.policyId}`);
      await page.getByTestId(`ins-review-forward-${claim.id}`).click();
      await page.getByTestId('ins-review-ok').click();
      await page.getByTestId(`ins-claim-status-${claim.id}`).filter({ hasText: '已报送保险公司' }).waitFor();
      // where the desk's card 待登记保险公司结论 leads
      await page.goto(`${BASE_URL}/insurance/claims?show=decision`);
      await page.getByTestId(`ins-approve-${claim.id}`).click();
      await page.getByTestId('ins-payout').fill('1234.50');
      await page.getByTestId('ins-decide-ok').click();
      await page.getByTestId(`ins-approve-${claim.id}`).waitFor({ state: 'detached' });
      await page.goto(`${BASE_URL}/insurance/${claim.policyId}`);
      await page.getByTestId(`ins-pay-${claim.id}`).click();
      await page.getByTestId('ins-decide-ok').click();
      await page.getByTestId(`ins-claim-status-${claim.id}`).filter({ hasText: '已赔付' }).waitFor();
      await shot(page, 'insurance-04-paid');
    },
  );

  await step('the statistics count the claim paid this year', async () => {
    await page.goto(`${BASE_URL}/insurance-stats?fromYear=${year}&toYear=${year}`);
    const row = page
      .getByTestId('ins-stats')
      .locator('tr', { hasText: String(year) })
      .first();
    await row.filter({ hasText: '¥1,234.50' }).waitFor();
  });

  await step('北京邮政’s seven recorded years read back as the seed gives them', async () => {
    await page.context().clearCookies();
    await signIn(page, '/login', 'admin');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    const postId = await page.evaluate(async () => {
      const hits = await (await fetch(`/api/orgs/search?q=${encodeURIComponent('北京邮政工会')}`)).json();
      return hits.find((h: { name: string }) => h.name === '北京邮政工会')?.id as number;
    });
    await page.goto(`${BASE_URL}/insurance-stats?orgId=${postId}&fromYear=2014&toYear=2020`);
    const total = page.getByTestId('ins-stats').locator('tr', { hasText: '合计' });
    await total.filter({ hasText: '¥3,019,700.00' }).waitFor();
    check((await total.textContent())?.includes('13'), 'thirteen claims paid over the seven years');
    await shot(page, 'insurance-05-seven-years');
    // on a phone the table scrolls inside its card: the page does not scroll sideways (issue 42: it was 405 px)
    await page.setViewportSize(PHONE_SCREEN);
    const fits = () => document.documentElement.scrollWidth <= window.innerWidth;
    await page.waitForFunction(fits).catch(() => undefined);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    check(
      width <= PHONE_SCREEN.width,
      `the statistics are ${width} px wide on a ${PHONE_SCREEN.width} px phone`,
    );
    await page.setViewportSize(DESK_SCREEN);
    // a range of days: March 2016, its claim filed and still open on the last day, 8,000 covered then
    await page.goto(`${BASE_URL}/insurance-stats?orgId=${postId}&from=2016-03-01&to=2016-03-31`);
    await page.getByTestId('ins-stats-openClaims').filter({ hasText: '1' }).waitFor();
    await page.getByTestId('ins-stats-insuredOn').filter({ hasText: '8,000' }).waitFor();
  });

  await step(
    'a year kept as totals takes a claim filed for a member on its past day (issue 42)',
    async () => {
      const policy2016 = await page.evaluate(async () => {
        const hits = await (await fetch(`/api/orgs/search?q=${encodeURIComponent('北京邮政工会')}`)).json();
        const postId = hits.find((h: { name: string }) => h.name === '北京邮政工会')?.id as number;
        const list = await (await fetch(`/api/insurance/policies?orgId=${postId}&pageSize=100`)).json();
        return (list.items as { id: number; startsOn: string; recordedInsured: number | null }[]).find(
          (p) => p.startsOn.startsWith('2016') && p.recordedInsured !== null,
        )?.id;
      });
      check(policy2016, '北京邮政 kept 2016 as totals');
      await page.goto(`${BASE_URL}/insurance/${policy2016}`);
      await page.getByTestId('ins-file-for').click();
      await page.getByTestId('ins-claim-filed-on-open').click();
      await page.getByTestId('ins-claim-filed-on-field').waitFor();
      await shot(page, 'insurance-06-file-a-2016-claim');
    },
  );
});
