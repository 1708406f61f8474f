/**
 * The agreements register's measure columns (投入金额（元）, 惠及人数) over HTTP: an agreement's cost and reach come
 * in from whichever of its rows gives them, the cost read as yuan into fen exactly; a bad cell (a negative figure, a
 * fractional headcount, a third decimal, two rows of one agreement giving different figures) refuses the whole file,
 * naming the row and the column.
 */
import { describe, expect, it } from 'vitest';
import { registerKit } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { AGREEMENT_REGISTER } from './agreements.register.ts';
import { usccSeries } from './agreements.test-kit.ts';

const w = appWorld({
  tree: { district: ['root/district', '平谷合同测试区总工会'] },
  users: { staff: ['staff', 'district'] },
});

const codes = usccSeries(() => w.t.ctx.unique());
const uscc = () => codes.next();

/** A row of an area agreement `title` covering a fresh enterprise, with the measure cells given. */
const row = (title: string, cost: string, reach: string) => [
  w.district.name,
  '女职工专项',
  title,
  '2025-03-08',
  '2028-03-07',
  '区域',
  `测试企业${codes.serial + 1}`,
  uscc(),
  '40',
  '20',
  cost,
  reach,
];
const agreementsOf = async () =>
  (
    await w.t.db.query<{ title: string; costFen: number | null; reach: number | null }>(
      `select title, cost_fen as "costFen", reach from agreements where org_id = $1 order by title`,
      [w.district.id],
    )
  ).rows;
const kit = registerKit({
  app: () => w.t,
  cookie: () => w.staff,
  importUrl: '/api/agreements/import',
  register: AGREEMENT_REGISTER,
  without: ['生效日期', '企业方', '备注'],
  count: async () => (await agreementsOf()).length,
});
const send = (rows: string[][], dryRun = false) => kit.send(kit.sheet(rows), dryRun);

describe('the measure columns of the agreements register', () => {
  it('refuses the whole file for a bad cell, naming its row and column', async () => {
    const errors = await kit.refused(
      kit.sheet([
        row('好的合同', '70860', '133'),
        row('负数人数', '', '-5'),
        row('小数人数', '', '1.5'),
        row('三位小数', '70860.125', ''),
        row('负数金额', '-1', ''),
        row('两行不一致', '100', '3'),
        row('两行不一致', '200', ''),
      ]),
      [
        [3, '惠及人数'],
        [4, '惠及人数'],
        [5, '投入金额（元）'],
        [6, '投入金额（元）'],
        [8, '投入金额（元）'],
      ],
    );
    expect(errors.map((e) => e.messageZh)).toEqual([
      '惠及人数不能为负数：-5',
      '惠及人数须为整数：1.5',
      '投入金额（元）最多保留两位小数（精确到分）：70860.125',
      '投入金额（元）不能为负数：-1',
      '与第7行是同一份合同，但投入金额（元）不同（200.00，第7行为 100.00）',
    ]);
    expect(errors[0].messageEn).toBe('The people reached cannot be negative: -5');
    expect(errors[2].messageEn).toBe('The cost (yuan) has at most two decimals (to the fen): 70860.125');
    expect(await agreementsOf()).toEqual([]);
  });

  it('imports the figures from whichever row of an agreement gives them, the cost in fen exactly', async () => {
    const file = [
      row('邮政分公司女职工专项协议', '70,860', ''),
      row('邮政分公司女职工专项协议', '', '133'),
      row('绿都女职工专项协议', '0.1', '0'),
      row('未登记措施的协议', '', ''),
    ];
    await kit.dryRun(kit.sheet(file), { agreements: 3, errors: [] });
    const res = await send(file);
    expect(res.statusCode, res.body).toBe(200);
    expect(await agreementsOf()).toEqual([
      { title: '未登记措施的协议', costFen: null, reach: null },
      { title: '绿都女职工专项协议', costFen: 10, reach: 0 },
      { title: '邮政分公司女职工专项协议', costFen: 7_086_000, reach: 133 },
    ]);
    const stats = await kit.got(
      `/api/agreements/stats?orgId=${w.district.id}&kind=women&from=2025-01-01&to=2025-12-31`,
    );
    expect(stats).toMatchObject({ signed: 3, measureCostFen: 7_086_010, measureReach: 133 });
  });
});
