/** What the accounts journey does more than once: find a union in the tree, a field's message, pick, sign out. */
import type { Page } from 'playwright-core';
import { chooseFromDropdown, selectsClosed } from './lib.ts';

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
