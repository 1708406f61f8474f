/**
 * The 办实事 projects register over HTTP (issue 23): the template with its 填写说明 sheet; a dry run that counts
 * and writes nothing; a file with a wrong row refused whole, naming row and column; a union outside the subtree a
 * row error; and a company union's 39 projects of 2021–2023 (近三年39项实事) brought in with their milestones and
 * completions — promised in their years, completed on their days, the multi-year statistics showing them.
 */
import { describe, expect, it } from 'vitest';
import { countIn, registerKit, resaved } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { PLEDGE_REGISTER } from './pledges.register.ts';

const w = appWorld({
  tree: {
    district: ['root/district', '测试区总工会'],
    post: ['district/grassroots', '测试邮政公司工会'],
    elsewhere: ['root/district/grassroots', '外区工会'],
  },
  users: { staff: ['staff', 'district'] },
});

/** A row given by header: a header it leaves out is an empty cell. */
type Row = Partial<Record<string, string>>;
const projectsOf = () => countIn(w.t, 'pledges', w.post);
const kit = registerKit({
  app: () => w.t,
  cookie: () => w.staff,
  importUrl: '/api/pledges/import',
  register: PLEDGE_REGISTER,
  sheetName: '办实事项目',
  fileName: '办实事项目台账.xlsx',
  without: ['项目内容', '受益说明'],
  count: projectsOf,
});
const { sheetOf: sheet } = kit;
const stats = (fromYear: number, toYear: number) =>
  kit.got(`/api/pledges/stats?orgId=${w.district.id}&fromYear=${fromYear}&toYear=${toYear}`);

const HOMES: Record<number, number> = { 2021: 60, 2022: 55, 2023: 50 };

/**
 * Thirteen projects a year, 2021–2023: the 投递员之家 upgrade with two milestones and what it delivered, the
 * yearly group insurance (a series) and eleven more; each ¥100,000 budgeted, ¥90,000 spent, 100 workers reached,
 * completed in its year — but for 2023's canteen, completed in January 2024, and 2023's gym, still under way.
 */
function register(): Row[] {
  const rows: Row[] = [];
  for (const year of [2021, 2022, 2023]) {
    const base = { 所在工会: w.post.name, 年度: String(year), 项目类别: '福利体系', 责任部门: '工会办公室' };
    const done = { 实际投入: '9万', 受益职工人数: '100' };
    rows.push(
      {
        ...base,
        项目名称: '城区投递员之家升级改造',
        项目类别: '生产生活条件',
        预算金额: '100000',
        进度节点: '完成选址',
        计划完成日期: `${year}-04-30`,
        节点完成日期: `${year}-04-20`,
        项目完成日期: `${year}-11-30`,
        ...done,
        完成数量: String(HOMES[year]),
        数量单位: '个投递员之家',
      },
      // A project's later rows may leave its fields blank.
      {
        所在工会: w.post.name,
        年度: String(year),
        项目名称: '城区投递员之家升级改造',
        进度节点: '完成改造',
        计划完成日期: `${year}-10-31`,
      },
      {
        ...base,
        项目名称: '外勤职工团体意外伤害保险',
        预算金额: '10万',
        连续项目: '团体意外伤害保险',
        项目完成日期: `${year}-03-01`,
        ...done,
      },
    );
    for (let i = 1; i <= 11; i++) {
      const title =
        year === 2023 && i === 1 ? '职工食堂改造' : year === 2023 && i === 2 ? '职工健身房' : `实事${i}`;
      const completedOn =
        title === '职工食堂改造'
          ? '2024-01-15'
          : title === '职工健身房'
            ? ''
            : `${year}-12-${String(i + 10)}`;
      rows.push({
        ...base,
        项目名称: title,
        预算金额: '100,000.00',
        ...(title === '职工健身房'
          ? { 进度节点: '器材采购', 计划完成日期: '2023-09-30', 节点完成日期: '2023-09-28' }
          : { 项目完成日期: completedOn, ...done }),
      });
    }
  }
  return rows;
}

describe('the 办实事 projects register import', () => {
  it('offers a template whose data sheet has the columns and whose 填写说明 sheet names each', async () => {
    await kit.templateNames(['项目名称', '进度节点', '计划完成日期', '项目完成日期']);
  });

  it('a dry run counts and writes nothing; a wrong row refuses the whole file, naming row and column', async () => {
    await kit.dryRun(sheet(register()), { total: 42, created: 39, milestones: 7, completed: 38 });

    const wrong: Row[] = [
      ...register(),
      {
        所在工会: w.post.name,
        年度: '2022',
        项目名称: '年度错误的项目',
        项目类别: '技能提升',
        预算金额: '5万',
        责任部门: '人力资源部',
        项目完成日期: '2021-12-01',
        实际投入: '5万',
        受益职工人数: '10',
      },
      { 所在工会: w.post.name, 年度: '2022', 项目名称: '年度错误的项目', 进度节点: '开班' },
    ];
    const errors = await kit.refused(sheet(wrong), [
      [44, '项目完成日期'],
      [45, '计划完成日期'],
    ]);
    expect(errors[0]).toMatchObject({
      messageZh: '项目完成日期 2021-12-01 早于项目年度（2022年）',
      messageEn: "Completed on 2021-12-01, before the project's year (2022)",
    });
  });

  it('a union outside the subtree and a half-told completion are row errors', async () => {
    await kit.rowErrors(
      sheet([
        {
          所在工会: w.elsewhere.name,
          年度: '2022',
          项目名称: '越界项目',
          项目类别: '技能提升',
          预算金额: '1万',
          责任部门: '工会',
        },
        {
          所在工会: w.post.name,
          年度: '2022',
          项目名称: '只写了投入的项目',
          项目类别: '技能提升',
          预算金额: '1万',
          责任部门: '工会',
          实际投入: '1万',
        },
      ]),
      [
        [2, '所在工会'],
        [3, '实际投入'],
      ],
    );
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const project = (title: string, more: Row): Row => ({
      所在工会: w.post.name,
      年度: '2022',
      项目名称: title,
      项目类别: '技能提升',
      预算金额: '1万',
      责任部门: '工会',
      ...more,
    });
    const errors = await kit.rowErrors(
      sheet([
        // a union outside the subtree beside a milestone with no due day: both
        project('越界项目', { 所在工会: w.elsewhere.name, 进度节点: '开班' }),
        // a budget that does not parse beside a completion before the year; the budget not told missing
        project('预算写错的项目', {
          预算金额: '一万',
          项目完成日期: '2021-12-01',
          实际投入: '1万',
          受益职工人数: '10',
        }),
        // a completion day that does not parse: the money spent not told to need it
        project('完成日期写错的项目', { 项目完成日期: '2022-13-01', 实际投入: '1万' }),
        // a year that does not parse: the row's milestone still checked, the project not
        project('年度写错的项目', { 年度: '二〇二二', 进度节点: '开班' }),
      ]),
      [
        [2, '所在工会'],
        [2, '计划完成日期'],
        [3, '预算金额'],
        [3, '项目完成日期'],
        [4, '项目完成日期'],
        [5, '年度'],
        [5, '计划完成日期'],
      ],
    );
    expect(errors[3].messageEn).toBe("Completed on 2021-12-01, before the project's year (2022)");
  });

  it('imports 39 projects of 2021–2023 on their days; the multi-year statistics show them in their years', async () => {
    await kit.imported(sheet(register()), { created: 39, milestones: 7, completed: 38 });

    const s = await stats(2021, 2023);
    expect(s).toMatchObject({
      promised: 39,
      completedInYear: 37,
      budgetFen: 39 * 10_000_000,
      spentFen: 37 * 9_000_000,
      beneficiaries: 3700,
    });
    expect(s.years.map((y: { year: number; promised: number; completedInYear: number }) => y)).toEqual([
      expect.objectContaining({ year: 2021, promised: 13, completedInYear: 13, completedLate: 0 }),
      expect.objectContaining({ year: 2022, promised: 13, completedInYear: 13, completedLate: 0 }),
      expect.objectContaining({ year: 2023, promised: 13, completedInYear: 11, completedLate: 0 }),
    ]);
    expect(s.byCategory).toEqual(
      expect.arrayContaining([
        { category: 'conditions', promised: 3 },
        { category: 'welfare', promised: 36 },
      ]),
    );
    expect(s.outputs).toEqual([{ unit: '个投递员之家', qty: 165 }]);
    expect(s.series).toEqual([{ series: '团体意外伤害保险', projects: 3, spentFen: 3 * 9_000_000 }]);
    // 2023's canteen, completed in January 2024, counts in 2024 as late.
    expect((await stats(2024, 2024)).years[0]).toMatchObject({
      promised: 0,
      completedLate: 1,
      spentFen: 9_000_000,
    });

    const { rows } = await w.t.db.query<{
      title: string;
      status: string;
      completedOn: string | null;
      done: string[];
    }>(
      `select g.title, g.status, g.completed_on::text as "completedOn",
              array(select coalesce(m.done_on::text, '-') from pledge_milestones m where m.pledge_id = g.id
                     order by m.due_on) as done
         from pledges g where g.org_id = $1 and g.year = 2023 and g.title in ('城区投递员之家升级改造', '职工健身房')
        order by g.title`,
      [w.post.id],
    );
    expect(rows).toEqual([
      {
        title: '城区投递员之家升级改造',
        status: 'completed',
        completedOn: '2023-11-30',
        done: ['2023-04-20', '-'],
      },
      { title: '职工健身房', status: 'in_progress', completedOn: null, done: ['2023-09-28'] },
    ]);

    const { rows: audit } = await w.t.db.query<{ after: object }>(
      `select after from audit_log where action = 'pledge.import' order by id desc limit 1`,
    );
    expect(audit[0].after).toMatchObject({ created: 39, milestones: 7, completed: 38 });

    // The same register again (another file): every project is on record as it stands, its rows skipped and
    // counted; nothing written.
    await kit.dryRun(resaved(sheet(register())), { created: 0, onRecord: 42, milestones: 0, completed: 0 });
    await kit.imported(resaved(sheet(register())), { created: 0, onRecord: 42 });
    // A project on record given with another budget and a milestone done later: refused per column, kept as it is.
    const changed = register();
    Object.assign(changed[0], { 预算金额: '120000', 节点完成日期: '2021-04-25' });
    const errors = await kit.refused(sheet(changed), [
      [2, '预算金额'],
      [2, '进度节点'],
    ]);
    expect(errors[0].messageZh).toBe(
      '该工会2021年的项目「城区投递员之家升级改造」已登记，平台上是“100,000.00”，本表是“120,000.00”',
    );
  });

  it('reads a messy sheet: columns in another order, full-width digits, 2022年3月5日, a 合计 footer', async () => {
    const headers = [
      '项目名称',
      '预算金额',
      '年度',
      '所在工会',
      '责任部门',
      '项目类别',
      '项目完成日期',
      '受益职工人数',
      '实际投入',
    ];
    const file = writeWorkbook([
      {
        name: '台账',
        headers,
        rows: [
          [
            '职工子女暑期托管班',
            '１５，０００元',
            '２０２２',
            w.post.name,
            '女职工委员会',
            '福利体系',
            '2022年8月26日',
            '２４０',
            '1.2万',
          ],
          ['合计', '15000', '', '', '', '', '', '240', '12000'],
        ],
      },
    ]);
    await kit.imported(file, { created: 1, completed: 1, ignoredRows: [{ rowNo: 3, reason: 'total' }] });
    const { rows } = await w.t.db.query<{ budget: number; completedOn: string; reached: number }>(
      `select budget_fen::int as budget, completed_on::text as "completedOn", beneficiary_count as reached
         from pledges where org_id = $1 and title = '职工子女暑期托管班'`,
      [w.post.id],
    );
    expect(rows).toEqual([{ budget: 1_500_000, completedOn: '2022-08-26', reached: 240 }]);
    expect((await stats(2022, 2022)).years[0]).toMatchObject({ promised: 14, beneficiaries: 1540 });
  });

  it('reads a ledger split by year into sheets as one, its bare totals row skipped; a bad row names its sheet', async () => {
    const headers = ['项目名称', '预算金额', '年度', '所在工会', '项目类别', '责任部门'];
    const row = (title: string, budget: string, year: string) => [
      title,
      budget,
      year,
      w.post.name,
      '福利体系',
      '工会办公室',
    ];
    const book = (last: string[]) =>
      writeWorkbook([
        { name: '2024年', headers, rows: [row('分表实事甲', '1000', '2024')] },
        {
          name: '2025年',
          headers,
          rows: [row('分表实事乙', '2000', '2025'), last, ['', '2,500.00', '', '', '', '']],
        },
      ]);
    const before = await projectsOf();
    const bad = await kit.send(book(row('分表实事丙', '500', '明年')), false);
    expect(bad.statusCode, bad.body).toBe(400);
    const { message, details } = bad.json().error;
    expect(details.errors.map((e: { sheet?: string; rowNo: number }) => [e.sheet, e.rowNo])).toEqual([
      ['2025年', 3],
    ]);
    expect(message).toMatch(/^“2025年”第3行「年度」：/);
    expect(await projectsOf()).toBe(before);

    const answer = await kit.imported(book(row('分表实事丙', '500', '2025')), {
      created: 3,
      ignoredRows: [{ rowNo: 4, sheet: '2025年', reason: 'sum' }],
      file: { sheets: ['2024年', '2025年'] },
    });
    expect(answer.errors).toEqual([]);
    expect(await projectsOf()).toBe(before + 3);
  });
});
