/**
 * Returns journey (issue 25): 顺义 issues the shipped grassroots survey to its grassroots unions; 汇丰's clerk finds
 * it pre-filled, completes and submits it; 杨镇 returns it with a comment on a field; 汇丰 fixes and resubmits; 杨镇
 * accepts, records its other unions as not reported and submits its consolidated return; 顺义 accepts it, and the
 * consolidated table's 会员人数 is what 汇丰 reported. On the way 汇丰 round-trips its pre-filled .xlsx (downloaded in the
 * browser, a cell changed with the project's xlsx writer, uploaded back) and fills a field on a phone-sized page;
 * the consolidated export is read back and holds the form's sections and what 汇丰 reported.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { readSheet } from '../../server/src/shared/sheet-reader.ts';
import { writeWorkbook } from '../../server/src/shared/xlsx-writer.ts';
import { BASE_URL, check, journey, pressInDialog, shot, signInTo, untilStill } from './lib.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A file the signed-in browser fetches, as bytes. */
const fetchBytes = async (page: Page, url: string) =>
  Buffer.from(
    await page.evaluate(async (u) => {
      const bytes = new Uint8Array(await (await fetch(u)).arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    }, url),
    'base64',
  );
const inputIs = (page: Page, testId: string, value: string) =>
  page.waitForFunction(
    ([id, v]) => document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)?.value === v,
    [testId, value] as const,
  );

const as = async (page: Page, user: string, next?: string) => {
  await page.context().clearCookies();
  await signInTo(page, '/login', user, next);
  return page.evaluate(async () => (await (await fetch('/api/auth/me')).json()).orgId as number);
};
const confirm = (page: Page, testId: string) => pressInDialog(page.getByTestId(testId));

await journey('returns', { viewport: { width: 1440, height: 900 } }, async (page, step) => {
  const title = `基层工会调查表（${Date.now()}）`;
  let id = 0;
  let huifeng = 0;
  let yangzhen = 0;
  let members = '';

  await step('顺义 issues the shipped grassroots survey to its grassroots unions', async () => {
    await as(page, 'shunyi', `/returns/new`);
    await page.getByTestId('ret-shipped').click();
    await page.getByTitle('基层工会调查表（工会统计年报）').click();
    await page.getByTestId('ret-title').fill(title);
    // a form begun and not saved: a link inside the app asks first, and staying keeps it
    await page.locator('.ant-menu a[href="/returns"]').click();
    await page.getByTestId('leave-stay').click();
    check(
      page.url().endsWith('/returns/new') && (await page.getByTestId('ret-title').inputValue()) === title,
      `staying keeps the form begun (${page.url()})`,
    );
    // a new return's deadline is filled at once (10 working days from today), the day that is saved; issuing waits
    await page.waitForFunction(
      () =>
        !!document.querySelector<HTMLInputElement>(
          '[data-testid="ret-deadline"] input, input[data-testid="ret-deadline"]',
        )?.value,
    );
    check(
      (await page.getByTestId('ret-issue-why').textContent()) === '请先保存草稿，保存后才能下发',
      '下发 says why it is locked',
    );
    await page.getByTestId('ret-working-days').click();
    await page.waitForFunction(
      () =>
        !!document.querySelector<HTMLInputElement>(
          '[data-testid="ret-deadline"] input, input[data-testid="ret-deadline"]',
        )?.value,
    );
    await page.getByTestId('ret-save-draft').click();
    await page.waitForURL(/\/returns\/\d+\/edit$/);
    id = Number(/\/returns\/(\d+)\/edit/.exec(page.url())?.[1]);
    await page.getByTestId('ret-issue').click();
    await confirm(page, 'ret-issue-ok');
    await page.waitForURL(`**/returns/${id}`);
    await page.getByTestId('ret-progress').waitFor();
    await shot(page, 'returns-01-issued');
  });

  await step('汇丰 finds it pre-filled, completes and submits it', async () => {
    huifeng = await as(page, 'huifeng', `/returns`);
    await page.getByTestId(`ret-fill-${id}`).click();
    await page.getByTestId('ret-submission').waitFor();
    members = await page.getByTestId('ret-input-f5').inputValue();
    check(
      members !== '' && (await page.getByTestId('ret-bound-f5').count()) === 1,
      `会员人数 is pre-filled (${members})`,
    );
    await page.getByTestId('ret-input-f1').click();
    await page.getByTitle('企业').click();
    const workers = page.getByTestId('ret-input-f2');
    if ((await workers.inputValue()) === '') await workers.fill(String(Number(members) + 20));
    await page.getByTestId('ret-save').click();
    await page.getByTestId('ret-problems').filter({ hasText: '检查通过' }).waitFor();
    await page.getByTestId('ret-submit').click();
    await confirm(page, 'ret-submit-ok');
    await page.getByTestId('ret-status').filter({ hasText: '已报送待审' }).waitFor();
  });

  await step('杨镇 returns it with a comment on 单位类型', async () => {
    yangzhen = await as(page, 'yangzhen', `/returns/${id}/unions/${huifeng}`);
    await page.getByTestId('ret-send-back').click();
    // sent back with nothing said: the dialog says so under its note and stays open
    await page.getByTestId('ret-send-back-ok').click();
    await page.locator('.ant-form-item-explain-error').filter({ hasText: '请写明退回意见' }).waitFor();
    // the field chosen once its dropdown has stopped opening, and seen chosen: a click during the opening can land
    // beside the option on a busy machine, and the comment would go without its field
    const field = page.getByTestId('ret-comment-field-0');
    await field.click();
    await untilStill(page.locator('.ant-select-dropdown:visible:not([class*="-leave"])'));
    await page.getByTitle('单位类型').click();
    await field.filter({ hasText: '单位类型' }).waitFor();
    await page.getByTestId('ret-comment-body-0').fill('汇丰包装属企业，但请核对是否为非公企业');
    await confirm(page, 'ret-send-back-ok');
    await page.getByTestId('ret-status').filter({ hasText: '退回修改' }).waitFor();
  });

  await step('汇丰 sees the comment at the field, fixes and resubmits', async () => {
    await as(page, 'huifeng', `/returns/${id}/unions/${huifeng}`);
    await page.getByTestId('ret-comment-f1').waitFor();
    await shot(page, 'returns-02-returned');
    // the .xlsx round trip: the pre-filled sheet downloaded, 农民工人数 set with the xlsx writer, uploaded back
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ret-download').click(),
    ]);
    const sheet = await readSheet(readFileSync(await download.path()), download.suggestedFilename());
    const rows = sheet.rows.map((r) => [...r.cells]);
    const line = rows.find((r) => r[1] === '农民工人数');
    check(!!line && rows.find((r) => r[1] === '会员人数')?.[3] === members, 'the sheet comes pre-filled');
    if (line) line[3] = '3';
    await page.locator('.ret-bar input[type=file]').setInputFiles({
      name: '汇丰-调查表.xlsx',
      mimeType: XLSX_TYPE,
      buffer: writeWorkbook([{ name: '填报', headers: sheet.headers, rows }]),
    });
    await inputIs(page, 'ret-input-f4', '3');
    // a field filled on a phone-sized page
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByTestId('ret-input-f9').fill('2');
    // a figure typed and not saved: the browser asks before the page is reloaded, and staying keeps it
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.dismiss();
      }),
    );
    await page.evaluate(() => setTimeout(() => location.reload(), 0));
    const prompt = await Promise.race([asked, page.waitForTimeout(5000).then(() => 'none')]);
    check(prompt === 'beforeunload', `leaving with a figure unsaved asks first (${prompt})`);
    await inputIs(page, 'ret-input-f9', '2');
    // a link inside the app asks too, in the page's words, and staying keeps the figure
    await page.locator('.ant-breadcrumb a').first().click();
    await page.getByTestId('leave-stay').click();
    check(page.url().endsWith(`/unions/${huifeng}`), `staying keeps the page (${page.url()})`);
    await inputIs(page, 'ret-input-f9', '2');
    await page.getByTestId('ret-save').click();
    await page.getByTestId('ret-save').and(page.locator('[disabled]')).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 400, `the page fits the phone (${width}px wide)`);
    await shot(page, 'returns-04-phone');
    await page.reload();
    await inputIs(page, 'ret-input-f9', '2');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('ret-submit').click();
    await confirm(page, 'ret-submit-ok');
    await page.getByTestId('ret-status').filter({ hasText: '已报送待审' }).waitFor();
  });

  await step(
    '杨镇 accepts, records its other unions as not reported, and submits its consolidated return',
    async () => {
      await as(page, 'yangzhen', `/returns/${id}/unions/${huifeng}`);
      await page.getByTestId('ret-accept').click();
      await page.getByTestId('ret-status').filter({ hasText: '已审核通过' }).waitFor();
      await page.goto(`${BASE_URL}/returns/${id}?orgId=${yangzhen}`);
      const marks = page.locator('[data-testid^="ret-mark-"]');
      await marks.first().waitFor();
      for (let left = await marks.count(); left > 0; left -= 1) {
        await marks.first().click();
        await page.getByTestId('ret-not-reported-reason').fill('本年度未按时建立统计台账，下年补报');
        await confirm(page, 'ret-not-reported-ok');
        await page.waitForFunction(
          (n) => document.querySelectorAll('[data-testid^="ret-mark-"]').length < n,
          left,
        );
      }
      await page.goto(`${BASE_URL}/returns/${id}/unions/${yangzhen}`);
      await page.getByTestId('ret-submit').click();
      await confirm(page, 'ret-submit-ok');
      await page.getByTestId('ret-status').filter({ hasText: '已报送待审' }).waitFor();
    },
  );

  await step('顺义 accepts 杨镇 and the table adds up to what 汇丰 reported', async () => {
    await as(page, 'shunyi', `/returns/${id}/unions/${yangzhen}`);
    await page.getByTestId('ret-accept').click();
    await page.getByTestId('ret-status').filter({ hasText: '已审核通过' }).waitFor();
    await page.goto(`${BASE_URL}/returns/${id}`);
    const row = page.getByTestId('ret-table').locator('tr', { hasText: '会员人数' }).first();
    await row.waitFor();
    const total = (await row.locator('td').nth(2).textContent())?.trim();
    check(total === members, `the total 会员人数 (${total}) is what 汇丰 reported (${members})`);
    check(
      (await page.getByTestId('ret-table-counts').textContent())?.includes('1 / 6'),
      'the total says it counts 1 of 6 towns',
    );
    // the consolidated export in the form's layout, with what 汇丰 reported
    const xlsx = await readSheet(await fetchBytes(page, `/api/returns/${id}/table.xlsx`), 't.xlsx');
    const cells = (label: string) => xlsx.rows.find((r) => r.cells[0] === label)?.cells ?? [];
    check(
      xlsx.rows[0]?.cells[0] === '填报任务' &&
        cells('统计单位')[1] === '顺义区总工会' &&
        cells('统计期间')[1] !== undefined,
      'the export opens with the return, the union and the period',
    );
    check(
      xlsx.rows.find((r) => r.cells[0]?.startsWith('一、'))?.cells[0] === '一、单位与职工',
      'the export follows with the form’s first section',
    );
    check(cells('会员人数')[2] === members, `the export’s 会员人数 is ${members}`);
    check(cells('农民工人数')[2] === '3', 'the export holds the value uploaded in the sheet');
    await shot(page, 'returns-03-table');
  });
});
