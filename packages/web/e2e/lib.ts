import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContextOptions,
  chromium,
  type Download,
  type Locator,
  type Page,
} from 'playwright-core';

/** Where journeys keep their screenshots (the repository's test-results/screenshots). */
export const SCREENSHOTS = resolve(
  fileURLToPath(new URL('../../../test-results/screenshots', import.meta.url)),
);

export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
export const DEMO_PASSWORD = 'gonghui-demo';

/**
 * Today in China (UTC+8) as YYYY-MM-DD, or the day `plusDays` from it: the day the demo server, which runs on the
 * real clock, takes as today. The journeys' one reading of the day from the wall clock.
 */
export const chinaToday = (plusDays = 0) =>
  new Date(Date.now() + 8 * 3_600_000 + plusDays * 86_400_000).toISOString().slice(0, 10);

/**
 * What every journey's browser context is: in Chinese, in Beijing's time, and asking for reduced motion, so a dialog
 * is open the moment it shows (a click during its opening zoom can land beside the button on a busy machine).
 */
export const CONTEXT: BrowserContextOptions = {
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  reducedMotion: 'reduce',
};

export async function launch(): Promise<Browser> {
  return chromium.launch({
    // scripts/journeys.mjs names the browser; a journey run by hand takes the headless build
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A journey's step: run and logged under its title. */
export type Step = (title: string, fn: () => Promise<void>) => Promise<void>;

/**
 * Runs one journey: a fresh browser context, each step logged, a screenshot of the page when a step
 * fails, and a non-zero exit code on failure.
 */
export async function journey(
  name: string,
  context: BrowserContextOptions,
  body: (page: Page, step: Step) => Promise<void>,
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await launch();
  const ctx = await browser.newContext({ ...CONTEXT, ...context });
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  // the API's refusals, told when a step fails (a toast saying why is gone before the step's wait ends)
  const refusals: string[] = [];
  ctx.on('response', (res) => {
    if (res.status() < 400 || !res.url().includes('/api/')) return;
    const at = `${res.request().method()} ${new URL(res.url()).pathname} → ${res.status()}`;
    void res.text().then(
      (body) => refusals.push(`${at} ${body.slice(0, 300)}`),
      () => refusals.push(at),
    );
  });
  let current = '';
  const started = Date.now();
  const step = async (title: string, fn: () => Promise<void>) => {
    current = title;
    const t0 = Date.now();
    await fn();
    console.log(`  ✓ ${title} (${Date.now() - t0} ms)`);
  };
  console.log(`journey ${name} on ${BASE_URL}`);
  try {
    await body(page, step);
    if (pageErrors.length) throw new Error(`errors in the page: ${pageErrors.join('; ')}`);
    console.log(`journey ${name} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    console.error(`  ✗ ${current}\n${err instanceof Error ? err.stack : err}`);
    if (refusals.length) console.error(`  the API refused:\n    ${refusals.slice(-10).join('\n    ')}`);
    // for the run's summary (scripts/journeys.mjs): the step and the first lines of why
    if (process.env.JOURNEY_FAILURE) {
      const why = (err instanceof Error ? err.message : String(err)).split('\n').slice(0, 3).join(' | ');
      writeFileSync(process.env.JOURNEY_FAILURE, `${current}: ${why.slice(0, 400)}`);
    }
    // every page the journey opened (a journey may sign several people in, each in a context of its own): the one
    // that failed is not always the first
    const pages = browser.contexts().flatMap((c) => c.pages());
    for (const [i, p] of pages.entries())
      await p
        .screenshot({ path: join(SCREENSHOTS, `${name}-FAILED${i ? `-${i + 1}` : ''}.png`), fullPage: true })
        .catch(() => undefined);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

/**
 * A screenshot of the page as the user sees it now. A full page on a loaded machine (two lanes of journeys beside
 * their servers on two cores) may take longer than an action's 15 s: a screenshot checks nothing, so it waits a minute.
 */
export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, timeout: 60_000 });
}

/**
 * Presses a dialog's or a pop-up confirmation's confirming button. On a loaded machine a click can land while the
 * pop-up is still being placed and be lost: when the button is still there after a few seconds and not busy, press
 * again.
 */
export async function pressInDialog(button: Locator): Promise<void> {
  await button.click();
  const closed = await button
    .waitFor({ state: 'hidden', timeout: 5000 })
    .then(() => true)
    .catch(() => false);
  if (closed || !(await button.isVisible())) return;
  if ((await button.getAttribute('class'))?.includes('ant-btn-loading')) return;
  await button.click();
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Signs in on a sign-in page (/login or /m/login). */
export async function signIn(page: Page, path: string, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${BASE_URL}${path}`);
  await page.locator('#login-username').fill(username);
  await page.locator('#login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** The phone's screen and the desk's, for journeys that switch between a worker's phone and a staff desk. */
export const PHONE_SCREEN = { width: 375, height: 812 };
export const DESK_SCREEN = { width: 1440, height: 900 };

/**
 * Signs in as `user` in the same page after dropping the last one's cookies: a worker on the phone's sign-in
 * (`worker`) at a phone's size, staff on the desk's, and waits for the sign-in page to be left — for `next`, a
 * path (with its query) to land on as a link followed while signed out does, instead of the user's home.
 */
export async function signInAs(page: Page, user: string, worker: boolean, next?: string): Promise<void> {
  await page.context().clearCookies();
  await page.setViewportSize(worker ? PHONE_SCREEN : DESK_SCREEN);
  await signInTo(page, worker ? '/m/login' : '/login', user, next);
}

/** Signs in on the sign-in page `path` and waits to land: on `next` when given, else anywhere but that page. */
export async function signInTo(page: Page, path: string, user: string, next?: string): Promise<void> {
  await signIn(page, next ? `${path}?next=${encodeURIComponent(next)}` : path, user);
  // on `next`'s path (a page may tidy its query once it has read it)
  const landing = next?.split('?')[0];
  await page.waitForURL((u) => (landing ? u.pathname === landing : !u.pathname.endsWith('/login')));
}

/** A JSON call to the API, as `apiAs` signed it in. */
export type Api = <T>(method: string, url: string, body?: unknown) => Promise<T>;

/**
 * Calls the API as `username` (for what a journey sets up or checks behind the pages): JSON in and out with the
 * session's cookie; a refusal throws, its status on the error.
 */
export async function apiAs(username: string, password = DEMO_PASSWORD): Promise<Api> {
  const login = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  check(login.ok, `${username} signs in (${login.status})`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  return async <T>(method: string, url: string, body?: unknown) => {
    const res = await fetch(`${BASE_URL}${url}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok)
      throw Object.assign(new Error(`${method} ${url} → ${res.status} ${await res.text()}`), {
        status: res.status,
      });
    return (await res.json()) as T;
  };
}

/**
 * Types text that is not an amount into a money field (by its test id) after a good one, and checks that
 * `save` is refused with the field's own message instead of saving the earlier amount.
 */
export async function refusesBadAmount(
  page: Page,
  field: string,
  text: string,
  save: Locator,
): Promise<void> {
  await page.getByTestId(field).fill(text);
  await save.click();
  await page.getByTestId(`${field}-error`).waitFor();
  await page.locator('.ant-message-notice', { hasText: '填写有误' }).waitFor();
}

/**
 * Opens a click-triggered dropdown and chooses one of its items once the dropdown has stopped moving: a click during
 * its opening animation can land beside the item on a busy machine and choose nothing. A dropdown closed just before
 * (its leave animation still running) is not the one opened.
 */
export async function chooseFromDropdown(page: Page, trigger: Locator, item: string): Promise<void> {
  await trigger.click();
  const menu = page.locator('.ant-dropdown:visible:not([class*="-leave"])');
  await untilStill(menu);
  await menu.locator('.ant-dropdown-menu-item', { hasText: item }).click();
}

/**
 * Waits until an element and everything in it have stopped animating (a dropdown opening, a dialog zooming in): a
 * click during the animation can land beside its target on a busy machine.
 */
export async function untilStill(target: Locator): Promise<void> {
  await target.waitFor();
  await target.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
}

/**
 * Waits until every select's dropdown has closed, leave animation included: two may be closing at once (a union
 * picked in one select, a role in the next), so no single dropdown is waited for.
 */
export const selectsClosed = (page: Page) => dropdownsClosed(page, 'select');

/** Waits until every antd dropdown of a kind (`.ant-select-dropdown`, `.ant-picker-dropdown`) is hidden or gone. */
async function dropdownsClosed(page: Page, kind: 'select' | 'picker'): Promise<void> {
  await page.waitForFunction(
    (k) =>
      Array.from(document.querySelectorAll(`.ant-${k}-dropdown`)).every(
        (d) => d.classList.contains(`ant-${k}-dropdown-hidden`) || d.getClientRects().length === 0,
      ),
    kind,
  );
}

/**
 * Types a 'YYYY-MM-DD' day into the house date control (antd's picker, or its input) and accepts it, then waits
 * until the input holds that day and the picker's panel has closed: keys typed one by one, or a panel still closing
 * over the next field, lose the day on a busy machine.
 */
export async function typeDate(field: Locator, day: string): Promise<void> {
  const input = field.locator('xpath=self::input | .//input').first();
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  const handle = await input.elementHandle();
  await field
    .page()
    .waitForFunction(([el, d]) => (el as HTMLInputElement).value === d, [handle, day] as const);
  await dropdownsClosed(field.page(), 'picker');
}

/**
 * Does `act` until `shown` is visible, three times at the most, giving each try a few seconds to show it: for an act
 * whose click a busy page can lose or undo (a toggle, an option replaced as it is clicked). The caller checks what
 * it then sees.
 */
export async function actUntilShown(shown: Locator, act: () => Promise<void>): Promise<void> {
  for (let tries = 0; tries < 3 && !(await shown.isVisible()); tries++) {
    await act();
    await shown.waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
  }
}

/**
 * Watches the page's requests and gives a function that resolves once none has been in flight for `ms` —
 * `networkidle`'s rule with a shorter window, for navigations inside the app (which start no load of their own).
 */
export function networkQuiet(page: Page, ms = 200): () => Promise<void> {
  const pending = new Set<unknown>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiters: (() => void)[] = [];
  const arm = () => {
    clearTimeout(timer);
    if (pending.size > 0 || waiters.length === 0) return;
    timer = setTimeout(() => {
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    }, ms);
  };
  page.on('request', (r) => {
    pending.add(r);
    clearTimeout(timer);
  });
  const finished = (r: unknown) => {
    pending.delete(r);
    arm();
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  return () =>
    new Promise<void>((resolve) => {
      waiters.push(resolve);
      arm();
    });
}

/** Until no table on the page shows its loading spinner (a spinner may be drawn as nested elements). */
export async function tablesLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-table-wrapper .ant-spin-spinning'));
}

/** Fails unless every control `targets` finds is at least 44 × 44 px on the screen (a phone's tap target). */
export async function tapTargets(targets: Locator, what: string): Promise<void> {
  await targets.first().waitFor();
  const boxes = await targets.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return {
        w: Math.round(r.width),
        h: Math.round(r.height),
        text: (e.textContent ?? '').trim().slice(0, 12),
      };
    }),
  );
  const small = boxes.filter((b) => b.w < 44 || b.h < 44);
  check(
    boxes.length > 0 && small.length === 0,
    `${what}: tap targets of 44 px at least (${boxes.length} found; ${small.map((b) => `"${b.text}" ${b.w}×${b.h}`).join(', ')})`,
  );
}

/**
 * Runs `body` and fails if the page meanwhile met a 401 or 403 or logged an error to its console: a public page
 * probes the session quietly, and a page asks only what its user may read.
 */
export async function noRefusals(page: Page, what: string, body: () => Promise<void>): Promise<void> {
  const seen: string[] = [];
  const onResponse = (r: { status(): number; url(): string }) => {
    if (r.status() === 401 || r.status() === 403) seen.push(`${r.status()} ${new URL(r.url()).pathname}`);
  };
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') seen.push(`console: ${m.text()}`);
  };
  page.on('response', onResponse);
  page.on('console', onConsole);
  try {
    await body();
    await page.waitForLoadState('networkidle').catch(() => undefined);
  } finally {
    page.off('response', onResponse);
    page.off('console', onConsole);
  }
  check(seen.length === 0, `${what}: no 401, 403 nor console error (${seen.join('; ')})`);
}

/** Drops an .xlsx file on the page's import area (the house upload dragger), as a clerk chooses one. */
export async function dropSheet(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.locator('.import-dragger input[type=file]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
}

/** Clicks `button` and waits for the file it downloads. */
export async function downloadFrom(button: Locator): Promise<Download> {
  const [file] = await Promise.all([button.page().waitForEvent('download'), button.click()]);
  return file;
}
