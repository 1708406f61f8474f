/**
 * The achievements register over HTTP (issue 23): the template with its 填写说明 sheet; a dry run that writes
 * nothing; a file with a wrong row refused whole, naming row and column; 2018 and 2019 achievements with their
 * patents, conversions and teams, each counted on its own day, so the innovation statistics of 2018 show the 2018
 * patents and conversion value; the patent on every inventor's records; a second import adding to the
 * achievements on record without repeating what they hold; a messy sheet read as clerks type it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/api.ts';
import { type RowError, registerKit } from '../../../../test/register-kit.ts';
import type { OrgRow } from '../../org/index.ts';
import { ACHIEVEMENT_REGISTER } from './achievements.import.sheet.ts';
import { ACHIEVEMENT_HEADERS } from './achievements.import.test-kit.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: string;
let outsiderStaff: string;
let district: OrgRow;
let depot: OrgRow;
let works: OrgRow;
let studioName: string;
const people: Record<string, { id: number; idNumber: string }> = {};

beforeAll(async () => {
  t = await createTestApp();
  const root = await t.ctx.newRoot();
  district = await t.ctx.newOrg(root, 'district', `测试区总工会${t.ctx.unique()}`);
  depot = await t.ctx.newOrg(district, 'grassroots', `测试车辆段工会${t.ctx.unique()}`);
  works = await t.ctx.newOrg(district, 'grassroots', `测试机械厂工会${t.ctx.unique()}`);
  studioName = `轮对检修创新工作室${t.ctx.unique()}`;
  await t.ctx.newStudio(depot, { name: studioName, industry: '轨道交通' });
  for (const [key, org, name] of [
    ['zhang', depot, '张卫国'],
    ['li', depot, '李秀英'],
    ['wang1', depot, '王芳'],
    ['wang2', depot, '王芳'],
    ['zhao', works, '赵建军'],
  ] as const) {
    const idNumber = t.ctx.newIdNumber();
    people[key] = { id: (await t.ctx.newPerson(org, { name, idNumber })).id, idNumber };
  }
  staff = await t.signInAs('staff', district);
  outsiderStaff = await t.signInAs('staff', await t.ctx.newOrg(root, 'district'));
});
afterAll(async () => t?.close());

const HEADERS = [...ACHIEVEMENT_HEADERS, '转化日期', '转化金额', '转化合作方', '发布日期'];
const count = async (table: 'innovation_achievements' | 'innovation_conversions') =>
  (
    await t.db.query<{ n: number }>(
      table === 'innovation_achievements'
        ? 'select count(*)::int as n from innovation_achievements where org_id in ($1, $2)'
        : `select count(*)::int as n from innovation_conversions c join innovation_achievements a
             on a.id = c.achievement_id where a.org_id in ($1, $2)`,
      [depot.id, works.id],
    )
  ).rows[0].n;
type Row = Partial<Record<(typeof HEADERS)[number], string>>;
/** A row of an achievement `title`: a 2018 技术革新 of the depot by 张卫国, but for what `more` gives. */
const achievement = (title: string, more: Row = {}): Row => ({
  成果名称: title,
  所在工会: depot.name,
  成果类型: '技术革新',
  完成年度: '2018',
  团队成员: '张卫国',
  ...more,
});
const kit = registerKit({
  app: () => t,
  cookie: () => staff,
  importUrl: '/api/innovation/achievements/import',
  register: ACHIEVEMENT_REGISTER,
  headers: HEADERS,
  count: () => count('innovation_achievements'),
});
const sheet = (rows: Row[], headers = HEADERS) => kit.sheetOf(rows, headers);
const send = (file: Buffer, dryRun: boolean, cookie = staff) => kit.send(file, dryRun, undefined, cookie);
const stats = async (year: number) => {
  const { achievements, patents, inventionPatents, conversions, conversionFen } = await kit.got(
    `/api/innovation/studios/stats?orgId=${district.id}&fromYear=${year}&toYear=${year}`,
  );
  return { achievements, patents, inventionPatents, conversions, conversionFen };
};

describe('the achievements register import', () => {
  it('offers a template whose data sheet has the columns and whose 填写说明 names each', async () => {
    await kit.templateNames(['成果名称', '团队成员', '专利号', '转化金额', '发布日期']);
  });

  it('refuses a file with a wrong row as a whole, naming row and column in Chinese and English', async () => {
    const file = sheet([
      achievement('在线检测装置', { 所属工作室: studioName, 成果类型: '发明专利' }),
      achievement('好的成果', { 团队成员: '王芳' }),
      achievement('转化早于年度', {
        完成年度: '2019',
        团队成员: '李秀英',
        转化日期: '2018-05-01',
        转化金额: '1万',
        转化合作方: '甲公司',
      }),
      achievement('缺授权日期', {
        成果类型: '工法',
        团队成员: '李秀英',
        专利号: 'ZL201810000001.1',
        专利类型: '发明',
      }),
    ]);
    const errors = await kit.refused(file, [
      [2, '专利号'],
      [3, '团队成员'],
      [4, '转化日期'],
      [5, '授权日期'],
    ]);
    expect(errors[0].messageZh).toBe('成果类型为发明专利的，须登记发明专利');
    expect(errors[1].messageEn).toMatch(/2 members of .* are named 王芳; add the ID number/);
    expect(errors[2].messageZh).toBe('转化日期 2018-05-01 早于完成年度 2019');
    expect(errors[2].messageEn).toBe('"converted on" 2018-05-01 is before the year 2019');
    // each problem found after reading names the cell as typed, as one found while reading does
    const typed = [undefined, '王芳', '2018-05-01', undefined];
    expect(errors.map((e) => e.value)).toEqual(typed);
    const check = await send(file, true);
    expect((check.json().errors as RowError[]).map((e) => e.value)).toEqual(typed);
    expect(errors[3].messageZh).toBe('填写专利时须同时填写「授权日期」');
  });

  it('suggests the union’s studio a misspelt name may mean', async () => {
    const typo = studioName.replace('检修', '检查');
    const errors = await kit.refused(sheet([achievement('错名成果', { 所属工作室: typo })]), [
      [2, '所属工作室'],
    ]);
    expect(errors[0].messageZh).toBe(
      `「${depot.name}」没有名为「${typo}」的创新工作室（您是否指：「${studioName}」？）`,
    );
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const errors = await kit.refused(
      sheet([
        // a year that does not parse beside a union not found and a patent without its type and day
        achievement('错年度', { 所在工会: '不存在的工会', 完成年度: '很早', 专利号: 'ZL201810000009.1' }),
        // a type that does not parse: its team still looked for
        achievement('错类型', { 成果类型: '不是类型', 团队成员: '没有这个人' }),
        // a conversion day that does not parse was given: only its partner is missing
        achievement('错转化', { 转化日期: '2018-02-30', 转化金额: '1万' }),
        // a right row: not brought in with the others refused
        achievement('好的成果'),
      ]),
      [
        [2, '完成年度'],
        [2, '所在工会'],
        [2, '专利类型'],
        [2, '授权日期'],
        [3, '成果类型'],
        [3, '团队成员'],
        [4, '转化日期'],
        [4, '转化合作方'],
      ],
    );
    expect(errors[7].messageZh).toBe('填写转化时须同时填写「转化合作方」');
  });

  it('wants the type on every row of an achievement, as the template says', async () => {
    const rows = await kit.rowErrors(
      sheet([
        achievement('两行的成果'),
        {
          成果名称: '两行的成果',
          所在工会: depot.name,
          转化日期: '2019-05-01',
          转化金额: '1万',
          转化合作方: '甲公司',
        },
      ]),
      [[3, '成果类型']],
    );
    expect(rows[0].messageZh).toBe('「成果类型」必填');
    const notes = ACHIEVEMENT_REGISTER.notes.join('');
    expect(notes).toContain('成果类型每行都须填写');
    expect(notes).not.toContain('成果类型、年度、简介等填在任意一行即可');
  });

  it('names a union outside the subtree as a row error', async () => {
    await kit.rowErrors(sheet([achievement('越权成果')]), [[2, '所在工会']], outsiderStaff);
  });

  it('imports 2018 and 2019 achievements, each fact on its own day; 2018 statistics show 2018', async () => {
    const wang = `王芳（${people.wang1.idNumber}）`;
    const file = sheet([
      // one achievement over three rows: its patent, then two conversions (2018 and 2019)
      {
        成果名称: '轮对在线检测装置',
        所在工会: depot.name,
        所属工作室: studioName,
        成果类型: '发明专利',
        完成年度: '2018',
        成果简介: '在线检测轮对尺寸',
        团队成员: `张卫国、${wang}`,
        专利号: 'ZL201810123456.7',
        专利类型: '发明',
        授权日期: '2018-09-14',
        转化日期: '2018-11-20',
        转化金额: '35000',
        转化合作方: '某轨道装备有限公司',
        发布日期: '2018-12-01',
      },
      {
        成果名称: '轮对在线检测装置',
        所在工会: depot.name,
        所属工作室: studioName,
        成果类型: '发明专利',
        转化日期: '2019-04-01',
        转化金额: '1.5万',
        转化合作方: '某地铁运营公司',
      },
      // a 2019 utility model at another union, its inventor found by ID number
      {
        成果名称: '刀具快换夹具',
        所在工会: works.name,
        成果类型: '实用新型',
        团队成员: people.zhao.idNumber,
        专利号: 'ZL201920654321.X',
        专利类型: '实用新型',
        授权日期: '2019-06-18',
      },
      // no patent, a 2018 conversion of 2,000 yuan
      {
        成果名称: '班组管理看板',
        所在工会: works.name,
        成果类型: '管理创新',
        完成年度: '2018',
        团队成员: `赵建军 ${people.zhao.idNumber}`,
        转化日期: '2018-03-05',
        转化金额: '2000',
        转化合作方: '兄弟单位',
      },
    ]);
    await kit.dryRun(file, {
      total: 4,
      created: 4,
      achievements: 3,
      existing: 0,
      patents: 2,
      conversions: 3,
      conversionFen: 5_200_000,
      published: 1,
      inventorRecords: 3,
    });

    await kit.imported(file, { achievements: 3, patents: 2, conversions: 3 });

    expect(await stats(2018)).toEqual({
      achievements: 1,
      patents: 1,
      inventionPatents: 1,
      conversions: 2,
      conversionFen: 3_700_000,
    });
    expect(await stats(2019)).toEqual({
      achievements: 0,
      patents: 1,
      inventionPatents: 0,
      conversions: 1,
      conversionFen: 1_500_000,
    });

    const { rows } = await t.db.query<{
      title: string;
      stage: string;
      year: number;
      patentOn: string | null;
      publishedOn: string | null;
      studio: string | null;
      industry: string | null;
    }>(
      `select a.title, a.stage, a.year, a.patent_on::text as "patentOn", s.name as studio, a.industry,
              to_char(a.published_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as "publishedOn"
         from innovation_achievements a left join innovation_studios s on s.id = a.studio_id
        where a.org_id in ($1, $2) order by a.title`,
      [depot.id, works.id],
    );
    expect(rows).toEqual([
      {
        title: '刀具快换夹具',
        stage: 'developing',
        year: 2019,
        patentOn: '2019-06-18',
        publishedOn: null,
        studio: null,
        industry: null,
      },
      {
        title: '班组管理看板',
        stage: 'converted',
        year: 2018,
        patentOn: null,
        publishedOn: null,
        studio: null,
        industry: null,
      },
      {
        title: '轮对在线检测装置',
        stage: 'converted',
        year: 2018,
        patentOn: '2018-09-14',
        publishedOn: '2018-12-01',
        studio: studioName,
        industry: '轨道交通',
      },
    ]);
    // The patent on each inventor's records, in team order, on its grant day.
    const records = await t.db.query<{ personId: number; order: number; on: string; source: string }>(
      `select person_id as "personId", inventor_order as order, occurred_on::text as on, source from records
        where kind = 'patent' and patent_no = 'ZL201810123456.7' order by inventor_order`,
    );
    expect(records.rows).toEqual([
      { personId: people.zhang.id, order: 1, on: '2018-09-14', source: 'innovation' },
      { personId: people.wang1.id, order: 2, on: '2018-09-14', source: 'innovation' },
    ]);

    // Again, with one more conversion and one more member: only those are added; the rest is on record.
    const addsPatentMember: Row = {
      成果名称: '轮对在线检测装置',
      所在工会: depot.name,
      所属工作室: studioName,
      成果类型: '发明专利',
      团队成员: '李秀英',
      专利号: 'ZL201810123456.7',
      专利类型: '发明专利',
      授权日期: '2018/9/14',
      转化日期: '2018-11-20',
      转化金额: '3.5万',
      转化合作方: '某轨道装备有限公司',
    };
    const addsConversion: Row = {
      成果名称: '轮对在线检测装置',
      所在工会: depot.name,
      所属工作室: studioName,
      成果类型: '发明专利',
      转化日期: '2020-01-10',
      转化金额: '8000',
      转化合作方: '某车辆厂',
    };
    const again = sheet([addsPatentMember, addsConversion]);
    await kit.imported(again, {
      created: 2,
      achievements: 0,
      existing: 1,
      patents: 0,
      patentsExisting: 1,
      conversions: 1,
      conversionsExisting: 1,
      inventorRecords: 1,
      onRecord: 0,
    });
    expect(await count('innovation_conversions')).toBe(4);
    // The same rows sent again in another file (its rows in the other order): all on record, nothing added.
    await kit.imported(sheet([addsConversion, addsPatentMember]), {
      created: 0,
      existing: 1,
      conversions: 0,
      onRecord: 2,
    });
    expect(await count('innovation_conversions')).toBe(4);
    expect((await stats(2018)).conversionFen).toBe(3_700_000);
    expect((await stats(2020)).conversionFen).toBe(800_000);
    const third = await t.db.query<{ personId: number; order: number }>(
      `select person_id as "personId", inventor_order as order from records
        where kind = 'patent' and patent_no = 'ZL201810123456.7' and inventor_order = 3`,
    );
    expect(third.rows).toEqual([{ personId: people.li.id, order: 3 }]);

    // A patent number held by one achievement cannot be given to another.
    const taken = await send(
      sheet([
        achievement('另一个成果', {
          所在工会: works.name,
          完成年度: '2019',
          团队成员: '赵建军',
          专利号: 'ZL201810123456.7',
          专利类型: '发明',
          授权日期: '2019-01-01',
        }),
      ]),
      true,
    );
    expect(taken.json().errors).toMatchObject([
      { rowNo: 2, column: '专利号', messageZh: '专利号 ZL201810123456.7 已登记在成果「轮对在线检测装置」' },
    ]);
  });

  it("takes over a patent typed on a member's records; refuses a team that leaves its inventor out", async () => {
    const no = 'ZL201720999999.9';
    await t.db.query(
      `insert into records (person_id, kind, occurred_on, year, subject_key, patent_type, patent_no, inventor_order,
         title, source)
       values ($1, 'patent', '2017-05-05', 2017, $2, 'utility_model', $3, 1, '手录专利', 'import')`,
      [people.li.id, `patent:${no}`, no],
    );
    const row = (team: string): Row => ({
      成果名称: '工装快换夹具',
      所在工会: depot.name,
      成果类型: '实用新型',
      完成年度: '2017',
      团队成员: team,
      专利号: no,
      专利类型: '实用新型',
      授权日期: '2017-05-05',
    });
    const refused = await send(sheet([row('张卫国')]), true);
    expect(refused.json().errors).toMatchObject([
      {
        rowNo: 2,
        column: '团队成员',
        messageZh: `专利 ${no} 的第1发明人已记入「李秀英」的个人档案：请把他按顺序列入团队成员`,
      },
    ]);
    const done = await send(sheet([row('李秀英、张卫国')]), false);
    expect(done.statusCode, done.body).toBe(200);
    const { rows } = await t.db.query<{ personId: number; order: number; source: string }>(
      `select person_id as "personId", inventor_order as order, source from records
        where subject_key = $1 order by inventor_order`,
      [`patent:${no}`],
    );
    expect(rows).toEqual([
      { personId: people.li.id, order: 1, source: 'innovation' },
      { personId: people.zhang.id, order: 2, source: 'innovation' },
    ]);
  });

  it('reads a messy sheet: headers in another order, full-width digits, Chinese dates, a 合计 row', async () => {
    const headers = [
      '成果名称',
      '转化金额（元）',
      '转化日期',
      '转化合作方',
      '所属工会',
      '成果类型',
      '年度',
      '完成人',
    ];
    const file = kit.sheet(
      [
        [
          '焊接工装改进',
          '１２,０００',
          '2021年3月5日',
          '丙公司',
          works.name,
          '技术革新',
          '２０２１',
          '赵建军',
        ],
        ['焊接工装改进', '3000元', '2021/4/6', '丁公司', works.name, '技术革新', '', ''],
        ['合计', '15,000', '', '', '', '', '', ''],
      ],
      headers,
    );
    await kit.dryRun(file, {
      total: 2,
      achievements: 1,
      conversions: 2,
      conversionFen: 1_500_000,
      ignoredRows: [{ rowNo: 4, reason: 'total' }],
    });
  });
});
