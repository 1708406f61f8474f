import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/clock.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';

/** Donations over HTTP: strict bodies, bilingual errors naming the field, the acknowledgement PDF. */

const w = appWorld({
  tree: { district: 'root/district' },
  users: { staff: ['staff', 'district'] },
  app: { clock: fixedClock() },
});
let donorId: number;

const post = (url: string, body: unknown) => w.t.call({ method: 'POST', url, body, cookie: w.staff });

describe('donations over HTTP', () => {
  it('registers a donor, refusing unknown fields and a malformed phone', async () => {
    const body = {
      orgId: w.district.id,
      kind: 'enterprise',
      name: '北京爱心科技有限公司',
      phone: '010-66668888',
    };
    expect((await post('/api/donors', { ...body, idNumber: 'x' })).statusCode).toBe(400);
    const badPhone = await post('/api/donors', { ...body, phone: 'call me' });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json().error.messageZh).toBeTruthy();
    const ok = await post('/api/donors', body);
    expect(ok.statusCode).toBe(200);
    donorId = ok.json().id;
    expect(ok.json().phone).toBe('010*******88');
    const again = await post('/api/donors', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'DONOR_DUPLICATE', details: { field: 'name' } });
  });

  it('records goods with their quantity and unit, and refuses goods without a unit in both languages', async () => {
    const goods = {
      donorId,
      orgId: w.district.id,
      kind: 'goods',
      receivedOn: '2022-01-20',
      amountFen: 12_000_000,
      item: '防疫产品',
      quantity: 1,
    };
    const bad = await post('/api/donations', goods);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'DONATION_INVALID', details: { field: 'unit' } });
    expect(bad.json().error.messageEn).toMatch(/unit/);
    expect(
      (await post('/api/donations', { ...goods, unit: '批', receivedOn: '2022-02-30' })).statusCode,
    ).toBe(400);
    const ok = await post('/api/donations', { ...goods, unit: '批' });
    expect(ok.statusCode).toBe(200);
    const pdf = await w.t.call({
      method: 'GET',
      url: `/api/donations/${ok.json().id}/acknowledgement.pdf`,
      cookie: w.staff,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const stats = await w.t.call({ method: 'GET', url: '/api/donations/stats?year=2022', cookie: w.staff });
    expect(stats.json()).toMatchObject({ goodsCount: 1, goodsFen: 12_000_000, moneyFen: 0 });
    const xlsx = await w.t.call({
      method: 'GET',
      url: '/api/donations/stats.xlsx?year=2022',
      cookie: w.staff,
    });
    expect(xlsx.statusCode).toBe(200);
    // the value in yuan as a number (shown 0.00), never as text
    const sheet = await readSheet(xlsx.rawPayload, 'stats.xlsx');
    // the union and the period named as every statistics export names them; a year over runs to its end
    const line = (name: string) => sheet.rows.find((r) => r.cells[0] === name)?.cells[1];
    expect([line('统计单位'), line('统计期间'), line('工会')]).toEqual([
      w.district.name,
      '2022-01-01至2022-12-31',
      undefined,
    ]);
    // a year not yet over is counted to today, as the page says
    const running = await w.t.call({
      method: 'GET',
      url: '/api/donations/stats.xlsx?year=2026',
      cookie: w.staff,
    });
    const thisYear = await readSheet(running.rawPayload, 'stats.xlsx');
    expect(thisYear.rows.find((r) => r.cells[0] === '统计期间')?.cells[1]).toBe(
      '2026-01-01至2026-12-31，计至2026-06-15',
    );
    expect(sheet.rows.find((r) => r.cells[0] === '捐物价值（元，已标价部分）')?.cells[1]).toBe('120000');
    // the gifts of the period, each with the day received and the day entered
    const gifts = await readSheet(xlsx.rawPayload, 'stats.xlsx', { isHeader: (c) => c.includes('录入日期') });
    const col = (name: string) => gifts.headers.indexOf(name);
    // entered: the day the database recorded the gift
    const entered = await w.t.db.query<{ day: string }>(
      `select to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day from donations
        where received_on = '2022-01-20' order by id desc limit 1`,
    );
    expect(
      gifts.rows
        .filter((r) => r.cells[col('捐赠日期')])
        .map((r) => [r.cells[col('捐赠日期')], r.cells[col('录入日期')]]),
    ).toEqual([['2022-01-20', entered.rows[0].day]]);
    // and their sum under them, labelled under 捐赠方
    expect(gifts.rows.at(-1)?.cells[col('捐赠方')]).toBe('合计');
  });

  it('sets up a fund and refuses an earlier year entered twice or a program that does not exist', async () => {
    const fund = await post('/api/funds', {
      orgId: w.district.id,
      name: '助学专项基金',
      purpose: '资助困难职工子女就学',
      beneficiary: '困难职工子女',
      foundedOn: '2015-01-01',
      founderId: donorId,
    });
    expect(fund.statusCode).toBe(200);
    const id = fund.json().id;
    const year = { year: 2016, incomeFen: 100_000, grantedFen: 80_000, helped: 4 };
    expect((await post(`/api/funds/${id}/years`, year)).statusCode).toBe(200);
    const twice = await post(`/api/funds/${id}/years`, year);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('FUND_YEAR_EXISTS');
    expect((await post(`/api/funds/${id}/years`, { ...year, year: 2017, helped: -1 })).statusCode).toBe(400);
    const noProgram = await w.t.call({
      method: 'PUT',
      url: `/api/funds/${id}/program`,
      body: { programId: 999_999_999 },
      cookie: w.staff,
    });
    expect(noProgram.statusCode).toBe(400);
    expect(noProgram.json().error).toMatchObject({
      code: 'FUND_PROGRAM_INVALID',
      details: { field: 'programId' },
    });
    const page = await w.t.call({ method: 'GET', url: `/api/funds/${id}`, cookie: w.staff });
    expect(page.json().fund).toMatchObject({
      incomeFen: 100_000,
      grantedFen: 80_000,
      balanceFen: 20_000,
      helped: 4,
    });
    const money = await post('/api/donations', {
      donorId,
      fundId: id,
      kind: 'money',
      receivedOn: '2023-03-01',
      amountFen: 500_000,
    });
    expect(money.json()).toMatchObject({ fundId: id, orgId: w.district.id, fundName: '助学专项基金' });
  });
});
