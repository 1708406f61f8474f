/**
 * Selections journey: 通州区总工会 creates a selection and nominates three members; three judges score —
 * the one from 潞源街道总工会 never sees that street's nominees and is refused when trying to score one —;
 * the ranking went on public notice a week ago for five days, so it is off the public page now; a passer-by objects
 * on the phone page, without signing in, to a notice still running; the union decides that objection and makes the
 * first selection's results final, and the winners' award records appear.
 */
import type { Locator, Page } from 'playwright-core';
import { runTag } from './data.ts';
import { type Api, apiAs, BASE_URL, check, journey, noRefusals, shot, signIn, typeDate } from './lib.ts';

const DESKTOP = { width: 1440, height: 1000 };
const PHONE = { width: 390, height: 844 };
const tag = runTag();
const EDITION = `第三届通州工匠${tag}`;
const RUNNING = `通州青年岗位能手${tag}`;

/** The <input> of an antd control carrying `testId` (on the input itself or on a wrapper). */
async function inputOf(page: Page, testId: string): Promise<Locator> {
  const box = page.getByTestId(testId).first();
  return (await box.evaluate((e) => e.tagName)) === 'INPUT' ? box : box.locator('input').first();
}

const signOut = (page: Page) => page.context().clearCookies();
const daysAgo = (n: number) =>
  new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);

/**
 * A second selection of 通州区总工会, set up behind the pages, whose notice went up today for five days: one
 * nominee, one judge who has scored. Answers its id.
 */
async function putOnNotice(staff: Api, personId: number): Promise<number> {
  const me = await staff<{ orgId: number }>('GET', '/api/auth/me');
  const s = await staff<{ id: number; categories: { id: number }[] }>('POST', '/api/selections', {
    organiserOrgId: me.orgId,
    edition: RUNNING,
    title: '青年岗位能手',
    year: Number(daysAgo(0).slice(0, 4)),
    nominateFrom: daysAgo(3),
    nominateUntil: daysAgo(0),
    noticeDays: 5,
    categories: [{ name: '青年职工', places: 1, quotaPerUnion: 1 }],
    criteria: [{ name: '工作业绩', weight: 100 }],
  });
  await staff('POST', `/api/selections/${s.id}/nominations`, {
    categoryId: s.categories[0].id,
    personId,
    deed: '青年突击队队长，带队完成副中心重点工程节点',
  });
  const judge = `tzy${Date.now() % 100000}`;
  await staff('POST', `/api/selections/${s.id}/judges`, {
    username: judge,
    displayName: '李评委',
    password: 'first-pass-1',
  });
  await staff('POST', `/api/selections/${s.id}/close-nominations`);
  const first = await apiAs(judge, 'first-pass-1');
  await first('POST', '/api/auth/password', { currentPassword: 'first-pass-1', newPassword: 'judge-pass-9' });
  const api = await apiAs(judge, 'judge-pass-9');
  const panel = await api<{ criteria: { id: number }[]; nominations: { id: number }[] }>(
    'GET',
    `/api/judging/${s.id}`,
  );
  await api('POST', `/api/judging/nominations/${panel.nominations[0].id}/scores`, {
    scores: panel.criteria.map((c) => ({ criterionId: c.id, score: 90 })),
  });
  await staff('POST', `/api/selections/${s.id}/notice`, { from: daysAgo(0), days: 5 });
  return s.id;
}

await journey('selections', { viewport: DESKTOP }, async (page, step) => {
  const staff = await apiAs('tongzhou');
  const { items: members } = await staff<{ items: { id: number; name: string; orgName: string }[] }>(
    'GET',
    '/api/members?pageSize=200',
  );
  const pick = (union: string) => {
    const m = members.find((x) => x.orgName === union);
    check(m, `a member of ${union}`);
    return m;
  };
  const builder = pick('城市副中心建设项目部工会');
  const sweeper = pick('通州区环卫中心工会');
  const rider = pick('通州外卖骑手联合工会');
  let selectionId = 0;

  await step('通州区总工会 creates a selection with a category, places, quota and rubric', async () => {
    await signIn(page, '/login', 'tongzhou');
    await page.waitForURL('**/todo');
    await page.goto(`${BASE_URL}/selections`);
    await page.getByText('第二届通州工匠').first().waitFor();
    await shot(page, 'selections-list');
    await page.getByTestId('sel-new').click();
    await page.getByTestId('sel-edition').fill(EDITION);
    await page.getByTestId('sel-title').fill('通州工匠');
    // Nominations opened a month ago (the notice below went up a week ago, after them).
    await typeDate(page.getByTestId('sel-from').first(), daysAgo(30));
    await page.getByTestId('sel-cat-name').fill('建筑与城市服务');
    await (await inputOf(page, 'sel-cat-places')).fill('2');
    await (await inputOf(page, 'sel-cat-quota')).fill('2');
    await shot(page, 'selections-create');
    await page.getByTestId('sel-create-ok').click();
    await page.waitForURL(/\/selections\/\d+$/);
    selectionId = Number(page.url().split('/').pop());
    await page.getByTestId('sel-status').filter({ hasText: '推荐中' }).waitFor();
  });

  await step('the union nominates a member on the page, two more behind it', async () => {
    await page.getByTestId('sel-nominate').click();
    await page.getByTestId('sel-nominate-category').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '建筑与城市服务' }).click();
    await (await inputOf(page, 'sel-nominate-person')).fill(builder.name);
    await page.locator('.ant-select-item-option').filter({ hasText: builder.name }).first().click();
    await page.getByTestId('sel-nominate-deed').fill('参与城市副中心建设，攻克大体积混凝土浇筑难题');
    await shot(page, 'selections-nominate');
    await page.getByTestId('sel-nominate-ok').click();
    await page.locator('.ant-table-row').filter({ hasText: builder.name }).waitFor();
    const { categories } = await staff<{ categories: { id: number }[] }>(
      'GET',
      `/api/selections/${selectionId}`,
    );
    for (const [m, deed] of [
      [sweeper, '十年坚守环卫一线，创新作业方法'],
      [rider, '风雨无阻保障配送，见义勇为'],
    ] as const) {
      await staff('POST', `/api/selections/${selectionId}/nominations`, {
        categoryId: categories[0].id,
        personId: m.id,
        deed,
      });
    }
    await page.reload();
    await page.locator('.ant-table-row').filter({ hasText: rider.name }).waitFor();
    await shot(page, 'selections-nominations');
  });

  const judges = [`tzj1${Date.now() % 100000}`, `tzj2${Date.now() % 100000}`, `tzj3${Date.now() % 100000}`];
  await step('three judges join the panel, one of them from 潞源街道总工会; nominations close', async () => {
    await page.getByRole('tab', { name: '评委' }).click();
    await page.getByTestId('sel-add-judge').click();
    await page.getByTestId('sel-judge-name').fill('赵评委');
    await page.getByTestId('sel-judge-username').fill(judges[0]);
    await page.getByTestId('sel-judge-password').fill('first-pass-1');
    await (await inputOf(page, 'sel-judge-org')).fill('潞源街道');
    await page.locator('.ant-select-item-option').filter({ hasText: '潞源街道总工会' }).first().click();
    await page.getByTestId('sel-judge-ok').click();
    await page.locator('.ant-table-row').filter({ hasText: '赵评委' }).waitFor();
    for (const [i, name] of ['钱评委', '孙评委'].entries()) {
      await staff('POST', `/api/selections/${selectionId}/judges`, {
        username: judges[i + 1],
        displayName: name,
        password: 'first-pass-1',
      });
    }
    await page.reload();
    await page.getByRole('tab', { name: '评委' }).click();
    await page.locator('.ant-table-row').filter({ hasText: '孙评委' }).waitFor();
    await shot(page, 'selections-judges');
    await page.getByTestId('sel-close').click();
    await page.getByTestId('sel-close-ok').click();
    await page.getByTestId('sel-status').filter({ hasText: '评审中' }).waitFor();
  });

  await step(
    'the judge of 潞源街道 sees only the nominee from outside the street and is refused the others',
    async () => {
      for (const j of judges) {
        const first = await apiAs(j, 'first-pass-1');
        await first('POST', '/api/auth/password', {
          currentPassword: 'first-pass-1',
          newPassword: 'judge-pass-9',
        });
      }
      await signOut(page);
      await signIn(page, '/login', judges[0], 'judge-pass-9');
      await page.waitForURL('**/judging');
      await page.getByTestId('judging-nominee').first().waitFor();
      const shown = await page.getByTestId('judging-nominee').allInnerTexts();
      check(
        shown.length === 1 && shown[0].includes(rider.name),
        `judge 1 sees only ${rider.name} (${shown.length})`,
      );
      check(!shown.join().includes(builder.name), 'judge 1 does not see the nominee of their own street');
      // A judge has no messages: no bell whose count the server would refuse.
      check((await page.getByTestId('message-bell').count()) === 0, 'a judge sees no message bell');
      const judge1 = await apiAs(judges[0], 'judge-pass-9');
      const panel = await judge1<{ criteria: { id: number }[] }>('GET', `/api/judging/${selectionId}`);
      const { items } = await staff<{ items: { id: number; personId: number }[] }>(
        'GET',
        `/api/selections/${selectionId}/nominations`,
      );
      const own = items.find((n) => n.personId === builder.id);
      check(own, 'the builder is nominated');
      const refused = await judge1('POST', `/api/judging/nominations/${own.id}/scores`, {
        scores: panel.criteria.map((c) => ({ criterionId: c.id, score: 100 })),
      }).then(
        () => 0,
        (e: { status?: number }) => e.status ?? 0,
      );
      check(refused === 403, `scoring a nominee of one's own union is refused (${refused})`);
      for (const box of await page.getByTestId('judging-score').all()) {
        const input = (await box.evaluate((e) => e.tagName)) === 'INPUT' ? box : box.locator('input');
        await input.fill('88');
      }
      await shot(page, 'selections-judging');
      await page.getByTestId('judging-submit').click();
      await page.getByTestId('judging-submit-ok').click();
      await page.getByTestId('judging-done').waitFor();
    },
  );

  await step('the two other judges score every nominee', async () => {
    for (const [k, j] of judges.slice(1).entries()) {
      const api = await apiAs(j, 'judge-pass-9');
      const panel = await api<{
        criteria: { id: number }[];
        nominations: { id: number; personName: string }[];
      }>('GET', `/api/judging/${selectionId}`);
      check(panel.nominations.length === 3, `judge ${k + 2} sees all three nominees`);
      for (const [i, n] of panel.nominations.entries()) {
        await api('POST', `/api/judging/nominations/${n.id}/scores`, {
          scores: panel.criteria.map((c) => ({ criterionId: c.id, score: 95 - i * 5 - k })),
        });
      }
    }
  });

  await step('the union reads the ranking and puts it on public notice', async () => {
    await signOut(page);
    await signIn(page, '/login', 'tongzhou');
    await page.waitForURL('**/todo');
    await page.goto(`${BASE_URL}/selections/${selectionId}`);
    await page.getByRole('tab', { name: '评审排名' }).click();
    await page.getByTestId('sel-ranking').locator('.ant-table-row').first().waitFor();
    await shot(page, 'selections-ranking');
    await page.getByTestId('sel-notice').click();
    // The notice went up on the union's board a week ago for five days.
    await typeDate(page.getByTestId('sel-notice-from').first(), daysAgo(7));
    await page.getByTestId('sel-notice-days').fill('5');
    await page.getByTestId('sel-notice-ok').click();
    await page.getByTestId('sel-status').filter({ hasText: '公示中' }).waitFor();
  });

  let runningId = 0;
  await step(
    'a notice whose five days have passed is off the public page; one still running is on it',
    async () => {
      runningId = await putOnNotice(staff, builder.id);
      await signOut(page);
      await page.setViewportSize(PHONE);
      await noRefusals(page, 'the public notices, signed out', async () => {
        await page.goto(`${BASE_URL}/notice/selections`);
        await page.getByText(RUNNING).first().waitFor();
      });
      check((await page.getByText(EDITION).count()) === 0, 'the ended notice is not listed');
      await shot(page, 'selections-notice-list-phone');
      const ended = await fetch(`${BASE_URL}/api/notice/selections/${selectionId}`);
      check(ended.status === 404, `the ended notice's page is gone (${ended.status})`);
    },
  );

  await step('a passer-by objects on the public notice page on a phone, without signing in', async () => {
    await page.goto(`${BASE_URL}/notice/selections/${runningId}`);
    await page.getByTestId('notice-entry').first().waitFor();
    const text = ((await page.locator('body').textContent()) ?? '').replace(/\s/g, '');
    check(!/\d{17}[\dX]/.test(text) && !/1[3-9]\d{9}/.test(text), 'the notice shows no ID number nor phone');
    await shot(page, 'selections-notice-phone');
    await page.getByTestId('notice-object').first().click();
    await page
      .getByTestId('notice-object-text')
      .fill('据了解该同志获奖事迹中的部分项目并非本人完成，请核实。');
    await page.getByTestId('notice-object-name').fill('周先生');
    await page.getByTestId('notice-object-phone').fill('13911112222');
    await shot(page, 'selections-objection-phone');
    await page.getByTestId('notice-object-ok').click();
    await page.getByTestId('notice-lodged').waitFor();
  });

  await step(
    'the union decides the objection and makes the results final; award records appear',
    async () => {
      await page.setViewportSize(DESKTOP);
      await signIn(page, '/login', 'tongzhou');
      await page.waitForURL('**/todo');
      await page.goto(`${BASE_URL}/selections/${runningId}`);
      await page.getByRole('tab', { name: '公示异议' }).click();
      await page.getByTestId('sel-decide').click();
      await page.getByTestId('sel-decision').fill('经向所在单位核实，相关项目由本人主持完成，异议不成立。');
      await page.getByTestId('sel-decide-ok').click();
      await page.locator('.ant-tag').filter({ hasText: '异议不成立' }).waitFor();
      await shot(page, 'selections-objections');
      await page.goto(`${BASE_URL}/selections/${selectionId}`);
      await page.getByTestId('sel-finalise').click();
      await page.getByTestId('sel-finalise-ok').click();
      await page.getByTestId('sel-status').filter({ hasText: '已确定' }).waitFor();
      await shot(page, 'selections-final');
      const { items } = await staff<{ items: { personName: string; rank: string; competition: string }[] }>(
        'GET',
        `/api/records?kind=award&pageSize=200`,
      );
      const won = items.filter((r) => r.competition === EDITION);
      check(
        won.length === 2 && won.every((r) => r.rank === '通州工匠'),
        `two 通州工匠 award records (${won.length})`,
      );
      await page.goto(`${BASE_URL}/reports/selections`);
      await page.getByTestId('sel-stats-titles').waitFor();
      await shot(page, 'selections-stats');
    },
  );

  await step('a member nominates themself on the phone where a selection allows it', async () => {
    const shunyi = await apiAs('shunyi');
    const me = await shunyi<{ orgId: number }>('GET', '/api/auth/me');
    const today = daysAgo(0);
    await shunyi('POST', '/api/selections', {
      organiserOrgId: me.orgId,
      edition: `顺义区最美劳动者${tag}`,
      title: '最美劳动者',
      year: Number(today.slice(0, 4)),
      allowSelf: true,
      nominateFrom: today,
      nominateUntil: today,
      noticeDays: 5,
      categories: [{ name: '一线职工', places: 5, quotaPerUnion: 3 }],
      criteria: [{ name: '工作业绩', weight: 100 }],
    });
    await signOut(page);
    await page.setViewportSize(PHONE);
    await signIn(page, '/m/login', 'worker');
    await page.waitForURL('**/m/me');
    await page.goto(`${BASE_URL}/m/selections`);
    const card = page
      .locator('[data-testid^="self-selection-"]')
      .filter({ hasText: `顺义区最美劳动者${tag}` });
    await card.locator('.ant-select').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '一线职工' }).click();
    await card.locator('textarea').fill('扎根包装生产一线，带领班组连续三年零差错');
    await shot(page, 'selections-self-nomination-phone');
    await card.getByRole('button').click();
    await card.locator('.ant-tag').filter({ hasText: '已自荐' }).waitFor();
  });
});
