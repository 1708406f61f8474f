/**
 * The collective agreements register over HTTP (issue 23): a district's agreements of 2019–2022 with the
 * enterprises each covered go in through a dry run and an all-or-nothing import; each agreement is signed, in
 * force and ended on its own days, so the agreement statistics of 2019, 2020 and 2022 (and of a day) show them; an
 * enterprise with a union of its own counts there; a wrong row, or a union outside the subtree, writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countIn, resaved } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { insertOrg, type OrgRow, setEmployerFacts } from '../org/index.ts';
import { agreementsKit, usccSeries } from './agreements.test-kit.ts';

const w = appWorld({
  tree: {
    district: ['root/district', '昌平合同测试区总工会'],
    streetA: ['district/street', '城北街道总工会'],
    streetB: ['district/street', '城南街道总工会'],
    outside: ['root/district', '外区总工会'],
  },
  users: { staff: ['staff', 'district'] },
});
let firm: OrgRow;

const codes = usccSeries(() => w.t.ctx.unique(), '91110114');
const uscc = () => codes.next();
const e2 = { uscc: '', name: '昌平小微甲公司' };
const e3 = { uscc: '', name: '昌平小微乙公司' };
/** A right women's agreement of 2019 covering e2, signed by `union`. */
const womenRow = (union: string, title = '好的一份') => [
  union,
  '女职工专项',
  title,
  '2019-03-05',
  '',
  '2022-03-31',
  '区域',
  e2.name,
  e2.uscc,
  '50',
  '20',
];
/** An agreement covering e2 that ends on 2020-06-30, the day before it comes into force. */
const backwardsRow = (union: string, kind: string, title: string, workers: string, women: string) => [
  union,
  kind,
  title,
  '2020-06-01',
  '2020-07-01',
  '2020-06-30',
  '区域',
  e2.name,
  e2.uscc,
  workers,
  women,
];

beforeAll(async () => {
  // An enterprise whose own union sits under another street than the union that signs for it.
  const code = uscc();
  firm = await w.t.db.tx((sql) =>
    insertOrg(
      sql,
      {
        parentId: w.streetB.id,
        level: 4,
        kind: 'grassroots',
        name: `北京精工${code}有限公司工会`,
        uscc: code,
        employerName: `北京精工${code}有限公司`,
      },
      w.streetB.path,
    ),
  );
  await setEmployerFacts(w.t.db, firm.id, { workerCount: 300, womenWorkerCount: 120 });
  e2.uscc = uscc();
  e3.uscc = uscc();
});

const agreementsOf = () => countIn(w.t, 'agreements', w.district, true);
const kit = agreementsKit(w, { count: agreementsOf });
const { sheet } = kit;
const stats = (query: string) => kit.got(`/api/agreements/stats?orgId=${w.district.id}&${query}`);

describe('the collective agreements register import', () => {
  it('offers a template whose headers are the register’s and whose 填写说明 sheet names every column', async () => {
    await kit.templateNames(['签约工会', '合同类别', '签订日期', '到期日期', '统一社会信用代码']);
  });

  it('refuses a file with wrong rows as a whole, naming row and column in both languages', async () => {
    const errors = await kit.refused(
      sheet([
        womenRow(w.district.name),
        backwardsRow(w.district.name, '工资专项', '倒序合同', '50', '20'),
        [
          w.district.name,
          '综合',
          '坏代码合同',
          '2020-06-01',
          '',
          '2023-05-31',
          '区域',
          '某公司',
          '91110000XXXXXXXXXX',
          '10',
          '1',
        ],
        [
          w.district.name,
          '综合',
          '人数不对',
          '2020-06-01',
          '',
          '2023-05-31',
          '区域',
          '某公司',
          e3.uscc,
          '10',
          '11',
        ],
        [w.district.name, '安全', '不是类别', '2020-06-01', '', '2023-05-31', '区域', '', '', '', ''],
      ]),
      [
        [3, '到期日期'],
        [4, '统一社会信用代码'],
        [5, '女职工人数'],
        [6, '合同类别'],
      ],
    );
    expect(errors[0].messageZh).toBe('到期日期 2020-06-30 早于生效日期 2020-07-01');
    expect(errors[0].messageEn).toBe('Ends on 2020-06-30, before it came into force on 2020-07-01');
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const row = (...cells: string[]) => cells;
    const errors = await kit.refused(
      sheet([
        // a signing day that does not parse beside an enterprise given only its workers: each missing column told
        row(w.district.name, '综合', '坏日合同', '2020-02-30', '', '2023-05-31', '区域', '', '', '10', ''),
        // workers that do not parse beside a union outside the subtree and days out of order: no column missing
        backwardsRow(w.outside.name, '综合', '外区合同', 'abc', ''),
        // a kind that does not parse beside a wrong credit code
        row(
          w.district.name,
          '安全',
          '类别错',
          '2020-06-01',
          '',
          '2023-05-31',
          '区域',
          e3.name,
          '91110000XXXXXXXXXX',
          '10',
          '1',
        ),
        // a right agreement: not brought in with the others refused
        womenRow(w.district.name),
      ]),
      [
        [2, '签订日期'],
        [2, '企业名称'],
        [2, '统一社会信用代码'],
        [3, '职工人数'],
        [3, '签约工会'],
        [3, '到期日期'],
        [4, '合同类别'],
        [4, '统一社会信用代码'],
      ],
    );
    expect(errors[1].messageZh).toBe('填写了覆盖企业的职工人数，还须填写企业名称');
    expect(errors[1].messageEn).toBe("The covered enterprise's workers are given; its name is missing too");
    expect(errors[2].messageZh).toBe('填写了覆盖企业的职工人数，还须填写统一社会信用代码');
  });

  it('a union outside the subtree is a row error', async () => {
    await kit.rowErrors(sheet([womenRow(w.outside.name, '外区合同')]), [[2, '签约工会']]);
  });

  it('reads a messy register and imports each agreement on its own days; past statistics show them', async () => {
    // Headers in another order and with notes, full-width digits, dates as clerks type them, a 合计 footer.
    const headers = [
      '合同名称',
      '签约工会（全称）',
      '类别',
      '签订日期',
      '生效日期',
      '到期日期',
      '统一社会信用代码',
      '企业名称',
      '女职工人数',
      '职工人数',
      '合同层级',
    ];
    const w2019 = '2019年区域女职工专项集体合同';
    const w2022 = '2022年区域女职工专项集体合同';
    const file = sheet(
      [
        [
          w2019,
          w.district.name,
          '女职工专项',
          '2019年3月5日',
          '2019/4/1',
          '2022-03-31',
          firm.uscc ?? '',
          '北京精工',
          '１２０',
          '３００',
          '区域性',
        ],
        [
          w2019,
          w.district.name,
          '女职工专项',
          '2019-03-05',
          '',
          '2022-03-31',
          e2.uscc,
          e2.name,
          '20',
          '50',
          '',
        ],
        [
          w2022,
          w.streetA.name,
          '女职工权益保护专项',
          '2022-03-20',
          '2022-04-01',
          '2031-03-31',
          firm.uscc ?? '',
          '北京精工',
          '130',
          '320',
          '',
        ],
        [
          w2022,
          w.streetA.name,
          '女职工权益保护专项',
          '2022-03-20',
          '',
          '2031-03-31',
          e3.uscc,
          e3.name,
          '30',
          '80',
          '',
        ],
        ['工资专项集体合同', firm.name, '工资专项', '2020-06-01', '', '2023-05-31', '', '', '', '', ''],
        ['合计', '', '', '', '', '', '', '', '３００', '７５０', ''],
      ],
      headers,
    );
    await kit.dryRun(file, {
      total: 5,
      created: 5,
      agreements: 3,
      enterprises: 5,
      ignoredRows: [{ rowNo: 7, reason: 'total' }],
    });

    await kit.imported(file, {
      created: 5,
      agreements: 3,
      enterprises: 5,
      errors: [],
    });
    const { rows } = await w.t.db.query(
      `select a.title, a.kind, a.level, a.employer, a.signed_on::text as "signedOn",
              a.effective_on::text as "effectiveOn", a.expires_on::text as "expiresOn",
              (select count(*)::int from agreement_coverage c where c.agreement_id = a.id) as enterprises
         from agreements a join orgs o on o.id = a.org_id where o.path like $1 || '%' order by a.signed_on`,
      [w.district.path],
    );
    expect(rows).toEqual([
      {
        title: w2019,
        kind: 'women',
        level: 'area',
        employer: '北京精工等2家企业',
        signedOn: '2019-03-05',
        effectiveOn: '2019-04-01',
        expiresOn: '2022-03-31',
        enterprises: 2,
      },
      {
        title: '工资专项集体合同',
        kind: 'wage',
        level: 'enterprise',
        employer: firm.employerName,
        signedOn: '2020-06-01',
        effectiveOn: '2020-06-01',
        expiresOn: '2023-05-31',
        enterprises: 1,
      },
      {
        title: w2022,
        kind: 'women',
        level: 'area',
        employer: '北京精工等2家企业',
        signedOn: '2022-03-20',
        effectiveOn: '2022-04-01',
        expiresOn: '2031-03-31',
        enterprises: 2,
      },
    ]);
    // The enterprise with a union of its own counts there, though another street's union signed for it.
    const own = await w.t.db.query<{ orgId: number; hasUnion: boolean }>(
      'select org_id as "orgId", has_union as "hasUnion" from agreement_enterprises where uscc = $1',
      [firm.uscc],
    );
    expect(own.rows[0]).toEqual({ orgId: firm.id, hasUnion: true });

    // 2019: one signed, in force at the year's end, two enterprises covered (one of them should have one).
    expect(await stats('kind=women&year=2019')).toMatchObject({
      signed: 1,
      inForce: 1,
      enterprises: 2,
      workers: 350,
      womenWorkers: 140,
      dueCovered: 1,
      due: 1,
      rate: 1,
    });
    expect(await stats('kind=women&year=2021')).toMatchObject({ signed: 0, inForce: 1, workers: 350 });
    // 2022: the 2019 agreement ended on 31 March, the 2022 one in force from 1 April with the newer figures.
    expect(await stats('kind=women&year=2022')).toMatchObject({
      signed: 1,
      inForce: 1,
      enterprises: 2,
      workers: 400,
      womenWorkers: 160,
    });
    // As of a day (截至), from the rows: on 31 March 2022 the 2019 agreement still held, the new one not yet.
    expect(await stats('kind=women&from=2022-01-01&to=2022-03-31')).toMatchObject({
      signed: 1,
      inForce: 1,
      enterprises: 2,
      workers: 350,
    });
    // no kind asked, and the district has signed no general collective contract: the first kind it has signed (wage
    // before women), not a page of zeros
    expect(await stats('year=2020')).toMatchObject({ kind: 'wage', signed: 1 });
    expect(await stats('kind=wage&year=2020')).toMatchObject({
      signed: 1,
      signedByLevel: { enterprise: 1 },
      enterprises: 1,
      workers: 300,
    });

    // The same register again: every agreement is on record as it stands, skipped and counted, nothing written twice.
    await kit.dryRun(resaved(file), { created: 0, onRecord: 5, agreements: 0 });
  });
});
