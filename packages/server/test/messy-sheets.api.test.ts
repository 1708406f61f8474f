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
    outside: ['root/district', '杂乱表格测试外区总工会'],
  },
  users: { staff: ['staff', 'district'] },
});
const kit = donationsKit(w, { without: ['捐赠方类型', '备注'] });
/** A gift of money received on `day` by the district, from a donor named once per test. */
const gift = (day: string, union = w.district.name) => [
  '杂乱表格爱心企业',
  day,
  union,
  '捐款',
  '500',
  '',
  '',
  '',
  '',
];

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
    await kit.dryRun(kit.sheet(days.map((day) => gift(day))), { total: days.length, created: days.length });
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

describe('a template’s notes row under the header', () => {
  const NOTES = [
    '必填',
    '必填（格式：2021-03-05）',
    '(选填)',
    '必填，捐款或捐物',
    '单位：元',
    '选填',
    '【选填】',
    '例：袋',
    '选填',
  ];

  it('is left out as a footer note is, the rows under it read', async () => {
    const answer = await kit.dryRun(kit.sheet([NOTES, gift('2021-03-05'), gift('2021-03-06')]), {
      total: 2,
      created: 2,
    });
    expect(answer.ignoredRows).toEqual([{ rowNo: 2, reason: 'note' }]);
    // two such rows, the second a format line: both
    const two = kit.sheet([NOTES, ['', 'YYYY-MM-DD', '', '', '格式：500.00'], gift('2021-03-05')]);
    const twice = await kit.dryRun(two, { total: 1, created: 1 });
    expect(twice.ignoredRows).toEqual([
      { rowNo: 2, reason: 'note' },
      { rowNo: 3, reason: 'note' },
    ]);
  });

  it('is data when one of its cells is a value, and data rows are never read as notes', async () => {
    // a donor named, the rest instructions: a row with its errors, not a notes row
    const row = ['杂乱表格爱心企业', ...NOTES.slice(1)];
    const errors = await kit.rowErrors(kit.sheet([row, gift('2021-03-05')]), [
      [2, '捐赠日期'],
      [2, '捐赠类型'],
      [2, '金额（元）'],
      [2, '数量'],
      [2, '受赠工会'],
    ]);
    expect(errors[0].value).toBe('必填（格式：2021-03-05）');
    // below a data row, an instructions row is no template's notes: told as the row it is
    const below = await kit.send(kit.sheet([gift('2021-03-05'), NOTES]), true);
    expect(below.json().errors.length).toBeGreaterThan(0);
  });
});

describe('a union typed wrong', () => {
  it('is told with the names of the clerk’s subtree it may mean, never one outside it', async () => {
    const typo = w.firm.name.replace('企业工会', '企业总工会');
    const errors = await kit.rowErrors(
      kit.sheet([
        gift('2021-03-05', typo),
        gift('2021-03-05', '杂乱表格测试'),
        gift('2021-03-05', '没有这个名字的工会'),
      ]),
      [
        [2, '受赠工会'],
        [3, '受赠工会'],
        [4, '受赠工会'],
      ],
    );
    const tail = '；请填写工会组织中该工会的全称、简称或统一社会信用代码';
    expect(errors[0].messageZh).toBe(`本工会范围内没有「${typo}」（您是否指：「${w.firm.name}」？）${tail}`);
    expect(errors[0].messageEn).toContain(`(Did you mean: "${w.firm.name}"?)`);
    // the district and its union, not the other district the clerk cannot see
    expect(errors[1].messageZh).toBe(
      `本工会范围内没有「杂乱表格测试」（您是否指：「${w.district.name}」、「${w.firm.name}」？）${tail}`,
    );
    expect(errors[1].messageZh).not.toContain(w.outside.name);
    expect(errors[2].messageZh).toBe(`本工会范围内没有「没有这个名字的工会」${tail}`);
  });
});
