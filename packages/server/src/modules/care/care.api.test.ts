import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, multipart } from '../../../test/api.ts';
import { fixedClock, TEST_NOW } from '../../../test/clock.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { OrgRow } from '../org/index.ts';
import { seedPrograms } from '../programs/index.ts';

/** Care over HTTP: bad input on every write route, a visit and its receipt photo, the worker's confirmation. */
let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: string;
let worker: string;
let town: OrgRow;
let personId: number;
let campaignId: number;
let stockId: number;

const campaign = () => ({
  orgId: town.id,
  title: '冬季送温暖',
  startsOn: '2021-12-01',
  endsOn: '2022-01-31',
  budgetFen: 1_000_000,
  steps: [{ kind: 'visits', title: '走访慰问' }],
});
const visit = () => ({
  campaignId,
  orgId: town.id,
  recipientKind: 'person',
  personId,
  visitedOn: '2021-12-20',
  visitors: '镇总工会 张强',
  goods: [{ stockId, quantity: 1 }],
  grantFen: 80_000,
});

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock() });
  const root = await t.ctx.newRoot();
  await t.db.tx((sql) =>
    seedPrograms(sql, new Map([['北京市总工会', root]]), null, { activity: false, now: TEST_NOW }),
  );
  const district = await t.ctx.newOrg(root, 'district');
  town = await t.ctx.newOrg(district, 'town');
  staff = await t.signInAs('staff', town);
  const person = await t.ctx.newPerson(town);
  personId = person.id;
  worker = await t.signInAs('worker', null, person.id);
});

afterAll(async () => {
  await t?.close();
});

describe('care over HTTP', () => {
  it('refuses bad input to campaigns and stock, naming the field', async () => {
    for (const body of [
      { ...campaign(), extra: 1 },
      { ...campaign(), steps: [{ kind: 'parade', title: '游行' }] },
      { ...campaign(), budgetFen: -1 },
      { ...campaign(), startsOn: '2021-02-30' },
    ]) {
      const res = await t.call({ method: 'POST', url: '/api/care/campaigns', cookie: staff, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    const ok = await t.call({ method: 'POST', url: '/api/care/campaigns', cookie: staff, body: campaign() });
    expect(ok.statusCode).toBe(200);
    campaignId = ok.json().id;
    const stock = { item: '棉马甲', unit: '件', quantity: 3, valueFen: 24_000, requestId: 'care-api-0001' };
    for (const body of [
      { ...stock, quantity: 0 },
      { ...stock, item: ' ' },
      { ...stock, requestId: undefined },
    ]) {
      const res = await t.call({
        method: 'POST',
        url: `/api/care/campaigns/${campaignId}/stock`,
        cookie: staff,
        body,
      });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    const first = await t.call({
      method: 'POST',
      url: `/api/care/campaigns/${campaignId}/stock`,
      cookie: staff,
      body: stock,
    });
    const retry = await t.call({
      method: 'POST',
      url: `/api/care/campaigns/${campaignId}/stock`,
      cookie: staff,
      body: stock,
    });
    expect(retry.json()).toEqual(first.json());
    expect(first.json()).toMatchObject({ received: 3, left: 3 });
    stockId = first.json().id;
  });

  it('refuses a bad visit with a bilingual error naming the field; a short stock is a conflict', async () => {
    const bad = await t.call({
      method: 'POST',
      url: '/api/care/visits',
      cookie: staff,
      body: { ...visit(), recipientKind: 'alien' },
    });
    expect(bad.statusCode).toBe(400);
    const short = await t.call({
      method: 'POST',
      url: '/api/care/visits',
      cookie: staff,
      body: { ...visit(), goods: [{ stockId, quantity: 4 }] },
    });
    expect(short.statusCode).toBe(409);
    expect(short.json().error).toMatchObject({
      code: 'CARE_STOCK_SHORT',
      messageZh: '第1项物资：「棉马甲」库存只剩 3 件',
      details: { field: 'goods.0.quantity' },
    });
    const unit = await t.call({
      method: 'POST',
      url: '/api/care/visits',
      cookie: staff,
      body: { ...visit(), recipientKind: 'enterprise', personId: null },
    });
    expect(unit.statusCode).toBe(400);
    expect(unit.json().error.details).toEqual({ field: 'unitName' });
  });

  it('logs a visit; a receipt photo confirms it; the worker sees it and cannot confirm it again', async () => {
    const res = await t.call({ method: 'POST', url: '/api/care/visits', cookie: staff, body: visit() });
    expect(res.statusCode).toBe(200);
    const id = res.json().id;
    const wrongType = await t.call({
      method: 'POST',
      url: `/api/care/visits/${id}/photos?kind=receipt`,
      cookie: staff,
      ...multipart('签收单.exe', Buffer.from('MZ')),
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.code).toBe('CARE_PHOTO_INVALID');
    const receipt = await t.call({
      method: 'POST',
      url: `/api/care/visits/${id}/photos?kind=receipt`,
      cookie: staff,
      ...multipart('签收单.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0])),
    });
    expect(receipt.statusCode).toBe(200);
    const detail = (await t.call({ method: 'GET', url: `/api/care/visits/${id}`, cookie: staff })).json();
    expect(detail.visit.confirmedHow).toBe('receipt');
    expect(detail.photos).toEqual([expect.objectContaining({ kind: 'receipt', fileName: '签收单.jpg' })]);
    expect(detail.grant).toMatchObject({ status: 'submitted', amountFen: 80_000 });
    const file = await t.call({
      method: 'GET',
      url: `/api/care/visits/${id}/photos/${detail.photos[0].id}`,
      cookie: staff,
    });
    expect(file.headers['content-type']).toBe('image/jpeg');

    const mine = (await t.call({ method: 'GET', url: '/api/me/care/visits', cookie: worker })).json();
    expect(mine.items).toEqual([expect.objectContaining({ id, grantFen: 80_000 })]);
    expect(mine.items[0].confirmedAt).not.toBeNull();
    const again = await t.call({ method: 'POST', url: `/api/me/care/visits/${id}/confirm`, cookie: worker });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CARE_VISIT_CONFIRMED');
  });

  it('exports the visits as listed, with goods and the grant in yuan as a number; audited', async () => {
    // a second visit, not yet confirmed, with no grant
    const waiting = await t.call({
      method: 'POST',
      url: '/api/care/visits',
      cookie: staff,
      body: { ...visit(), grantFen: undefined },
    });
    expect(waiting.statusCode).toBe(200);
    const res = await t.call({
      method: 'GET',
      url: `/api/care/visits.xlsx?campaignId=${campaignId}`,
      cookie: staff,
    });
    expect(res.statusCode, res.body).toBe(200);
    const sheet = await readSheet(res.rawPayload, 'visits.xlsx', { isHeader: (c) => c.includes('走访日期') });
    const col = (name: string) => sheet.headers.indexOf(name);
    expect(sheet.rows.length).toBeGreaterThan(0);
    const row = sheet.rows.find((r) => r.cells[col('确认')].startsWith('凭签收单'))?.cells ?? [];
    expect(row[col('走访日期')]).toBe('2021-12-20');
    // a visit of 2021 entered today: beside its day, the day the database recorded it entered
    const entered = await t.db.query<{ day: string }>(
      `select to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day from care_visits
        where visited_on = '2021-12-20' order by id desc limit 1`,
    );
    expect(row[col('录入日期')]).toBe(entered.rows[0].day);
    expect(row[col('发放物资')]).toBe('棉马甲1件');
    expect(row[col('慰问金（元）')]).toBe('800');
    // the confirmation in words: how it was confirmed and when, or that it is still awaited
    // under the visits a 合计 row an auditor checks: the sum of 惠及人数 and of 慰问金
    const visitRows = sheet.rows.slice(0, -1);
    const total = sheet.rows.at(-1)?.cells ?? [];
    expect(total[col('活动')]).toBe('合计');
    for (const name of ['惠及人数', '慰问金（元）'])
      expect(Number(total[col(name)])).toBe(visitRows.reduce((s, r) => s + Number(r.cells[col(name)]), 0));
    // no grant is a blank cell, as the page's —, not a 0.00 that says a grant of nothing was paid
    expect(visitRows.find((r) => r.cells[col('确认')] === '待确认')?.cells[col('慰问金（元）')]).toBe('');
    expect(visitRows.map((r) => r.cells[col('确认')]).sort()).toEqual([
      expect.stringMatching(/^凭签收单确认（\d{4}-\d\d-\d\d \d\d:\d\d）$/),
      '待确认',
    ]);
    const audit = await t.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'care.visit.export'`,
    );
    expect(audit.rows[0].n).toBe(1);
    const bad = await t.call({ method: 'GET', url: '/api/care/visits.xlsx?campaignId=abc', cookie: staff });
    expect(bad.statusCode).toBe(400);
  });

  it("names the export of one campaign's visits by the campaign, file and sheet, not by the union asking", async () => {
    const exported = async (query: string) => {
      const res = await t.call({ method: 'GET', url: `/api/care/visits.xlsx?${query}`, cookie: staff });
      expect(res.statusCode, res.body).toBe(200);
      const disposition = String(res.headers['content-disposition']);
      const sheet = await readSheet(res.rawPayload, 'visits.xlsx', {
        isHeader: (c) => c.includes('走访日期'),
      });
      return {
        fileName: decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? ''),
        sheetName: sheet.sheetName,
      };
    };
    const day = '\\d{4}-\\d{2}-\\d{2}';
    expect(await exported(`campaignId=${campaignId}`)).toEqual({
      fileName: expect.stringMatching(new RegExp(`^冬季送温暖-走访记录（截至${day}）\\.xlsx$`)),
      sheetName: '冬季送温暖走访记录',
    });
    // a union asked besides: that union's visits of the campaign
    expect((await exported(`campaignId=${campaignId}&orgId=${town.id}`)).fileName).toMatch(
      new RegExp(`^冬季送温暖-${town.name}走访记录（截至${day}）\\.xlsx$`),
    );
    // a union's visits of every campaign: the union's list, named by it
    expect(await exported(`orgId=${town.id}`)).toEqual({
      fileName: expect.stringMatching(new RegExp(`^${town.name}送温暖走访记录（截至${day}）\\.xlsx$`)),
      sheetName: '走访记录',
    });
  });

  it('corrects a visit on record, answering the visit with its history, and refuses bad input naming the field', async () => {
    const logged = await t.call({
      method: 'POST',
      url: '/api/care/visits',
      cookie: staff,
      body: {
        orgId: town.id,
        recipientKind: 'community',
        unitName: '柳林社区',
        people: 30,
        visitedOn: '2021-01-20',
        visitors: '镇总工会 张强',
        goods: [],
      },
    });
    expect(logged.statusCode, logged.body).toBe(200);
    const url = `/api/care/visits/${logged.json().id}`;
    const res = await t.call({
      method: 'PATCH',
      url,
      cookie: staff,
      body: { people: 32, grantFen: 150_000 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ visit: { people: 32, grantFen: 150_000 }, correctable: true });
    expect(res.json().edits).toHaveLength(1);
    for (const [body, field] of [
      [{ people: 0 }, 'people'],
      [{ grantFen: -1 }, 'grantFen'],
      [{ visitedOn: '2021-02-30' }, 'visitedOn'],
      [{ visitors: '' }, 'visitors'],
    ] as const) {
      const bad = await t.call({ method: 'PATCH', url, cookie: staff, body });
      const { details } = bad.json().error;
      // the schema names the body's field (body/people), the service the field itself
      const named = details?.field ?? details?.issues?.[0]?.field;
      expect([bad.statusCode, named], JSON.stringify(body)).toEqual([
        400,
        expect.stringMatching(new RegExp(`${field}$`)),
      ]);
    }
  });
});
