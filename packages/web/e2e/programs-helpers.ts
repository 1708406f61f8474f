/** Shared steps of the programs journeys: antd selects, sign-in in fresh contexts, API setup calls. */

import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, CONTEXT, check, DEMO_PASSWORD, pressInDialog, SCREENSHOTS, shot, signIn } from './lib.ts';

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
 * Creates something at the signed-in clerk's own union: `body` posted to `path` with the union's `orgId` (read from
 * /api/auth/me); answers what the server answered (throws on a non-2xx answer).
 */
export async function createAtOwnUnion<T>(
  page: Page,
  path: string,
  body: Record<string, unknown>,
): Promise<T> {
  const me = await callApi<{ orgId: number }>(page, 'GET', '/api/auth/me');
  return callApi<T>(page, 'POST', path, { orgId: me.orgId, ...body });
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

/** The next application waiting at the reviewer's step after `id`, in queue order (as the page picks it). */
async function nextWaiting(page: Page, id: number) {
  const queue = await callApi<{ items: { id: number }[] }>(
    page,
    'GET',
    '/api/applications?mine=true&status=submitted&pageSize=50',
  );
  const rest = queue.items.filter((a) => a.id !== id);
  return (rest.find((a) => a.id < id) ?? rest[0])?.id ?? null;
}

/**
 * Signs `username` in and approves application `applicationId` of program `name` from the review queue in the UI
 * (each program's whole name shown, no row over two lines at 1440 px), landing on the next one waiting; then
 * approves `alsoId` by API.
 */
export async function approveFromQueue(
  browser: Browser,
  username: string,
  shotName: string,
  o: { name: string; applicationId: number; alsoId: number },
) {
  const { ctx, page } = await signedIn(browser, username, 'staff');
  await page.goto(`${BASE_URL}/applications`);
  await page.locator('.ant-table-row', { hasText: o.name }).first().waitFor();
  const heights = await page
    .locator('.ant-table-tbody .ant-table-row')
    .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
  // a long program name may take a second line; nothing takes a third
  check(
    Math.max(...heights) < 84,
    `no queue row is over two lines at 1440 px (${Math.max(...heights)}px high)`,
  );
  const names = await page.getByTestId('queue-program').evaluateAll((cells) =>
    cells.map((c) => ({
      text: c.textContent ?? '',
      cut: c.scrollWidth > c.clientWidth + 1,
      width: c.clientWidth,
    })),
  );
  check(
    names.length > 0 && names.every((n) => !n.cut && n.width >= 150) && names.some((n) => n.text === o.name),
    `the queue shows each program's whole name (${names.map((n) => `${n.text} ${n.width}px`).join('; ')})`,
  );
  await topShot(page, `${shotName}-queue`);
  await page.goto(`${BASE_URL}/applications/${o.applicationId}`);
  await page.getByTestId('explanation').waitFor();
  await page.getByTestId('evidence').locator('img').first().waitFor();
  await topShot(page, shotName);
  const next = await nextWaiting(page, o.applicationId);
  await page.getByTestId('approve').click();
  await pressInDialog(page.getByTestId('reason-ok'));
  if (next) {
    await page.waitForURL(`**/applications/${next}`);
    await page.getByTestId('explanation').waitFor();
  } else {
    await page.getByTestId('queue-all-done').waitFor();
  }
  check(true, `after the decision the reviewer lands on ${next ? `application #${next}` : 'the queue'}`);
  await callApi(page, 'POST', `/api/applications/${o.alsoId}/approve`, {});
  await ctx.close();
}
