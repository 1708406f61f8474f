/**
 * Stations journey (issue 27): a worker scans 建国门's 暖心驿站 QR code on the phone and checks in without signing
 * in; staff hand out 温暖包 from its stock (the stock goes down, and a hand-out beyond what is left is refused) and
 * correct its opening day in the edit dialog (a day after its earliest record is refused, under that field); the public page finds the
 * station by the service 法律咨询 near 东城区, chosen from the district picker (the map's 东城 is too small for a
 * thumb); the picker and the map show the same district, and the address keeps it until 离我最近 takes the phone's
 * position instead.
 */
import type { Page } from 'playwright-core';
import { BASE_URL, CONTEXT, check, chinaToday, journey, shot, signIn, typeDate } from './lib.ts';
import { pick } from './programs-helpers.ts';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1440, height: 900 };
const STATION = '建国门街道“暖心驿站”';

const left = async (page: Page) =>
  Number(((await page.getByTestId('st-left-温暖包').textContent()) ?? '').replace(/,/g, ''));

await journey('stations', { viewport: DESKTOP }, async (page, step) => {
  let url = '';
  let before = 0;

  await step('staff find the 暖心驿站 in the register and read its QR code and stock', async () => {
    await signIn(page, '/login', 'admin');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(`${BASE_URL}/stations?q=${encodeURIComponent('暖心驿站')}`);
    await page.getByTestId('st-list').getByRole('link', { name: STATION }).click();
    await page.getByTestId('st-qr').locator('canvas, svg').first().waitFor();
    url = (await page.getByTestId('st-checkin-link').getAttribute('href')) ?? '';
    check(/\/s\/[A-Za-z0-9_-]{16}$/.test(url), `a check-in address per station (${url})`);
    before = await left(page);
    check(before > 2, `温暖包 in stock (${before})`);
    await shot(page, 'stations-01-station');
  });

  await step('a worker scans the QR code on the phone and checks in, anonymously', async () => {
    const phone = await page
      .context()
      .browser()
      ?.newContext({ ...CONTEXT, viewport: PHONE });
    if (!phone) throw new Error('no browser');
    const p = await phone.newPage();
    await p.goto(url);
    await p.getByText(STATION).first().waitFor();
    await p.getByTestId('st-checkin-button').click();
    await p.getByTestId('st-checkin-done').filter({ hasText: '签到成功' }).waitFor();
    await p.getByText('匿名计数').waitFor();
    await shot(p, 'stations-02-checked-in');
    await phone.close();
  });

  await step('staff hand out two 温暖包: the stock goes down; more than is left is refused', async () => {
    await page.reload();
    await page.getByTestId('st-visits').getByText('扫码签到').first().waitFor();
    const handOut = async (n: number) => {
      await page.getByTestId('st-record').click();
      await page.getByTestId('st-record-add').click();
      await pick(page, page.getByTestId('st-record-item-0'), '温暖包');
      await page.getByTestId('st-record-quantity-0').fill(String(n));
      await page.getByTestId('st-record-ok').click();
    };
    await handOut(2);
    await page.getByText('已登记').first().waitFor();
    await page
      .getByTestId('st-left-温暖包')
      .filter({ hasText: new RegExp(`^${before - 2}$`) })
      .waitFor();
    await handOut(before - 1);
    // said under the line's quantity, not toasted
    await page.locator('.ant-modal .ant-form-item-explain-error').filter({ hasText: '库存不足' }).waitFor();
    await page
      .locator('.ant-modal-footer:visible')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    check((await left(page)) === before - 2, `stock left unchanged after the refusal (${await left(page)})`);
    await shot(page, 'stations-03-stock');
  });

  await step(
    'staff correct the opening day in the edit dialog; a day after its earliest record is refused under that field',
    async () => {
      const saved = ((await page.getByTestId('st-opened-on').textContent()) ?? '').trim();
      check(/^\d{4}-\d{2}-\d{2}$/.test(saved), `the opening day shown (${saved})`);
      await page.getByTestId('st-edit').click();
      const field = page.getByTestId('st-form-opened');
      const input = field.locator('xpath=self::input | .//input').first();
      await input.waitFor();
      const shown = await input.inputValue();
      check(shown === saved, `the dialog shows the saved opening day (${shown}, saved ${saved})`);
      // today is after the station's six months of services (and its earlier records)
      await typeDate(field, chinaToday());
      await page.getByTestId('st-form-ok').click();
      // the refusal names the opening day: it is said under that field, not toasted
      await page
        .locator('.ant-form-item', { has: field })
        .locator('.ant-form-item-explain-error', { hasText: '晚于本站点最早的' })
        .waitFor();
      // text that names no day is put back to the day held, and why is said under it; a day written as a clerk
      // writes it (2020年10月1日) is read as that day
      await input.click();
      await input.fill('国庆节');
      await input.press('Tab');
      await page.getByTestId('day-unread').filter({ hasText: '不是可识别的日期' }).waitFor();
      const held = await input.inputValue();
      check(held === chinaToday(), `the day held is shown again (${held})`);
      await input.click();
      await input.fill('2020年10月1日');
      await input.press('Tab');
      await page.getByTestId('day-unread').waitFor({ state: 'detached' });
      const read = await input.inputValue();
      check(read === '2020-10-01', `2020年10月1日 is read as 2020-10-01 (${read})`);
      await page.getByTestId('st-form-ok').click();
      await page
        .getByTestId('st-opened-on')
        .filter({ hasText: /^2020-10-01$/ })
        .waitFor();
      await shot(page, 'stations-04-opened');
    },
  );

  await step('the public page finds it by service near 东城区, on a phone', async () => {
    await page.context().clearCookies();
    await page.setViewportSize(PHONE);
    await page.goto(`${BASE_URL}/near`);
    await pick(page, page.getByTestId('st-public-service'), '法律咨询');
    // a district tapped on the map is the picker's choice too
    await page.getByTestId('st-district-110105').click();
    await page.getByTestId('st-public-district').filter({ hasText: '朝阳区' }).waitFor();
    await pick(page, page.getByTestId('st-public-district'), '东城区');
    await page.getByTestId('st-public-basis').filter({ hasText: '东城区' }).waitFor();
    await page.getByTestId('st-map').getByRole('button', { name: '东城区', pressed: true }).waitFor();
    await page.waitForURL((u) => u.searchParams.get('district') === '110101');
    const first = page.getByTestId('st-public-item').first();
    await first.filter({ hasText: '暖心驿站' }).waitFor();
    check((await first.textContent())?.includes('法律咨询'), 'the station offers 法律咨询');
    await shot(page, 'stations-05-public');
    // 离我最近: the phone's position replaces the district, in the page and in the address (a reload names none)
    await page.context().grantPermissions(['geolocation'], { origin: BASE_URL });
    await page.context().setGeolocation({ latitude: 39.9288, longitude: 116.4161 });
    await page.getByTestId('st-public-locate').click();
    await page.getByTestId('st-public-basis').filter({ hasText: '按离您的距离排序' }).waitFor();
    await page.waitForURL((u) => !u.searchParams.has('district'));
    await first.filter({ hasText: '暖心驿站' }).waitFor();
  });
});
