/**
 * A year of 助推 rebuilt from the sheets a district clerk really gets, with the seed-000 presets as shipped
 * (no rule edited):
 * - a member roster with ID numbers typed in full-width digits, blank join dates (refused until the clerk
 *   chooses a date for them), a 合计 row and a 填表说明 block, and members who joined after the year;
 * - certificate and award sheets with records of the wrong year;
 * - a training sheet with the course names spelled four ways, and trainees who failed or were absent;
 * - certificate applications proposed without their scans.
 * The 2020 statistics of 顺义 then read what the page printed: 170 certificates; 19 awards, 2 national and
 * 17 city; 5 unions; 310 trainees in 4 courses. And a clerk's own program for 2020, made with no year
 * condition, counts only 2020's evidence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import type { TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { writeWorkbook } from '../../../shared/xlsx-writer.ts';
import type { OrgRow } from '../../org/index.ts';
import { SHUNYI, SHUNYI_2020, SHUNYI_TRAINING_COURSES } from '../presets/index.ts';
import { createProgram, publishProgram } from '../program-admin.service.ts';
import { simulateProgram } from '../simulate.service.ts';
import type { ProgramFigures } from './stats.service.ts';
import { approveWaiting, openShunyiWorld, programsDecidedOn, report2020 } from './stats.test-kit.ts';

const SECONDARY = ['杨镇总工会', '李遂镇总工会', '马坡镇总工会', '北小营镇总工会', '双丰街道总工会'];
const FULL_WIDTH = (s: string) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** Each course as the organisers' sheets spell it: brackets, spaces, dashes and letters vary. */
const SPELLINGS: Record<string, string[]> = {
  '计算机辅助设计（CAD）': ['计算机辅助设计(CAD)', '计算机辅助设计（ＣＡＤ）', ' 计算机辅助设计 (CAD) '],
  平面设计师: ['平面设计师 ', '平面 设计师'],
  三维设计师: ['三维设计师', '三维设计师　'],
  '电子商务师—网站建设与运营': [
    '电子商务师-网站建设与运营',
    '电子商务师－网站建设与运营',
    '电子商务师–网站建设与运营',
  ],
};
const PASSED = ['合格', '通过', '考核合格', 'PASS'];

let db: Db;
let ctx: TestContext;
let staff: Actor;
let shunyi: OrgRow;
let orgs: Map<string, OrgRow>;
const programIds = new Map<string, number>();
const certIds: number[] = [];
let blankJoinErrors: { rowNo: number; column: string | null }[] = [];
let blankJoinRows: number[] = [];
let ignoredRows: number[] = [];
let refusedForMaterials: { id: number; code?: string }[] = [];
let certificatesApprovedBeforeWaivers = 0;

interface Member {
  name: string;
  id: string;
  org: string;
  joined: string;
}

function newMember(i: number, org: string, joined = '2016-03-01'): Member {
  return { name: `职工${i}`, id: ctx.newIdNumber(), org, joined };
}

const scan = (key: string) => [
  { key, name: `${key}.pdf`, mime: 'application/pdf', data: Buffer.from('%PDF-1.4') },
];

beforeAll(async () => {
  ({ db, ctx, orgs, shunyi, staff } = await openShunyiWorld());
  const holders = [...orgs.values()].filter((o) => o.kind === 'grassroots').map((o) => o.name);

  // Who is who. Late joiners hold 2020 certificates but joined in 2021.
  let n = 0;
  const group = (size: number, joined?: string) =>
    Array.from({ length: size }, () => newMember(n, holders[n++ % holders.length], joined));
  const cert = group(170);
  const certWrongYear = group(20);
  const lateJoiners = group(6, '2021-03-01');
  const awardNational = group(2);
  const awardCity = group(17);
  const awardWrongYear = group(3);
  const awardDistrict = group(5);
  const trainees = group(310);
  const notPassed = group(12);
  const everyone = [
    ...cert,
    ...certWrongYear,
    ...lateJoiners,
    ...awardNational,
    ...awardCity,
    ...awardWrongYear,
    ...awardDistrict,
    ...trainees,
    ...notPassed,
  ];

  // The roster: every 7th ID number in full-width digits, every 25th join date blank, a total row and notes.
  const rosterRows = everyone.map((m, i) => [
    m.name,
    i % 7 === 3 ? FULL_WIDTH(m.id) : m.id,
    '',
    m.org,
    i % 25 === 4 && m.joined !== '2021-03-01' ? '' : m.joined,
  ]);
  blankJoinRows = rosterRows.flatMap((r, i) => (r[4] === '' ? [i + 2] : []));
  const roster = writeWorkbook([
    {
      name: '会员花名册',
      headers: ['姓名', '身份证号码', '手机', '工会名称', '入会日期'],
      rows: [
        ...rosterRows,
        ['合计', `${everyone.length}人`, '', '', ''],
        ['', '', '', '', ''],
        ['填表说明：', '', '', '', ''],
        ['1. 身份证号码须为18位，末位可为X', '', '', '', ''],
        ['2. 入会日期不详的，请留空', '', '', '', ''],
      ],
    },
  ]);
  const importRoster = async (defaultJoinedOn?: string) => {
    const { jobId, done } = await ctx.services.memberImport.start(staff, {
      fileName: '顺义会员花名册.xlsx',
      buffer: roster,
      mode: 'all_or_nothing',
      defaultJoinedOn,
    });
    const job = await done;
    return { job, errors: await ctx.services.jobs.listErrors(staff, jobId, 1000) };
  };
  const refused = await importRoster();
  blankJoinErrors = refused.errors.map((e) => ({ rowNo: e.rowNo, column: e.column }));
  const imported = await importRoster('2016-01-01');
  expect(imported.errors).toEqual([]);
  expect(imported.job.result).toMatchObject({ imported: everyone.length });
  ignoredRows = ((imported.job.result as { ignoredRows?: { rowNo: number }[] }).ignoredRows ?? []).map(
    (r) => r.rowNo,
  );

  // The records, as the certifying bodies and organisers send them.
  const records = async (kind: 'certificate' | 'award' | 'training', headers: string[], rows: string[][]) => {
    const r = await ctx.services.records.importRecords(staff, {
      kind,
      mode: 'all',
      file: writeWorkbook([{ name: kind, headers, rows }]),
      fileName: `${kind}.xlsx`,
    });
    expect(r.errors ?? []).toEqual([]);
  };
  const certRow = (m: Member, i: number, day: string) => [
    i % 5 === 0 ? FULL_WIDTH(m.id) : m.id,
    m.name,
    '电工',
    `${5 - (i % 5)}`,
    '北京市人力资源和社会保障局',
    `C${day}-${i}`,
    day,
  ];
  await records(
    'certificate',
    ['身份证号', '姓名', '职业（工种）', '等级', '发证机构', '证书编号', '发证日期'],
    [
      ...cert.map((m, i) => certRow(m, i, '2020-06-15')),
      ...certWrongYear.map((m, i) => certRow(m, i, i < 12 ? '2019-11-20' : '2021-02-03')),
      ...lateJoiners.map((m, i) => certRow(m, i, '2020-07-01')),
    ],
  );
  const awardRow = (m: Member, competition: string, level: string, day: string) => [
    m.id,
    m.name,
    competition,
    level,
    '二等奖',
    day,
  ];
  await records(
    'award',
    ['身份证号', '姓名', '竞赛名称', '竞赛级别', '名次', '获奖日期'],
    [
      ...awardNational.map((m) => awardRow(m, '全国职工职业技能大赛', '国家级', '2020-10-20')),
      ...awardCity.map((m) => awardRow(m, '北京市职工职业技能大赛', '市级', '2020-09-10')),
      ...awardWrongYear.map((m) => awardRow(m, '北京市职工职业技能大赛', '市级', '2019-09-10')),
      ...awardDistrict.map((m) => awardRow(m, '顺义区职工技能竞赛', '区级', '2020-08-01')),
    ],
  );
  const spelling = (i: number) => {
    const canonical = SHUNYI_TRAINING_COURSES[i % 4];
    const variants = SPELLINGS[canonical];
    return variants[Math.floor(i / 4) % variants.length];
  };
  await records(
    'training',
    ['身份证号', '姓名', '培训课程', '培训机构', '培训费（元）', '证书编号', '考核结果', '结业日期'],
    [
      ...trainees.map((m, i) => [
        m.id,
        m.name,
        spelling(i),
        SHUNYI,
        '1200.00',
        `PX${i}`,
        PASSED[i % 4],
        '2020-11-30',
      ]),
      ...notPassed.map((m, i) => [
        m.id,
        m.name,
        spelling(i),
        SHUNYI,
        '1200.00',
        `PXF${i}`,
        i % 2 ? '不合格' : '缺考',
        '2020-11-30',
      ]),
    ],
  );

  // The plan's programs exactly as shipped.
  for (const preset of SHUNYI_2020) {
    const p = await createProgram(db, staff, {
      ...preset.input,
      ownerOrgId: shunyi.id,
      presetKey: preset.key,
    });
    await publishProgram(db, staff, p.id);
    programIds.set(preset.key, p.id);
  }
  const programs = ctx.services.programs;
  for (const key of ['shunyi-2020-certificate', 'shunyi-2020-award', 'shunyi-2020-training']) {
    const run = await programs.proposals(staff, programIds.get(key) as number, { appliedOn: '2020-12-15' });
    await run.done;
  }
  const { rows: apps } = await db.query<{ id: number; programId: number }>(
    `select id, program_id as "programId" from applications where program_id = any($1::bigint[]) order by id`,
    [[...programIds.values()]],
  );
  for (const a of apps) {
    if (Number(a.programId) === programIds.get('shunyi-2020-certificate')) certIds.push(Number(a.id));
    if (Number(a.programId) === programIds.get('shunyi-2020-award'))
      await programs.attachFiles(staff, Number(a.id), scan('award_notice'));
  }
  // Ten certificate holders have not handed in their scans yet.
  for (const id of certIds.slice(10)) await programs.attachFiles(staff, id, scan('certificate_scan'));
  const competition = await programs.batch(staff, programIds.get('shunyi-2020-union-competition') as number, {
    rows: SECONDARY.map((name) => ({ orgId: orgs.get(name)?.id })),
    appliedOn: '2020-10-15',
  });
  for (const r of competition.results)
    await programs.attachFiles(staff, r.applicationId as number, scan('competition_report'));

  refusedForMaterials = await approveWaiting(ctx, orgs.values(), [...programIds.values()]);
  const { rows: before } = await db.query<{ n: number }>(
    `select count(*) as n from applications where program_id = $1 and status = 'approved'`,
    [programIds.get('shunyi-2020-certificate')],
  );
  certificatesApprovedBeforeWaivers = Number(before[0].n);
  // The clerk waives four scans (originals seen in person) and receives the other six.
  for (const id of certIds.slice(0, 4)) {
    await programs.review(staff, id, 'approve', {
      waivers: [{ key: 'certificate_scan', reason: '原件已当面核验' }],
    });
  }
  for (const id of certIds.slice(4, 10)) {
    await programs.attachFiles(staff, id, scan('certificate_scan'));
    await programs.review(staff, id, 'approve', {});
  }
  await programsDecidedOn(db, [...programIds.values()], '2020-12-28');
}, 600_000);

afterAll(async () => {
  await db?.close();
});

describe('a year rebuilt from messy sheets, presets as shipped', () => {
  let program: (key: string) => ProgramFigures;

  beforeAll(async () => {
    ({ program } = await report2020(db, staff, shunyi.id, programIds));
  });

  it('the roster: blank join dates refused until the clerk chose a date; the total row and notes left out', () => {
    expect(blankJoinRows.length).toBeGreaterThan(10);
    expect(blankJoinErrors.map((e) => e.rowNo)).toEqual(blankJoinRows);
    expect(blankJoinErrors.every((e) => e.column === '入会日期')).toBe(true);
    // Data rows are 2–546: the 合计 row is 547, the notes 549–551.
    expect(ignoredRows).toEqual(expect.arrayContaining([547, 549, 550, 551]));
    expect(Math.min(...ignoredRows)).toBe(547);
  });

  it('final approval waited for the ten missing scans, then counted them once waived or received', () => {
    expect(refusedForMaterials.map((r) => r.id).sort()).toEqual(certIds.slice(0, 10).sort());
    expect(refusedForMaterials.every((r) => r.code === 'APPLICATION_MATERIALS_MISSING')).toBe(true);
    expect(certificatesApprovedBeforeWaivers).toBe(160);
  });

  it('170 certificates, none of the wrong year or of members who joined later', () => {
    const c = program('shunyi-2020-certificate');
    expect(c).toMatchObject({ applications: 170, approved: 170, people: 170 });
    const grades = c.breakdown?.rows.map((r) => r.approved) ?? [];
    expect(grades.reduce((s, x) => s + x, 0)).toBe(170);
    expect(grades).toEqual([34, 34, 34, 34, 34]);
  });

  it('19 awards, 2 national and 17 city', () => {
    const a = program('shunyi-2020-award');
    expect(a).toMatchObject({ approved: 19, people: 19 });
    expect(Object.fromEntries(a.breakdown?.rows.map((r) => [r.value, r.approved]) ?? [])).toEqual({
      national: 2,
      city: 17,
    });
  });

  it('5 secondary unions', () => {
    const u = program('shunyi-2020-union-competition');
    expect(u).toMatchObject({ approved: 5, unions: 5 });
  });

  it('310 trainees who passed, in the 4 courses however the sheets spelled them', () => {
    const t = program('shunyi-2020-training');
    expect(t).toMatchObject({ approved: 310, people: 310, approvedFen: 310 * 120_000 });
    const courses = t.breakdown?.rows ?? [];
    expect(courses.length).toBe(4);
    expect(courses.map((r) => r.approved).sort()).toEqual([77, 77, 78, 78]);
  });

  it("a clerk's own program for 2020 with no year condition counts only 2020's certificates of members", async () => {
    const own = await createProgram(db, staff, {
      ownerOrgId: shunyi.id,
      name: '2020年度职业资格证书奖励',
      category: 'subsidy',
      periodStart: '2020-01-01',
      periodEnd: '2020-12-31',
      periodUnit: 'year',
      intakeModes: ['apply', 'proposal'],
      limitMode: 'per_person_per_period',
      reviewChain: [2],
      rule: {
        op: 'all',
        rules: [{ op: 'member_of_owner_subtree' }, { op: 'has_record', kind: 'certificate', where: [] }],
      },
      amount: { kind: 'fixed', fen: 20_000 },
    });
    const sim = await simulateProgram(db, staff, own.id, {}, TEST_NOW);
    expect(sim).toMatchObject({ periodKey: '2020', qualifying: 170, people: 170 });
    expect(sim.excludedByWindow.count).toBe(20);
    expect(sim.excludedByWindow.examples[0].reason.zh).toMatch(/^发证日期20(19|21)-\d\d-\d\d不在2020年度内$/);
  });
});
