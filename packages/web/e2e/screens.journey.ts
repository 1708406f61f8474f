/**
 * Screens journey: a clerk's typing is saved exactly or refused at the field, and loading or a failed
 * request never looks like data. On a program of its own (the demo's data stays as other journeys expect):
 * a budget typed as `abc12.345` or `1e5元` blocks saving with the field's message; a valid amount is saved
 * and shown back as typed; a request answered with 500 shows what failed with 重试 (not an empty list),
 * and 重试 shows the data once the server answers; a slow request shows a spinner, not 0 or 暂无数据.
 * A member file without its ID-number column fails at the upload step with the reason, not with three
 * green ticks and "错误行 0". The audit log shows the program's creation in words, by the clerk's name.
 */

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runTag, workbook } from './data.ts';
import { BASE_URL, check, dropSheet, journey, pressInDialog, SCREENSHOTS, shot, signIn } from './lib.ts';
import { callApi, signedIn } from './programs-helpers.ts';

const EMPTY_WORDS = ['暂无数据', '没有符合条件的项目', '¥0.00'];

/** A screenshot now, while a request is held (the shared `shot` waits for the network to go quiet). */
const shotNow = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** Fails when the page shows anything that reads as "no data" or a zero amount. */
async function checkNoEmptyState(page: Page, when: string) {
  const text = (await page.locator('main, .ant-layout-content').first().textContent()) ?? '';
  for (const word of EMPTY_WORDS) check(!text.includes(word), `${when}: the page shows "${word}"`);
}

await journey('screens', { viewport: { width: 1440, height: 900 } }, async (page, step) => {
  page.setDefaultTimeout(30_000);
  const name = `屏幕校验项目（${runTag()}${Date.now() % 10000}）`;
  const budget = page.getByTestId('program-budget');
  const budgetError = page.getByTestId('program-budget-error');
  let programId = 0;

  await step('shunyi signs in and starts a program of their own', async () => {
    await signIn(page, '/login', 'shunyi');
    await page.waitForURL('**/todo');
    await page.goto(`${BASE_URL}/programs/new`);
    await page.getByTestId('program-name').fill(name);
  });

  for (const typed of ['abc12.345', '1e5元']) {
    await step(`a budget typed as ${typed} is refused at the field and not saved`, async () => {
      await budget.fill(typed);
      await budgetError.waitFor();
      const message = (await budgetError.textContent()) ?? '';
      check(message.includes('请只填写数字金额'), `the field says what is wrong (${message})`);
      await page.getByTestId('program-save').click();
      await page.locator('.ant-message', { hasText: '填写有误' }).waitFor();
      check(page.url().endsWith('/programs/new'), 'nothing was saved: the editor is still a new program');
      await shot(page, `screens-01-budget-${typed === 'abc12.345' ? 'letters' : 'exponent'}`);
    });
  }

  await step('a valid budget is saved and shown back exactly as typed', async () => {
    await budget.fill('123456.78');
    await budgetError.waitFor({ state: 'detached' });
    await page.getByTestId('program-save').click();
    await page.waitForURL(/\/programs\/\d+$/);
    programId = Number(page.url().split('/').pop());
    const saved = await callApi<{ budgetFen: number | null }>(page, 'GET', `/api/programs/${programId}`);
    check(saved.budgetFen === 12_345_678, `the API holds ¥123,456.78 in fen (${saved.budgetFen})`);
    await page.reload();
    await budget.waitFor();
    const shown = await budget.inputValue();
    check(shown === '123456.78', `the editor shows the budget as saved (${shown})`);
    await shot(page, 'screens-02-budget-saved');
  });

  const listUrl = `${BASE_URL}/programs?q=${encodeURIComponent(name)}`;
  const listApi = '**/api/programs?*';

  await step('a failed request shows what failed and 重试, not an empty list', async () => {
    await page.route(listApi, (route) =>
      route.fulfill({ status: 500, contentType: 'text/plain', body: 'upstream failure' }),
    );
    await page.goto(listUrl);
    const error = page.getByTestId('load-error');
    await error.waitFor();
    const text = (await error.textContent()) ?? '';
    check(text.includes('加载项目列表失败：服务器出错，请稍后重试'), `the error says what failed (${text})`);
    check(!text.includes('HTTP'), `no status code in the message (${text})`);
    check(text.includes('重试'), 'a 重试 button is offered');
    await checkNoEmptyState(page, 'after a failed request');
    await shot(page, 'screens-03-load-failed');
  });

  await step('重试 after the server recovers shows the data', async () => {
    await page.unroute(listApi);
    await page.getByTestId('load-retry').click();
    await page.getByRole('link', { name }).waitFor();
    await shot(page, 'screens-04-retried');
  });

  await step(
    'a page opened while the server cannot be reached says so with 重试, not the sign-in page',
    async () => {
      const sessionApi = '**/api/auth/session';
      await page.route(sessionApi, (route) => route.abort('internetdisconnected'));
      await page.goto(listUrl);
      const error = page.getByTestId('load-error');
      await error.waitFor();
      const text = (await error.textContent()) ?? '';
      check(
        text.includes('加载登录状态失败：网络连接失败'),
        `the error says the sign-in could not be read (${text})`,
      );
      check(!page.url().includes('/login'), `the page stays where it was (${page.url()})`);
      await page.unroute(sessionApi);
      await page.getByTestId('load-retry').click();
      await page.getByRole('link', { name }).waitFor();
    },
  );

  await step('a slow request shows a spinner, not 0 or 暂无数据', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(listApi, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(listUrl);
    await page.getByTestId('loading').first().waitFor();
    await checkNoEmptyState(page, 'while loading');
    await shotNow(page, 'screens-05-loading');
    release();
    await page.getByRole('link', { name }).waitFor();
    await page.unroute(listApi);
  });

  await step('the dashboard shows a spinner while its figures load, not ¥0.00', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const reportApi = '**/api/reports/programs?*';
    await page.route(reportApi, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${BASE_URL}/dashboard`);
    await page.getByTestId('loading').first().waitFor();
    await checkNoEmptyState(page, 'while the dashboard loads');
    await shotNow(page, 'screens-06-dashboard-loading');
    release();
    await page.getByTestId('dash-total-approvedFen').waitFor();
    await page.unroute(reportApi);
  });

  await step('a member file missing a required column fails at the upload step, in words', async () => {
    await page.goto(`${BASE_URL}/import`);
    await dropSheet(page, '缺列.xlsx', workbook(['姓名', '手机号'], [['张三', '13900000000']]));
    await page.getByTestId('import-start').click();
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 60_000 });
    check((await result.getAttribute('data-status')) === 'error', 'the import shows as failed');
    const text = (await result.textContent()) ?? '';
    check(text.includes('缺少必需的列'), `the reason names the missing column (${text})`);
    check(!text.includes('错误行'), 'no row counts for a file that was never read row by row');
    check((await page.locator('.ant-steps-item-error').count()) === 1, 'the upload step is marked failed');
    check((await page.locator('.ant-steps-item-finish').count()) < 3, 'not every step is ticked');
    await shot(page, 'screens-07-import-missing-column');
  });

  await step('the audit log shows the creation in words, by name, with the budget as money', async () => {
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    // the audit administrator reads the log (三员分立), not the system administrator
    const admin = await signedIn(browser, 'auditor', 'staff');
    await admin.page.goto(`${BASE_URL}/audit?action=program.create`);
    const table = admin.page.getByTestId('audit-table');
    const row = table.locator('tr.ant-table-row', { hasText: '新建项目' }).first();
    await row.waitFor();
    const rowText = (await row.textContent()) ?? '';
    check(!rowText.includes('program.create') && !rowText.includes('shunyi'), `no codes (${rowText})`);
    await row.locator('.ant-table-row-expand-icon').click();
    const changes = admin.page.getByTestId('audit-changes').first();
    await changes.waitFor();
    const text = (await changes.textContent()) ?? '';
    check(text.includes('预算') && text.includes('¥123,456.78'), `the budget reads as money (${text})`);
    await shot(admin.page, 'screens-08-audit');
    await admin.ctx.close();
  });

  await step(
    'a 2020 decision is recorded on its day with 补录历史日期; the 2020 report counts it',
    async () => {
      const past = await callApi<{ id: number }>(page, 'POST', '/api/programs', {
        name: `补录测试项目（${runTag()}${Date.now() % 10000}）`,
        category: 'relief',
        periodStart: '2020-01-01',
        periodEnd: '2020-12-31',
        periodUnit: 'year',
        intakeModes: ['batch'],
        limitMode: 'per_person_per_period',
        reviewChain: [2],
        rule: { op: 'member_of_owner_subtree' },
        amount: { kind: 'fixed', fen: 80_000 },
      });
      await callApi(page, 'POST', `/api/programs/${past.id}/publish`, {});
      // Members of 2020: the rule reads membership on the application's day, so members who joined later
      // (other journeys import some) are refused; the first of those accepted is taken.
      const members = await callApi<{ items: { id: number }[] }>(page, 'GET', '/api/members?pageSize=50');
      const batch = await callApi<{ results: { applicationId?: number }[] }>(
        page,
        'POST',
        `/api/programs/${past.id}/batch`,
        {
          rows: members.items.map((m) => ({ personId: m.id })),
          appliedOn: '2020-05-10',
          mode: 'valid_only',
        },
      );
      const applicationId = batch.results.find((r) => r.applicationId)?.applicationId;
      check(applicationId, 'a member of 2020 is among the first 50');
      await page.goto(`${BASE_URL}/applications/${applicationId}`);
      await page.getByTestId('approve').click();
      await page.getByTestId('past-day-open').click();
      const day = page.getByTestId('past-day');
      await day.fill('2020-06-15');
      await day.press('Enter');
      await shot(page, 'screens-09-backdate-approval');
      await pressInDialog(page.getByTestId('reason-ok'));
      await page.locator('.ant-message-notice', { hasText: '已通过' }).waitFor();
      const detail = await callApi<{ status: string; events: { action: string; effectiveOn: string }[] }>(
        page,
        'GET',
        `/api/applications/${applicationId}`,
      );
      const approved = detail.events.find((e) => e.action === 'approved');
      check(approved?.effectiveOn === '2020-06-15', `approved on 2020-06-15 (${approved?.effectiveOn})`);
      await page.goto(`${BASE_URL}/applications/${applicationId}`);
      const when = page.getByTestId('history').getByText(/2020-06-15（\d{4}-\d{2}-\d{2} 补录）/);
      await when.waitFor();
      await shot(page, 'screens-10-backdate-history');
      const report = await callApi<{
        programs: { programId: number; approved: number; approvedFen: number }[];
      }>(page, 'GET', '/api/reports/programs?from=2020-01-01&to=2020-12-31');
      const row = report.programs.find((p) => p.programId === past.id);
      check(
        row?.approved === 1 && row.approvedFen === 80_000,
        `2020 counts the approval (${JSON.stringify(row)})`,
      );
    },
  );

  await step(
    'at 1024 px a list or a statistics table of many columns scrolls inside its card, its columns not squeezed; at 1280 px the union tree fits its card',
    async () => {
      await page.setViewportSize({ width: 1024, height: 768 });
      // a register's list, a statistics page of twenty figures, the dashboard's table of programs
      for (const [path, name] of [
        ['/innovation/achievements', 'screens-11-list-at-1024'],
        ['/congress-stats', 'screens-12-stats-at-1024'],
        ['/dashboard', 'screens-13-dashboard-at-1024'],
      ]) {
        await page.goto(`${BASE_URL}${path}`);
        await page.locator('.ant-table-row').first().waitFor();
        const layout = await page.evaluate(() => {
          const cells = (sel: string) =>
            Array.from(document.querySelectorAll<HTMLElement>(sel)).filter((c) => c.textContent?.trim());
          const heads = cells('.ant-table-thead th');
          // a row's first cell: a union's or a program's name
          const firsts = cells('.ant-table-tbody tr.ant-table-row > td:first-child');
          return {
            pageWidth: document.documentElement.scrollWidth,
            // a title of four characters squeezed to one a line stands four lines high
            tallest: Math.max(...heads.map((th) => th.getBoundingClientRect().height)),
            // the name's own lines, not its row's height (another cell of the row may hold two lines)
            tallestFirst: Math.max(
              0,
              ...firsts.map((td) => {
                const range = document.createRange();
                range.selectNodeContents(td);
                return range.getBoundingClientRect().height;
              }),
            ),
            lineHeight: Number.parseFloat(getComputedStyle(heads[0]).lineHeight),
          };
        });
        await shot(page, name);
        check(
          layout.pageWidth <= 1024,
          `${path}: the page does not scroll sideways (${layout.pageWidth} px)`,
        );
        check(
          layout.tallest < 2 * layout.lineHeight + 40,
          `${path}: each column title on one line (tallest ${layout.tallest} px, line ${layout.lineHeight} px)`,
        );
        check(
          layout.tallestFirst < 2 * layout.lineHeight + 4,
          `${path}: a row's name not squeezed (tallest ${layout.tallestFirst} px)`,
        );
      }
      // the union tree at 1280 px, the narrowest that shows each union's kind (styles.css): every kind seen whole,
      // a long name cut short rather than the row run past the card
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${BASE_URL}/orgs`);
      await page.locator('.org-tree .org-node').nth(1).waitFor();
      // the first row is the one chosen, whose kind gives way to 新建下级工会; every other row's kind is seen whole
      const unseen = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.org-tree .org-node-kind'))
          .slice(1)
          .filter((k) => {
            const r = k.getBoundingClientRect();
            const seen = (x: number) => k.contains(document.elementFromPoint(x, r.top + r.height / 2));
            return r.width > 0 && (!seen(r.left + 2) || !seen(r.right - 2));
          })
          .map((k) => k.closest('.org-node')?.textContent ?? ''),
      );
      await shot(page, 'screens-14-tree-at-1280');
      check(unseen.length === 0, `each union's kind seen whole in the tree: ${unseen.join('; ')}`);
      check(
        (await page.locator('.org-tree .org-node-kind .ant-tag').count()) > 1,
        "the tree shows the unions' kinds at 1280 px",
      );
      await page.setViewportSize({ width: 1440, height: 900 });
    },
  );
});
