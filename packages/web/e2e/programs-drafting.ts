/**
 * The programs journey's drafting steps: a district clerk (shunyi) builds a certificate subsidy in the rule builder
 * (a patent's type offers equality only), simulates it (the simulation states the evidence window: this year's
 * records), sees the result marked stale after an edit, simulates a multi-year union program in a chosen year, and
 * is warned of a rule naming a course no record has, with the closest course.
 */

import type { Page, Response } from 'playwright-core';
import { BASE_URL, check, chooseFromDropdown, type Step, signIn } from './lib.ts';
import { callApi, pick, signedIn, topShot, trainingSubsidy } from './programs-helpers.ts';

/** The drafting steps, on the staff page; the drafts are named after the run's `tag`, `year` the journey's. */
export async function draftingSteps(staff: Page, step: Step, tag: string, year: number) {
  const draftName = `职业资格证书补贴草稿（${tag}）`;

  await step('shunyi drafts a certificate subsidy in the rule builder', async () => {
    await signIn(staff, '/login', 'shunyi');
    await staff.waitForURL('**/todo');
    await staff.goto(`${BASE_URL}/programs`);
    await staff.getByTestId('program-new').click();
    await staff.waitForURL('**/programs/new');
    await staff.getByTestId('program-name').fill(draftName);
    // Once per certificate.
    await pick(staff, staff.getByTestId('limit-mode'), '每项记录一次');
    // Eligibility: in the owner's subtree (default) and holds a certificate of grade 三级 or above.
    await chooseFromDropdown(staff, staff.getByTestId('rule-add-root'), '持有记录（证书、获奖、培训、专利）');
    await staff.getByTestId('rule-record-addcond-root-1').click();
    const cond = staff.getByTestId('rule-cond-root-1-0');
    await pick(staff, cond.locator('.ant-select').nth(1), '不低于');
    await pick(staff, cond.locator('.ant-select').nth(2), '三级');
    // The builder offers only the comparisons the server accepts: a patent's type is equal or not, never ≥.
    await chooseFromDropdown(staff, staff.getByTestId('rule-add-root'), '持有记录（证书、获奖、培训、专利）');
    await pick(staff, staff.getByTestId('rule-record-kind-root-2'), '专利');
    await staff.getByTestId('rule-record-addcond-root-2').click();
    const options = staff.locator('.ant-select-dropdown:visible .ant-select-item-option');
    // The new row may re-render under a busy machine and close the list just opened: open it until read.
    let cmps: string[] = [];
    for (let tries = 0; tries < 3 && cmps.length === 0; tries++) {
      if ((await options.count()) === 0) await staff.getByTestId('rule-cond-root-2-0-cmp').click();
      await options.first().waitFor();
      cmps = await options.allTextContents();
    }
    check(
      cmps.join('|') === '为|不为|为其中之一',
      `the patent type offers equality only (${cmps.join('|')})`,
    );
    await staff.keyboard.press('Escape');
    await topShot(staff, 'programs-01a-patent-type');
    await staff.getByTestId('rule-remove-root-2').click();
    // Amount and evidence.
    await staff.getByTestId('amount-fixed').fill('800');
    await staff.getByTestId('evidence-add').click();
    await staff.getByTestId('evidence-zh-0').fill('证书照片');
    await staff.getByTestId('evidence-en-0').fill('Photo of the certificate');
    const description = (await staff.getByTestId('rule-description').textContent()) ?? '';
    check(
      description.includes('证书等级 不低于 三级'),
      `the live description reads the rule (${description})`,
    );
    await topShot(staff, 'programs-01-builder');
    await staff.getByTestId('program-save').click();
    await staff.waitForURL(/\/programs\/\d+$/);
  });

  await step('simulate shows who would qualify, per union', async () => {
    await staff.getByTestId('simulate').click();
    await staff.getByTestId('sim-qualifying').waitFor();
    // No year condition was written: the default evidence window counts this year's records only.
    const window = (await staff.getByTestId('sim-window').textContent()) ?? '';
    check(
      window.includes(`只计${year}年度内的记录`),
      `the simulation states the evidence window (${window})`,
    );
    await topShot(staff, 'programs-02-simulated');
  });

  await step(
    'editing the draft after a simulation marks the result stale until simulated again',
    async () => {
      await staff.getByTestId('amount-fixed').fill('900');
      await staff.getByTestId('sim-stale').waitFor();
      await topShot(staff, 'programs-02a-simulation-stale', staff.getByTestId('simulate-panel'));
      await staff.getByTestId('simulate').click();
      await staff.getByTestId('sim-stale').waitFor({ state: 'detached' });
    },
  );

  await step('a multi-year union program simulates the year chosen, in the words of unions', async () => {
    const back = staff.url();
    const list = await callApi<{ items: { id: number; presetKey: string | null }[] }>(
      staff,
      'GET',
      `/api/programs?q=${encodeURIComponent('二级工会举办技能竞赛助推')}&pageSize=50`,
    );
    const contest = list.items.find((p) => p.presetKey === 'shunyi-2020-union-competition');
    check(contest, 'the demo data holds the secondary-union contest subsidy');
    await staff.goto(`${BASE_URL}/programs/${contest.id}`);
    const described = staff.getByTestId('rule-description');
    await described.getByText('申请工会属于主办工会辖区').waitFor();
    check(
      ((await described.textContent()) ?? '').includes('每个工会'),
      'the amount is per union, not per person',
    );
    await pick(staff, staff.getByTestId('sim-year'), '2021年度');
    await staff.getByTestId('simulate').click();
    const counted = (await staff.getByTestId('sim-year-counted').textContent()) ?? '';
    check(counted.includes('2021'), `the simulation says which year it counts (${counted})`);
    await topShot(staff, 'programs-02c-union-year', staff.getByTestId('simulate-panel'));
    await staff.goto(back);
  });

  await step(
    'a program owned by the city is seen, not edited, and its page asks nothing answered 404',
    async () => {
      const back = staff.url();
      const list = await callApi<{ items: { id: number; ownerOrgName: string }[] }>(
        staff,
        'GET',
        `/api/programs?q=${encodeURIComponent('走访慰问一次性慰问金')}&pageSize=50`,
      );
      const city = list.items.find((p) => p.ownerOrgName === '北京市总工会');
      check(city, 'the demo data holds a program owned by the city');
      const missing: string[] = [];
      const onResponse = (r: Response) => {
        if (r.status() === 404 && r.url().includes('/api/')) missing.push(new URL(r.url()).pathname);
      };
      staff.on('response', onResponse);
      await staff.goto(`${BASE_URL}/programs/${city.id}`);
      await staff.getByTestId('rule-description').waitFor();
      await staff.waitForLoadState('networkidle');
      staff.off('response', onResponse);
      check(missing.length === 0, `no answer of the page is 404 (${missing.join(', ')})`);
      check((await staff.getByTestId('program-save').count()) === 0, 'shunyi is not offered to edit it');
      const owner = await staff
        .locator('.ant-select', { has: staff.locator('#program-owner') })
        .textContent();
      check(owner?.includes('北京市总工会'), `the owner is named (${owner})`);
      const browser = staff.context().browser();
      check(browser, 'a browser');
      const admin = await signedIn(browser, 'admin', 'staff');
      await admin.page.goto(`${BASE_URL}/programs/${city.id}`);
      await admin.page.getByTestId('program-save').waitFor();
      await admin.ctx.close();
      await staff.goto(back);
    },
  );

  await step('a rule naming a course no record has is warned about, with the closest course', async () => {
    const draftId = Number(new URL(staff.url()).pathname.split('/').pop());
    const draft = await callApi<{ ownerOrgId: number }>(staff, 'GET', `/api/programs/${draftId}`);
    const misspelt = await callApi<{ id: number }>(staff, 'POST', '/api/programs', {
      ownerOrgId: draft.ownerOrgId,
      name: `技能培训费助推草稿（${tag}）`,
      ...trainingSubsidy(),
      reviewChain: [2],
      rule: {
        op: 'has_record',
        kind: 'training',
        where: [{ field: 'course', cmp: 'eq', value: '计算机辅助设计（CAM）' }],
      },
      amount: { kind: 'fee_share', percent: 100 },
    });
    await staff.goto(`${BASE_URL}/programs/${misspelt.id}`);
    await staff.getByTestId('simulate').click();
    const warnings = staff.getByTestId('sim-warnings');
    await warnings.waitFor();
    const text = (await warnings.textContent()) ?? '';
    check(
      text.includes('没有任何培训记录的培训课程是「计算机辅助设计（CAM）」') &&
        text.includes('「计算机辅助设计（CAD）」'),
      `the warning names the course and the closest one on record (${text})`,
    );
    await topShot(staff, 'programs-02b-simulation-warning');
  });
}
