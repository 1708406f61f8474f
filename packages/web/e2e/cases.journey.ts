/**
 * Workers' requests journey: a worker files a request on a 390×844 phone with a photo and a PDF, and sees both on
 * the request's page (the photo as a thumbnail opening full size, the PDF by name and size); 汇丰's grassroots union misses the
 * deadline (the deadline sweep is run through the test-only route with a time past it); the request goes up to
 * 杨镇总工会, whose staff see who filed it and answer; the worker rates the answer on the phone; 顺义区总工会 reads
 * the statistics. A request of 2025 from 杨镇's register is entered with the time it came in (after hours: its
 * deadlines count from the next working day) and accepted and answered on its own days with 补录历史日期; the
 * administrator pastes the State Council's 2026 holiday notice, checks it (预检) and imports it.
 */
import { runTag, workbook } from './data.ts';
import { BASE_URL, check, journey, shot, signIn, tapTargets } from './lib.ts';
import { callApi, PHOTO_PNG, pick, signedIn, topShot } from './programs-helpers.ts';

const tag = runTag();
/** A scanned repair request's long name, which must wrap on a 375 px screen rather than widen the page. */
const REPAIR_NAME = '车间夜班热水器报修单及设备科回复（2026年6月第二次报修）.pdf';
/** A one-page PDF's bytes, standing in for the scan. */
const REPAIR_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** The State Council's notice of the 2026 holidays, as a clerk pastes it. */
const NOTICE_2026 = `一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。`;

await journey('cases', { viewport: { width: 1440, height: 900 } }, async (page, step) => {
  const browser = page.context().browser();
  check(browser, 'a browser');
  const worker = await signedIn(browser, 'worker', 'worker');
  const phone = worker.page;
  const text = `车间夜班没有热水，反映多次未解决（${tag}）`;
  let id = 0;
  let answerDue = '';

  await step('the worker files a request on the phone', async () => {
    await phone.goto(`${BASE_URL}/m/cases`);
    await phone.getByTestId('my-case-new').click();
    await phone.waitForURL('**/m/cases/new');
    // the greyed-out button says what is still to do
    await phone.getByTestId('my-case-submit').filter({ hasText: '请先选择诉求类别' }).waitFor();
    await pick(phone, phone.getByTestId('my-case-category'), '劳动安全');
    await phone.getByTestId('my-case-submit').filter({ hasText: '请先描述您遇到的问题' }).waitFor();
    await phone.getByTestId('my-case-description').fill(text);
    await phone.locator('input[type=file]').setInputFiles([
      { name: '车间热水器照片.png', mimeType: 'image/png', buffer: PHOTO_PNG },
      {
        name: REPAIR_NAME,
        mimeType: 'application/pdf',
        buffer: REPAIR_PDF,
      },
    ]);
    await topShot(phone, 'cases-01-phone-file');
    await phone.getByTestId('my-case-submit').click();
    await phone.waitForURL(/\/m\/cases\/\d+$/);
    id = Number(new URL(phone.url()).pathname.split('/').pop());
    await phone.getByTestId('event-filed').waitFor();
    check(
      (await phone.getByTestId('my-case-status').textContent()) === '待受理',
      'the request waits to be accepted',
    );
    await topShot(phone, 'cases-02-phone-filed');
    const mine = await callApi<{ case: { answerDue: string; orgName: string } }>(
      phone,
      'GET',
      `/api/me/cases/${id}`,
    );
    check(
      mine.case.orgName === '北京杨镇汇丰包装有限公司工会',
      `filed with the grassroots union (${mine.case.orgName})`,
    );
    answerDue = mine.case.answerDue;
  });

  await step(
    'the worker sees the files they sent: the photo opens full size, the PDF by its name',
    async () => {
      const files = phone.getByTestId('my-case-files');
      check((await files.textContent())?.includes('我提交的附件（2个）'), 'both files are listed');
      const pdf = files.locator('a', {
        hasText: REPAIR_NAME,
      });
      check((await pdf.textContent())?.includes(`${REPAIR_PDF.length} B`), 'the PDF is listed with its size');
      const thumb = files.locator('img');
      await thumb.waitFor();
      await phone.waitForFunction(
        (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
        await thumb.elementHandle(),
      );
      const opened = await phone.evaluate(
        async (url) => {
          const res = await fetch(url);
          return { status: res.status, disposition: res.headers.get('content-disposition') ?? '' };
        },
        (await pdf.getAttribute('href')) ?? '',
      );
      check(
        opened.status === 200 && opened.disposition.includes(encodeURIComponent(REPAIR_NAME)),
        `the PDF opens under its Chinese name (${JSON.stringify(opened)})`,
      );
      await thumb.click();
      await phone.locator('.ant-image-preview-img').waitFor();
      await topShot(phone, 'cases-02b-phone-photo');
      await phone.keyboard.press('Escape');
      await phone.locator('.ant-image-preview-img').waitFor({ state: 'hidden' });
      await phone.setViewportSize({ width: 375, height: 812 });
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      check(width <= 375, `the page with its files fits a 375 px screen (${width}px wide)`);
      await topShot(phone, 'cases-02c-phone-files-375');
      await phone.setViewportSize({ width: 390, height: 844 });
    },
  );

  await step('the grassroots union misses the deadline: the sweep moves it up to 杨镇总工会', async () => {
    await signIn(page, '/login', 'admin');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    const now = new Date(Date.parse(`${answerDue}T09:00:00+08:00`) + 2 * 86_400_000).toISOString();
    const run = await callApi<{ escalated: number[] }>(page, 'POST', '/api/test/cases/escalate', { now });
    check(run.escalated.includes(id), 'the request was escalated');
    const again = await callApi<{ escalated: number[] }>(page, 'POST', '/api/test/cases/escalate', { now });
    check(!again.escalated.includes(id), 'a deadline escalates once');
    await page.context().clearCookies();
  });

  await step('杨镇总工会 sees the worker and the timeline, and answers', async () => {
    await signIn(page, '/login', 'yangzhen');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(`${BASE_URL}/cases?status=submitted`);
    await page.getByTestId('case-table').getByText(text).waitFor();
    await shot(page, 'cases-03-staff-list');
    await page.goto(`${BASE_URL}/cases/${id}`);
    await page.getByTestId('case-union').filter({ hasText: '杨镇总工会' }).waitFor();
    await page.getByTestId('event-auto_escalated').waitFor();
    check(
      (await page.getByTestId('case-worker').textContent())?.includes('李明'),
      'the handling chain sees who filed it',
    );
    await page.getByTestId('case-accept').click();
    await page.getByTestId('case-status').filter({ hasText: '办理中' }).waitFor();
    await page.getByTestId('case-reply-text').fill('已协调企业为夜班车间安装电热水器，本周内完成。');
    await page.getByTestId('case-reply').click();
    await page.getByTestId('case-status').filter({ hasText: '已答复' }).waitFor();
    await shot(page, 'cases-04-staff-answered');
    await page.context().clearCookies();
  });

  await step('the grassroots union still lists it but no longer sees who filed it', async () => {
    await signIn(page, '/login', 'huifeng');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(`${BASE_URL}/cases/${id}`);
    await page.getByTestId('case-worker').filter({ hasText: '不显示职工身份' }).waitFor();
    await page.context().clearCookies();
  });

  await step('the worker reads the answer and rates it on the phone', async () => {
    await phone.setViewportSize({ width: 375, height: 812 });
    await phone.goto(`${BASE_URL}/m/cases/${id}`);
    await phone.getByTestId('event-replied').waitFor();
    await tapTargets(phone.getByTestId('my-case-stars').locator('.ant-rate-star > div'), 'the rating stars');
    await tapTargets(phone.getByTestId('m-back'), '返回');
    await phone.getByTestId('my-case-stars').locator('.ant-rate-star').nth(4).click();
    await topShot(phone, 'cases-05-phone-rate');
    await phone.getByTestId('my-case-rate-submit').click();
    await phone.getByTestId('my-case-status').filter({ hasText: '已办结' }).waitFor();
    await topShot(phone, 'cases-06-phone-rated');
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 390, `the phone page fits the screen (${width}px wide)`);
  });

  await step('顺义区总工会 reads the statistics', async () => {
    await signIn(page, '/login', 'shunyi');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(`${BASE_URL}/case-stats`);
    await page.getByTestId('case-stats').waitFor();
    const filed = Number(
      (await page.getByTestId('stat-filed').locator('.ant-statistic-content-value').textContent())?.replace(
        /,/g,
        '',
      ),
    );
    check(filed >= 37, `the demo's requests and this one are counted (${filed})`);
    await shot(page, 'cases-07-stats');
    await page.goto(`${BASE_URL}/case-calendar`);
    await page
      .getByText('国庆节')
      .first()
      .waitFor()
      .catch(() => undefined);
    await shot(page, 'cases-08-calendar');
  });
  await step(
    'a 2025 request from the register is entered at its time and handled on its own days',
    async () => {
      await page.context().clearCookies();
      await signIn(page, '/login', 'yangzhen');
      await page.waitForURL((u) => !u.pathname.endsWith('/login'));
      const entered = await callApi<{ case: { id: number; countedFrom: string } }>(
        page,
        'POST',
        '/api/cases',
        {
          channel: 'reception',
          category: 'wages',
          description: `2025年接待日登记：加班费未足额发放（${tag}）`,
          receivedOn: '2025-03-03',
          receivedTime: '18:05',
        },
      );
      check(
        entered.case.countedFrom === '2025-03-04',
        `after hours: counted from 03-04 (${entered.case.countedFrom})`,
      );
      const old = entered.case.id;
      await page.goto(`${BASE_URL}/cases/${old}`);
      await page.getByTestId('case-counted-from').waitFor();
      await page.getByTestId('case-day-open').click();
      const day = page.getByTestId('case-day');
      await day.fill('2025-03-04');
      await day.press('Enter');
      await page.getByTestId('case-accept').click();
      await page.getByTestId('case-status').filter({ hasText: '办理中' }).waitFor();
      await day.fill('2025-03-10');
      await day.press('Enter');
      await page.getByTestId('case-reply-text').fill('已督促企业补发加班费。');
      await page.getByTestId('case-reply').click();
      await page.getByTestId('case-status').filter({ hasText: '已答复' }).waitFor();
      await shot(page, 'cases-09-backdated');
      const d = await callApi<{ case: { acceptedOn: string; answeredOn: string; onTime: boolean } }>(
        page,
        'GET',
        `/api/cases/${old}`,
      );
      check(
        d.case.acceptedOn === '2025-03-04' && d.case.answeredOn === '2025-03-10' && d.case.onTime,
        `accepted and answered on their days, on time (${JSON.stringify(d.case)})`,
      );
    },
  );

  await step(
    '杨镇 brings its 2025 register in: 预检 finds the wrong row, the fixed file imports',
    async () => {
      const headers = [
        '收到日期',
        '收到时间',
        '渠道',
        '类别',
        '诉求内容',
        '所在工会',
        '受理日期',
        '答复日期',
        '答复内容',
        '办结日期',
      ];
      const row = (received: string, accepted: string) => [
        received,
        '10:00',
        '接待日',
        '工资报酬',
        `2025年台账：夜班补贴未发（${tag}）`,
        '杨镇总工会',
        accepted,
        '2025-05-12',
        '已督促企业补发',
        '2025-05-15',
      ];
      const upload = async (rows: string[][]) => {
        await page.locator('.import-dragger input[type=file]').setInputFiles({
          name: '诉求台账2025.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: workbook(headers, rows),
        });
        await page.getByTestId('import-check').click();
        await page.getByTestId('import-check-result').waitFor();
      };
      await page.goto(`${BASE_URL}/import`);
      await page.getByTestId('import-what-cases').click();
      await upload([row('2025-05-06', '2025-05-07'), row('2025-05-08', '2025-05-01')]);
      const errors = (await page.getByTestId('import-check-result').textContent()) ?? '';
      check(
        errors.includes('受理日期 2025-05-01 早于收到日期 2025-05-08'),
        `the check names the wrong row (${errors})`,
      );
      check(await page.getByTestId('import-start').isDisabled(), 'a file with an error cannot be imported');
      await shot(page, 'cases-10a-register-check');
      await upload([row('2025-05-06', '2025-05-07'), row('2025-05-08', '2025-05-09')]);
      await page.getByTestId('import-start').click();
      const done = page.getByTestId('import-result');
      await done.waitFor();
      check(
        ((await done.textContent()) ?? '').includes('已导入 2 条诉求台账记录'),
        'the two rows are imported',
      );
      await shot(page, 'cases-10b-register-imported');
    },
  );

  await step(
    "the administrator pastes the State Council's 2026 notice, checks it, and imports it",
    async () => {
      await page.context().clearCookies();
      await signIn(page, '/login', 'admin');
      await page.waitForURL((u) => !u.pathname.endsWith('/login'));
      await page.goto(`${BASE_URL}/case-calendar`);
      await pick(page, page.getByTestId('calendar-year'), '2026');
      await page.getByTestId('notice-open').click();
      await page.getByTestId('notice-text').fill(NOTICE_2026);
      await page.getByTestId('notice-check').click();
      const preview = page.getByTestId('notice-preview');
      await preview.waitFor();
      const summary = (await preview.locator('.ant-alert').textContent()) ?? '';
      check(summary.includes('读出 39 天'), `the check reads the 39 days (${summary})`);
      await shot(page, 'cases-10-notice-check');
      await page.getByTestId('notice-apply').click();
      await page.locator('.ant-message-notice', { hasText: '已导入2026年的 39 天' }).waitFor();
      await page.getByTestId('notice-preview').waitFor({ state: 'detached' });
      await page.locator('.ant-table-row', { hasText: '2026-02-15' }).filter({ hasText: '春节' }).waitFor();
    },
  );

  await step(
    "the administrator adds the federation's own request category, offered at once for new requests",
    async () => {
      await page.getByTestId('category-add').click();
      await page.getByTestId('category-name-zh').fill('劳务派遣（外包）');
      await page.getByTestId('category-name-en').fill('Agency work');
      await page.getByTestId('category-ack').fill('1');
      await page.getByTestId('category-answer').fill('3');
      await page.getByTestId('category-save').click();
      await page
        .locator('.ant-table-row', { hasText: '劳务派遣（外包）' })
        .filter({ hasText: '受理' })
        .waitFor();
      await page.goto(`${BASE_URL}/cases/new`);
      await page.getByTestId('case-category').click();
      await page.keyboard.type('劳务派遣');
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '劳务派遣（外包）' })
        .click();
      await page.getByTestId('case-category').filter({ hasText: '劳务派遣（外包）' }).waitFor();
    },
  );

  await worker.ctx.close();
});
