/**
 * Programs journey: a district clerk builds a certificate subsidy in the rule builder, simulates it (the
 * simulation states the evidence window: this year's records) and publishes it; the demo worker applies on a phone with a photo of the certificate, and the district enters
 * a colleague's certificate in a batch, without a scan; the grassroots, street and district unions approve
 * in turn, each landing on the next waiting application after a decision (the queue fits 1440 px on one
 * line per row); the district's final approval of the colleague is refused until the scan is waived with a
 * reason, which the history shows by name and union; a payment batch is previewed (items, per-union
 * subtotal, total), created with that total, exported to .xlsx and marked paid; the dashboard shows the
 * approved amount, and this year's paid total equals the batches the ledger shows paid this year; the worker sees 已发放 with the amount and date and their photo, and in the message
 * centre one message per review step and one for the payment, with the unread badge.
 */

import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { runTag } from './data.ts';
import { BASE_URL, check, downloadFrom, journey, pressInDialog } from './lib.ts';
import { draftingSteps } from './programs-drafting.ts';
import { approveFromQueue, callApi, PHOTO_PNG, signedIn, topShot } from './programs-helpers.ts';

const WORKER_NAME = '李明';
/** Grade 三级 in the preset's tier table. */
const AMOUNT_FEN = 100_000;
const AMOUNT = '¥1,000.00';

const yuan = (fen: number) =>
  `¥${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`;
/** '¥118,400.00' → 11840000 fen. */
const fenOf = (money: string) => {
  const [whole, cents = '0'] = money.replace(/[¥,\s]/g, '').split('.');
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'));
};

await journey('programs', { viewport: { width: 1440, height: 900 } }, async (staff, step) => {
  staff.setDefaultTimeout(30_000);
  const browser = staff.context().browser();
  if (!browser) throw new Error('no browser');
  const tag = runTag();
  const year = new Date().getFullYear();
  // The worker applies for the seed preset of this year's certificate subsidy (grade 三级 → ¥1,000).
  let programId = 0;
  let name = '';
  let approvedBefore = 0;
  const certificateNo = `J${year}${Date.now()}`;
  /** The worker's colleague, whose certificate the district enters in a batch without a scan. */
  let mate = { id: 0, name: '', applicationId: 0 };

  await draftingSteps(staff, step, tag, year);

  await step("the seed's certificate subsidy of this year is published, paid by grade", async () => {
    const list = await callApi<{
      items: { id: number; name: string; presetKey: string | null; status: string }[];
    }>(
      staff,
      'GET',
      `/api/programs?status=published&q=${encodeURIComponent('职业资格等级证书助推')}&pageSize=50`,
    );
    const preset = list.items.find((p) => p.presetKey === `shunyi-${year}-certificate`);
    check(preset, `the demo data holds the preset shunyi-${year}-certificate`);
    programId = preset.id;
    name = preset.name;
    await staff.goto(`${BASE_URL}/programs/${programId}`);
    await staff.getByTestId('program-close').waitFor();
    await staff.getByText('三级/高级工').first().waitFor();
    await topShot(staff, 'programs-03-preset');
    const report = await callApi<{ programs: { programId: number; approvedFen: number }[] }>(
      staff,
      'GET',
      `/api/reports/programs?from=${year}-01-01&to=${year}-12-31`,
    );
    approvedBefore = report.programs.find((p) => p.programId === programId)?.approvedFen ?? 0;
  });

  // the certificates' day: a later day of this year may still be ahead in January (a record's date is never ahead)
  const yearsFirstDay = `${year}-01-01`;
  await step('setup: the worker holds a 三级 certificate of this year', async () => {
    const members = await callApi<{
      items: { id: number; name: string; idMasked: string; orgId: number | null }[];
    }>(staff, 'GET', `/api/members?q=${encodeURIComponent(WORKER_NAME)}&pageSize=50`);
    const worker = members.items.find((m) => m.name === WORKER_NAME && m.idMasked.endsWith('1239'));
    check(worker, 'the demo worker is found among the members');
    await callApi(staff, 'POST', '/api/records', {
      kind: 'certificate',
      personId: worker.id,
      date: yearsFirstDay,
      occupation: '电工',
      grade: 3,
      issuer: '北京市人力资源和社会保障局',
      number: certificateNo,
    });
    const mates = await callApi<{ items: { id: number; name: string }[] }>(
      staff,
      'GET',
      `/api/members?orgId=${worker.orgId}&pageSize=50`,
    );
    const colleague = mates.items.find((m) => m.id !== worker.id && m.name !== WORKER_NAME);
    check(colleague, "the worker's union has another member");
    const record = await callApi<{ items: { id: number }[] }>(staff, 'POST', '/api/records', {
      kind: 'certificate',
      personId: colleague.id,
      date: yearsFirstDay,
      occupation: '焊工',
      grade: 3,
      issuer: '北京市人力资源和社会保障局',
      number: `${certificateNo}B`,
    });
    const batch = await callApi<{ results: { applicationId: number }[] }>(
      staff,
      'POST',
      `/api/programs/${programId}/batch`,
      { rows: [{ personId: colleague.id, subjectRecordId: record.items[0].id }] },
    );
    mate = { id: colleague.id, name: colleague.name, applicationId: batch.results[0].applicationId };
  });

  const phone = await signedIn(browser, 'worker', 'worker');
  const w = phone.page;
  await step('the worker sees the program open to them, and why', async () => {
    await w.goto(`${BASE_URL}/m/programs`);
    const card = w.getByTestId(`my-program-${programId}`);
    await card.waitFor();
    check((await card.getByTestId('eligibility-tag').textContent()) === '符合条件', 'the worker is eligible');
    await card.getByText('为什么？').click();
    await card.getByTestId('outcome-held').first().waitFor();
    await topShot(w, 'programs-04-phone-programs');
    await card.getByTestId('apply-button').click();
    await w.waitForURL(`**/m/programs/${programId}/apply`);
  });

  let applicationId = 0;
  await step('the worker applies with a photo of the certificate', async () => {
    await w.getByTestId('apply-subject').getByText(certificateNo, { exact: false }).click();
    await w.getByTestId('evidence-certificate_scan').setInputFiles({
      name: 'certificate.png',
      mimeType: 'image/png',
      buffer: PHOTO_PNG,
    });
    await w.locator('.wp-photo').first().waitFor();
    await topShot(w, 'programs-05-phone-apply', w.getByTestId('apply-submit'));
    await w.getByTestId('apply-submit').click();
    await w.waitForURL(/\/m\/applications\/\d+$/);
    applicationId = Number(new URL(w.url()).pathname.split('/').pop());
    check(
      (await w.getByTestId('application-status').first().textContent()) === '审核中',
      'the application is in review',
    );
    const width = await w.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 375, `the page fits the phone (${width}px wide)`);
    await topShot(w, 'programs-06-phone-submitted');
  });

  /** The worker's application approved from the queue in the UI, the colleague's by API. */
  const approveAs = (username: string, shotName: string) =>
    approveFromQueue(browser, username, shotName, { name, applicationId, alsoId: mate.applicationId });
  await step('the grassroots union (huifeng) approves', async () => {
    await approveAs('huifeng', 'programs-07-grassroots-review');
  });
  await step('the street union (yangzhen) approves', async () => {
    await approveAs('yangzhen', 'programs-08-street-review');
  });
  await step(
    "the district's final approval of the colleague needs the scan, or a waiver with a reason",
    async () => {
      await staff.goto(`${BASE_URL}/applications/${mate.applicationId}`);
      await staff.getByTestId('material-certificate_scan').filter({ hasText: '未提交' }).waitFor();
      await staff.getByTestId('approve').click();
      await pressInDialog(staff.getByTestId('reason-ok'));
      const refusal = staff.locator('.ant-message-notice', { hasText: '证书扫描件' });
      await refusal.waitFor();
      check(
        (await refusal.textContent())?.includes('终审批准前须提交或免除'),
        'the final approval without the scan is refused, naming it',
      );
      const still = await callApi<{ status: string }>(
        staff,
        'GET',
        `/api/applications/${mate.applicationId}`,
      );
      check(still.status === 'submitted', `the refused application still waits (${still.status})`);
      await staff.getByTestId('waive-certificate_scan').check();
      await staff.getByTestId('waive-reason-certificate_scan').fill('原件已当面核验');
      await topShot(staff, 'programs-09a-waiver');
      await pressInDialog(staff.getByTestId('reason-ok'));
      await staff.waitForURL((u) => !u.pathname.endsWith(`/applications/${mate.applicationId}`));
      const done = await callApi<{ status: string }>(staff, 'GET', `/api/applications/${mate.applicationId}`);
      check(done.status === 'approved', `approved with the waiver (${done.status})`);
      await staff.goto(`${BASE_URL}/applications/${mate.applicationId}`);
      const line = (await staff.getByTestId('history-waived').textContent()) ?? '';
      check(
        line.includes('顺义区总工会') &&
          line.includes('免除「证书扫描件」：原件已当面核验') &&
          !line.includes('shunyi'),
        `the history names who waived what and why (${line})`,
      );
      await topShot(staff, 'programs-09b-waiver-history');
    },
  );

  await step('the district union (shunyi) approves in bulk from its queue', async () => {
    await staff.goto(`${BASE_URL}/applications?programId=${programId}`);
    const row = staff.locator('.ant-table-row', { hasText: WORKER_NAME });
    await row.waitFor();
    await row.locator('.ant-checkbox-input').check();
    await staff.getByTestId('bulk-approve').click();
    await staff.getByTestId('reason-input').fill('材料齐全，同意');
    await topShot(staff, 'programs-09-district-bulk');
    await pressInDialog(staff.getByTestId('reason-ok'));
    await row.waitFor({ state: 'detached' });
    const app = await callApi<{ status: string; amountFen: number }>(
      staff,
      'GET',
      `/api/applications/${applicationId}`,
    );
    check(
      app.status === 'approved' && app.amountFen === AMOUNT_FEN,
      `approved for ${AMOUNT} (${app.status}, ${app.amountFen})`,
    );
  });

  await step('a payment batch is created and exported; it holds the worker', async () => {
    await staff.goto(`${BASE_URL}/ledger?programId=${programId}&tab=batches`);
    await staff.getByTestId('batch-create').click();
    const preview = staff.getByTestId('batch-preview');
    await preview.getByTestId('preview-items').locator('.ant-table-row').first().waitFor();
    const previewed = await callApi<{
      totalFen: number;
      itemCount: number;
      items: { applicationId: number }[];
    }>(staff, 'POST', '/api/payment-batches/preview', { programId });
    const previewTotal = (await preview.getByTestId('preview-total').textContent()) ?? '';
    check(
      previewTotal === yuan(previewed.totalFen) &&
        previewed.items.some((i) => i.applicationId === applicationId) &&
        previewed.items.some((i) => i.applicationId === mate.applicationId),
      `the preview lists the worker and the colleague and shows the total ${previewTotal} before creation`,
    );
    await topShot(staff, 'programs-10a-batch-preview');
    await staff.getByTestId('batch-confirm').click();
    await staff.waitForURL(/\/ledger\/batches\/\d+$/);
    const batchTotal = await staff.getByTestId('batch-total').textContent();
    check(
      batchTotal === previewTotal,
      `the batch holds the previewed total (${batchTotal} = ${previewTotal})`,
    );
    const item = staff.locator('.ant-table-row', { hasText: WORKER_NAME }).filter({ hasText: AMOUNT });
    await item.first().waitFor(); // the batch pays the worker ¥1,000.00
    // A payee without a bank account number is named on the batch; the export then asks to confirm.
    const missing = staff.getByTestId('accounts-missing');
    const lacking = (await missing.count()) > 0;
    if (lacking) await staff.getByTestId('batch-export').click();
    const download = await downloadFrom(staff.getByTestId(lacking ? 'batch-export-anyway' : 'batch-export'));
    const file = await download.path();
    const book = XLSX.read(readFileSync(file), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]], { header: 1 });
    const text = JSON.stringify(rows);
    check(
      text.includes(WORKER_NAME),
      `the exported sheet names the worker (${download.suggestedFilename()})`,
    );
    check(text.includes('1000'), 'the exported sheet carries the amount in yuan');
    await topShot(staff, 'programs-10-batch');
    await staff.getByTestId('batch-mark-paid').click();
    await staff.getByTestId('batch-mark-paid-ok').click();
    await staff.getByTestId('batch-mark-paid').waitFor({ state: 'detached' });
    await staff.getByTestId('reconciliation').getByText('平衡').waitFor();
    await topShot(staff, 'programs-11-batch-paid');
  });

  await step('the dashboard shows the approved amount', async () => {
    await staff.goto(`${BASE_URL}/dashboard?from=${year}-01-01&to=${year}-12-31`);
    const row = staff.locator('.ant-table-row', { hasText: name });
    await row.waitFor();
    const shown = await row.getByTestId('dash-approved').textContent();
    const expected = yuan(approvedBefore + 2 * AMOUNT_FEN); // the worker and the colleague
    check(shown === expected, `the program row shows ${expected} approved (${shown})`);
    // the figures say the day they are counted to while the year runs, as every statistics page does
    await staff
      .getByTestId('stats-period-note')
      .filter({ hasText: `统计期间 ${year}-01-01 至 ${year}-12-31 · 计至` })
      .waitFor();
    await staff.waitForTimeout(800);
    await topShot(staff, 'programs-12-dashboard');
    // The header bell opens the staff message centre (its own list; shown empty or not, never raw data).
    await staff.getByTestId('message-bell').click();
    await staff.waitForURL('**/messages');
    await staff.getByTestId('messages-page').locator('.ant-empty, .ant-list').first().waitFor();
  });

  await step("the dashboard's paid total for this year is what the ledger shows paid this year", async () => {
    // The ledger page's batches of 顺义: those paid this year, by their payment date.
    await staff.goto(`${BASE_URL}/ledger?tab=batches`);
    const batches = staff.locator('.ant-table-wrapper', { hasText: '支付时间' });
    const rows = batches.locator('.ant-table-row');
    await rows.first().waitFor();
    check(
      (await batches.locator('.ant-pagination-item-2').count()) === 0,
      'every batch of 顺义 is on the first page',
    );
    let ledgerFen = 0;
    for (const row of await rows.all()) {
      // columns: #, program, items, total, method, status, batch date, paid
      const [, , , total, , status, , paidAt] = await row.locator('td').allInnerTexts();
      if (status.trim() === '已发放' && paidAt.startsWith(String(year))) ledgerFen += fenOf(total);
    }
    await topShot(staff, 'programs-12a-ledger-batches');
    await staff.goto(`${BASE_URL}/dashboard`);
    const paid = staff.getByTestId('dash-total-paidFen');
    await paid.waitFor();
    const shown = (await paid.locator('.ant-statistic-content').textContent())?.trim();
    check(ledgerFen > 0, `the demo and this journey paid batches this year (${yuan(ledgerFen)})`);
    check(shown === yuan(ledgerFen), `the dashboard shows ${yuan(ledgerFen)} paid this year (${shown})`);
    const title = (await paid.textContent()) ?? '';
    check(title.includes('按支付日期'), `the paid figure says it counts by payment date (${title})`);
    // The demo's 2020 training fees, decided and paid in 2020, open to what the records say: the trainees of
    // each course.
    await staff.goto(`${BASE_URL}/dashboard?from=2020-01-01&to=2020-12-31`);
    const training = staff
      .getByTestId('dash-table')
      .locator('.ant-table-row', { hasText: '职工技能培训费全额助推' });
    await training.locator('.ant-table-row-expand-icon').click();
    const courses = staff.getByTestId('dash-breakdown-course').locator('.ant-table-row');
    await courses.first().waitFor();
    check(
      (await courses.count()) === 4,
      `the training breaks down into its four courses (${await courses.count()})`,
    );
    await topShot(staff, 'programs-12b-dashboard-2020', staff.getByTestId('dash-breakdown-course'));
  });

  await step('the worker sees the application paid, with the amount, the date and their photo', async () => {
    await w.goto(`${BASE_URL}/m/applications/${applicationId}`);
    await w.getByTestId('application-status').filter({ hasText: '已通过' }).waitFor();
    const paid = w.getByTestId('my-application-payment');
    await paid.getByTestId('payment-status').filter({ hasText: '已发放' }).waitFor();
    check((await paid.textContent())?.includes(AMOUNT), `the application shows ${AMOUNT} paid`);
    await paid.getByTestId('paid-on').waitFor();
    const photo = w.getByTestId('evidence').locator('img').first();
    await photo.waitFor();
    await w.waitForFunction(
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
      await photo.elementHandle(),
    );
    await topShot(w, 'programs-13a-phone-paid', paid);
    await w.goto(`${BASE_URL}/m/payments`);
    const payment = w.getByTestId(`my-payment-${applicationId}`);
    await payment.getByTestId('payment-status').filter({ hasText: '已发放' }).waitFor();
    check((await payment.textContent())?.includes(AMOUNT), `the payment of ${AMOUNT} is listed as paid`);
    await topShot(w, 'programs-13-phone-payments');
  });

  await step('the worker reads a message per review step and one for the payment', async () => {
    const badge = w.getByTestId('tab-messages-badge').locator('.ant-badge-count');
    await badge.waitFor();
    const unread = async () => Number(await badge.getAttribute('title'));
    const before = await unread();
    check(before >= 4, `the 消息 tab shows the unread messages (${before})`);
    await w.getByTestId('tab-messages').click();
    await w.waitForURL('**/m/messages');
    const cards = w.locator('[data-testid^="m-message-"]', { hasText: name });
    await cards.first().waitFor();
    const kinds = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    const expected = [
      'payment.paid',
      'application.approved',
      'application.approved_step',
      'application.approved_step',
    ];
    check(
      JSON.stringify(kinds.slice(0, 4)) === JSON.stringify(expected),
      `newest first: the payment, the final approval, then each step (${kinds.join(', ')})`,
    );
    const final = cards.filter({ hasText: '申请已全部审核通过' });
    check(
      (await final.textContent())?.includes('1,000.00 元'),
      'the final approval names the amount in yuan',
    );
    check((await cards.first().getAttribute('data-unread')) === 'true', 'the new messages are unread');
    const width = await w.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 375, `the message list fits the phone (${width}px wide)`);
    await topShot(w, 'programs-14-phone-messages');
    await final.click();
    await w.waitForURL(`**/m/applications/${applicationId}`);
    await w.waitForFunction(
      (n) =>
        Number(
          document
            .querySelector('[data-testid="tab-messages-badge"] .ant-badge-count')
            ?.getAttribute('title'),
        ) === n,
      before - 1,
    );
    await phone.ctx.close();
  });
});
