/**
 * Worker journey on a phone-sized window: sign in, see my membership, change my phone number (a code to the new
 * number), turn an SMS choice by its words, show my member card;
 * then a town union's clerk checks that card on the scanner page;
 * then a member the journey registers and activates changes their password on 我的 (修改密码) and signs in with
 * the new one (the demo worker's password stays, for the other journeys).
 */
import { idNumber, randomPhone, runTag } from './data.ts';
import { apiAs, BASE_URL, check, journey, shot, signIn, tapTargets } from './lib.ts';

const PHONE = { width: 375, height: 812 };

await journey(
  'worker',
  { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  async (page, step) => {
    const noSideways = async () => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      check(width <= PHONE.width, `the page fits the phone (${width}px wide)`);
    };

    await step('worker sign-in page', async () => {
      await page.goto(`${BASE_URL}/m/login`);
      await page.locator('#login-username').waitFor();
      await noSideways();
      await shot(page, 'worker-01-login');
    });

    await step('a wrong password shows the message', async () => {
      await signIn(page, '/m/login', 'worker', 'wrong-password');
      const error = page.getByTestId('login-error');
      await error.waitFor();
      check((await error.textContent())?.includes('用户名或密码错误'), 'the error is in Chinese');
    });

    await step('sign in as worker lands on my profile', async () => {
      await signIn(page, '/m/login', 'worker');
      await page.waitForURL('**/m/me');
      await page.getByTestId('my-profile').waitFor();
      check((await page.getByTestId('my-name').textContent()) === '李明', 'my name is shown');
      const id = (await page.getByTestId('my-id').textContent()) ?? '';
      check(id.includes('*') && id.length === 18, `my ID number is masked (${id})`);
      await noSideways();
      await shot(page, 'worker-02-profile');
    });

    await step('staff pages send a worker back to their profile', async () => {
      await page.goto(`${BASE_URL}/orgs`);
      await page.waitForURL('**/m/me');
      await page.getByTestId('my-profile').waitFor();
    });

    const phone = randomPhone();
    await step('change my phone number: the new number, then the code sent to it', async () => {
      await page.getByTestId('edit-phone').click();
      const input = page.getByTestId('phone-input');
      await input.fill('12345');
      await page.getByTestId('phone-send').click();
      await page.locator('.ant-form-item-explain-error').waitFor();
      await shot(page, 'worker-03-phone-invalid');
      await input.fill(phone);
      await page.getByTestId('phone-send').click();
      await page.getByTestId('phone-sent').waitFor();
      // a new code only after the minute counted down
      check(await page.getByTestId('phone-resend').isDisabled(), 'the resend waits for its minute');
      // the administrator reads the outbox, where codes are kept while no SMS gateway is set up
      const api = await apiAs('admin');
      const { items } = await api<{ items: { text: string; purpose: string }[] }>(
        'GET',
        `/api/outbox?phone=${phone}&pageSize=5`,
      );
      const code = items.find((m) => m.purpose === 'phone_change_code')?.text.match(/\d{6}/)?.[0];
      check(code !== undefined, 'the code went to the new number');
      await page.getByTestId('phone-code').fill(code ?? '');
      await page.getByTestId('phone-save').click();
      await page.getByTestId('my-phone').filter({ hasText: phone }).waitFor();
      await shot(page, 'worker-04-phone-saved');
    });

    await step('the new phone number is kept', async () => {
      await page.reload();
      await page.getByTestId('my-phone').filter({ hasText: phone }).waitFor();
    });

    await step('tap targets on the phone are 44 px at least: 全部标为已读, 我的款项, the bar', async () => {
      await page.goto(`${BASE_URL}/m/applications`);
      await tapTargets(page.getByTestId('my-payments-link'), '我的款项');
      await tapTargets(page.locator('.m-bar .ant-btn'), 'the language switch and sign-out');
      await page.goto(`${BASE_URL}/m/messages`);
      await page.getByTestId('m-messages-page').waitFor();
      await page.getByTestId('m-messages-read-all').waitFor();
      await tapTargets(page.getByTestId('m-messages-read-all'), '全部标为已读');
      await shot(page, 'worker-04b-messages-taps');
      await page.goto(`${BASE_URL}/m/me`);
      await page.getByTestId('my-phone').waitFor();
    });

    await step('a tap on an SMS choice’s words turns its switch, and a tap again turns it back', async () => {
      await page.goto(`${BASE_URL}/m/messages/sms`);
      const row = page.getByTestId('m-sms-row-payment.paid');
      const turned = (on: boolean) =>
        page.locator(`[data-testid="m-sms-choice-payment.paid"][aria-checked="${on}"]`).waitFor();
      await tapTargets(row, '短信提醒的一行');
      const before =
        (await page.getByTestId('m-sms-choice-payment.paid').getAttribute('aria-checked')) === 'true';
      await row.getByText('款项已发放').click();
      await turned(!before);
      await row.getByText('款项已发放').click();
      await turned(before);
      await page.goto(`${BASE_URL}/m/me`);
      await page.getByTestId('my-phone').waitFor();
    });

    await step('read it in English', async () => {
      await page.getByTestId('lang-switch').click();
      await page.getByText('Membership history').waitFor();
      await noSideways();
      await shot(page, 'worker-05-english');
      await page.getByTestId('lang-switch').click();
      await page.getByText('会员关系记录').waitFor();
    });

    let code = '';
    await step('my member card shows a signed code', async () => {
      await page.getByTestId('my-card-link').click();
      await page.getByTestId('card-qr').waitFor();
      check((await page.getByTestId('card-name').textContent()) === '李明', 'the card shows my name');
      code = await page.evaluate(async () => (await (await fetch('/api/me/card')).json()).token as string);
      check(code.startsWith('GHC1.'), 'the card carries a signed code');
      await noSideways();
      await shot(page, 'worker-06-card');
    });

    await step('a town clerk checks the card: signature in the page, membership online', async () => {
      await page.context().clearCookies();
      await signIn(page, '/login', 'yangzhen');
      await page.waitForURL((u) => !u.pathname.endsWith('/login'));
      await page.goto(`${BASE_URL}/scan`);
      await page.getByTestId('scan-input').fill(code);
      await page.getByTestId('scan-check').click();
      await page.getByTestId('scan-online').filter({ hasText: '在册会员' }).waitFor();
      check(
        (await page.getByTestId('scan-offline').textContent()) === '签名有效（离线校验）',
        'checked offline first',
      );
      check((await page.getByTestId('scan-name').textContent()) === '李明', 'the card is the worker’s');
      await shot(page, 'worker-07-card-checked');
    });

    const member = { name: `改密${runTag()}`, idNumber: idNumber(1990, Date.now()), phone: randomPhone() };
    const first = 'first-own-passphrase';
    const second = 'second-own-passphrase';
    await step('a new member, activated with a password of their own, finds 修改密码 on 我的', async () => {
      const town = await apiAs('yangzhen');
      const { orgId } = await town<{ orgId: number }>('GET', '/api/auth/me');
      await town('POST', '/api/members', { ...member, orgId });
      const open = (url: string, body: unknown) =>
        fetch(`${BASE_URL}${url}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      check((await open('/api/activation/start', member)).ok, 'the activation code is asked for');
      const { items } = await (await apiAs('admin'))<{ items: { text: string; purpose: string }[] }>(
        'GET',
        `/api/outbox?phone=${member.phone}&pageSize=5`,
      );
      const code = items.find((m) => m.purpose === 'activation_code')?.text.match(/\d{6}/)?.[0];
      const verified = await open('/api/activation/verify', { phone: member.phone, code, password: first });
      check(verified.ok, `the account is activated (${verified.status})`);
      await page.context().clearCookies();
      await signIn(page, '/m/login', member.phone, first);
      await page.waitForURL('**/m/me');
      await page.getByTestId('my-password-link').click();
      await page.waitForURL('**/m/password');
      await page.getByTestId('password-form').waitFor();
      await noSideways();
      await tapTargets(page.getByTestId('m-back'), '返回我的');
    });

    await step('a wrong current password and a weak new one are each refused under their field', async () => {
      const under = (id: string, text: string) =>
        page
          .locator('.ant-form-item', { has: page.locator(`#${id}`) })
          .locator('.ant-form-item-explain-error', { hasText: text });
      await page.getByTestId('pw-current').fill('not-my-password');
      await page.getByTestId('pw-new').fill(second);
      await page.locator('#pw-new2').fill(second);
      await page.getByTestId('password-submit').click();
      await under('pw-current', '当前密码不正确').waitFor();
      await page.getByTestId('pw-current').fill(first);
      await page.getByTestId('pw-new').fill('short');
      await page.locator('#pw-new2').fill('short');
      await page.getByTestId('password-submit').click();
      await under('pw-new', '至少需要').waitFor();
      await noSideways();
      await shot(page, 'worker-08-password-refused');
    });

    await step('the password changed, the member signs in with the new one only', async () => {
      await page.getByTestId('pw-new').fill(second);
      await page.locator('#pw-new2').fill(second);
      await page.getByTestId('password-submit').click();
      await page.waitForURL('**/m/me');
      await page.context().clearCookies();
      await signIn(page, '/m/login', member.phone, first);
      await page.getByTestId('login-error').waitFor();
      await signIn(page, '/m/login', member.phone, second);
      await page.waitForURL('**/m/me');
      await page.getByTestId('my-name').filter({ hasText: member.name }).waitFor();
      await shot(page, 'worker-09-signed-in-anew');
    });
  },
);
