/**
 * Alliance and mentoring journey. 昌平's staff post a front-line problem, publish it, see the studios whose
 * achievements match, claim it as a joint team of two studios of different districts, record a milestone and
 * close it into an achievement. 杨镇's staff invite two apprentices for the master of 汇丰's studio; the two
 * workers accept on their phones; six sessions are logged and confirmed on the phones; the flag clears and the
 * mentoring subsidy is proposed for the master.
 */
import type { Page } from 'playwright-core';
import { BASE_URL, check, chinaToday, journey, refusesBadAmount, shot, typeDate, untilStill } from './lib.ts';
import { confirmPop, pick, signedIn, topShot } from './programs-helpers.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const year = new Date().getFullYear();
/** 昌平's own studio in the alliance leads the claim; the best-suited one (海淀's) is suggested first. */
const LEAD = '昌平区医院医疗设备创新工作室';
const SUGGESTED = '中关村科学城智能运维创新工作室';
const PARTNER = '首钢矿山设备创新工作室';
const MASTER_STUDIO = '汇丰包装工艺创新工作室';

/** The i-th session's day: a week apart going back from today, never before this year began. */
const sessionDay = (i: number) => {
  const d = chinaToday(-7 * i);
  return d < `${year}-01-01` ? `${year}-01-01` : d;
};

/** Waits until the toasts have gone, so that a screenshot shows the page. */
const quiet = (page: Page) =>
  page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);

const noSideways = async (page: Page) => {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  check(width <= PHONE.viewport.width, `the phone page fits the screen (${width}px wide)`);
};

await journey('alliance-mentoring', { viewport: { width: 1440, height: 900 } }, async (page, step) => {
  const browser = page.context().browser();
  check(browser, 'a browser');
  await step('an enterprise posts a problem on the public page, without signing in', async () => {
    await page.goto(`${BASE_URL}/problems/post`);
    await pick(page, page.getByTestId('public-union'), '昌平区总工会');
    const form = page.getByTestId('public-problem');
    await form.getByLabel('企业名称').fill('北京昌平某精密机械有限公司');
    await form.getByLabel('联系人').fill('周工');
    await form.getByLabel('联系电话').fill('13912345678');
    await form.getByLabel('难题名称').fill('精密零件热处理变形超差');
    await form.getByLabel('难题描述').fill('精密零件热处理后变形超差，需要改进热处理工装和工艺。');
    await shot(page, 'problem-public-form');
    await page.getByTestId('public-submit').click();
    await page.getByText('难题已提交').waitFor();
  });

  const { page: cp } = await signedIn(browser, 'changping', 'staff');
  const title = `机房配电设备故障预警难题${Date.now() % 100000}`;

  await step('昌平 posts a front-line problem and publishes it after the check', async () => {
    await cp.goto(`${new URL(cp.url()).origin}/innovation/problems`);
    await cp.getByText('精密零件热处理变形超差').waitFor();
    await cp.getByTestId('problem-post').click();
    await cp.getByTestId('problem-poster').fill('北京昌平某数据中心有限公司');
    await cp.getByTestId('problem-title').fill(title);
    await cp
      .getByTestId('problem-description')
      .fill('机房配电设备和不间断电源故障多为突发，希望研制设备故障智能诊断与提前预警装置，减少停电。');
    await cp.getByTestId('problem-industry').fill('软件和信息技术');
    await cp.getByTestId('problem-funding').fill('200000');
    await refusesBadAmount(cp, 'problem-funding', '20万', cp.getByTestId('problem-post-ok'));
    await cp.getByTestId('problem-funding').fill('200000');
    await cp.getByTestId('problem-post-ok').click();
    await cp.waitForURL('**/innovation/problems/*');
    await cp.getByTestId('problem-status').filter({ hasText: '待审核' }).waitFor();
    await cp.getByTestId('problem-publish').click();
    await confirmPop(cp);
    await cp.getByTestId('problem-status').filter({ hasText: '已发布' }).waitFor();
  });

  await step('the 5 best-suited studios are suggested with the words that matched', async () => {
    const matches = cp.getByTestId('problem-match');
    await matches.first().waitFor();
    const n = await matches.count();
    check(n >= 2 && n <= 5, `2 to 5 studios are suggested (${n})`);
    const text = (await cp.getByTestId('problem-matches').textContent()) ?? '';
    check(
      text.includes(SUGGESTED) && text.includes('故障'),
      `the suggestions name ${SUGGESTED} and the word 故障`,
    );
    await shot(cp, 'alliance-problem-matches');
  });

  await step('two studios of different districts claim it jointly, with a lead studio', async () => {
    await pick(cp, cp.getByTestId('claim-lead'), LEAD);
    // a multiple select stays open after a pick; the click waits for its opening to end, and is made again
    // until the partner shows in the field (one landing mid-animation chooses nothing)
    const partners = cp.getByTestId('claim-partners');
    await partners.click();
    const open = cp.locator('.ant-select-dropdown:visible');
    await untilStill(open);
    const chosen = partners.locator('.ant-select-selection-item', { hasText: PARTNER });
    for (let attempt = 1; (await chosen.count()) === 0; attempt++) {
      if (attempt > 3) throw new Error(`${PARTNER} could not be chosen as a partner`);
      await open.locator('.ant-select-item-option', { hasText: PARTNER }).first().click();
      await chosen.waitFor({ timeout: 3_000 }).catch(() => undefined);
    }
    await cp.keyboard.press('Escape');
    await cp.getByTestId('claim-submit').click();
    await cp.getByTestId('problem-status').filter({ hasText: '攻关中' }).waitFor();
    const team = await cp.getByTestId('problem-team-member').allTextContents();
    check(
      team.length === 2 && team.join().includes(PARTNER),
      `the team holds the two studios (${team.join(' | ')})`,
    );
  });

  await step('a milestone is recorded and the problem is closed into an achievement', async () => {
    await typeDate(cp.getByTestId('milestone-date'), sessionDay(0));
    await cp.getByTestId('milestone-title').fill('完成故障样本采集与模型训练');
    await cp.getByTestId('milestone-add').click();
    await cp.getByTestId('problem-milestone').first().waitFor();
    await cp.getByTestId('close-outcome').fill('建成配电设备故障智能诊断模型，试运行提前预警故障三次。');
    await cp.getByTestId('close-submit').click();
    await cp.getByTestId('problem-status').filter({ hasText: '已结题' }).waitFor();
    await cp.getByTestId('problem-achievement').waitFor();
    await quiet(cp);
    await shot(cp, 'alliance-problem-closed');
    await cp.goto(`${new URL(cp.url()).origin}/innovation/alliance`);
    await cp.getByText(PARTNER).first().waitFor();
    await shot(cp, 'alliance-studios');
  });

  const { page: yz } = await signedIn(browser, 'yangzhen', 'staff');
  await step('杨镇 invites two apprentices for the master of a city-level studio', async () => {
    await yz.goto(`${new URL(yz.url()).origin}/innovation/mentoring`);
    await yz.getByRole('link', { name: new RegExp(MASTER_STUDIO) }).click();
    await yz.waitForURL('**/innovation/mentoring/studios/*');
    for (const name of ['李明', '王芳']) {
      await yz.getByTestId('mentoring-invite').click();
      const select = yz.getByTestId('invite-person');
      await select.click();
      await yz.keyboard.type(name);
      await yz
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name })
        .first()
        .click();
      await yz.getByTestId('invite-ok').click();
      await yz
        .getByTestId('pair-status')
        .filter({ hasText: '待确认' })
        .nth(name === '李明' ? 0 : 1)
        .waitFor();
    }
    await yz.getByTestId('flag-few').waitFor();
    await shot(yz, 'mentoring-invited');
  });

  const phones = await Promise.all(['worker', 'worker2'].map((u) => signedIn(browser, u, 'worker')));
  const openMentoring = async (p: Page) => {
    await p.goto(`${new URL(p.url()).origin}/m/mentoring`);
    await p.locator('.wp-title').first().waitFor();
  };

  await step('the two apprentices accept on their phones', async () => {
    for (const [i, { page: phone }] of phones.entries()) {
      await openMentoring(phone);
      await phone.getByTestId('mentoring-accept').click();
      await phone.getByTestId('mentoring-pair').waitFor();
      await noSideways(phone);
      if (i === 0) {
        await quiet(phone);
        await topShot(phone, 'mentoring-phone-accepted');
      }
    }
    await yz.reload();
    await yz.getByTestId('pair-status').filter({ hasText: '已结对' }).nth(1).waitFor();
    check(
      (await yz.getByTestId('flag-few').count()) === 0,
      'with two apprentices the master is no longer flagged short',
    );
  });

  await step('six sessions are logged for both apprentices', async () => {
    for (let i = 1; i <= 6; i++) {
      await yz.getByTestId('mentoring-log').click();
      await typeDate(yz.getByTestId('session-date'), sessionDay(i));
      await yz
        .getByTestId('session-topic')
        .fill(i % 2 ? `包装工艺培训第${(i + 1) / 2}讲` : '码垛工装现场指导');
      await yz.getByTestId('session-ok').click();
      await yz.locator('.ant-modal:visible').waitFor({ state: 'hidden' });
    }
    await yz.getByText('0/2').first().waitFor();
  });

  await step('the apprentices confirm the six sessions on their phones; the flag clears', async () => {
    for (const [i, { page: phone }] of phones.entries()) {
      await openMentoring(phone);
      for (let n = 0; n < 6; n++) {
        await phone.getByTestId('mentoring-confirm').first().click();
        await phone
          .getByTestId('mentoring-confirm')
          .nth(5 - n)
          .waitFor({ state: 'detached' });
      }
      check((await phone.getByTestId('mentoring-confirm').count()) === 0, 'every session is confirmed');
      await noSideways(phone);
      if (i === 0) {
        await quiet(phone);
        await topShot(phone, 'mentoring-phone-confirmed');
      }
    }
    await yz.reload();
    await yz.getByTestId('flag-qualifies').waitFor();
    check((await yz.getByTestId('flag-behind').count()) === 0, 'no pair is behind schedule any more');
    const confirmed = await yz.getByTestId('pair-confirmed').allTextContents();
    check(confirmed.join() === '6,6', `each pair has 6 confirmed sessions (${confirmed.join()})`);
    await shot(yz, 'mentoring-studio');
  });

  await step('the mentoring subsidy is proposed for the master from these facts', async () => {
    await yz.goto(`${new URL(yz.url()).origin}/innovation/mentoring`);
    await yz.getByTestId('mentoring-propose').click();
    await confirmPop(yz);
    const done = yz.getByTestId('mentoring-proposed');
    await done.waitFor();
    const text = (await done.textContent()) ?? '';
    check(
      text.includes('名师带徒助推') && text.includes('新增推荐 1 人'),
      `the subsidy is proposed (${text})`,
    );
    await quiet(yz);
    await shot(yz, 'mentoring-proposed');
  });
});
