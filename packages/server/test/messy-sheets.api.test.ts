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

describe('a sheet of its header alone', () => {
  it('is told on the dry run and the import that it has no data rows, as an empty file is told it is empty', async () => {
    for (const [file, skipped] of [
      [kit.sheet([]), ''],
      [kit.sheet([[], ['', '', '', '', '']]), ''],
      [kit.sheet([['合计', '', '', '', '500']]), '（表头下只有1行合计或说明，已略过）'],
    ] as const) {
      for (const dryRun of [true, false]) {
        const res = await kit.send(file, dryRun);
        expect(res.statusCode, res.body).toBe(400);
        const { code, message } = res.json().error;
        expect(code).toBe('IMPORT_NO_ROWS');
        const [zh, en] = message.split(' / ');
        expect(en).toMatch(/^The file 捐赠台账\.xlsx has its header row but no data rows/);
        expect(zh).toBe(
          `文件 捐赠台账.xlsx 只有表头，没有数据行${skipped}（读取的是工作表“捐赠台账”第1行：爱心单位、捐赠日期、受赠工会、捐赠类型、金额（元）、物品名称、数量、单位、专项基金）；请在表头下逐行填写后再导入`,
        );
      }
    }
  });
});
