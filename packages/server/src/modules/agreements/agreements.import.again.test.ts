/**
 * A collective agreements register sent again whole, grown by a year (issue 32): the agreements on record as the
 * register gives them are skipped and counted (`onRecord`, their rows), the new ones imported; one on record that
 * the register gives otherwise (another end, other figures for an enterprise, an enterprise more or less) is
 * refused, naming its row and what differs, and nothing is overwritten.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countIn, registerKit } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { AGREEMENT_REGISTER } from './agreements.register.ts';
import { usccSeries } from './agreements.test-kit.ts';

const w = appWorld({
  tree: { district: ['root/district', '台账合同测试区总工会'] },
  users: { staff: ['staff', 'district'] },
});
const codes = usccSeries(() => w.t.ctx.unique(), '91110115');
const e = [
  { uscc: '', name: '台账甲公司' },
  { uscc: '', name: '台账乙公司' },
  { uscc: '', name: '台账丙公司' },
];
beforeAll(() => {
  for (const x of e) x.uscc = codes.next();
});

const agreementsOf = () => countIn(w.t, 'agreements', w.district);
const kit = registerKit({
  app: () => w.t,
  cookie: () => w.staff,
  importUrl: '/api/agreements/import',
  register: AGREEMENT_REGISTER,
  count: agreementsOf,
});
type Row = Partial<Record<string, string>>;
const covering = (
  title: string,
  signedOn: string,
  expiresOn: string,
  x: (typeof e)[number],
  workers = '100',
) => ({
  合同名称: title,
  签约工会: w.district.name,
  合同类别: '工资专项',
  签订日期: signedOn,
  到期日期: expiresOn,
  企业名称: x.name,
  统一社会信用代码: x.uscc,
  职工人数: workers,
  女职工人数: '40',
});

describe('a collective agreements register sent again with a new agreement', () => {
  const OLD = (): Row[] => [
    { ...covering('2019年工资专项', '2019-03-01', '2022-02-28', e[0]), 合同层级: '区域性' },
    covering('2019年工资专项', '2019-03-01', '2022-02-28', e[1], '60'),
  ];

  it('skips and counts the agreements on record as given, and imports the new ones', async () => {
    await kit.imported(kit.sheetOf(OLD()), { created: 2, onRecord: 0, agreements: 1 });
    const grown = [...OLD(), covering('2022年工资专项', '2022-03-01', '2025-02-28', e[2])];
    // the new agreement imported, the rest skipped; the same register once more holds nothing new
    await kit.importedGrown(
      kit.sheetOf(grown),
      { created: 1, onRecord: 2, agreements: 1, enterprises: 1 },
      { agreements: 0 },
    );
  });

  it('refuses an agreement on record that the register gives otherwise, naming the row and what differs', async () => {
    const [a, b] = OLD();
    const errors = await kit.rowErrors(
      kit.sheetOf([
        { ...a, 到期日期: '2022-03-31' },
        { ...b, 到期日期: '2022-03-31', 职工人数: '65' },
        covering('2019年工资专项', '2019-03-01', '2022-03-31', e[2]),
      ]),
      [
        [2, '到期日期'],
        [3, '职工人数'],
        [4, '统一社会信用代码'],
      ],
    );
    expect(errors[0].messageZh).toBe(
      `${w.district.name}于 2019-03-01 签订的「2019年工资专项」已登记，平台上是“2022-02-28”，本表是“2022-03-31”`,
    );
    expect(errors[1].messageEn).toBe(
      `"2019年工资专项" signed by ${w.district.name} on 2019-03-01 is on record with “60”; this sheet gives “65”`,
    );
    // an enterprise left out, another level
    await kit.rowErrors(kit.sheetOf([{ ...a, 合同层级: '行业性' }]), [
      [2, '合同层级'],
      [2, '统一社会信用代码'],
    ]);
  });
});
