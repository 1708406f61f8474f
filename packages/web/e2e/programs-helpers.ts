/** Shared steps of the programs journeys: antd selects, sign-in in fresh contexts, API setup calls. */

import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, CONTEXT, DEMO_PASSWORD, SCREENSHOTS, shot, signIn } from './lib.ts';

export const PHONE = {
  viewport: { width: 375, height: 812 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};
export const DESKTOP = { viewport: { width: 1440, height: 900 } };

/** A fresh context (own cookies) signed in as `username` on the staff or worker side. */
export async function signedIn(
  browser: Browser,
  username: string,
  side: 'staff' | 'worker',
): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({
    ...CONTEXT,
    ...(side === 'worker' ? PHONE : DESKTOP),
  });
  const page = await ctx.newPage();
  // Generous: a CI machine has two cores shared by the server, Chromium and several contexts.
  page.setDefaultTimeout(30_000);
  await signIn(page, side === 'worker' ? '/m/login' : '/login', username, DEMO_PASSWORD);
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
  return { ctx, page };
}

/** Opens an antd Select (found by a locator) and picks the option whose text is `label`. */
export async function pick(page: Page, select: ReturnType<Page['locator']>, label: string) {
  await select.click();
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label })
    .first();
  const open = page.locator('.ant-select-dropdown:visible');
  const chosen = select.filter({ hasText: label });
  // A click that lands while the options are still re-rendering (a slow search answer) selects nothing: try again.
  // Under load the list may also close before the click lands (the value already chosen): the select's own
  // text then says whether the pick took.
  for (let attempt = 1; ; attempt++) {
    try {
      await option.click({ timeout: 10_000 });
      await open.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (err) {
      if ((await open.count()) === 0 && (await chosen.count()) > 0) return;
      if (attempt === 3) throw err;
      if ((await open.count()) === 0) await select.click();
    }
  }
}

/** JSON call with the page's session cookie; throws on a non-2xx answer. */
export async function callApi<T>(
  page: Page,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await page.request.fetch(`${BASE_URL}${path}`, {
    method,
    data: body === undefined ? undefined : body,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
  });
  if (!res.ok()) throw new Error(`${method} ${path}: HTTP ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * The body of a draft training subsidy over this year (POST /api/programs): applied for, one a training, no
 * evidence asked; a journey adds its owner, name, review chain, rule and amount.
 */
export function trainingSubsidy() {
  const year = new Date().getFullYear();
  return {
    category: 'subsidy',
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    periodUnit: 'year',
    intakeModes: ['apply'],
    limitMode: 'per_subject',
    subjectKind: 'training',
    requiredEvidence: [],
  };
}

/** A small valid PNG (a red square), standing in for a photo of a certificate. */
export const PHOTO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAGklEQVR4nGP4z8BAEmIY1TCqYVTDqIZRDQA+7//BsTfLLwAAAABJRU5ErkJggg==',
  'base64',
);

/** Clicks OK on the open antd Popconfirm. */
export async function confirmPop(page: Page) {
  await page.locator('.ant-popover:visible .ant-btn-primary').click();
}

/**
 * A screenshot from the top of the page: the whole page on a desktop; on a phone what the screen shows,
 * so that the fixed tab bar stays at the bottom of the picture.
 */
export async function topShot(page: Page, name: string, focus?: ReturnType<Page['locator']>) {
  await page.evaluate(() => window.scrollTo(0, 0));
  if (focus) await focus.scrollIntoViewIfNeeded();
  const width = page.viewportSize()?.width ?? 1440;
  if (width > 480) {
    await page.mouse.move(0, 0);
    await shot(page, name);
    return;
  }
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}
