/**
 * Menu journey: every entry of the menu leads to a page its role can use, and no locked button keeps its reason to
 * itself. For the roles with the narrowest menus on the demo data — a grassroots clerk, a reviewer, a counsellor —
 * open every group, visit every entry (更多服务 included), and fail with the whole list of what was found: a 401 or
 * 403 the page met, an error in the console, an error shown instead of the page, a primary button disabled with no
 * reason said (a `title`, or `aria-describedby` naming the line that says it).
 */

import type { Page } from 'playwright-core';
import { BASE_URL, check, journey, signIn } from './lib.ts';

const ROLES = ['huifeng', 'reviewer', 'counsellor'];

/** Every entry of the staff menu, each group opened in turn. */
async function menuEntries(page: Page): Promise<{ label: string; href: string }[]> {
  const titles = page.locator('[data-testid="staff-menu"] .ant-menu-submenu-title');
  for (let i = 0; i < (await titles.count()); i++) {
    const title = titles.nth(i);
    if ((await title.getAttribute('aria-expanded')) !== 'true') await title.click();
  }
  await page.locator('[data-testid="staff-menu"] .ant-menu-item a').last().waitFor();
  return page
    .locator('[data-testid="staff-menu"] .ant-menu-item a')
    .evaluateAll((links) =>
      links.map((a) => ({ label: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
    );
}

/** The disabled primary buttons on the page that say no reason, by their text. */
const silentLocks = (page: Page) =>
  page
    .locator('main button.ant-btn-primary[disabled], .ant-layout-content button.ant-btn-primary[disabled]')
    .evaluateAll((buttons) =>
      buttons
        .filter((b) => (b as HTMLElement).offsetParent !== null)
        .filter((b) => {
          const own = b.getAttribute('title') || b.closest('[title]')?.getAttribute('title');
          const line = b.getAttribute('aria-describedby');
          return !own && !(line && document.getElementById(line)?.textContent?.trim());
        })
        .map((b) => b.textContent?.trim() || '(no text)'),
    );

await journey('menu', { viewport: { width: 1440, height: 900 } }, async (page, step) => {
  page.setDefaultTimeout(30_000);
  const problems: string[] = [];
  let where = '';
  page.on('response', (r) => {
    if (r.status() === 401 || r.status() === 403)
      problems.push(`${where}: ${r.status()} ${new URL(r.url()).pathname}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${where}: console ${m.text()}`);
  });

  for (const username of ROLES) {
    await step(
      `${username}: every menu entry opens a page the role can use, every lock says why`,
      async () => {
        await page.context().clearCookies();
        where = `${username} sign-in`;
        await signIn(page, '/login', username);
        await page.waitForURL((u) => !u.pathname.endsWith('/login'));
        const entries = await menuEntries(page);
        check(entries.length > 0, `${username} has a menu`);
        for (const { label, href } of entries) {
          where = `${username} ${label} (${href})`;
          await page.goto(`${BASE_URL}${href}`);
          await page.waitForLoadState('networkidle');
          if (await page.getByTestId('load-error').count()) problems.push(`${where}: shows a load error`);
          for (const text of await silentLocks(page))
            problems.push(`${where}: "${text}" is locked without a reason`);
        }
        console.log(`    ${username}: ${entries.length} entries visited`);
      },
    );
  }
  check(problems.length === 0, `found on the way:\n  ${problems.join('\n  ')}`);
});
