/**
 * Contests journey: the platform administrator opens a city-level skills contest of 北京市总工会; 杨镇总工会
 * registers a team and two individuals (the same person twice is refused under the members field); the organiser
 * closes entries, imports the results from an .xlsx (first a sheet with a wrong row, refused whole with its row
 * error, then the right one) and publishes them; the award records appear on 杨镇's records page, and 顺义's award
 * subsidy (职业技能竞赛获奖助推) proposes them from those records with no retyping. Screens: the list, the detail,
 * the import errors, the statistics.
 */
import type { Page } from 'playwright-core';
import { runTag } from './data.ts';
import { actUntilShown, BASE_URL, check, dropSheet, journey, pressInDialog, shot, signIn } from './lib.ts';
import { callApi, pick, signedIn, topShot } from './programs-helpers.ts';

interface Entry {
  id: number;
  eventName: string;
  name: string | null;
  members: { personId: number; name: string }[];
}
interface Member {
  id: number;
  name: string;
  idMasked: string;
}

/**
 * Picks a member in the entry form's search by name; the option names the masked ID number too. The options come
 * after the search's pause and replace those shown: a click landing while they are replaced is lost, so the pick is
 * made again until the member shows among the chosen.
 */
async function pickMember(page: Page, m: Member) {
  const select = page.getByTestId('entry-members');
  const chosen = select.locator('.ant-select-selection-item', { hasText: m.idMasked });
  await actUntilShown(chosen, async () => {
    await select.click();
    await page.keyboard.type(m.name);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: m.idMasked })
      .first()
      .click();
    await page.keyboard.press('Escape');
  });
  check((await chosen.count()) === 1, `${m.name} is among the entry's members`);
}

async function register(page: Page, event: string, members: Member[], team?: string) {
  await page.getByTestId('entry-register').click();
  await pick(page, page.getByTestId('entry-event'), event);
  if (team) await page.getByTestId('entry-name').fill(team);
  for (const m of members) await pickMember(page, m);
  await page.getByTestId('entry-submit').click();
  await page.locator('.ant-modal:visible').waitFor({ state: 'hidden' });
}

async function uploadResults(page: Page, rows: (string | number)[][]) {
  const XLSX = await import('@e965/xlsx');
  const sheet = XLSX.utils.aoa_to_sheet([['报名编号', '项目', '名次', '成绩', '奖项'], ...rows]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '成绩');
  const buffer = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  await dropSheet(page, '成绩.xlsx', buffer);
  await page.getByTestId('result-import-start').click();
  await page.getByTestId('result-import-outcome').waitFor();
}

await journey('contests', { viewport: { width: 1440, height: 900 } }, async (admin, step) => {
  admin.setDefaultTimeout(30_000);
  const browser = admin.context().browser();
  if (!browser) throw new Error('no browser');
  const tag = runTag();
  const name = `2022年北京市职工职业技能大赛${tag}赛区`;
  let contestId = 0;
  let entries: Entry[] = [];
  let people: Member[] = [];

  await step('the administrator opens a city-level contest of 北京市总工会 with two events', async () => {
    await signIn(admin, '/login', 'admin');
    await admin.waitForURL((u) => !u.pathname.endsWith('/login'));
    await admin.goto(`${BASE_URL}/contests/new`);
    await admin.getByTestId('contest-name').fill(name);
    await pick(admin, admin.getByTestId('contest-organiser'), '北京市总工会');
    await pick(admin, admin.getByTestId('contest-level'), '市级');
    for (const [id, day] of [
      ['contest-starts', '2022-09-01'],
      ['contest-ends', '2022-10-31'],
    ] as const) {
      const input = admin.getByTestId(id);
      await input.click();
      await input.fill(day);
      await input.press('Enter');
    }
    await admin.getByTestId('contest-event-name').first().fill('电工');
    await admin.getByTestId('contest-event-add').click();
    await admin.getByTestId('contest-event-name').nth(1).fill('数控加工团队');
    await pick(admin, admin.getByTestId('contest-event-mode').nth(1), '团队');
    await shot(admin, 'contests-create');
    await admin.getByTestId('contest-submit').click();
    await admin.waitForURL(/\/contests\/\d+$/);
    contestId = Number(new URL(admin.url()).pathname.split('/').pop());
    check(contestId > 0, 'the new contest opens');
    await admin.getByText('报名中').first().waitFor();
  });

  await step(
    '杨镇总工会 registers a team of two and two individuals; one of them again is refused',
    async () => {
      const { page } = await signedIn(browser, 'yangzhen', 'staff');
      const list = await callApi<{ items: Member[] }>(page, 'GET', '/api/members?pageSize=8');
      people = list.items.slice(0, 4);
      check(people.length === 4, '杨镇 has four members to enter');
      await page.goto(`${BASE_URL}/contests/${contestId}`);
      await page.getByTestId('entry-register').waitFor();
      check(
        (await page.getByTestId('contest-close').count()) === 0,
        'a union below the organiser cannot close entries',
      );
      await register(page, '数控加工团队', people.slice(0, 2), `杨镇数控一队${tag}`);
      await register(page, '电工', [people[2]]);
      await register(page, '电工', [people[3]]);
      await page.getByTestId('entries-table').getByText(`杨镇数控一队${tag}`).waitFor();
      // the same person again: the refusal is said under the members field, and the dialog stays open
      await page.getByTestId('entry-register').click();
      await pick(page, page.getByTestId('entry-event'), '电工');
      await pickMember(page, people[2]);
      await page.getByTestId('entry-submit').click();
      await page
        .locator('.ant-form-item', { has: page.getByTestId('entry-members') })
        .locator('.ant-form-item-explain-error', { hasText: '已报名该项目' })
        .waitFor();
      await page
        .locator('.ant-modal-footer:visible')
        .getByRole('button', { name: /取\s*消/ })
        .click();
      entries = (await callApi<{ items: Entry[] }>(page, 'GET', `/api/contests/${contestId}/entries`)).items;
      check(entries.length === 3, `three entries registered (${entries.length})`);
      await shot(page, 'contests-entries');
      await page.context().close();
    },
  );

  await step(
    'the organiser closes entries; a sheet with a wrong row is refused whole, with its row error',
    async () => {
      await admin.reload();
      await admin.getByTestId('contest-close').click();
      await admin.getByTestId('contest-close-ok').click();
      await admin.getByText('已截止报名').first().waitFor();
      await admin.getByTestId('tab-import').click();
      await uploadResults(admin, [
        [entries[0].id, entries[0].eventName, 1, 96.5, '一等奖'],
        [entries[1].id, entries[1].eventName, '第二', 90, '二等奖'],
      ]);
      await admin.getByText('成绩表有 1 处错误，未导入任何成绩').waitFor();
      await admin.getByTestId('import-errors').getByText('名次“第二”应为正整数').waitFor();
      await shot(admin, 'contests-import-errors');
      const after = (
        await callApi<{ items: Entry[] & { prize: string | null }[] }>(
          admin,
          'GET',
          `/api/contests/${contestId}/entries`,
        )
      ).items as unknown as { prize: string | null }[];
      check(
        after.every((e) => e.prize === null),
        'nothing was imported from the wrong sheet',
      );
    },
  );

  await step(
    'the right sheet imports every result, and publishing turns the prizes into award records',
    async () => {
      await admin.getByRole('button', { name: '重新上传' }).click();
      await uploadResults(admin, [
        [entries[0].id, entries[0].eventName, 1, 96.5, '一等奖'],
        [entries[1].id, entries[1].eventName, 2, 90, '二等奖'],
        [entries[2].id, entries[2].eventName, 5, 81.25, '优胜奖'],
      ]);
      await admin.getByText('已导入 3 行成绩').waitFor();
      await admin.getByRole('tab', { name: '报名与成绩' }).click();
      await admin.getByTestId('entries-table').getByText('一等奖').waitFor();
      await admin.getByTestId('contest-publish').click();
      await pressInDialog(admin.getByTestId('contest-publish-ok'));
      await admin.getByText('成绩已发布：4 条获奖记录').waitFor();
      await admin.getByText('成绩已发布').first().waitFor();
      await shot(admin, 'contests-detail');
    },
  );

  await step('杨镇 sees the four award records on its records page', async () => {
    const { page } = await signedIn(browser, 'yangzhen', 'staff');
    await page.goto(`${BASE_URL}/records?kind=award&year=2022`);
    const table = page.getByTestId('record-list');
    for (const p of people) await table.getByText(p.idMasked).waitFor();
    const rows = table.locator('.ant-table-row', { hasText: name });
    check((await rows.count()) === 4, `four award records of the contest (${await rows.count()})`);
    await table.getByText('竞赛成绩发布').first().waitFor();
    await shot(page, 'contests-records');
    await page.context().close();
  });

  await step("顺义's award subsidy proposes the four winners from their records", async () => {
    const { page } = await signedIn(browser, 'shunyi', 'staff');
    const programs = await callApi<{ items: { id: number; name: string }[] }>(
      page,
      'GET',
      `/api/programs?q=${encodeURIComponent('职业技能竞赛获奖助推')}&pageSize=50`,
    );
    const program = programs.items.find((p) => p.name === '职业技能竞赛获奖助推');
    check(program, 'the demo award subsidy exists');
    await page.goto(`${BASE_URL}/programs/${program.id}`);
    await page.getByTestId('proposals-start').click();
    await page.getByText(/已生成 \d+ 条推荐申请/).waitFor({ timeout: 60_000 });
    const apps = await callApi<{ items: { personName: string; personId: number | null }[] }>(
      page,
      'GET',
      `/api/applications?programId=${program.id}&pageSize=200`,
    );
    const proposed = new Set(apps.items.map((a) => a.personId));
    const missing = people.filter((p) => !proposed.has(p.id)).map((p) => p.name);
    check(missing.length === 0, `every winner is proposed (missing: ${missing.join('、')})`);
    await shot(page, 'contests-proposals');
    await page.context().close();
  });

  await step('the contest list and the statistics of 北京市总工会 read the seed figures', async () => {
    await admin.goto(`${BASE_URL}/contests`);
    await admin.getByTestId('contest-list').getByText('第一届全国职业技能大赛').waitFor();
    await shot(admin, 'contests-list');
    await admin.goto(`${BASE_URL}/contest-stats`);
    await pick(admin, admin.getByTestId('contest-stats-union'), '北京市总工会');
    // It opens on the newest year with figures (2022, the contest just published), then the clerk counts
    // from a day in 2019 for the seed contests.
    const prizes = admin.getByTestId('contest-stats-prizes');
    const from = admin.locator('input[data-testid="stats-from"], [data-testid="stats-from"] input');
    // the year moves to the newest with figures once the union's years have come: on a busy machine after the
    // page has drawn the year it opened on
    await admin
      .getByTestId('stats-year')
      .filter({ hasText: '2022' })
      .waitFor()
      .catch(() => check(false, 'the period is the newest year with figures'));
    await admin.getByTestId('stats-period-note').filter({ hasText: '2022-01-01' }).waitFor();
    await admin.getByTestId('contest-stats-totals').waitFor();
    check(
      (await prizes.locator('.ant-table-row', { hasText: '岗位标兵' }).count()) === 0,
      'the 2019 prizes are not counted in 2022',
    );
    await from.click();
    await from.fill('2019-01-01');
    await from.press('Enter');
    await admin.getByTestId('stats-period-note').filter({ hasText: '2019-01-01' }).waitFor();
    await prizes.locator('.ant-table-row', { hasText: '岗位标兵' }).getByText('45').waitFor();
    await prizes.locator('.ant-table-row', { hasText: '优胜奖' }).getByText('37').waitFor();
    await topShot(admin, 'contests-stats');
    // a year without contests still says its period and what each figure counts, its figures at 0, where the
    // page said only 所选期间没有竞赛数据
    await admin.goto(`${BASE_URL}/contest-stats?year=2005`);
    await admin.getByTestId('stats-period-note').filter({ hasText: '2005-01-01' }).waitFor();
    await admin.getByTestId('contest-stats-totals').waitFor();
    await admin.getByTestId('stats-figure-notes').waitFor();
  });
});
