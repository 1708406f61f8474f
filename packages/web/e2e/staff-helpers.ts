/** Shared steps of the staff journey: the union tree, the member list and its sheets, and the menu's labels. */

import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { idNumber, randomPhone, withBadCheck } from './data.ts';
import { check, downloadFrom, dropSheet, type Step, shot, tablesLoaded } from './lib.ts';

export const YANGZHEN = '杨镇总工会';
const YANGZHEN_FIRM = '北京杨镇汇丰包装有限公司工会';

/** A union's node in the union tree, by its name. */
export const treeNode = (page: Page, name: string) =>
  page
    .locator('.org-tree .ant-tree-treenode')
    .filter({ has: page.locator('.org-node-name', { hasText: name }) });

/** Imports a sheet on the 批量导入 page in `mode` (a day for blank join dates if given); waits for its result. */
export async function importFile(
  page: Page,
  name: string,
  file: Buffer,
  mode: 'all_or_nothing' | 'valid_only',
  blankJoinDate?: string,
) {
  await dropSheet(page, name, file);
  await page.getByTestId(`mode-${mode}`).click();
  if (blankJoinDate) {
    await page.getByTestId('blank-join-date').click();
    const picker = page.getByTestId('blank-join-picker');
    await picker.click();
    await picker.fill(blankJoinDate);
    await picker.press('Enter');
  }
  await page.getByTestId('import-start').click();
  await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
}

/** Clicks something that downloads a file; returns the file's suggested name. */
export async function download(page: Page, testId: string): Promise<string> {
  const file = await downloadFrom(page.getByTestId(testId));
  const name = file.suggestedFilename();
  await file.delete();
  return name;
}

/** Clicks something that downloads a file; returns the file's content. */
export async function downloadContent(page: Page, testId: string): Promise<Buffer> {
  const file = await downloadFrom(page.getByTestId(testId));
  const content = readFileSync(await file.path());
  await file.delete();
  return content;
}

/** The exported member list, as a clerk edits it in a spreadsheet: `edits` by member name and column header. */
export function editExport(file: Buffer, edits: { name: string; header: string; value: string }[]): Buffer {
  const book = XLSX.read(file, { type: 'buffer', cellNF: true });
  const sheet = book.Sheets[book.SheetNames[0]];
  const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
  for (const { name, header, value } of edits) {
    const r = rows.findIndex((row) => row[0] === name);
    const c = rows[0].indexOf(header);
    check(r > 0 && c >= 0, `the export has ${name}'s ${header}`);
    sheet[XLSX.utils.encode_cell({ r, c })] = { t: 's', v: value };
  }
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** Searches the member list for `q` and waits for its answer to be shown. */
export async function searchMembers(page: Page, q: string) {
  const box = page.getByTestId('member-search').locator('input');
  await box.fill(q);
  const answered = page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === '/api/members' && url.searchParams.get('q') === q;
  });
  await box.press('Enter');
  await answered;
  await tablesLoaded(page);
}

/**
 * Six new members of 汇丰 named after the run's `tag`: `good`, whose last 入会日期 is blank (refused unless the
 * clerk chooses a date for blank cells); `footer`, a 合计 row and a 填表说明 block as a roster keeps them under its
 * members (read as no members); `bad`, the same with a wrong check character, an unknown union and a short phone.
 */
export function memberRosters(tag: string) {
  const headers = ['姓名', '身份证号', '手机号', '所在工会', '是否一线', '入会日期'];
  const good = Array.from({ length: 6 }, (_, i) => [
    `旅${tag}${'一二三四五六'[i]}`,
    idNumber(1980 + i, 100 + i),
    randomPhone(),
    YANGZHEN_FIRM,
    i % 2 ? '是' : '否',
    i === 5 ? '' : '2020-03-15',
  ]);
  const footer = [
    ['合计', '', '', '', '', ''],
    ['填表说明：', '', '', '', '', ''],
    ['1. 入会日期请写作 2020-03-15', '', '', '', '', ''],
  ];
  const bad = good.map((r) => [...r]);
  bad[1][1] = withBadCheck(good[1][1]);
  bad[4][3] = '没有这个工会';
  bad[5][2] = '12345';
  return { headers, good, footer, bad };
}

/**
 * The organiser's training sheet for the first three of `members` ([name, ID number, ...]), in the organiser's
 * wording (培训日期 for the date, 优秀/良好/及格 for passed): `trainees`, and `wrong` whose third result is 待定.
 */
export function trainingSheets(members: string[][], tag: string) {
  const cols = ['身份证号', '姓名', '培训课程', '培训费（元）', '考核结果', '培训日期'];
  const trainees = ['优秀', '良好', '及格'].map((result, i) => [
    members[i][1],
    members[i][0],
    `计算机辅助设计（CAD）${tag}`,
    '1200',
    result,
    '2020-10-01',
  ]);
  const wrong = trainees.map((r, i) => (i === 2 ? [...r.slice(0, 4), '待定', r[5]] : r));
  return { cols, trainees, wrong };
}

/** Lists the group titles (closed, with their counts) and, opening every group, the entry labels the side menu cuts to "…" (none at 1440 px). */
export async function cutMenuLabels(page: Page): Promise<string[]> {
  // the groups' titles first, while closed: a closed group shows its count beside its name
  const cut: string[] = await page.evaluate(() =>
    Array.from(
      document.querySelectorAll('.ant-layout-sider .ant-menu-submenu-title .nav-label > span:first-child'),
    )
      .filter((e) => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent ?? ''),
  );
  const groupIds = await page
    .locator('[data-testid^="nav-group-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  for (const groupId of new Set(groupIds)) {
    const title = page.locator('.ant-menu-submenu-title', { has: page.getByTestId(groupId) });
    if (!(await title.count())) continue;
    if ((await title.getAttribute('aria-expanded')) !== 'true') await title.click();
    await page.waitForTimeout(300);
    cut.push(
      ...(await page.evaluate(() =>
        Array.from(document.querySelectorAll('.ant-layout-sider .ant-menu-item *'))
          .filter((e) => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
          .map((e) => e.textContent ?? ''),
      )),
    );
  }
  return [...new Set(cut)];
}

/**
 * The union tree's steps from 顺义's tree: 杨镇 opened, a union found by search and revealed, its detail and
 * committee opened and edited, and a branch (named after the run's `tag`) created below it.
 */
export async function unionTreeSteps(page: Page, step: Step, tag: string) {
  await step('expand 顺义区总工会 → 杨镇总工会', async () => {
    await treeNode(page, YANGZHEN).locator('.ant-tree-switcher').click();
    await treeNode(page, YANGZHEN_FIRM).waitFor();
    await treeNode(page, YANGZHEN).locator('.org-node').click();
    const panel = page.getByTestId('org-panel');
    await panel.getByText(YANGZHEN).first().waitFor();
    await shot(page, 'staff-02-tree-yangzhen');
  });

  await step('search a union and reveal it in the tree', async () => {
    await page.getByTestId('org-search').fill('农机');
    const hit = page.getByTestId('org-search-hit').first();
    await hit.waitFor();
    check((await hit.textContent())?.includes('张镇总工会'), 'the hit shows the unions above it');
    await shot(page, 'staff-03-org-search');
    await hit.click();
    await page.getByTestId('org-panel').getByText('北京张镇农机合作社工会').first().waitFor();
    await treeNode(page, '北京张镇农机合作社工会').waitFor();
  });

  await step('open the union detail with its committee', async () => {
    await page.getByTestId('org-open').click();
    await page.getByTestId('org-detail').waitFor();
    await page.getByTestId('org-committee').waitFor();
    await shot(page, 'staff-04-org-detail');
  });

  await step('edit the union: its committee', async () => {
    await page.getByTestId('org-edit').click();
    const dialog = page.getByRole('dialog').filter({ hasText: '编辑工会信息' });
    await dialog.locator('#chair').fill('王建国');
    await dialog.locator('#viceChairs').fill('赵红');
    await dialog.locator('#viceChairs').press('Enter');
    await dialog.locator('#term').fill('2');
    await dialog.locator('.ant-btn-primary').click();
    await dialog.waitFor({ state: 'detached' });
    const committee = page.getByTestId('org-committee');
    await committee.getByText('王建国').waitFor();
    await committee.getByText('赵红').waitFor();
    await committee.getByText('第 2 届').waitFor();
    await shot(page, 'staff-05-org-edited');
  });

  await step('create a branch below it', async () => {
    const parentUrl = page.url();
    await page.getByTestId('org-create-child').click();
    const dialog = page.getByRole('dialog').filter({ hasText: '新建工会' });
    await dialog.locator('#name').fill(`农机合作社${tag}分会`);
    await dialog.locator('#kind').click();
    await page.locator('.ant-select-item-option', { hasText: '分会/小组' }).click();
    await dialog.locator('.ant-btn-primary').click();
    await page.waitForURL((url) => url.href !== parentUrl && /\/orgs\/\d+$/.test(url.pathname));
    await page.getByTestId('org-detail').getByText(`农机合作社${tag}分会`).first().waitFor();
  });
}
