/**
 * Learning journey: the administrator adds a lesson to a course and licenses it to the national demonstration
 * site (with its certificate); the demo worker enrols on the phone, opens every lesson and completes the course;
 * the training record is on file and makes the worker eligible for a training subsidy (shown on the phone).
 */
import type { Browser, Page } from 'playwright-core';
import { runTag } from './data.ts';
import {
  BASE_URL,
  CONTEXT,
  check,
  DEMO_PASSWORD,
  journey,
  selectsClosed,
  shot,
  signIn,
  typeDate,
  untilStill,
} from './lib.ts';
import { callApi, DESKTOP, pick, signedIn, trainingSubsidy } from './programs-helpers.ts';

const PHONE_390 = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

const tag = runTag();
const COURSE = `包装机械安全操作（${tag}）`;
const SITE = '全国工会电子职工书屋';
const year = new Date().getFullYear();
// A tiny PDF standing in for the course handout.
const HANDOUT = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** A worker signed in on a 390×844 phone, in a context of their own. */
async function onPhone(browser: Browser, username: string): Promise<Page> {
  const ctx = await browser.newContext({ ...CONTEXT, ...PHONE_390 });
  const page = await ctx.newPage();
  page.setDefaultTimeout(30_000);
  await signIn(page, '/m/login', username, DEMO_PASSWORD);
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
  return page;
}

async function openLesson(page: Page, position: number) {
  const card = page.getByTestId(`lesson-${position}`);
  const popup = page.context().waitForEvent('page');
  await card.getByTestId('lesson-open').click();
  await (await popup).close();
  await card.getByTestId('lesson-done').waitFor();
}

await journey('learning', DESKTOP, async (admin, step) => {
  const browser = admin.context().browser();
  check(browser, 'a browser');
  let courseId = 0;
  let workerPerson = 0;

  await step('the administrator adds a course with a handout lesson', async () => {
    const signIn = await signedIn(browser, 'admin', 'staff');
    admin = signIn.page;
    const orgs = await callApi<{ id: number; name: string }[]>(admin, 'GET', '/api/orgs/roots');
    const federation = orgs.find((o) => o.name === '北京市总工会');
    check(federation, 'the federation is a root');
    courseId = (
      await callApi<{ id: number }>(admin, 'POST', '/api/learning/courses', {
        orgId: federation.id,
        title: COURSE,
        kind: 'safety',
        minutes: 90,
      })
    ).id;
    await admin.goto(`${BASE_URL}/learning?tab=courses`);
    await admin.getByText(COURSE).click();
    await admin.getByTestId('lesson-title').fill('第一课 设备安全讲义');
    await admin
      .locator('.ant-drawer input[type=file]')
      .setInputFiles({ name: '讲义.pdf', mimeType: 'application/pdf', buffer: HANDOUT });
    await admin.getByTestId('lesson-add').click();
    await admin.getByTestId('lesson-row').first().waitFor();
    await admin.getByTestId('lesson-title').fill('第二课 操作规程视频链接');
    await pick(admin, admin.getByTestId('lesson-kind'), '链接');
    await admin.getByTestId('lesson-url').fill('https://example.org/learning/packaging-safety');
    await admin.getByTestId('lesson-add').click();
    await admin.getByTestId('lesson-row').nth(1).waitFor();
    await shot(admin, 'learning-01-course-lessons');
    await admin.keyboard.press('Escape');
  });

  await step(`the course is licensed to ${SITE}, and its certificate prints`, async () => {
    await admin.getByTestId('learn-tab-sites').click();
    await admin.getByTestId(`site-license-${SITE}`).click();
    await admin.getByTestId('licence-number').fill(`XXSQ-${tag}`);
    await typeDate(admin.getByTestId('licence-starts'), `${year}-01-01`);
    await typeDate(admin.getByTestId('licence-ends'), `${year + 2}-12-31`);
    await admin.getByTestId('licence-courses').click();
    const courses = admin.locator('.ant-select-dropdown:visible:not([class*="-leave"])');
    await untilStill(courses);
    await courses.locator('.ant-select-item-option', { hasText: COURSE }).first().click();
    await admin.keyboard.press('Escape');
    await selectsClosed(admin);
    await admin.getByTestId('licence-save').click();
    await admin.getByTestId('licence-save').waitFor({ state: 'detached' });
    const link = admin.getByTestId(`certificate-XXSQ-${tag}`);
    await link.waitFor();
    await shot(admin, 'learning-02-sites-licences');
    const href = await link.getAttribute('href');
    const pdf = await admin.request.get(`${BASE_URL}${href}`);
    check(pdf.ok() && (await pdf.body()).subarray(0, 5).toString() === '%PDF-', 'the certificate is a PDF');
  });

  await step('the worker enrols on the phone and finishes every lesson', async () => {
    const page = await onPhone(browser, 'worker');
    await page.goto(`${BASE_URL}/m/learning`);
    const card = page.getByTestId(`catalogue-${courseId}`);
    await card.waitFor();
    await shot(page, 'learning-03-phone-catalogue');
    await card.getByTestId('enrol').click();
    await page.waitForURL(/\/m\/learning\/enrolments\/\d+$/);
    await openLesson(page, 1);
    await openLesson(page, 2);
    await page.getByTestId('course-completed').waitFor();
    await shot(page, 'learning-04-phone-completed');
    const me = await callApi<{
      hours: number;
      enrolments: { courseId: number; completedOn: string | null }[];
    }>(page, 'GET', '/api/me/learning');
    check(me.enrolments.find((e) => e.courseId === courseId)?.completedOn, 'the enrolment is completed');
    workerPerson = (await callApi<{ id: number }>(page, 'GET', '/api/me/profile')).id;

    await step('the training record is on file and qualifies for a training subsidy', async () => {
      const records = await callApi<{
        items: { course: string | null; result: string | null; feeFen: number | null }[];
      }>(admin, 'GET', `/api/records?personId=${workerPerson}&kind=training&pageSize=200`);
      // Records keep the course's name as typed, full-width brackets included.
      const record = records.items.find((r) => r.course === COURSE);
      check(record?.result === 'passed' && record.feeFen === 0, `a passed training record of ${COURSE}`);
      const roots = await callApi<{ id: number; name: string }[]>(
        admin,
        'GET',
        `/api/orgs/search?q=${encodeURIComponent('杨镇总工会')}`,
      );
      const yangzhen = roots.find((o) => o.name === '杨镇总工会');
      check(yangzhen, '杨镇总工会 is found');
      const program = await callApi<{ id: number }>(admin, 'POST', '/api/programs', {
        ownerOrgId: yangzhen.id,
        name: `线上课程结业培训补贴（${tag}）`,
        ...trainingSubsidy(),
        reviewChain: [4],
        rule: { op: 'has_record', kind: 'training', where: [{ field: 'course', cmp: 'eq', value: COURSE }] },
        amount: { kind: 'fixed', fen: 20000 },
      });
      await callApi(admin, 'POST', `/api/programs/${program.id}/publish`);
      await page.goto(`${BASE_URL}/m/programs`);
      const mine = page.getByTestId(`my-program-${program.id}`);
      await mine.waitFor();
      const eligibility = (await mine.getByTestId('eligibility-tag').textContent()) ?? '';
      check(
        eligibility.includes('符合条件') && !eligibility.includes('不符合'),
        `the worker qualifies (${eligibility})`,
      );
      await mine.scrollIntoViewIfNeeded();
      await shot(page, 'learning-05-phone-subsidy-eligible');
    });
  });

  await step('the worker asks a master online; the master answers on the phone', async () => {
    const page = await onPhone(browser, 'worker');
    await page.goto(`${BASE_URL}/m/learning`);
    await page.getByText('线下活动', { exact: true }).click();
    await page.getByText('劳模工匠面对面：包装设备维护').waitFor();
    await shot(page, 'learning-06-phone-activities');
    await page.goto(`${BASE_URL}/m/learning/masters`);
    await pick(page, page.getByTestId('ask-master'), '王芳');
    await page.getByTestId('ask-text').fill(`封箱机卡纸怎么处理？（${tag}）`);
    await page.getByTestId('ask-send').click();
    await page.getByText(`封箱机卡纸怎么处理？（${tag}）`).waitFor();
    const master = await onPhone(browser, 'worker2');
    await master.goto(`${BASE_URL}/m/learning/masters`);
    const request = master.getByTestId('request-card').filter({ hasText: tag });
    await request.getByTestId('answer-text').fill('先断电，再打开侧盖清理导纸轮。');
    await request.getByTestId('answer-send').click();
    await request.getByText('已答复').waitFor();
    await shot(master, 'learning-07-phone-master-answers');
  });

  await step('the statistics count the enrolment and the completion', async () => {
    await admin.goto(`${BASE_URL}/learning?tab=stats`);
    await admin.getByTestId('learn-stats-course').getByText(COURSE).waitFor();
    await shot(admin, 'learning-08-stats');
    await admin.getByTestId('learn-tab-resources').click();
    await admin.getByText('全国工会电子职工书屋精选电子书').waitFor();
    await shot(admin, 'learning-09-resources');
    await admin.getByTestId('learn-tab-activities').click();
    await admin.getByText('职工书屋读书分享会').waitFor();
    await shot(admin, 'learning-10-activities');
    const row = admin.locator('tr', { hasText: '职工书屋读书分享会' });
    check(
      (await row.getByRole('button').textContent()) === '登记出席',
      'the administrator records attendance',
    );
  });

  await step(
    'a reviewer sees who signed up, and is offered no 登记出席 the server would refuse',
    async () => {
      const { page } = await signedIn(browser, 'reviewer', 'staff');
      await page.goto(`${BASE_URL}/learning?tab=activities`);
      const row = page.locator('tr', { hasText: '劳模工匠面对面：包装设备维护' });
      await row.getByRole('button', { name: '报名名单' }).click();
      await page.locator('.ant-modal').getByText('劳模工匠面对面：包装设备维护').waitFor();
      const offered = await page.getByRole('button', { name: /登记/ }).count();
      const boxes = await page.locator('.ant-modal .ant-checkbox').count();
      check(offered === 0 && boxes === 0, `nothing to mark (${offered} buttons, ${boxes} boxes)`);
    },
  );
});
