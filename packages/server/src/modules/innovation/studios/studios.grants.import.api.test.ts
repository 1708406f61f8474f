/**
 * The register of studios' projects and grants over HTTP (issue 23): the template, a dry run that writes nothing,
 * a file with one wrong row refused whole, a union outside the subtree as a row error, and 昌平's grants of
 * 2019–2021 brought in — paid outside the platform counted in their years' statistics, the district's support
 * an application approved on its day — and a messy sheet read as clerks type it.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../../test/api.ts';
import { TEST_NOW } from '../../../../test/clock.ts';
import { countOf, registerKit, resaved } from '../../../../test/register-kit.ts';
import { appWorld } from '../../../../test/world-kit.ts';
import { writeWorkbook } from '../../../shared/xlsx-writer.ts';
import { seedPrograms } from '../../programs/index.ts';
import { STUDIO_GRANT_REGISTER } from './studios.grants.import.ts';

const w = appWorld({
  tree: {
    district: ['root/district', '昌平测试区总工会'],
    hospital: ['district/grassroots', '昌平测试医院工会'],
    other: 'root/district',
  },
  users: { staff: ['staff', 'district'], outsider: ['staff', 'other'] },
});

beforeAll(async () => {
  await w.t.db.tx((sql) =>
    seedPrograms(
      sql,
      new Map([
        ['北京市总工会', w.root],
        ['昌平区总工会', w.district],
      ]),
      null,
      { activity: false, now: TEST_NOW },
    ),
  );
  // The studios on record: 心血管 (grassroots), 护理 (district 2016, city 2019, its subsidy paid outside).
  const studios = writeWorkbook([
    {
      name: '工作室',
      headers: ['工作室名称', '所在工会', '认定级别', '认定日期', '认定助推'],
      rows: [
        ['心血管创新工作室', w.hospital.name, '区级', '2018-06-01', ''],
        ['护理创新工作室', w.hospital.name, '区级', '2016-09-01', ''],
        ['护理创新工作室', w.hospital.name, '市级', '2019-10-10', '平台外已发放'],
      ],
    },
  ]);
  const res = await w.t.call({
    method: 'POST',
    url: '/api/innovation/studios/import',
    cookie: w.staff,
    ...multipart('工作室台账.xlsx', studios),
  });
  expect(res.statusCode, res.body).toBe(200);
});

const recorded = () =>
  countOf(
    w.t,
    `select (select count(*) from innovation_studio_grants g join innovation_studios s on s.id = g.studio_id
                where s.org_id = $1)
            + (select count(*) from applications where org_id = $1)::int as n`,
    [w.hospital.id],
  );
const kit = registerKit({
  app: () => w.t,
  cookie: () => w.staff,
  importUrl: '/api/innovation/studios/grants/import',
  register: STUDIO_GRANT_REGISTER,
  fileName: '项目与资助台账.xlsx',
  sheetName: '项目与资助',
  count: recorded,
});
const { sheet, send } = kit;
const stats = (year: number) =>
  kit.got(`/api/innovation/studios/stats?orgId=${w.district.id}&fromYear=${year}&toYear=${year}`);

const GRANTS = () => [
  [
    '心血管创新工作室',
    w.hospital.name,
    '创新项目',
    '2019',
    '50000',
    '2019-06-10',
    '2019-09-01',
    '是',
    '冠脉旋磨',
  ],
  ['心血管创新工作室', w.hospital.name, '工作室建设助推', '2021', '32,000', '2021-04-01', '', '否', ''],
  ['护理创新工作室', w.hospital.name, '市级认定助推', '2019', '3万', '2019-10-10', '2019-12-01', '是', ''],
  ['护理创新工作室', w.hospital.name, '创新项目', '2020', '30000', '2020-05-01', '2020-08-01', '是', ''],
];

describe("the register of studios' projects and grants", () => {
  it('offers a template whose headers are the register and whose 填写说明 names every column', async () => {
    await kit.templateNames(['类别', '平台外发放', '发放日期']);
  });

  it('a dry run counts and writes nothing; one wrong row refuses the whole file, naming row and column', async () => {
    await kit.dryRun(sheet(GRANTS()), {
      total: 4,
      created: 4,
      outside: 3,
      onPlatform: 1,
      amountFen: 14_200_000,
    });

    const wrong = GRANTS();
    wrong[1] = [
      '心血管创新工作室',
      w.hospital.name,
      '创新项目',
      '2018',
      '50000',
      '2018-06-10',
      '2018-05-01',
      '是',
      '',
    ];
    expect(await kit.refused(sheet(wrong), [[3, '发放日期']])).toEqual([
      expect.objectContaining({
        rowNo: 3,
        column: '发放日期',
        messageZh: '发放日期 2018-05-01 早于批准日期 2018-06-10',
        messageEn: 'Paid on 2018-05-01, before it was approved on 2018-06-10',
      }),
    ]);
  });

  it('takes expert fees and stipends as often as paid, refusing a second construction support naming its row', async () => {
    const row = (kind: string, amount: string, approvedOn: string, paidOn: string) => [
      '护理创新工作室',
      w.hospital.name,
      kind,
      approvedOn.slice(0, 4),
      amount,
      approvedOn,
      paidOn,
      '是',
      '',
    ];
    await kit.dryRun(
      sheet([
        row('专家费', '3000', '2018-03-01', '2018-03-20'),
        row('专家费', '3000', '2018-03-01', '2018-03-20'),
        row('带徒津贴', '800', '2018-06-01', '2018-06-30'),
        row('工作室建设助推', '20000', '2018-04-01', '2018-05-01'),
        row('工作室建设助推', '20000', '2019-04-01', '2019-05-01'),
      ]),
      {
        created: 4,
        outside: 4,
        errors: [
          expect.objectContaining({ rowNo: 6, column: '类别', messageZh: expect.stringContaining('第5行') }),
        ],
      },
    );
  });

  it('refuses the same file of expert fees a second time: its identical rows are not doubled (issue 42)', async () => {
    const fee = [
      '心血管创新工作室',
      w.hospital.name,
      '专家费',
      '2017',
      '2500',
      '2017-05-02',
      '2017-05-20',
      '是',
      '',
    ];
    expect(await kit.repeatRefused(sheet([fee, fee]))).toMatchObject({ created: 2 });
    // The same fees typed into another file are on record, each row taking one payment on record; one with a note
    // of its own is another payment; a third alike, with no payment on record left to be, is refused.
    const other = [...fee.slice(0, 8), '专家：王明'];
    const res = await send(resaved(sheet([fee, other, fee, fee])), true);
    expect(res.statusCode).toBe(200);
    const { errors } = res.json();
    expect(res.json()).toMatchObject({ created: 1, onRecord: 2 });
    expect(kit.rowsOf(errors)).toEqual([[5, '发放日期']]);
    expect(errors[0].messageZh).toBe(
      '这笔款项（¥2,500.00，2017-05-20发放）已经登记过；同日同额的另一笔请在备注中注明区别（如专家姓名）',
    );
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const h = w.hospital.name;
    const errors = await kit.refused(
      sheet([
        // an amount that does not parse beside a year out of range
        ['心血管创新工作室', h, '创新项目', '1999', 'abc', '2019-06-10', '2019-09-01', '是', ''],
        // a kind that does not parse beside a studio not found and an amount of 0
        ['没有的工作室', h, '不是类别', '2019', '0', '2019-06-10', '', '是', ''],
        // a day approved that does not parse: the day paid not compared with it
        ['心血管创新工作室', h, '创新项目', '2019', '50000', '2019-02-30', '2019-01-01', '是', ''],
        // a right row: not brought in with the others refused
        GRANTS()[0],
      ]),
      [
        [2, '金额（元）'],
        [2, '年度'],
        [3, '类别'],
        [3, '工作室名称'],
        [3, '金额（元）'],
        [4, '批准日期'],
      ],
    );
    expect(errors[1].messageEn).toBe('The year 1999 is not from 2000 to this year');
  });

  it('suggests the studio a misspelt name may mean, among the union’s studios', async () => {
    const errors = await kit.refused(
      sheet([['心血管创新工作', w.hospital.name, '创新项目', '2019', '500', '2019-06-10', '', '是', '']]),
      [[2, '工作室名称']],
    );
    expect(errors[0].messageZh).toBe(
      `「${w.hospital.name}」没有名为「心血管创新工作」的工作室（您是否指：「心血管创新工作室」？）`,
    );
    expect(errors[0].messageEn).toContain('(Did you mean: "心血管创新工作室"?)');
  });

  it('a union outside the subtree is a row error', async () => {
    await kit.rowErrors(sheet(GRANTS().slice(0, 1)), [[2, '所在工会']], w.outsider);
  });

  it("brings the grants in on their days: each year's statistics show that year's", async () => {
    await kit.imported(sheet(GRANTS()), { created: 4, outside: 3, onPlatform: 1 });

    expect(await stats(2018)).toMatchObject({ projects: 0, subsidiesPaidFen: 0 });
    const y2019 = await stats(2019);
    expect(y2019).toMatchObject({
      projects: 1,
      subsidiesPaidFen: 8_000_000,
      subsidiesPaidOutsideFen: 8_000_000,
    });
    expect(await stats(2020)).toMatchObject({ projects: 1, subsidiesPaidFen: 3_000_000 });
    // The district's support went through the platform: approved on its day, not yet paid.
    const y2021 = await stats(2021);
    expect(y2021.subsidies).toEqual([
      expect.objectContaining({
        presetKey: 'changping-studio-support',
        approved: 1,
        paidFen: 0,
        paidOutsideFen: 0,
      }),
    ]);
    const { rows } = await w.t.db.query<{ status: string; applied: string; decided: string; amount: number }>(
      `select a.status, a.applied_on::text as applied, a.amount_fen::int as amount,
              to_char(a.decided_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as decided
         from applications a where a.org_id = $1`,
      [w.hospital.id],
    );
    expect(rows).toEqual([
      { status: 'approved', applied: '2021-04-01', decided: '2021-04-01', amount: 3_200_000 },
    ]);
    // Told to nobody; the same file again holds nothing new: each grant on record as it stands, skipped and counted.
    await kit.dryRun(resaved(sheet(GRANTS())), { created: 0, onRecord: 4 });
  });

  it('takes the register again with a new year: the grants on record skipped, one given otherwise refused', async () => {
    const grown = [
      ...GRANTS(),
      ['护理创新工作室', w.hospital.name, '创新项目', '2021', '30000', '2021-05-01', '2021-08-01', '是', ''],
    ];
    await kit.importedGrown(sheet(grown), { created: 1, onRecord: 4, outside: 1 });

    const [project, support, ...rest] = GRANTS();
    const errors = await kit.rowErrors(
      sheet([
        [...project.slice(0, 4), '60000', ...project.slice(5)],
        [...support.slice(0, 6), '2021-05-01', '是', ''],
        ...rest,
      ]),
      [
        [2, '金额（元）'],
        [3, '平台外发放'],
      ],
    );
    expect(errors[0].messageZh).toBe(
      '心血管创新工作室的创新项目已有记录，平台上是“50,000.00”，本表是“60,000.00”',
    );
    expect(errors[1].messageEn).toBe(
      "心血管创新工作室's support of the studio's work is on record with “no”; this sheet gives “yes”",
    );
  });

  it('reads a messy sheet: columns in another order, full-width digits, dates as typed, a 合计 row', async () => {
    const headers = [
      '年度',
      '类别',
      '工作室名称',
      '所在工会',
      '金额（元）',
      '批准日期',
      '发放日期',
      '平台外发放',
    ];
    const file = sheet(
      [
        [
          '２０２２',
          '创新项目',
          '心血管创新工作室',
          w.hospital.name,
          '１００，０００',
          '2022年3月5日',
          '2022/6/1',
          '是',
        ],
        ['合计', '', '', '', '100000', '', '', ''],
      ],
      headers,
    );
    await kit.imported(file, {
      created: 1,
      amountFen: 10_000_000,
      ignoredRows: [{ rowNo: 3, reason: 'total' }],
    });
    expect(await stats(2022)).toMatchObject({ projects: 1, subsidiesPaidFen: 10_000_000 });
  });
});
