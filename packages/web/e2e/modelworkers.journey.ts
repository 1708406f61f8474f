/**
 * Model workers journey (issue 28): 昌平's clerk finds a member whose record says 市级劳模 missing from the register
 * (the two registers' difference), is told a wrong check digit under the ID field, registers the member from that
 * list (name and union filled in, linked by their id) as a 北京市劳动模范 with the studio they lead, records a visit before the holiday (through care) on their page, and the statistics count the visit and the
 * studio; the register is read at phone width too.
 */
import { BASE_URL, check, journey, shot, signIn } from './lib.ts';

/** A valid ID number (GB 11643 check digit): born 15 March 1975 in 昌平, a serial from the clock. */
function newIdNumber(): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const body = `11011419750315${String(Date.now() % 1000).padStart(3, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

await journey('modelworkers', { viewport: { width: 1440, height: 900 } }, async (page, step) => {
  const name = `劳模${String(Date.now()).slice(-5)}`;
  const idNumber = newIdNumber();
  let studio = '';

  await step('昌平 has a member who leads a studio', async () => {
    await signIn(page, '/login', 'changping');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    studio = await page.evaluate(
      async ({ name, idNumber }) => {
        const members = await (await fetch('/api/members?pageSize=1')).json();
        const res = await fetch('/api/members', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            name,
            idNumber,
            orgId: members.items[0].orgId,
            joinedOn: '2015-03-01',
            modelWorkerLevel: 'city',
          }),
        });
        if (!res.ok) throw new Error(`member: ${res.status} ${await res.text()}`);
        const studios = await (await fetch('/api/model-workers/studios')).json();
        // one of 昌平's studios of city level or above, so the statistics count it among those led by model workers
        const city = (studios as { name: string; level: string }[]).find((x) =>
          ['city', 'city_demonstration', 'national'].includes(x.level),
        );
        return city?.name ?? '';
      },
      { name, idNumber },
    );
    check(studio, 'a city-level studio of 昌平 to link');
  });

  /**
   * Opens the register and reads how many members it says are marked as 劳模 but missing from it: the count the
   * server answers, once the notice shows it (or, at none, once no notice is left).
   */
  const unlisted = async () => {
    const answered = page.waitForResponse((r) => r.url().includes('/api/model-workers/unlisted-members'));
    await page.goto(`${BASE_URL}/model-workers`);
    const { total } = (await (await answered).json()) as { total: number };
    const notice = page.getByTestId('mw-unlisted');
    // 另有 N 人 beside model workers on the register, 已有 N 人 while it holds none
    if (total) await notice.filter({ hasText: `有 ${total.toLocaleString('en')} 人` }).waitFor();
    else await notice.waitFor({ state: 'detached' });
    return total;
  };
  let missing = 0;

  await step('the register says which marked members it does not hold', async () => {
    missing = await unlisted();
    check(missing >= 1, `the notice counts the member marked 市级劳模 (${missing})`);
    await page.getByTestId('mw-unlisted-show').click();
    await page
      .getByTestId('mw-unlisted-list')
      .locator('tbody tr')
      .filter({ hasText: '劳模' })
      .first()
      .waitFor();
    await shot(page, 'modelworkers-00-unlisted');
    await page.keyboard.press('Escape');
    await page.getByTestId('mw-unlisted-list').waitFor({ state: 'hidden' });
  });

  await step('a wrong check digit is said under the ID field', async () => {
    await page.getByTestId('mw-new').click();
    await page.getByTestId('mw-form-name').fill(name);
    const wrong = idNumber.slice(0, 17) + (idNumber.endsWith('0') ? '1' : '0');
    await page.getByTestId('mw-form-id').fill(wrong);
    await page.getByTestId('mw-form-honour-0-title').fill('北京市劳动模范');
    await page.getByTestId('mw-save').click();
    await page
      .locator('.ant-form-item')
      .filter({ has: page.getByTestId('mw-form-id') })
      .locator('.ant-form-item-explain-error')
      .filter({ hasText: '校验位' })
      .waitFor();
    // the label names its field: clicking it focuses the ID box
    await page.locator('label[for="mw-register_idNumber"]').click();
    check(
      await page.getByTestId('mw-form-id').evaluate((el) => el === document.activeElement),
      'the ID label focuses the ID field',
    );
    await shot(page, 'modelworkers-01-bad-id');
    await page.keyboard.press('Escape');
    await page.getByTestId('mw-form-id').waitFor({ state: 'hidden' });
  });

  await step(
    'the clerk registers them from the list with a 市级劳模 title and links their studio',
    async () => {
      await page.getByTestId('mw-unlisted-show').click();
      const row = page.getByTestId('mw-unlisted-list').locator('tbody tr').filter({ hasText: name });
      await row.locator('[data-testid^="mw-unlisted-register-"]').click();
      // their name and union filled in, linked by their id: the ID number is not typed
      check((await page.getByTestId('mw-form-name').inputValue()) === name, 'the name is filled in');
      check(await page.getByTestId('mw-form-id').isDisabled(), 'the ID number comes from the member record');
      await page.getByTestId('mw-form-studio').click();
      await page.getByTestId('mw-form-studio').locator('input').fill(studio.slice(0, 6));
      await page.locator('.ant-select-item-option').filter({ hasText: studio }).first().click();
      await page.getByTestId('mw-form-honour-0-title').fill('北京市劳动模范');
      await shot(page, 'modelworkers-01-register');
      await page.getByTestId('mw-save').click();
      await page.getByTestId('mw-form').waitFor({ state: 'hidden' });
      // the list reads again without them
      await row.waitFor({ state: 'detached' });
      check(
        (await unlisted()) === missing - 1,
        'once registered, the member is no longer missing from the register',
      );
      await page.goto(`${BASE_URL}/model-workers?q=${encodeURIComponent(name)}`);
      await page.getByTestId('mw-list').getByRole('link', { name }).click();
      await page.waitForURL(/\/model-workers\/\d+$/);
      await page.getByTestId('mw-level').filter({ hasText: '市级' }).waitFor();
      await page.getByTestId('mw-studio').filter({ hasText: studio }).waitFor();
    },
  );

  await step('a visit before the holiday is recorded through care and shows on their page', async () => {
    await page.getByTestId('mw-visit').click();
    await page.getByTestId('mw-visit-visitors').fill('昌平区总工会 工会干部');
    await page.getByTestId('mw-visit-save').click();
    await page.getByText('走访已记录').waitFor();
    await page.getByTestId('mw-visits').locator('tbody tr').filter({ hasText: '-' }).first().waitFor();
    await shot(page, 'modelworkers-02-visited');
  });

  await step('the statistics count the model worker, the studio led and the visit', async () => {
    await page.goto(`${BASE_URL}/modelworker-stats`);
    const figure = async (key: string) =>
      Number(
        (
          (await page.getByTestId(`mw-stats-${key}`).locator('.ant-statistic-content-value').textContent()) ??
          ''
        )
          .replace(/,/g, '')
          .trim(),
      );
    await page.getByTestId('mw-stats-visits').waitFor();
    check((await figure('visits')) >= 1, 'the visit is counted');
    check((await figure('city')) >= 1, 'a city-level model worker is counted');
    check((await figure('studiosLed')) >= 1, 'the studio they lead is counted');
    await shot(page, 'modelworkers-03-stats');
  });

  await step('the register reads at phone width', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${BASE_URL}/model-workers?q=${encodeURIComponent(name)}`);
    await page.getByTestId('mw-list').getByText(name).waitFor();
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    check(wide <= 380, `no sideways scrolling at 375 px (${wide})`);
    // a clerk on a phone keeps the register too: its buttons wrap under the title, each within the screen
    for (const id of ['mw-export', 'mw-import', 'mw-new']) {
      const box = await page.getByTestId(id).boundingBox();
      check(
        !!box && box.x >= 0 && box.x + box.width <= 375,
        `${id} within the phone's width (${JSON.stringify(box)})`,
      );
    }
    await shot(page, 'modelworkers-04-phone');
  });
});
