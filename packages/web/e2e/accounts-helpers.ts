/**
 * What the accounts journey does, named: read the set-up token, create a union, count a list, find a union in the
 * tree, a field's message, pick, sign out, a tag clear of the pinned columns.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { check, chooseFromDropdown, selectsClosed, tablesLoaded } from './lib.ts';

export const treeNode = (page: Page, name: string) =>
  page
    .locator('.org-tree .ant-tree-treenode')
    .filter({ has: page.locator('.org-node-name', { hasText: name }) });

/** The message under the form field of the input `#id` (a refusal the server names the field of). */
export const fieldError = (page: Page, id: string, text: string) =>
  page
    .locator('.ant-form-item', { has: page.locator(`#${id}`) })
    .locator('.ant-form-item-explain-error', { hasText: text });

/** Opens an antd Select and picks the visible option whose text is `label`. */
export async function pick(page: Page, select: ReturnType<Page['locator']>, label: string) {
  await select.click();
  await page
    .locator('.ant-select-dropdown:visible:not([class*="-leave"]) .ant-select-item-option', {
      hasText: label,
    })
    .first()
    .click();
  await selectsClosed(page);
}

/** Types into the union picker (OrgSelect, tree mode) and picks the search hit named `name`. */
export async function pickUnion(page: Page, picker: ReturnType<Page['locator']>, name: string) {
  await picker.click();
  await picker.locator('input').fill(name.slice(0, 2));
  await page
    .locator('.ant-select-dropdown:visible:not([class*="-leave"]) .ant-select-tree-treenode', {
      hasText: name,
    })
    .first()
    .click();
  await selectsClosed(page);
}

/** Signs out from the user menu; the sign-in page opens with no page to go back to (the next user starts at home). */
export async function signOut(page: Page) {
  await chooseFromDropdown(page, page.getByTestId('user-menu'), '退出登录');
  await page.waitForURL((url) => url.pathname === '/login' && url.search === '');
}

/** The one-time set-up token the server printed in its console log. */
export function setupToken(): string {
  const logPath = process.env.SERVER_LOG;
  check(logPath, 'SERVER_LOG is set (run this journey with scripts/journeys.mjs)');
  const match = /one-time set-up token: (\S+)/.exec(readFileSync(logPath, 'utf8'));
  check(match, `the server printed a set-up token in ${logPath}`);
  return match[1];
}

/** Fills the open 新建下级工会 form below `parent` (its title names it) and creates the union. */
export async function fillNewUnion(page: Page, parent: string, name: string, kind: string) {
  const dialog = page.getByRole('dialog').filter({ hasText: `在「${parent}」下新建工会` });
  await dialog.locator('#name').fill(name);
  await dialog.locator('#kind').click();
  await page.locator('.ant-select-item-option', { hasText: kind }).click();
  await dialog.locator('.ant-btn-primary').click();
}

/** Creates a union below the union `parent` whose detail page is open. */
export async function createChild(page: Page, parent: string, name: string, kind: string) {
  const parentUrl = page.url();
  await page.getByTestId('org-create-child').click();
  await fillNewUnion(page, parent, name, kind);
  await page.waitForURL((url) => url.href !== parentUrl && /\/orgs\/\d+$/.test(url.pathname));
  await page.getByTestId('org-detail').getByText(name).first().waitFor();
}

export async function totalOf(page: Page): Promise<number> {
  await tablesLoaded(page);
  const text = (await page.locator('.ant-pagination-total-text').textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

/**
 * Checks that the 需改密码 tag of `username`'s row in the accounts list lies whole inside its own cell and clear of
 * the row's pinned (fixed) cells, at the page's present size and language.
 */
export async function mustChangeTagClear(page: Page, username: string) {
  const row = page.locator('.ant-table-row', { hasText: username });
  const tag = row.getByTestId(`user-must-change-${username}`);
  await tag.waitFor();
  const boxes = await tag.evaluate((el) => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const tr = el.closest('tr');
    const td = el.closest('td');
    const pinned = tr
      ? Array.from(tr.querySelectorAll('.ant-table-cell-fix-start, .ant-table-cell-fix-end'))
      : [];
    return { tag: box(el), cell: td && box(td), pinned: pinned.map(box) };
  });
  const { tag: t, cell, pinned } = boxes;
  const within = cell && t.left >= cell.left && t.right <= cell.right + 0.5;
  check(within, `the tag ${JSON.stringify(t)} lies inside its cell ${JSON.stringify(cell)}`);
  check(pinned.length > 0, 'the row has pinned cells');
  for (const p of pinned) {
    const overlaps = t.left < p.right && t.right > p.left && t.top < p.bottom && t.bottom > p.top;
    check(!overlaps, `the tag ${JSON.stringify(t)} is not under the pinned cell ${JSON.stringify(p)}`);
  }
}
