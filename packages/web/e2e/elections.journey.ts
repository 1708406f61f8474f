/**
 * Founding and elections journey (issue 28): 杨镇 records the workers' application to found a union, its preparatory
 * group, the members' meeting and the first committee, and approves it — the union appears in the tree; then 杨镇 sees
 * 杨镇社区卫生服务中心工会's overdue election, records it, and the committee is replaced.
 */
import { BASE_URL, check, chinaToday, journey, shot, signIn } from './lib.ts';

const DESKTOP = { width: 1440, height: 900 };
const OVERDUE = '杨镇社区卫生服务中心工会';

await journey('elections', { viewport: DESKTOP }, async (page, step) => {
  const name = `北京杨镇测试物流有限公司工会（${Date.now() % 100_000}）`;
  const submitStep = async (fields: Record<string, string>) => {
    for (const [k, v] of Object.entries(fields)) await page.getByTestId(`el-step-${k}`).fill(v);
    await page.getByTestId('el-step-submit').click();
  };
  const status = (text: string) => page.getByTestId('el-founding-status').filter({ hasText: text }).waitFor();

  await step('杨镇 records the workers’ application to found a union', async () => {
    await signIn(page, '/login', 'yangzhen');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(`${BASE_URL}/foundings`);
    await page.getByTestId('el-new').click();
    await page.getByTestId('el-name').fill(name);
    await page.getByTestId('el-employer').fill('北京杨镇测试物流有限公司');
    await page.getByTestId('el-applicants').fill('高建平、罗春梅、邓志军');
    await page.getByTestId('el-apply-ok').click();
    await page.waitForURL(/\/foundings\/\d+$/);
    await status('已申请');
  });

  await step(
    'the preparatory group, the members’ meeting and the first committee, each on its day',
    async () => {
      await submitStep({ leader: '高建平', members: '罗春梅 邓志军' });
      await status('筹备中');
      await submitStep({ membersTotal: '46', membersPresent: '43' });
      await status('已召开会员大会');
      await submitStep({
        chair: '高建平',
        viceChairs: '罗春梅',
        members: '邓志军、唐丽',
        auditors: '唐丽',
        women: '罗春梅',
      });
      await status('已选举委员会');
      await page.getByTestId('el-founding-committee').filter({ hasText: '高建平' }).waitFor();
      await shot(page, 'elections-01-elected');
    },
  );

  await step('杨镇 approves it and the union appears in the tree', async () => {
    await page.getByTestId('el-step-submit').click();
    await status('已批准成立');
    const steps = await page.getByTestId('el-founding-steps').textContent();
    const today = chinaToday();
    check(steps?.includes(today), `each step carries its day (${steps})`);
    await page.getByTestId('el-founding-org').click();
    await page.waitForURL(/\/orgs\/\d+/);
    await page.getByText(name).first().waitFor();
    await shot(page, 'elections-02-in-tree');
  });

  await step(`杨镇 sees ${OVERDUE}'s election overdue and records it`, async () => {
    await page.goto(`${BASE_URL}/elections`);
    const row = page.getByTestId('el-terms').locator('tr', { hasText: OVERDUE });
    await row.getByText('逾期').waitFor();
    await shot(page, 'elections-03-overdue');
    await row.getByRole('button', { name: '记录换届选举' }).click();
    // a count typed that is no number says so under its field, once: not 请填写人数 beside it (a value is typed)
    const voters = page.getByTestId('el-election-voters');
    await voters.fill('-60');
    await page.getByTestId('el-election-ok').click();
    await page.getByTestId('el-election-voters-error').waitFor();
    const item = page.locator('.ant-form-item', { has: voters }).last();
    check(!(await item.getByText('请填写人数').isVisible()), 'the field says what is wrong, not 请填写人数');
    await voters.fill('60');
    await page.getByTestId('el-election-present').fill('56');
    await page.getByTestId('el-election-ballots').fill('56');
    const candidate = async (i: number, who: string, votes: string) => {
      const line = page.getByTestId(`el-candidate-${i}`);
      await line.getByTestId('el-candidate-name').fill(who);
      await line.getByTestId('el-candidate-votes').fill(votes);
    };
    await candidate(0, '孙立伟', '50');
    await candidate(1, '周玉兰', '47');
    await candidate(2, '李秀英', '44');
    await page.getByTestId('el-election-ok').click();
    await page.getByText('已记录选举，委员会已更新').waitFor();
    await row.waitFor({ state: 'detached' });
  });

  await step('the committee is replaced; the previous one is kept', async () => {
    await page.goto(`${BASE_URL}/elections?tab=elections`);
    const row = page.getByTestId('el-elections').locator('tr', { hasText: OVERDUE }).first();
    await row.getByRole('button', { name: '历届委员会' }).click();
    const history = page.getByTestId('el-history');
    await history
      .locator('.ant-card')
      .first()
      .filter({ hasText: '现任' })
      .filter({ hasText: '主席：孙立伟' })
      .waitFor();
    check((await history.locator('.ant-card').count()) === 2, 'the sitting and the previous committee');
    await shot(page, 'elections-04-replaced');
  });
});
