/**
 * Innovation studios journey: 昌平's clerk registers a studio with its leader and proposes it for city level;
 * the federation recognises it; the recognition has opened the ¥30,000 city-level subsidy for the studio's
 * union, which 昌平 approves, the federation approves (waiving the notice, which the recognition stands for),
 * and 昌平 pays in a batch; the studio page shows 市级 and ¥30,000.00 paid. The statistics page of 昌平 shows
 * the seed figures; the clerk records the studio's 2019 project paid outside the platform and 2019's statistics count
 * it; a re-evaluation lists the studios with their reports (screenshots of each page).
 */

import { runTag } from './data.ts';
import { BASE_URL, check, journey, pressInDialog, untilStill } from './lib.ts';
import { callApi, DESKTOP, pick, signedIn, topShot } from './programs-helpers.ts';

const SUBSIDY = '¥30,000.00';

await journey('innovation-studios', DESKTOP, async (page, step) => {
  page.setDefaultTimeout(30_000);
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const name = `智能运维创新工作室（${runTag()}）`;
  let studioId = 0;
  let applicationId = 0;
  const cp = await signedIn(browser, 'changping', 'staff');
  const admin = await signedIn(browser, 'admin', 'staff');
  const staff = cp.page;

  await step('昌平 registers a studio with its leader', async () => {
    const members = await callApi<{ items: { id: number; name: string; orgName: string }[] }>(
      staff,
      'GET',
      '/api/members?pageSize=50',
    );
    const leader = members.items.find((m) => m.orgName === '昌平区卫健委工会') ?? members.items[0];
    await staff.goto(`${BASE_URL}/innovation/studios`);
    await staff.locator('.ant-table-row').first().waitFor();
    await topShot(staff, 'innovation-studios-01-list');
    await staff.getByTestId('studio-create').click();
    await pick(staff, staff.getByTestId('studio-org'), leader.orgName);
    await staff.getByTestId('studio-name').fill(name);
    await staff.getByTestId('studio-leader').click();
    await staff.keyboard.type(leader.name);
    await staff
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: leader.name })
      .first()
      .click();
    await topShot(staff, 'innovation-studios-02-create');
    await staff.getByTestId('studio-save').click();
    await staff.waitForURL(/\/innovation\/studios\/\d+$/);
    studioId = Number(new URL(staff.url()).pathname.split('/').pop());
    await staff.getByTestId('studio-level').filter({ hasText: '基层' }).waitFor();
    check(
      (await staff.getByTestId('studio-detail').textContent())?.includes(leader.name),
      'the page names the leader',
    );
  });

  await step('昌平 proposes it for city level; the proposal waits for the federation', async () => {
    await staff.getByTestId('studio-propose').click();
    await pick(staff, staff.getByTestId('propose-level'), '市级');
    await staff.getByTestId('propose-submit').click();
    await staff.getByTestId('recognition-status').filter({ hasText: '北京市总工会' }).waitFor();
    await topShot(staff, 'innovation-studios-03-proposed');
  });

  await step('the federation recognises it at city level', async () => {
    const a = admin.page;
    await a.goto(`${BASE_URL}/innovation/recognitions`);
    const row = a.locator('.ant-table-row', { hasText: name });
    await row.waitFor();
    await topShot(a, 'innovation-studios-04-review-queue');
    await row.getByTestId('recognition-approve').click();
    await untilStill(a.locator('.ant-modal:visible'));
    await a.getByTestId('recognition-confirm').click();
    await row.waitFor({ state: 'detached' });
    const studio = await callApi<{ level: string; subsidies: { applicationId: number; status: string }[] }>(
      a,
      'GET',
      `/api/innovation/studios/${studioId}`,
    );
    check(studio.level === 'city', `recognised at city level (${studio.level})`);
    check(studio.subsidies.length === 1, `one subsidy application was opened (${studio.subsidies.length})`);
    applicationId = studio.subsidies[0].applicationId;
  });

  await step('the subsidy is approved by 昌平, then by the federation waiving the notice', async () => {
    await staff.goto(`${BASE_URL}/applications/${applicationId}`);
    await staff.getByTestId('approve').click();
    await pressInDialog(staff.getByTestId('reason-ok'));
    await staff.waitForURL((u) => !u.pathname.endsWith(`/applications/${applicationId}`));
    const a = admin.page;
    await a.goto(`${BASE_URL}/applications/${applicationId}`);
    await a.getByTestId('approve').click();
    await a.getByTestId('waive-recognition_notice').check();
    await a.getByTestId('waive-reason-recognition_notice').fill('认定文件已在工作室认定流程中审核');
    await topShot(a, 'innovation-studios-05-subsidy-approval');
    await pressInDialog(a.getByTestId('reason-ok'));
    await a.waitForURL((u) => !u.pathname.endsWith(`/applications/${applicationId}`));
    const done = await callApi<{ status: string; amountFen: number; programId: number }>(
      a,
      'GET',
      `/api/applications/${applicationId}`,
    );
    check(done.status === 'approved' && done.amountFen === 3_000_000, `approved ¥30,000 (${done.status})`);
  });

  await step('昌平 pays it in a batch; the studio page shows 市级 and the subsidy paid', async () => {
    const app = await callApi<{ programId: number }>(staff, 'GET', `/api/applications/${applicationId}`);
    await staff.goto(`${BASE_URL}/ledger?programId=${app.programId}&tab=batches`);
    await staff.getByTestId('batch-create').click();
    await staff
      .getByTestId('batch-preview')
      .getByTestId('preview-items')
      .locator('.ant-table-row')
      .first()
      .waitFor();
    await staff.getByTestId('batch-confirm').click();
    await staff.waitForURL(/\/ledger\/batches\/\d+$/);
    await staff.getByTestId('batch-mark-paid').click();
    await staff.getByTestId('batch-mark-paid-ok').click();
    await staff.getByTestId('batch-mark-paid').waitFor({ state: 'detached' });
    await staff.goto(`${BASE_URL}/innovation/studios/${studioId}`);
    await staff.getByTestId('studio-level').filter({ hasText: '市级' }).waitFor();
    const paid = staff.getByTestId('studio-subsidy-paid');
    await paid.filter({ hasText: SUBSIDY }).waitFor();
    await topShot(staff, 'innovation-studios-06-studio-paid');
  });

  await step('the statistics of 昌平 read the seed figures, and export to Excel', async () => {
    await staff.goto(`${BASE_URL}/innovation/studio-stats?fromYear=2016&toYear=2020`);
    await staff.getByTestId('stat-promoted-city').filter({ hasText: /^9$/ }).waitFor();
    await staff.getByTestId('stat-district').filter({ hasText: /^32$/ }).waitFor();
    await staff.getByTestId('stat-paid').filter({ hasText: '1,567,000' }).waitFor();
    await topShot(staff, 'innovation-studios-07-stats');
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByTestId('studio-stats-export').click(),
    ]);
    check(download.suggestedFilename().endsWith('.xlsx'), 'the export is an .xlsx file');
  });

  await step(
    "昌平 records the studio's 2019 project, paid outside the platform; 2019's statistics count it",
    async () => {
      type Stats = { projects: number; subsidiesPaidOutsideFen: number };
      const url = '/api/innovation/studios/stats?fromYear=2019&toYear=2019';
      const before = await callApi<Stats>(staff, 'GET', url);
      await staff.goto(`${BASE_URL}/innovation/studios/${studioId}`);
      await staff.getByTestId('grant-record').click();
      await untilStill(staff.locator('.ant-modal:visible'));
      await pick(staff, staff.getByTestId('grant-kind'), '创新项目');
      await staff.getByTestId('grant-amount').fill('50000');
      for (const [id, day] of [
        ['grant-approved-day', '2019-06-10'],
        ['grant-paid-day', '2019-09-01'],
      ]) {
        await staff.getByTestId(`${id}-open`).click();
        await staff.getByTestId(id).fill(day);
        await staff.getByTestId(id).press('Enter');
      }
      await topShot(staff, 'innovation-studios-09-record-grant');
      await staff.getByTestId('grant-submit').click();
      await staff.getByTestId('studio-grants').getByTestId('grant-outside').waitFor();
      await staff.getByTestId('studio-grants').locator('.ant-table-row', { hasText: '¥50,000.00' }).waitFor();
      await topShot(staff, 'innovation-studios-10-grants');
      const after = await callApi<Stats>(staff, 'GET', url);
      check(after.projects === before.projects + 1, `2019 counts one more project (${after.projects})`);
      check(
        after.subsidiesPaidOutsideFen === before.subsidiesPaidOutsideFen + 5_000_000,
        `2019 counts ¥50,000 more paid outside the platform (${after.subsidiesPaidOutsideFen})`,
      );
    },
  );

  await step(
    "the last finished year's re-evaluation lists the reports and decisions; studios without a report are overdue",
    async () => {
      const { items } = await callApi<{ items: { id: number; orgName: string }[] }>(
        staff,
        'GET',
        '/api/innovation/reevaluations',
      );
      const campaign = items.find((e) => e.orgName === '昌平区总工会');
      check(campaign, 'the demo holds a re-evaluation of 昌平');
      await staff.goto(`${BASE_URL}/innovation/reevaluations/${campaign.id}`);
      await staff.getByTestId('reev-report-state').filter({ hasText: '逾期' }).first().waitFor();
      await staff.locator('.ant-table-row', { hasText: '合格' }).first().waitFor();
      await topShot(staff, 'innovation-studios-08-reevaluation');
    },
  );

  await cp.ctx.close();
  await admin.ctx.close();
});
