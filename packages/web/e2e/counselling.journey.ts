/**
 * Counselling journey (issue 27): the worker takes PHQ-9 on the phone with a high score, is offered a session and
 * books it; the counsellor on duty sees the booking with the worker's answers and writes the note; 杨镇's manager
 * (the worker's union) and the platform administrator are refused the note and the answers, and the bookings list
 * staff see never shows the note.
 */
import type { Page } from 'playwright-core';
import { BASE_URL, check, journey, PHONE_SCREEN, shot, signInAs } from './lib.ts';

const status = (page: Page, url: string) => page.evaluate(async (url) => (await fetch(url)).status, url);

await journey('counselling', { viewport: PHONE_SCREEN }, async (page, step) => {
  let booking = 0;
  let assessment = 0;
  const note = `谈及投递高峰期的压力与失眠，做了放松练习（${Date.now()}）`;

  await step('in English the counselling page fits a 375 px phone', async () => {
    await signInAs(page, 'worker', true);
    await page.evaluate(() => localStorage.setItem('gonghui.lang', 'en'));
    await page.goto(`${BASE_URL}/m/counselling`);
    await page.getByTestId('csl-take-phq9').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 375, `/m/counselling in English is ${width} px wide on a 375 px screen`);
    await shot(page, 'counselling-00-english');
    await page.evaluate(() => localStorage.setItem('gonghui.lang', 'zh'));
  });

  await step('the worker takes PHQ-9 on the phone, scores high and is offered a session', async () => {
    await signInAs(page, 'worker', true, `/m/counselling`);
    await page.getByTestId('csl-take-phq9').click();
    for (let i = 0; i < 9; i++) await page.getByTestId(`csl-item-${i}-${i < 8 ? 2 : 0}`).click();
    await page.getByTestId('csl-live-score').filter({ hasText: '16' }).waitFor();
    await page.getByTestId('csl-submit').click();
    await page.getByTestId('csl-result-score').filter({ hasText: '中重度' }).waitFor();
    await page.getByTestId('csl-book-now').waitFor();
    await shot(page, 'counselling-01-offer');
  });

  await step('the worker books the first open slot online', async () => {
    await page.getByTestId('csl-book-now').click();
    await page.getByTestId('csl-slots').getByRole('button').first().click();
    // nothing is booked on the tap: the worker confirms the counsellor, the day and the time first
    const question = page
      .locator('.ant-popconfirm')
      .filter({ hasText: /^预约.+的(线上|面谈)咨询：\d{4}-\d\d-\d\d \d\d:\d\d—\d\d:\d\d？/ });
    await question.waitFor();
    await shot(page, 'counselling-02-confirm');
    await question.locator('.ant-btn-primary').click();
    await page.getByText('预约成功').waitFor();
    const mine = await page.evaluate(async () => (await fetch('/api/me/counselling')).json());
    booking = mine.bookings.find((b: { status: string }) => b.status === 'booked').id;
    assessment = mine.assessments[0].id;
    await page.getByTestId(`csl-my-booking-${booking}`).filter({ hasText: '已预约' }).waitFor();
    await shot(page, 'counselling-02-booked');
  });

  await step('the counsellor sees the booking with the answers and writes the note', async () => {
    await signInAs(page, 'counsellor', false, `/counselling/mine`);
    await page.getByTestId(`csl-open-${booking}`).click();
    // each answer by its item's short name, the words chosen and the score
    const answers = page.getByTestId('csl-booking-assessments');
    await answers.getByText('兴趣减退：一半以上的天数（2）').first().waitFor();
    await answers.getByText('自伤念头：完全不会（0）').first().waitFor();
    await page.getByTestId('csl-note').fill(note);
    // the session is still to come: it cannot be marked held yet, and the note is kept
    await page.getByTestId('csl-note-done').click();
    await page.getByText('咨询尚未开始').waitFor();
    await page.getByTestId('csl-note-save').click();
    await page.getByText('记录已保存').waitFor();
    await page.getByTestId('csl-booking-status').filter({ hasText: '已预约' }).waitFor();
    await shot(page, 'counselling-03-note');
  });

  await step('the worker reads the note', async () => {
    await signInAs(page, 'worker', true);
    const mine = await page.evaluate(
      async (id) => (await fetch(`/api/me/counselling/bookings/${id}`)).json(),
      booking,
    );
    check(mine.note === note, 'the worker reads the counsellor’s note');
  });

  await step('the union’s manager and the administrator cannot read the note or the answers', async () => {
    for (const who of ['yangzhen', 'admin']) {
      await signInAs(page, who, false);
      for (const url of [
        `/api/counselling/mine/bookings/${booking}`,
        `/api/me/counselling/bookings/${booking}`,
        `/api/me/counselling/assessments/${assessment}`,
      ]) {
        const s = await status(page, url);
        check(s === 403 || s === 404, `${who} refused ${url} (${s})`);
      }
    }
    await signInAs(page, 'yangzhen', false, `/counselling?tab=bookings`);
    await page.getByTestId('csl-bookings').getByText('李明').first().waitFor();
    check((await page.getByText(note).count()) === 0, 'the staff bookings list does not show the note');
    await shot(page, 'counselling-04-staff');
  });
});
