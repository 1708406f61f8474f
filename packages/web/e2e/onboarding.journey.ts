/**
 * Onboarding journey: a member activates their account on a phone with the code read from the outbox and signs in
 * again by SMS code (短信验证码登录, the code read from the outbox too); another
 * person asks online to join a grassroots union, the union's staff accepts on the desktop page, and the new
 * member activates too.
 */
import type { Page } from 'playwright-core';
import { idNumber, randomPhone, runTag } from './data.ts';
import { apiAs, BASE_URL, CONTEXT, check, journey, shot, signIn, tapTargets } from './lib.ts';

const PHONE = { width: 375, height: 812 };
const FIRM = '北京杨镇汇丰包装有限公司工会';

const noSideways = async (page: Page) => {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  check(width <= PHONE.width, `the page fits the phone (${width}px wide)`);
};

await journey(
  'onboarding',
  { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  async (page, step) => {
    // the administrator reads the outbox, where codes are kept while no SMS gateway is set up
    const api = await apiAs('admin');
    const codeFor = async (phone: string, purpose = 'activation_code') => {
      for (let i = 0; i < 20; i++) {
        const { items } = await api<{ items: { text: string; purpose: string }[] }>(
          'GET',
          `/api/outbox?phone=${phone}&pageSize=5`,
        );
        const code = items.find((m) => m.purpose === purpose)?.text.match(/\d{6}/)?.[0];
        if (code) return code;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`no code in the outbox for ${phone}`);
    };

    /** The message antd shows under the form item holding the test id's input. */
    const sayUnder = (testId: string) =>
      page
        .locator('.ant-form-item', { has: page.getByTestId(testId) })
        .locator('.ant-form-item-explain-error')
        .textContent();

    const activate = async (
      who: { name: string; idNumber: string; phone: string },
      shotName: string,
      refusals = false,
    ) => {
      await page.getByTestId('activate-name').fill(who.name);
      await page.getByTestId('activate-id').fill(who.idNumber);
      await page.getByTestId('activate-phone').fill(who.phone);
      await page.getByTestId('activate-send').click();
      await page.getByTestId('activate-code').waitFor();
      if (refusals) {
        // a wrong code, then a common password: each said under its own box, in Chinese
        await page.getByTestId('activate-code').fill('000000');
        await page.getByTestId('activate-password').fill('my-own-passphrase');
        await page.getByTestId('activate-confirm').fill('my-own-passphrase');
        await page.getByTestId('activate-submit').click();
        check(
          (await sayUnder('activate-code'))?.includes('验证码错误'),
          'a wrong code is said under the code',
        );
        await page.getByTestId('activate-code').fill(await codeFor(who.phone));
        await page.getByTestId('activate-password').fill('12345678');
        await page.getByTestId('activate-confirm').fill('12345678');
        await page.getByTestId('activate-submit').click();
        check((await sayUnder('activate-password'))?.includes('密码'), 'a weak password is said under it');
        check(!(await page.getByTestId('activate-error').isVisible()), 'nothing is said above the form');
        await shot(page, 'onboarding-02a-activate-refused');
      }
      await page.getByTestId('activate-code').fill(await codeFor(who.phone));
      await page.getByTestId('activate-password').fill('my-own-passphrase');
      await page.getByTestId('activate-confirm').fill('my-own-passphrase');
      await noSideways(page);
      await shot(page, shotName);
      await page.getByTestId('activate-submit').click();
      await page.waitForURL('**/m/me');
      await page.getByTestId('my-name').filter({ hasText: who.name }).waitFor();
    };

    // A demo member without an account (generated members have none), with a phone on file.
    const { items } = await api<{ items: { id: number; name: string; phone: string | null }[] }>(
      'GET',
      '/api/members?pageSize=100&page=2',
    );
    const candidates = items.filter((m) => m.phone && !['李明', '王芳'].includes(m.name));
    const chosen = candidates[Math.floor(Math.random() * candidates.length)];
    check(chosen, 'a demo member with a phone number exists');
    const { idNumber: chosenId } = await api<{ idNumber: string }>(
      'POST',
      `/api/members/${chosen.id}/reveal-id`,
    );
    const member = { name: chosen.name, idNumber: chosenId, phone: chosen.phone as string };

    await step('the sign-in page links to activation and to joining online', async () => {
      await page.goto(`${BASE_URL}/m/login`);
      await page.getByTestId('entry-join').waitFor();
      await noSideways(page);
      await shot(page, 'onboarding-01-login');
      await page.getByTestId('entry-activate').click();
      await page.waitForURL('**/m/activate');
    });

    await step(
      'a member activates with the code sent to their phone and lands on their profile',
      async () => {
        await activate(member, 'onboarding-02-activate-code', true);
        await shot(page, 'onboarding-03-activated');
      },
    );

    await step('the member signs out and back in with a code sent by SMS (短信验证码登录)', async () => {
      await page.context().clearCookies();
      // the page's clock is the test's: the resend countdown is moved, never waited for
      await page.clock.install();
      await page.goto(`${BASE_URL}/m/activate`);
      await tapTargets(page.locator('.m-foot a'), 'the links under the activation form');
      await page.getByTestId('activate-to-sms').click();
      await page.waitForURL('**/m/login?by=sms');
      await page.getByTestId('sms-phone').fill(member.phone);
      await page.getByTestId('sms-send').click();
      await page.getByTestId('sms-sent').waitFor();
      const send = page.getByTestId('sms-send');
      check(await send.isDisabled(), 'the code cannot be asked for again at once');
      check((await send.textContent())?.includes('60'), 'the page counts 60 seconds down');
      await page.clock.runFor(30_000);
      check((await send.textContent())?.includes('30'), 'thirty seconds later, 30 are left');
      await page.getByTestId('sms-code').fill(await codeFor(member.phone, 'login_code'));
      await noSideways(page);
      await shot(page, 'onboarding-03b-sms-code');
      await page.clock.runFor(31_000);
      check(!(await send.isDisabled()), 'after the minute a new code may be asked for');
      await page.getByTestId('sms-submit').click();
      await page.waitForURL((u) => !u.pathname.startsWith('/m/login'));
      const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()));
      check(me.role === 'worker' && me.username === member.phone, 'signed in as the member, by code');
    });

    const tag = runTag();
    const newcomer = {
      name: `入会${tag}`,
      idNumber: idNumber(1995, Math.floor(Math.random() * 1000)),
      phone: randomPhone(),
    };
    await step('another person finds the union and asks to join online', async () => {
      await page.context().clearCookies();
      await page.goto(`${BASE_URL}/m/join`);
      await page.getByTestId('join-search').locator('input').fill('杨镇汇丰');
      await page.getByTestId('join-search').locator('input').press('Enter');
      const hit = page.getByTestId('join-hit').filter({ hasText: FIRM });
      await hit.waitFor();
      await noSideways(page);
      await hit.getByRole('button').click();
      await page.getByTestId('join-name').fill(newcomer.name);
      await page.getByTestId('join-id').fill(newcomer.idNumber);
      await page.getByTestId('join-phone').fill(newcomer.phone);
      await page.getByTestId('join-employer').fill('北京杨镇汇丰包装有限公司');
      await shot(page, 'onboarding-04-join-form');
      await page.getByTestId('join-submit').click();
      await page.getByTestId('join-done').waitFor();
      check(
        (await page.getByTestId('join-done').textContent())?.includes(FIRM),
        'the confirmation names the union',
      );
      await shot(page, 'onboarding-05-join-done');
    });

    await step('the union’s staff accepts the request on the desktop page', async () => {
      const browser = page.context().browser();
      check(browser, 'the browser is at hand');
      const desk = await browser.newContext({ ...CONTEXT, viewport: { width: 1366, height: 860 } });
      const staff = await desk.newPage();
      staff.setDefaultTimeout(15_000);
      try {
        await signIn(staff, '/login', 'huifeng');
        await staff.waitForURL((u) => !u.pathname.startsWith('/login'));
        await staff.goto(`${BASE_URL}/join-requests`);
        const row = staff.locator('tr').filter({ hasText: newcomer.name });
        await row.waitFor();
        check(!(await row.textContent())?.includes(newcomer.idNumber), 'the ID number is masked');
        await shot(staff, 'onboarding-06-join-requests');
        await row.getByTestId('join-accept').click();
        await staff.getByTestId('join-accept-ok').click();
        await row.waitFor({ state: 'detached' });
      } finally {
        await desk.close();
      }
      const { items: sent } = await api<{ items: { purpose: string }[] }>(
        'GET',
        `/api/outbox?phone=${newcomer.phone}&pageSize=5`,
      );
      check(sent[0]?.purpose === 'join_accepted', 'the new member is told to activate');
    });

    await step('the administrator reads the SMS outbox', async () => {
      const browser = page.context().browser();
      check(browser, 'the browser is at hand');
      const desk = await browser.newContext({ ...CONTEXT, viewport: { width: 1366, height: 860 } });
      const admin = await desk.newPage();
      try {
        await signIn(admin, '/login', 'admin');
        await admin.waitForURL((u) => !u.pathname.startsWith('/login'));
        await admin.goto(`${BASE_URL}/outbox`);
        await admin.locator('tr').filter({ hasText: newcomer.phone }).first().waitFor();
        await shot(admin, 'onboarding-07-outbox');
      } finally {
        await desk.close();
      }
    });

    await step('the new member activates their account', async () => {
      await page.goto(`${BASE_URL}/m/activate`);
      await activate(newcomer, 'onboarding-08-newcomer-code');
      await shot(page, 'onboarding-09-newcomer-profile');
    });

    await step(
      'the union’s manager sees the new account on the member’s page, closes it and opens it again',
      async () => {
        const { items } = await api<{ items: { id: number }[] }>(
          'GET',
          `/api/members?q=${encodeURIComponent(newcomer.name)}`,
        );
        const browser = page.context().browser();
        check(browser, 'the browser is at hand');
        const desk = await browser.newContext({ ...CONTEXT, viewport: { width: 1366, height: 860 } });
        const manager = await desk.newPage();
        manager.setDefaultTimeout(15_000);
        const state = manager.getByTestId('member-account-state');
        try {
          await signIn(manager, '/login', 'yangzhen');
          await manager.waitForURL((u) => !u.pathname.startsWith('/login'));
          await manager.goto(`${BASE_URL}/members/${items[0].id}`);
          await manager.locator('[data-testid="member-account-state"][data-state="active"]').waitFor();
          const card = (await manager.getByTestId('member-account').textContent()) ?? '';
          check(
            card.includes(newcomer.phone) && card.includes('最近登录'),
            'the card says the login and its last use',
          );
          await manager.getByTestId('member-account-disable').click();
          await manager.getByTestId('member-account-disable-ok').click();
          await manager.locator('[data-testid="member-account-state"][data-state="disabled"]').waitFor();
          check((await state.textContent())?.includes('已停用'), 'the account reads 已停用');
          await shot(manager, 'onboarding-10-account-disabled');
          const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.status));
          check(me === 401, 'the worker on the phone is signed out at once');
          await manager.getByTestId('member-account-enable').click();
          await manager.locator('[data-testid="member-account-state"][data-state="active"]').waitFor();
        } finally {
          await desk.close();
        }
      },
    );
  },
);
