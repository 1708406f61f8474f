/**
 * Menu journey: every entry of the menu leads to a page its role can use, and no locked button keeps its reason to
 * itself. For the roles with the narrowest menus on the demo data — a grassroots clerk, a reviewer, a counsellor —
 * open every group, visit every entry (更多服务 included), and fail with the whole list of what was found: a 401 or
 * 403 the page met, an error in the console, an error shown instead of the page, a primary button disabled with no
 * reason said (a `title`, or `aria-describedby` naming the line that says it) — on the page and inside the
 * page's dialogs: its 新建 dialog and its 导入 dialog where it has them, opened as they come (once a page: the
 * first role to reach it opens them) — and, once a page, at a phone's 375 px: no sideways scrolling of the page,
 * no card title squeezed out by its buttons; and, once a page, no critical or serious breach of the accessibility
 * rules the pages keep (a11y.ts: a field or button with no name, words too pale, …).
 */

import type { Page } from 'playwright-core';
import { a11yFaults } from './a11y.ts';
import { check, journey, networkQuiet, PHONE_SCREEN, signIn } from './lib.ts';

const ROLES = ['huifeng', 'reviewer', 'counsellor'];

/**
 * Every entry of the staff menu, each group opened in turn and its entries read as it opens (the menu may take its
 * final shape, closing groups, while the walk goes on: what each group held is kept).
 */
async function menuEntries(page: Page): Promise<{ label: string; href: string }[]> {
  const titles = page.locator('[data-testid="staff-menu"] .ant-menu-submenu-title');
  const found = new Map<string, string>();
  // the menu draws once the account and its areas have come: on a busy machine after the page went quiet
  await titles.first().waitFor();
  const read = async () => {
    const links = await page
      .locator('[data-testid="staff-menu"] .ant-menu-item a')
      .evaluateAll((all) => all.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? ''] as const));
    for (const [href, label] of links) if (!found.has(href)) found.set(href, label);
  };
  for (let i = 0; i < (await titles.count()); i++) {
    const title = titles.nth(i);
    // each group's entries render as it opens: wait for it before reading, or the walk sees one group only; a
    // group the menu closed again as it took its final shape is opened once more
    const expanded = title.locator('xpath=self::*[@aria-expanded="true"]');
    for (let tries = 1; (await title.getAttribute('aria-expanded')) !== 'true'; tries++) {
      await title.click();
      const opened = await expanded.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      if (!opened && tries === 3)
        throw new Error(`the menu group ${await title.textContent()} does not open`);
    }
    await title.locator('xpath=..').locator('.ant-menu-item a').last().waitFor();
    await read();
  }
  return [...found].map(([href, label]) => ({ href, label }));
}

/** Resolves once the page has no request in flight (set when the walk starts). */
let quiet: () => Promise<void> = () => Promise.resolve();

/**
 * Opens a page as its menu entry does — inside the app, without loading it anew — and waits until it has
 * rendered (the layout names the page it shows, and the page's code has come) and read what it shows.
 */
async function open(page: Page, href: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, href);
  await drawn(page);
}

/**
 * Until the page at the address it ends at (an entry may send on to another) is drawn by the layout, its code has
 * come and it has read what it shows.
 */
async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const content = document.querySelector('.staff-content');
    return (
      content?.getAttribute('data-page') === location.pathname && !content.querySelector('.page-spinner')
    );
  });
  await quiet();
}

/**
 * What is wrong with the page on a phone (375 px): the page wider than the screen (it scrolls sideways; a table
 * scrolls inside its card), a card's title squeezed under 40 px by its buttons. The window is set back to the
 * desk's size after.
 */
async function phoneFaults(page: Page): Promise<string[]> {
  const desk = page.viewportSize();
  await page.setViewportSize(PHONE_SCREEN);
  // the layout has taken its phone shape (the menu behind a button) and the page has read anything it reads there
  await page.getByTestId('nav-open').waitFor();
  await quiet();
  // a chart redraws at the new width a moment after the window's (its resize is debounced; about 0.3 s on a quiet
  // machine, seconds on a loaded one): the page is given ten seconds to fit before it is measured, and is measured
  // as soon as it fits
  await page
    .waitForFunction(() => document.documentElement.scrollWidth <= innerWidth, undefined, { timeout: 10_000 })
    .catch(() => undefined);
  const found = await page.evaluate(() => {
    const faults: string[] = [];
    const wide = document.documentElement.scrollWidth;
    if (wide > innerWidth) {
      // what sticks out: the outermost elements past the window's right edge whose parent is within it
      const out = Array.from(document.querySelectorAll<HTMLElement>('body *'))
        .filter((el) => {
          const parent = el.parentElement?.getBoundingClientRect();
          return (
            el.getBoundingClientRect().right > innerWidth + 1 && parent && parent.right <= innerWidth + 1
          );
        })
        .slice(0, 3)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} (${Math.round(el.getBoundingClientRect().width)} px)`,
        );
      faults.push(`the page is ${wide} px wide: ${out.join(', ')}`);
    }
    for (const title of Array.from(document.querySelectorAll<HTMLElement>('.ant-card-head-title'))) {
      const { width } = title.getBoundingClientRect();
      if (title.offsetParent && title.textContent?.trim() && width < 40)
        faults.push(`the card title "${title.textContent.trim()}" is ${Math.round(width)} px wide`);
    }
    return faults;
  });
  if (desk) await page.setViewportSize(desk);
  await page.locator('.staff-sider').waitFor();
  return found;
}

const PAGE = 'main button.ant-btn-primary[disabled], .ant-layout-content button.ant-btn-primary[disabled]';
const DIALOG =
  '.ant-modal-wrap button.ant-btn-primary[disabled], .ant-drawer button.ant-btn-primary[disabled]';

/** The disabled primary buttons on the page (or in its open dialog) that say no reason: text, page and markup. */
const silentLocks = (page: Page, where: string = PAGE) =>
  page.locator(where).evaluateAll((buttons) =>
    buttons
      .filter((b) => (b as HTMLElement).offsetParent !== null)
      .filter((b) => {
        const own = b.getAttribute('title') || b.closest('[title]')?.getAttribute('title');
        const line = b.getAttribute('aria-describedby');
        return !own && !(line && document.getElementById(line)?.textContent?.trim());
      })
      // its text, the page it stood on (a 新建 may have opened a page of its own) and its markup, to find it by
      .map(
        (b) =>
          `"${b.textContent?.trim() || '(no text)'}" on ${location.pathname}: ${b.outerHTML.slice(0, 240)}`,
      ),
  );

/**
 * Opens the page's primary dialogs — its 新建 button (a primary button with a plus, in the page's head) and its
 * list's 导入 — one after the other, and lists the silent locks found inside; each is closed with Escape and a
 * 新建 that opened a page of its own is checked there and left.
 */
let dialogsOpened = 0;

async function dialogLocks(page: Page, href: string): Promise<string[]> {
  const found: string[] = [];
  const openers = [
    page
      .locator('.ant-card-extra, .page-head')
      .locator('button.ant-btn-primary:not([disabled]):has(.anticon-plus)'),
    page.locator('[data-testid^="list-import-"]:not([data-testid="list-import-dialog"])'),
  ];
  for (const opener of openers) {
    const button = opener.first();
    if (!(await button.count()) || !(await button.isVisible())) continue;
    await button.click();
    const dialog = page.locator(
      '.ant-modal-wrap:visible .ant-modal-container, .ant-drawer-open .ant-drawer-section',
    );
    // a dialog opens, or the button took the walk to a page of its own
    await Promise.race([
      dialog.first().waitFor({ timeout: 3_000 }),
      page.waitForURL((u) => u.pathname !== href.split('?')[0], { timeout: 3_000 }),
    ]).catch(() => undefined);
    await quiet();
    if (await dialog.count()) {
      dialogsOpened++;
      found.push(...(await silentLocks(page, DIALOG)));
      // closed by its ✕ (a form's dialog may keep Escape from losing what was typed), else by Escape
      const close = page.locator(
        '.ant-modal-wrap:visible .ant-modal-close, .ant-drawer-open .ant-drawer-close',
      );
      if (await close.count()) await close.first().click();
      else await page.keyboard.press('Escape');
      await dialog
        .first()
        .waitFor({ state: 'hidden', timeout: 5_000 })
        .catch(() => undefined);
    } else if (new URL(page.url()).pathname !== href.split('?')[0]) {
      await drawn(page);
      found.push(...(await silentLocks(page)));
      await open(page, href);
    }
  }
  return found;
}

await journey('menu', { viewport: { width: 1366, height: 768 } }, async (page, step) => {
  page.setDefaultTimeout(30_000);
  quiet = networkQuiet(page);
  const problems: string[] = [];
  const dialogsOf = new Set<string>();
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
        // the last page is left first: its timers would ask for the next one's counts without a session
        await page.goto('about:blank');
        await page.context().clearCookies();
        where = `${username} sign-in`;
        await signIn(page, '/login', username);
        await page.waitForURL((u) => !u.pathname.endsWith('/login'));
        // the menu takes its final shape when the areas in use have come (GET /api/menu/usage): walk it then
        await page.waitForLoadState('networkidle');
        const entries = await menuEntries(page);
        check(entries.length > 0, `${username} has a menu`);
        for (const { label, href } of entries) {
          where = `${username} ${label} (${href})`;
          await open(page, href);
          if (await page.getByTestId('load-error').count()) problems.push(`${where}: shows a load error`);
          for (const text of await silentLocks(page))
            problems.push(`${where}: ${text} is locked without a reason`);
          // a page's dialogs and its shape on a phone are the same whoever opens it: each page's are seen once
          if (dialogsOf.has(href)) continue;
          dialogsOf.add(href);
          problems.push(...(await a11yFaults(page, where)));
          for (const text of await phoneFaults(page)) problems.push(`${where} at 375 px: ${text}`);
          for (const text of await dialogLocks(page, href))
            problems.push(`${where}: ${text} is locked without a reason in its dialog`);
        }
        console.log(
          `    ${username}: ${entries.length} entries visited, ${dialogsOpened} dialogs opened so far`,
        );
      },
    );
  }
  check(dialogsOpened > 0, 'the walk opened the pages’ dialogs');
  check(problems.length === 0, `found on the way:\n  ${problems.join('\n  ')}`);
});
