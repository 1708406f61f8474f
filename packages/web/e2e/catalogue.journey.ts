/**
 * Catalogue journey: 昌平's staff enter an achievement of a studio, attach a drawing and publish it; a visitor with no account
 * searches the public catalogue for a word of its abstract and finds it highlighted (desktop and phone), and
 * sends a contact request; the staff see the lead.
 */
import type { Page } from 'playwright-core';
import { runTag } from './data.ts';
import { apiAs, BASE_URL, CONTEXT, check, journey, selectsClosed, shot, signIn } from './lib.ts';

const PHONE = { width: 390, height: 844 };
const WORD = '磁悬浮';

/** A member of 昌平's subtree, as its staff see them. */
async function changpingMember(): Promise<string> {
  const api = await apiAs('changping');
  const { items } = await api<{ items: { name: string }[] }>('GET', '/api/members?pageSize=5');
  check(items[0], '昌平 has members');
  return items[0].name;
}

/**
 * Picks the first option of a Select (the first matching `search` when given). A single select closes on the
 * pick; the journey waits for that, so the closing list is never taken for the next select's.
 */
const pickFirst = async (page: Page, testId: string, search?: string) => {
  const select = page.getByTestId(testId);
  await select.click();
  if (search) await select.locator('input').fill(search);
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', search ? { hasText: search } : {})
    .first();
  await option.click();
  if (!search) await selectsClosed(page);
};

await journey('catalogue', { viewport: { width: 1440, height: 900 } }, async (page, step) => {
  const tag = runTag();
  const title = `${WORD}输液架自动升降装置${tag}`;
  const member = await changpingMember();
  let achievementUrl = '';

  await step('昌平 staff enter an achievement of a studio', async () => {
    await signIn(page, '/login', 'changping');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${BASE_URL}/innovation/achievements`);
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    await shot(page, 'catalogue-01-achievements');
    await page.getByTestId('achievement-create').click();
    await pickFirst(page, 'achievement-studio');
    await page.getByTestId('achievement-title').fill(title);
    await page
      .getByTestId('achievement-abstract')
      .fill(
        `病房输液架高度需人工调节。团队采用${WORD}导轨和称重传感器，输液架随药液余量自动升降并提醒护士。`,
      );
    await pickFirst(page, 'achievement-team', member);
    await page.keyboard.press('Escape');
    await shot(page, 'catalogue-02-achievement-form');
    await page.getByTestId('achievement-save').click();
    await page.getByTestId('achievement-heading').filter({ hasText: title }).waitFor();
    achievementUrl = page.url();
    await page.locator('input[type=file]').setInputFiles({
      name: '输液架结构图.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 structure drawing'),
    });
    await page.getByRole('link', { name: '输液架结构图.pdf' }).waitFor();
  });

  await step('and publish it to the catalogue', async () => {
    await page.getByTestId('achievement-publish').click();
    await page.getByTestId('achievement-publish-ok').click();
    await page.getByText('已发布').first().waitFor();
    await shot(page, 'catalogue-03-achievement-published');
  });

  const browser = page.context().browser();
  check(browser, 'the browser is at hand');
  const visit = async (viewport: { width: number; height: number }, phone: boolean) => {
    const ctx = await browser.newContext({
      ...CONTEXT,
      viewport,
      ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    });
    const visitor = await ctx.newPage();
    visitor.setDefaultTimeout(15_000);
    return { ctx, visitor };
  };

  await step('a visitor with no account finds it by a word of its abstract, highlighted', async () => {
    const { ctx, visitor } = await visit({ width: 1440, height: 900 }, false);
    try {
      await visitor.goto(`${BASE_URL}/catalogue`);
      await visitor.getByTestId('catalogue-item').first().waitFor();
      await visitor.getByTestId('facet-region').waitFor();
      await shot(visitor, 'catalogue-04-public-browse');
      await visitor.getByTestId('catalogue-search').locator('input').fill(WORD);
      await visitor.getByTestId('catalogue-search').locator('input').press('Enter');
      const item = visitor.getByTestId('catalogue-item').filter({ hasText: title });
      await item.waitFor();
      check((await item.locator('mark').first().textContent()) === WORD, 'the matched word is highlighted');
      check(!(await visitor.content()).includes(member), 'no team member is named on the public page');
      await shot(visitor, 'catalogue-05-public-search');
    } finally {
      await ctx.close();
    }
  });

  await step('on a phone, the visitor opens it and asks to be put in touch', async () => {
    const { ctx, visitor } = await visit(PHONE, true);
    try {
      await visitor.goto(`${BASE_URL}/catalogue?q=${encodeURIComponent(WORD)}`);
      const item = visitor.getByTestId('catalogue-item').filter({ hasText: title });
      await item.waitFor();
      const width = await visitor.evaluate(() => document.documentElement.scrollWidth);
      check(width <= PHONE.width, `the catalogue fits the phone (${width}px wide)`);
      await shot(visitor, 'catalogue-06-phone-search');
      await item.getByRole('link', { name: title }).click();
      await visitor.getByTestId('catalogue-title').filter({ hasText: title }).waitFor();
      check(!(await visitor.content()).includes(member), 'no team member is named on the public page');
      await visitor.getByTestId('contact-submit').click();
      await visitor.getByText('请填写单位名称').waitFor();
      await visitor.getByTestId('contact-organisation').fill(`北京康复医疗器械有限公司${tag}`);
      await visitor.getByTestId('contact-contact').fill('刘经理 13912345678');
      await visitor.getByTestId('contact-need').fill('希望引进该装置，在三家医院试用。');
      await shot(visitor, 'catalogue-07-phone-contact');
      await visitor.getByTestId('contact-submit').click();
      await visitor.getByTestId('contact-sent').waitFor();
      await shot(visitor, 'catalogue-08-phone-contact-sent');
    } finally {
      await ctx.close();
    }
  });

  await step('昌平 staff see the lead', async () => {
    await page.goto(`${BASE_URL}/innovation/leads`);
    const row = page.locator('tr').filter({ hasText: `北京康复医疗器械有限公司${tag}` });
    await row.waitFor();
    check((await row.textContent())?.includes(title), 'the lead names the achievement');
    await shot(page, 'catalogue-09-leads');
    await page.goto(achievementUrl);
    await page.getByTestId('achievement-heading').waitFor();
  });
});
