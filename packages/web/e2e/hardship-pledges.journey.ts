/**
 * Hardship files and 办实事 journey. 杨镇总工会 opens a hardship file for a member whose hardship level was typed
 * by hand, lists the household, verifies the file, and the member's page then says the level comes from the file;
 * 杨镇 promises a 办实事 project, reaches its milestone, completes it and files a photo as evidence. The
 * administrator reads seed 001's Beijing Post figures out of the multi-year view (39 projects over 2018–2020 all
 * completed within their year, 165 投递员之家; the accident insurance since 2014, ¥3,019,700 over seven years).
 * A worker under 杨镇 reads the projects of their unions on the phone.
 */
import { idNumber, runTag } from './data.ts';
import { BASE_URL, check, journey, refusesBadAmount, shot, signIn } from './lib.ts';
import { callApi, PHOTO_PNG, pick } from './programs-helpers.ts';

const tag = runTag();

await journey('hardship-pledges', { viewport: { width: 1440, height: 900 } }, async (page, step) => {
  const name = `困难${tag}`;
  let personId = 0;

  await step('杨镇 sees its hardship files, an expired one flagged for review', async () => {
    await signIn(page, '/login', 'yangzhen');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    const me = await callApi<{ orgId: number }>(page, 'GET', '/api/auth/me');
    const person = await callApi<{ id: number }>(page, 'POST', '/api/members', {
      name,
      idNumber: idNumber(1982, 300 + tag.charCodeAt(0)),
      orgId: me.orgId,
      hardshipLevel: 'relative',
      hardshipFrom: '2024-01-01',
    });
    personId = person.id;
    await page.goto(`${BASE_URL}/hardship`);
    await page.getByTestId('hardship-table').locator('.ant-table-row').first().waitFor();
    await page.getByTestId('hardship-status').filter({ hasText: '已过期' }).first().waitFor();
    await shot(page, 'hardship-01-list');
  });

  await step('a file for the member and their household, awaiting verification', async () => {
    await page.getByTestId('hardship-new').click();
    await page.waitForURL('**/hardship/new');
    const person = page.getByTestId('hardship-person');
    await person.click();
    await page.keyboard.type(name);
    await pick(page, person, name);
    await pick(page, page.getByTestId('hardship-level'), '深度困难');
    // A multiple select stays open after a choice: pick, then close it.
    await page.getByTestId('hardship-causes').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '大病' })
      .first()
      .click();
    await page.keyboard.press('Escape');
    const rows = page.getByTestId('hardship-member-row');
    // 本人 starts as the chosen member.
    await page.waitForFunction(
      (n) =>
        (
          document.querySelector(
            '[data-testid="hardship-member-row"] input[placeholder="姓名"]',
          ) as HTMLInputElement | null
        )?.value === n,
      name,
    );
    await page.getByTestId('hardship-add-member').click();
    await rows.nth(1).getByPlaceholder('姓名').fill('王秀英');
    await rows
      .nth(1)
      .getByPlaceholder('身份证号')
      .fill(idNumber(1984, 500 + tag.charCodeAt(1)));
    await rows.nth(1).getByPlaceholder('健康状况').fill('尿毒症，每周透析');
    await shot(page, 'hardship-02-create');
    await page.getByTestId('hardship-submit').click();
    await page.waitForURL(/\/hardship\/\d+$/);
    await page.getByTestId('hardship-status').filter({ hasText: '待认定' }).waitFor();
    const masked = (await page.getByTestId('hardship-member-id').first().textContent()) ?? '';
    check(masked.includes('*'), `the spouse's ID number is masked: ${masked}`);
  });

  await step('the union verifies it: on file for a year', async () => {
    await page.getByTestId('hardship-verify').click();
    await page.getByTestId('hardship-action-ok').click();
    await page.getByTestId('hardship-status').filter({ hasText: '在档' }).waitFor();
    const expires = (await page.getByTestId('hardship-expires').textContent()) ?? '';
    check(/\d{4}-\d{2}-\d{2}/.test(expires), `an expiry a year on: ${expires}`);
    await shot(page, 'hardship-03-file');
  });

  await step("the member's page says the level comes from the file", async () => {
    await page.goto(`${BASE_URL}/members/${personId}`);
    await page.getByTestId('hardship-source').filter({ hasText: '来自困难职工档案' }).waitFor();
    const level = (await page.getByTestId('attributes-form').textContent()) ?? '';
    check(level.includes('深度困难'), `the file's level replaced the hand-typed one: ${level}`);
    await shot(page, 'hardship-04-member');
  });

  await step('杨镇 promises a project, reaches its milestone and completes it', async () => {
    await page.goto(`${BASE_URL}/pledges`);
    await page.getByTestId('pledge-new').click();
    await page.getByTestId('pledge-title').fill(`杨镇${tag}户外劳动者驿站提档升级`);
    await pick(page, page.getByTestId('pledge-category'), '生产生活条件');
    await page.getByTestId('pledge-budget').fill('120000');
    await page.getByTestId('pledge-department').fill('杨镇总工会办公室');
    await page.getByTestId('pledge-add-milestone').click();
    await page.getByPlaceholder('节点内容').fill('完成驿站选址');
    await page.getByPlaceholder('计划日期').fill(`${new Date().getFullYear()}-12-20`);
    await page.keyboard.press('Enter');
    await refusesBadAmount(page, 'pledge-budget', '120000.555', page.getByTestId('pledge-create-ok'));
    await shot(page, 'pledges-00-budget-refused');
    await page.getByTestId('pledge-budget').fill('120000');
    await page.getByTestId('pledge-create-ok').click();
    await page.waitForURL(/\/pledges\/\d+$/);
    await page.getByTestId('pledge-milestone-done').click();
    await page.getByTestId('pledge-status').filter({ hasText: '实施中' }).waitFor();
    await page.getByTestId('pledge-complete').click();
    await page.getByTestId('pledge-spent').fill('115000');
    await page.getByTestId('pledge-beneficiaries').fill('320');
    await page.getByTestId('pledge-complete-ok').click();
    await page.getByTestId('pledge-status').filter({ hasText: '已完成' }).waitFor();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '驿站验收.png', mimeType: 'image/png', buffer: PHOTO_PNG });
    await page.getByTestId('pledge-evidence').getByText('驿站验收.png').waitFor();
    await shot(page, 'pledges-01-project');
  });

  await step('the administrator reads Beijing Post’s three years out of the multi-year view', async () => {
    await page.context().clearCookies();
    await signIn(page, '/login', 'admin');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(`${BASE_URL}/pledges?from=2018&to=2020`);
    const select = page.getByTestId('pledge-org');
    await select.click();
    await page.keyboard.type('北京邮政工会');
    await pick(page, select, '北京邮政工会');
    await page.getByTestId('pledge-stat-promised').filter({ hasText: '39' }).waitFor();
    const done = (await page.getByTestId('pledge-stat-done').textContent()) ?? '';
    check(done.includes('39'), `all 39 completed within their year: ${done}`);
    const outputs = (await page.getByTestId('pledge-outputs').textContent()) ?? '';
    check(outputs.includes('165'), `165 投递员之家: ${outputs}`);
    await shot(page, 'pledges-02-post-three-years');
    const since = new URL(page.url());
    since.searchParams.set('from', '2014');
    await page.goto(since.toString());
    await page.getByTestId('pledge-outputs').filter({ hasText: '连续7年，共投入 ¥3,019,700' }).waitFor();
    await shot(page, 'pledges-03-post-since-2014');
  });

  await step('a worker reads the projects of their unions on the phone', async () => {
    await page.context().clearCookies();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, '/m/login', 'worker');
    await page.getByTestId('my-pledges-link').click();
    await page.waitForURL('**/m/pledges');
    await page.getByTestId('worker-pledges').getByText(`杨镇${tag}户外劳动者驿站提档升级`).waitFor();
    await page.getByTestId('worker-pledges').getByText('户外劳动者驿站提档升级').first().waitFor();
    // the cards stand apart, as every phone list's do
    const boxes = await page
      .locator('[data-testid^="my-pledge-"]')
      .evaluateAll((cards) =>
        cards.map((c) => c.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })),
      );
    check(boxes.length >= 2, `two pledges or more on the phone (${boxes.length})`);
    for (let i = 1; i < boxes.length; i++)
      check(
        boxes[i].top - boxes[i - 1].bottom >= 8,
        `pledge cards spaced (${boxes[i].top - boxes[i - 1].bottom}px)`,
      );
    await shot(page, 'pledges-04-worker-phone');
  });
});
