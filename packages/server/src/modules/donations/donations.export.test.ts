/**
 * The donations list exports as it is filtered (捐赠登记.xlsx): each gift with the day it was received as a date,
 * its money or its goods' value in yuan with two decimals, the goods named, counted and unitised, a 合计 row under
 * them; the export is audited, and a union outside the caller's subtree is refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { appWorld } from '../../../test/world-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { donationsKit } from './donations.test-kit.ts';

const w = appWorld({
  tree: {
    district: ['root/district', '顺义捐赠导出测试区总工会'],
    outside: ['root/district', '外区捐赠导出测试总工会'],
  },
  users: { staff: ['staff', 'district'] },
});
const kit = donationsKit(w);
let donor: string;
beforeAll(async () => {
  donor = `北京燕京啤酒股份有限公司${w.t.ctx.unique()}`;
  const file = kit.sheetOf([
    { 爱心单位: donor, 捐赠日期: '2026-03-05', 受赠工会: w.district.name, '金额（元）': '1,000.5元' },
    {
      爱心单位: donor,
      捐赠日期: '2026年5月9日',
      受赠工会: w.district.name,
      '金额（元）': '3000',
      物品名称: '大米',
      数量: '20',
      单位: '袋',
    },
  ]);
  await kit.imported(file, { created: 2 });
});

const exported = (query: string) =>
  w.t.call({ method: 'GET', url: `/api/donations.xlsx?${query}`, cookie: w.staff });

describe('the donations list’s export', () => {
  it('has every gift the list holds, as the list filters them, its money in yuan', async () => {
    const res = await exported(`orgId=${w.district.id}&year=2026`);
    expect(res.statusCode, res.body).toBe(200);
    const sheet = await readSheet(res.rawPayload, 'donations.xlsx', { isHeader: (c) => c[0] === '捐赠日期' });
    const col = (name: string) => sheet.headers.indexOf(name);
    const [gifts, total, note] = [sheet.rows.slice(0, -2), sheet.rows.at(-2), sheet.rows.at(-1)];
    const rows = gifts.map((r) => r.cells);
    // under the gifts a 合计 row of their money and value, the goods' 数量 blank: their units differ, as its note says
    expect([
      total?.cells[col('爱心单位')],
      total?.cells[col('金额或价值（元）')],
      total?.cells[col('数量')],
    ]).toEqual(['合计', '4000.5', '']);
    expect(note?.cells[0]).toBe('注：「数量」不能相加，合计栏空白：各物品的计量单位不同。');
    expect(
      rows.map((r) => [
        r[col('捐赠日期')],
        r[col('爱心单位')],
        r[col('捐赠类型')],
        r[col('金额或价值（元）')],
      ]),
    ).toEqual([
      ['2026-05-09', donor, '捐物', '3000'],
      ['2026-03-05', donor, '捐款', '1000.5'],
    ]);
    expect([rows[0][col('物品名称')], rows[0][col('数量')], rows[0][col('单位')]]).toEqual([
      '大米',
      '20',
      '袋',
    ]);

    const money = await exported(`orgId=${w.district.id}&kind=money`);
    const onlyMoney = await readSheet(money.rawPayload, 'donations.xlsx', {
      isHeader: (c) => c[0] === '捐赠日期',
    });
    expect(onlyMoney.rows.map((r) => r.cells[5])).toEqual(['捐款', '', '']);
  });

  it('comes back in as it left: sent back, every gift is on record (金额或价值 read as the amount)', async () => {
    const res = await exported(`orgId=${w.district.id}&year=2026`);
    const back = await kit.send(res.rawPayload, true);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ errors: [], created: 0, onRecord: 2 });
  });

  it('is audited, and refused for a union outside the subtree', async () => {
    const audited = await w.t.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'donation.export'`,
    );
    expect(audited.rows[0].n).toBeGreaterThan(0);
    expect((await exported(`orgId=${w.outside.id}`)).statusCode).toBe(404);
  });
});
