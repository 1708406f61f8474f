/**
 * A clerk's messy sheet, as every register reads it (shared/register-sheet.ts and its cells): told through one
 * register over HTTP, the donations register, whose reading is every register's.
 */
import { describe, expect, it } from 'vitest';
import { donationsKit } from '../src/modules/donations/donations.test-kit.ts';
import { appWorld } from './world-kit.ts';

const w = appWorld({
  tree: {
    district: ['root/district', '杂乱表格测试区总工会'],
    firm: ['district/grassroots', '杂乱表格测试企业工会'],
  },
  users: { staff: ['staff', 'district'] },
});
const kit = donationsKit(w, { without: ['捐赠方类型', '备注'] });
/** A gift of money received on `day` by the district, from a donor named once per test. */
const gift = (day: string) => ['杂乱表格爱心企业', day, w.district.name, '捐款', '500', '', '', '', ''];

describe('the days a clerk’s sheet holds', () => {
  it('takes a day written with an ISO time (midnight or any) or with its right day of the week', async () => {
    // 2021-03-05 is a Friday
    const days = [
      '2021-03-05T00:00:00',
      '2021-03-05T14:30:00',
      '2021-03-05T00:00:00.000',
      '2021年03月05日 星期五',
      '2021-03-05（周五）',
      '2021-03-05 (礼拜五)',
    ];
    await kit.dryRun(kit.sheet(days.map(gift)), { total: days.length, created: days.length });
  });

  it('refuses a day written with another day of the week, naming both', async () => {
    const errors = await kit.rowErrors(kit.sheet([gift('2021-03-05（周二）'), gift('2021年3月5日 星期日')]), [
      [2, '捐赠日期'],
      [3, '捐赠日期'],
    ]);
    expect(errors[0].messageZh).toBe('日期与星期不符：2021-03-05 是星期五，不是星期二；请核对日期或删去星期');
    expect(errors[1].messageEn).toBe(
      'The date and the day of the week disagree: 2021-03-05 is a Friday, not a Sunday; check the date or leave the day of the week out',
    );
  });

  it('still refuses a time with a zone, which may be another day in China', async () => {
    const [error] = await kit.rowErrors(kit.sheet([gift('2021-03-04T16:00:00.000Z')]), [[2, '捐赠日期']]);
    expect(error.messageZh).toMatch(/^「2021-03-04T16:00:00\.000Z」不是日期/);
  });
});
