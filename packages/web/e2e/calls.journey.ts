/**
 * Calls for works journey (issue 26): 杨镇 opens a call for safety slogans; the worker sends one in on the phone;
 * 汇丰's union (the worker's branch) passes it; 杨镇 marks it 入展 and publishes; the public gallery on a phone
 * shows it with the author's name.
 */
import { BASE_URL, check, chinaToday, journey, PHONE_SCREEN, shot, signInAs } from './lib.ts';
import { createAtOwnUnion } from './programs-helpers.ts';

await journey('calls', { viewport: PHONE_SCREEN }, async (page, step) => {
  let id = 0;
  const title = `“我要安全”安全感言征集（${Date.now()}）`;
  const slogan = `巡检多走一步，隐患少留一处（${Date.now() % 100000}）`;

  await step('杨镇 opens a call for safety slogans to its subtree', async () => {
    await signInAs(page, 'yangzhen', false);
    ({ id } = await createAtOwnUnion<{ id: number }>(page, '/api/activities/calls', {
      title,
      opensOn: chinaToday(-1),
      closesOn: chinaToday(7),
      perWorker: 3,
      gallery: 'public',
      categories: [
        { name: '安全感言', kind: 'text' },
        { name: '安全漫画', kind: 'image' },
      ],
    }));
    await page.goto(`${BASE_URL}/activities/calls`);
    await page.getByTestId('call-list').getByText(title).waitFor();
    await shot(page, 'calls-01-list');
  });

  await step('the worker sends a slogan in on the phone', async () => {
    await signInAs(page, 'worker', true, `/m/calls`);
    await page.getByTestId(`my-call-text-${id}`).fill(slogan);
    await page.getByTestId(`my-call-send-${id}`).click();
    await page.getByTestId(`my-call-${id}`).getByText('待审核').waitFor();
    await shot(page, 'calls-02-sent');
  });

  await step("汇丰's union passes it", async () => {
    await signInAs(page, 'huifeng', false, `/activities/calls/${id}`);
    const row = page.getByTestId('call-works').locator('tr', { hasText: slogan });
    await row.locator('[data-testid^="call-pass-"]').click();
    await row.getByText('审核通过').waitFor();
    await shot(page, 'calls-03-passed');
  });

  await step('杨镇 marks it 入展 and publishes the results', async () => {
    await signInAs(page, 'yangzhen', false, `/activities/calls/${id}`);
    const row = page.getByTestId('call-works').locator('tr', { hasText: slogan });
    await row.locator('[data-testid^="call-result-"]').click();
    // the list opens on 未入选; the option above it is 入展 (the keyboard, not a click during the opening animation)
    await page.locator('.ant-select-item-option[title="入展"]').waitFor();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.getByText('评选结果已保存').waitFor();
    await page.getByTestId('call-publish').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByTestId('call-gallery-link').waitFor();
    await shot(page, 'calls-04-judged');
  });

  await step('the public gallery on a phone shows the slogan and its author', async () => {
    await page.context().clearCookies();
    await page.setViewportSize(PHONE_SCREEN);
    await page.goto(`${BASE_URL}/gallery/${id}`);
    const work = page
      .getByTestId('call-gallery')
      .locator('[data-testid^="gallery-work-"]', { hasText: slogan });
    await work.waitFor();
    const text = (await work.textContent()) ?? '';
    check(text.includes('入展') && text.includes('李明'), `入展 and the author in the gallery (${text})`);
    await shot(page, 'calls-05-gallery');
  });
});
