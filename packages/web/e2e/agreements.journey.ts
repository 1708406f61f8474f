/**
 * Collective agreements journey: 顺义区总工会 enters an area women workers' agreement with what its measures cost and
 * whom they reached, imports its covered enterprises from an .xlsx (a bad row first: nothing imported, the row
 * named), uploads the text, and sees the agreement in its statistics; the administrator reads seed 002's 平谷 figures
 * out of the report page (224 signed, 87.5%, 2,294 enterprises, 30,369 workers, ¥70,000.00 for 133 women) and the
 * renewal list.
 */
import { randomInt } from 'node:crypto';
import { runTag, workbook } from './data.ts';
import { BASE_URL, check, journey, shot, signIn } from './lib.ts';
import { pick } from './programs-helpers.ts';

const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** A valid unified social credit code of 顺义 (110113), random. */
function uscc(): string {
  let body = '91110113';
  for (let i = 0; i < 9; i++) body += CHARS[randomInt(CHARS.length)];
  const sum = [...body].reduce((s, c, i) => s + CHARS.indexOf(c) * WEIGHTS[i], 0);
  return body + CHARS[(31 - (sum % 31)) % 31];
}

const HEADERS = ['统一社会信用代码', '企业名称', '职工人数', '女职工人数'];
const tag = runTag();

await journey('agreements', { viewport: { width: 1440, height: 900 } }, async (page, step) => {
  const title = `顺义区${tag}片区女职工特殊权益保护专项协议`;
  const firms = [
    [uscc(), `北京${tag}食品有限公司`, '48', '21'],
    [uscc(), `北京${tag}物流有限公司`, '35', '9'],
    [uscc(), `顺义区${tag}餐饮店`, '7', '5'],
  ];

  await step('the district union enters an area agreement with its women workers’ clauses', async () => {
    await signIn(page, '/login', 'shunyi');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(`${BASE_URL}/agreements`);
    await page.getByTestId('agreement-new').click();
    await page.waitForURL('**/agreements/new');
    await page.getByTestId('agreement-union').getByText('顺义区总工会').waitFor();
    await page.getByTestId('agreement-title').fill(title);
    await page.getByTestId('agreement-employer').fill('顺义区企业联合会');
    await page.getByTestId('clause-health_check').check();
    await page.getByTestId('clause-maternity').check();
    await page.getByTestId('clause-pregnancy_duties').check();
    await page.getByTestId('agreement-cost').fill('70860');
    await page.getByTestId('agreement-reach').fill('133');
    await shot(page, 'agreements-01-enter');
    await page.getByTestId('agreement-save').click();
    await page.waitForURL(/\/agreements\/\d+$/);
    await page.getByTestId('agreement-title-view').filter({ hasText: title }).waitFor();
    await page.getByTestId('agreement-cost').filter({ hasText: '¥70,860.00' }).waitFor();
    await page.getByTestId('agreement-reach').filter({ hasText: '133' }).waitFor();
  });

  await step('an .xlsx with a bad row imports nothing and names the row', async () => {
    const bad = [...firms.slice(0, 2), ['91110113BAD', `北京${tag}错误代码公司`, '12', '3']];
    await page.locator('[data-testid=coverage-panel] input[type=file]').setInputFiles({
      name: '覆盖企业.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook(HEADERS, bad),
    });
    await page.getByTestId('coverage-rejected').waitFor();
    const row =
      (await page.getByTestId('import-errors').locator('.ant-table-row').first().textContent()) ?? '';
    check(
      row.includes('4') && row.includes('统一社会信用代码'),
      `the error names row 4 and its column: ${row}`,
    );
    check(
      (await page.getByTestId('coverage-table').locator('.ant-table-row').count()) === 0,
      'nothing imported',
    );
    await shot(page, 'agreements-02-import-errors');
  });

  await step('the corrected .xlsx covers three enterprises and 90 workers', async () => {
    await page.locator('[data-testid=coverage-panel] input[type=file]').setInputFiles({
      name: '覆盖企业.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook(HEADERS, firms),
    });
    await page.getByTestId('coverage-table').locator('.ant-table-row').nth(2).waitFor();
    await page.getByTestId('agreement-summary').filter({ hasText: '覆盖 3 家企业、90 名职工' }).waitFor();
  });

  await step('the text of the agreement is uploaded', async () => {
    await page.locator('.ant-descriptions input[type=file]').setInputFiles({
      name: `${title}.pdf`,
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await page.locator('.ant-descriptions a', { hasText: `${title}.pdf` }).waitFor();
    await shot(page, 'agreements-03-detail');
  });

  await step('顺义’s statistics count the new agreement and its enterprises', async () => {
    await page.goto(`${BASE_URL}/agreement-stats?kind=women`);
    await page.getByTestId('agreement-stats').waitFor();
    const signed = (await page.getByTestId('stat-signed').textContent()) ?? '';
    check(/[1-9]/.test(signed), `顺义 signed at least one this year: ${signed}`);
    const enterprises = (await page.getByTestId('stat-enterprises').textContent()) ?? '';
    check(/[3-9]|\d{2,}/.test(enterprises), `顺义 covers the imported enterprises: ${enterprises}`);
  });

  await step('the administrator reads 平谷’s seed figures out of the report', async () => {
    await page.context().clearCookies();
    await signIn(page, '/login', 'admin');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(`${BASE_URL}/agreement-stats?kind=women`);
    const select = page.getByTestId('agreement-stats-org');
    await select.click();
    await page.keyboard.type('平谷区总工会');
    await pick(page, select, '平谷区总工会');
    await page.getByTestId('agreement-stats').waitFor();
    const text = async (id: string) => (await page.getByTestId(id).textContent()) ?? '';
    await page.getByTestId('stat-signed').filter({ hasText: '224' }).waitFor();
    check((await text('stat-rate')).includes('87.5%'), `signing rate 87.5%: ${await text('stat-rate')}`);
    check(
      (await text('stat-enterprises')).includes('2,294'),
      `2,294 enterprises: ${await text('stat-enterprises')}`,
    );
    check((await text('stat-workers')).includes('30,369'), `30,369 workers: ${await text('stat-workers')}`);
    check(
      (await text('stat-measure-cost')).includes('¥70,000.00'),
      `¥70,000.00 for special health checks: ${await text('stat-measure-cost')}`,
    );
    check(
      (await text('stat-measure-reach')).includes('133'),
      `133 women reached: ${await text('stat-measure-reach')}`,
    );
    await shot(page, 'agreements-04-pinggu-stats');
  });

  await step('the renewal list shows the agreements expiring within 90 days', async () => {
    await page.goto(`${BASE_URL}/agreements?view=expiring`);
    const rows = page.getByTestId('agreement-table').locator('.ant-table-row');
    await rows.first().waitFor();
    check((await rows.count()) >= 5, `the renewal list has 平谷’s five: ${await rows.count()}`);
    await shot(page, 'agreements-05-renewals');
  });
});
