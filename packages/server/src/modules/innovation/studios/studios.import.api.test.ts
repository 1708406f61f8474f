/**
 * The studios register over HTTP (issue 23): 昌平's studios of 2016–2020 with their level history go in through a
 * dry run and an all-or-nothing import; each level counts in its own year in the studio statistics, a city level
 * opens its subsidy in its year (or not, when paid outside the platform), and a wrong row writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/api.ts';
import { countIn, registerKit } from '../../../../test/register-kit.ts';
import type { OrgRow } from '../../org/index.ts';
import { sumCounts } from '../../reporting/index.ts';
import { STUDIO_REGISTER } from './studios.register.ts';
import { seededChangping } from './studios.test-kit.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: string;
let district: OrgRow;
let hospital: OrgRow;
let leader: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ district } = await seededChangping(t.ctx, t.db));
  hospital = await t.ctx.newOrg(district, 'grassroots', `昌平测试医院工会${t.ctx.unique()}`);
  leader = t.ctx.newIdNumber();
  await t.ctx.newPerson(hospital, { idNumber: leader });
  staff = await t.signInAs('staff', district);
});
afterAll(async () => t?.close());

/** The hospital's studios: none before the first test, and a refused file writes none. */
const studiosOf = () => countIn(t, 'innovation_studios', hospital);
const kit = registerKit({
  app: () => t,
  cookie: () => staff,
  importUrl: '/api/innovation/studios/import',
  register: STUDIO_REGISTER,
  fileName: '工作室台账.xlsx',
  sheetName: '工作室',
  without: ['成员身份证号', '领域', '行业'],
  count: studiosOf,
});
const { sheet } = kit;

/** 昌平's recognition subsidies of 2017 paid outside the platform, in fen, as its statistics page reads them. */
async function paidOutside2017(): Promise<number> {
  const stats = await t.call({
    method: 'GET',
    url: `/api/innovation/studios/stats?orgId=${district.id}&fromYear=2017&toYear=2017`,
    cookie: staff,
  });
  return stats.json().subsidiesPaidOutsideFen;
}

describe('the studios register import', () => {
  it('refuses levels that do not rise with their dates, naming the row; writes nothing', async () => {
    await kit.refused(
      sheet([
        ['倒序工作室', hospital.name, '市级', '2017-05-01', '北京市总工会', '', '', ''],
        ['倒序工作室', hospital.name, '区级', '2019-05-01', '昌平区总工会', '', '', ''],
        ['无名工会工作室', '不存在的工会', '区级', '2017-05-01', '', '', '', ''],
        // every error of a row at once: its union and its leader
        ['双错工作室', '不存在的工会', '区级', '2017-05-01', '', '', t.ctx.newIdNumber(), ''],
      ]),
      [
        [3, '认定级别'],
        [4, '所在工会'],
        [5, '所在工会'],
        [5, '领军人身份证号'],
      ],
    );
    expect(await studiosOf()).toBe(0);
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const errors = await kit.refused(
      sheet([
        // a day that does not parse beside a leader not found: both
        ['错日工作室', hospital.name, '区级', '2017-02-30', '', '', t.ctx.newIdNumber(), ''],
        // no union: not looked for, the amount of a district recognition still refused
        ['无工会工作室', '', '区级', '2017-05-01', '', '', '', '平台外已发放', 30000, ''],
        // a level that does not parse: the amount not judged by it, its day still by the day recognised
        ['错级工作室', hospital.name, '省级', '2017-05-01', '', '', '', '平台外已发放', 30000, '2017-04-01'],
      ]),
      [
        [2, '认定日期'],
        [2, '领军人身份证号'],
        [3, '所在工会'],
        [3, '认定助推发放金额'],
        [4, '认定级别'],
        [4, '认定助推发放日期'],
      ],
    );
    expect(errors[3].messageEn).toBe('Only a city or city-demonstration recognition has a subsidy');
  });

  it('imports studios level by level on their days; the statistics count each level in its year', async () => {
    const given = [
      ['心血管创新工作室', hospital.name, '区级', '2018-06-01', '昌平区总工会', '2018-03-01', leader, ''],
      ['心血管创新工作室', hospital.name, '市级', '2020-11-20', '北京市总工会', '', '', ''],
      ['护理创新工作室', hospital.name, '区级', '2016-09-01', '昌平区总工会', '', '', ''],
      ['护理创新工作室', hospital.name, '市级', '2019-10-10', '北京市总工会', '', '', '平台外已发放'],
    ];
    const file = sheet(given);
    await kit.dryRun(file, { studios: 2, existing: 0, levels: 4 });
    await kit.imported(file, { studios: 2, levels: 4, subsidiesRefused: [] });

    const promoted = async (year: string) =>
      (
        await sumCounts(t.db, {
          subject: 'innovation.promotions',
          path: district.path,
          from: year,
          to: year,
          by: [],
        })
      ).reduce((n, r) => n + r.n, 0);
    expect(await promoted('2019')).toBe(1);
    expect(await promoted('2020')).toBe(1);
    // The state counts by level at a year's end: the set-based path (护理) and the recognition path (心血管) agree
    // with the level history.
    const byLevel = async (to: string) =>
      Object.fromEntries(
        (await sumCounts(t.db, { subject: 'innovation.studios', path: district.path, to, by: ['dim'] }))
          .filter((r) => r.n)
          .map((r) => [r.dim, r.n]),
      );
    expect(await byLevel('2017-12')).toEqual({ district: 1 });
    expect(await byLevel('2019-12')).toEqual({ district: 1, city: 1 });
    expect(await byLevel('2020-12')).toEqual({ city: 2 });
    const history = await t.db.query<{ level: string; fromOn: string; toOn: string | null }>(
      `select l.level, l.from_on::text as "fromOn", l.to_on::text as "toOn"
         from innovation_studio_levels l join innovation_studios s on s.id = l.studio_id
        where s.name = '护理创新工作室' and s.org_id = $1 order by l.from_on, l.id`,
      [hospital.id],
    );
    expect(history.rows).toEqual([
      { level: 'grassroots', fromOn: '2016-09-01', toOn: '2016-09-01' },
      { level: 'district', fromOn: '2016-09-01', toOn: '2019-10-10' },
      { level: 'city', fromOn: '2019-10-10', toOn: null },
    ]);
    const { rows } = await t.db.query<{ name: string; level: string; since: string; subsidy: string | null }>(
      `select s.name, s.level, s.level_since::text as since, a.applied_on::text as subsidy
         from innovation_studios s left join innovation_studio_subsidies x on x.studio_id = s.id
         left join applications a on a.id = x.application_id
        where s.org_id = $1 order by s.name`,
      [hospital.id],
    );
    expect(rows).toEqual([
      { name: '心血管创新工作室', level: 'city', since: '2020-11-20', subsidy: '2020-11-20' },
      { name: '护理创新工作室', level: 'city', since: '2019-10-10', subsidy: null },
    ]);

    // The register sent again (its studios in the other order: another file): every level on record, skipped.
    const again = sheet([given[2], given[3], given[0], given[1]]);
    await kit.imported(again, { created: 0, onRecord: 4, studios: 0, existing: 0, levels: 0 });
    expect(await promoted('2019')).toBe(1);
    // A level on record given with another day: refused, the history kept.
    const errors = await kit.refused(
      sheet([['护理创新工作室', hospital.name, '区级', '2016-09-02', '昌平区总工会', '', '', '']]),
      [[2, '认定日期']],
    );
    expect(errors[0].messageZh).toBe(
      '护理创新工作室2016-09-01认定为区级已登记，平台上是“2016-09-01”，本表是“2016-09-02”',
    );
  });
  it('records a recognition subsidy paid outside the platform with its amount, counted in the year recognised', async () => {
    const wrong = sheet([
      ['金额工作室', hospital.name, '区级', '2016-05-01', '昌平区总工会', '', '', '', 30000, ''],
      ['金额工作室', hospital.name, '市级', '2017-05-01', '北京市总工会', '', '', '平台内申请', 30000, ''],
      [
        '金额工作室二',
        hospital.name,
        '市级',
        '2017-05-01',
        '北京市总工会',
        '',
        '',
        '平台外已发放',
        30000,
        '2017-04-01',
      ],
    ]);
    await kit.refused(wrong, [
      [2, '认定助推发放金额'],
      [3, '认定助推发放金额'],
      [4, '认定助推发放日期'],
    ]);
    const before = await paidOutside2017();
    const file = sheet([
      ['骨科创新工作室', hospital.name, '区级', '2015-03-01', '昌平区总工会', '', '', ''],
      [
        '骨科创新工作室',
        hospital.name,
        '市级',
        '2017-06-01',
        '北京市总工会',
        '',
        '',
        '平台外已发放',
        30000,
        '2017-09-15',
      ],
      ['康复创新工作室', hospital.name, '市级', '2017-08-01', '北京市总工会', '', '', '平台外已发放', '', ''],
    ]);
    await kit.imported(file, { studios: 2, levels: 3, subsidiesRefused: [] });
    // the one with an amount counts it in 2017; the one without is recorded as paid outside, opening nothing
    expect((await paidOutside2017()) - before).toBe(3_000_000);
    const { rows } = await t.db.query<{ name: string; fen: number; paidOn: string }>(
      `select s.name, g.amount_fen::int as fen, g.paid_on::text as "paidOn"
         from innovation_studio_grants g join innovation_studios s on s.id = g.studio_id
        where s.org_id = $1 and s.name in ('骨科创新工作室', '康复创新工作室')`,
      [hospital.id],
    );
    expect(rows).toEqual([{ name: '骨科创新工作室', fen: 3_000_000, paidOn: '2017-09-15' }]);
  });

  it('keeps a 成立日期 left blank blank, never the day recognised, whether or not the row opens a subsidy', async () => {
    const file = sheet([
      ['空白成立日期工作室', hospital.name, '区级', '2012-05-01', '昌平区总工会', '', '', ''],
      ['空白成立日期市级工作室', hospital.name, '市级', '2012-06-01', '北京市总工会', '', '', ''],
      ['有成立日期工作室', hospital.name, '区级', '2012-07-01', '昌平区总工会', '2011-02-03', '', ''],
    ]);
    await kit.imported(file, { studios: 3, levels: 3 });
    const { rows } = await t.db.query<{ name: string; founded: string | null; first: string }>(
      `select s.name, s.founded_on::text as founded,
              (select min(l.from_on)::text from innovation_studio_levels l where l.studio_id = s.id) as first
         from innovation_studios s where s.org_id = $1 and s.name like '%成立日期%' order by first`,
      [hospital.id],
    );
    expect(rows).toEqual([
      { name: '有成立日期工作室', founded: '2011-02-03', first: '2011-02-03' },
      { name: '空白成立日期工作室', founded: null, first: '2012-05-01' },
      { name: '空白成立日期市级工作室', founded: null, first: '2012-06-01' },
    ]);
  });
});
