/**
 * Congresses journey (issue 28): in 汇丰's 职工大会 (demo), the worker files a proposal on the phone, 王芳 co-signs
 * it, the union's staff accept it (立案), assign it to a department and record its answer, the worker rates it 满意,
 * and the staff make it a 办实事 project whose page links back to the proposal.
 */
import { check, journey, PHONE_SCREEN, shot, signInAs } from './lib.ts';

await journey('congresses', { viewport: PHONE_SCREEN }, async (page, step) => {
  const title = `班组休息室增设空调（${Date.now()}）`;
  let id = 0;

  await step('the worker, a delegate, files a proposal on the phone', async () => {
    await signInAs(page, 'worker', true, `/m/congresses`);
    await page.getByTestId('my-cong-title').fill(title);
    await page.getByTestId('my-cong-body').fill('夏季班组休息室温度高，建议增设空调。');
    await page.getByTestId('my-cong-file').click();
    const mine = page.locator('[data-testid^="my-cong-proposal-"]', { hasText: title });
    await mine.waitFor();
    id = Number((await mine.getAttribute('data-testid'))?.replace('my-cong-proposal-', ''));
    check(id > 0, `the proposal's id (${id})`);
    await page.getByTestId(`my-cong-status-${id}`).filter({ hasText: '征集附议' }).waitFor();
    await shot(page, 'congresses-01-filed');
  });

  await step('王芳 co-signs it on the phone', async () => {
    await signInAs(page, 'worker2', true, `/m/congresses`);
    await page.getByTestId(`my-cong-cosign-${id}`).click();
    await page.getByTestId(`my-cong-cosigned-${id}`).waitFor();
  });

  await step('the union accepts it, assigns it to a department and records the answer', async () => {
    await signInAs(page, 'huifeng', false, `/congresses/proposals?open=${id}`);
    const status = page.getByTestId('cong-proposal-status');
    await status.filter({ hasText: '征集附议' }).waitFor();
    await page.getByTestId('cong-accept').click();
    await status.filter({ hasText: '已立案' }).waitFor();
    await page.getByTestId('cong-department').fill('行政部');
    await page.getByTestId('cong-assign').click();
    await status.filter({ hasText: '办理中' }).waitFor();
    await page.getByTestId('cong-answer-text').fill('已采购两台空调，本月内安装。');
    await page.getByTestId('cong-answer').click();
    await status.filter({ hasText: '已答复' }).waitFor();
    await shot(page, 'congresses-02-answered');
  });

  await step('the worker rates the answer 满意', async () => {
    await signInAs(page, 'worker', true, `/m/congresses`);
    await page.getByTestId(`my-cong-rate-${id}-satisfied`).click();
    await page.getByTestId(`my-cong-status-${id}`).filter({ hasText: '已办结' }).waitFor();
  });

  await step('the union makes it a 办实事 project whose page links back', async () => {
    await signInAs(page, 'huifeng', false, `/congresses/proposals?open=${id}`);
    await page.getByTestId('cong-proposal-rating').filter({ hasText: '满意' }).waitFor();
    await page
      .locator('input[data-testid="cong-pledge-budget"], [data-testid="cong-pledge-budget"] input')
      .first()
      .fill('12000');
    await page.getByTestId('cong-pledge').click();
    await page.getByTestId('cong-proposal-pledge-link').click();
    await page.waitForURL(/\/pledges\/\d+$/);
    await page.getByTestId('pledge-from-proposal').filter({ hasText: title }).waitFor();
    await shot(page, 'congresses-03-pledge');
  });
});
