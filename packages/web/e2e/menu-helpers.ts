/** The staff side menu as the journeys read and use it: its groups, the current entry, opening an entry. */
import type { Page } from 'playwright-core';
import { actUntilShown } from './lib.ts';

/** The names of the menu's groups, top to bottom. */
export const menuGroups = (page: Page) =>
  page.locator('[data-testid^="nav-group-"] > span:first-child').allTextContents();

/**
 * Waits until the menu marks `label` as the current page and shows that entry whole within the side menu and the
 * window, without anyone scrolling.
 */
export async function currentEntryInView(page: Page, label: string) {
  const item = page.locator('.ant-menu-item-selected', { hasText: label });
  await item.waitFor();
  await page.waitForFunction(() => {
    const el = document.querySelector('.ant-menu-item-selected')?.getBoundingClientRect();
    const box = document.querySelector('.staff-sider .ant-layout-sider-children')?.getBoundingClientRect();
    // a pixel of slack: the sticky side menu may sit a fraction of a pixel off the window's edge
    return (
      !!el && !!box && el.top >= box.top - 1 && el.bottom <= Math.min(box.bottom, window.innerHeight) + 1
    );
  });
}

/**
 * Opens a group of the menu (if it is closed) and one of its entries. The group's title toggles it: an entry not
 * yet shown when looked at (the menu laid out again after the window was resized) may be in a group that was open,
 * which the click then closed, so the title is clicked again until the entry shows.
 */
export async function openFromMenu(page: Page, group: string, entry: string) {
  const item = page.getByRole('menuitem', { name: entry, exact: true });
  await actUntilShown(item, () => page.locator('.ant-menu-submenu-title', { hasText: group }).click());
  await item.click();
}
