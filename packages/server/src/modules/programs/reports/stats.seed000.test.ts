/**
 * Seed 000 (劳动午报: 顺义区总工会加大力度助推职工技能提升) as a test: the records a district holds for 2020 go in
 * through the records import, the preset programs of the three-year plan propose (or a batch submits) the
 * entitlements, grassroots, town and district staff approve up the chain, and the programs report for
 * 顺义区总工会 and 2020 shows what the page printed: 170 certificate subsidies; 19 award subsidies, 2 above
 * city level and 17 at city level; 5 secondary unions (杨镇, 李遂镇, 马坡镇, 北小营镇, 双丰街道) with
 * competition subsidies; 310 trainees of the four courses with their fees paid in full. The decisions are
 * dated 2020-12-28 and the training fees paid on 2021-01-15, so the 2020 report counts the approvals and the
 * January 2021 report the payment. The figures read off the report's breakdowns and its .xlsx export.
 */
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../../test/clock.ts';
import type { TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { insertPersons, type PersonSeed } from '../../../demo/members.ts';
import { normaliseText } from '../../../shared/text.ts';
import type { OrgRow } from '../../org/index.ts';
import { SHUNYI, SHUNYI_2020, SHUNYI_TRAINING_COURSES } from '../presets/index.ts';
import { createProgram, publishProgram } from '../program-admin.service.ts';
import { reportWorkbook } from './stats.export.ts';
import { getProgramReport, type ProgramFigures, type ProgramReport } from './stats.service.ts';
import { approveWaiting, openShunyiWorld, paidOn, programsDecidedOn, report2020 } from './stats.test-kit.ts';

const SECONDARY = ['杨镇总工会', '李遂镇总工会', '马坡镇总工会', '北小营镇总工会', '双丰街道总工会'];
const yuan = (y: number) => y * 100;

let db: Db;
let ctx: TestContext;
let shunyi: OrgRow;
let orgs: Map<string, OrgRow>;
let staff: Actor;
const programIds = new Map<string, number>();
let trainingFees = 0;
let certificateFen = 0;

const csv = (headers: string[], rows: (string | number)[][]) =>
  Buffer.from([headers, ...rows].map((r) => r.join(',')).join('\n'), 'utf8');

async function importRows(kind: 'certificate' | 'award' | 'training', file: Buffer) {
  const r = await ctx.services.records.importRecords(staff, {
    kind,
    mode: 'all',
    file,
    fileName: `${kind}.csv`,
  });
  return r;
}

beforeAll(async () => {
  ({ db, ctx, orgs, shunyi, staff } = await openShunyiWorld());
  const holders = [...orgs.values()].filter((o) => o.kind === 'grassroots');

  // Members: who holds what in 2020, plus some whose records do not qualify.
  const groups = {
    cert: 170,
    cert2019: 20,
    awardNational: 2,
    awardCity: 17,
    awardDistrict: 10,
    trainee: 310,
    traineeNotPassed: 12,
    otherCourse: 15,
  };
  const seeds: PersonSeed[] = [];
  const total = Object.values(groups).reduce((s, n) => s + n, 0);
  for (let i = 0; i < total; i++) {
    seeds.push({
      name: `职工${i}`,
      idNumber: ctx.newIdNumber(),
      phone: null,
      isFrontLine: i % 2 === 0,
      isOutdoor: false,
      isNewEmployment: false,
      modelWorkerLevel: null,
      hardshipLevel: null,
      orgId: holders[i % holders.length].id,
    });
  }
  await db.tx((sql) => insertPersons(sql, ctx.services.ids, seeds, TEST_TODAY));
  let next = 0;
  const take = (n: number) => {
    next += n;
    return seeds.slice(next - n, next);
  };

  const certRows = [
    ...take(groups.cert).map((p, i) => [
      p.idNumber,
      p.name,
      '电工',
      `${5 - (i % 5)}`,
      '北京市人力资源和社会保障局',
      `C2020${i}`,
      '2020-06-15',
    ]),
    ...take(groups.cert2019).map((p, i) => [
      p.idNumber,
      p.name,
      '焊工',
      '三级',
      '北京市人力资源和社会保障局',
      `C2019${i}`,
      '2019-06-15',
    ]),
  ];
  const certTiers = SHUNYI_2020.find((p) => p.key === 'shunyi-2020-certificate')?.input.amount;
  if (certTiers?.kind !== 'tier') throw new Error('certificate preset has no tiers');
  certificateFen = certRows
    .filter((r) => r[6] === '2020-06-15')
    .reduce((s, r) => s + (certTiers.tiers.find((t) => t.key === r[3])?.fen ?? 0), 0);
  await importRows(
    'certificate',
    csv(['身份证号', '姓名', '职业（工种）', '等级', '发证机构', '证书编号', '发证日期'], certRows),
  );

  const awardRows = [
    ...take(groups.awardNational).map((p, i) => [
      p.idNumber,
      p.name,
      '全国职工职业技能大赛',
      '国家级',
      i === 0 ? '冠军' : '二等奖',
      '2020-10-20',
    ]),
    ...take(groups.awardCity).map((p) => [
      p.idNumber,
      p.name,
      '北京市职工职业技能大赛',
      '市级',
      '三等奖',
      '2020-09-10',
    ]),
    ...take(groups.awardDistrict).map((p) => [
      p.idNumber,
      p.name,
      '顺义区职工技能竞赛',
      '区级',
      '一等奖',
      '2020-08-01',
    ]),
  ];
  await importRows('award', csv(['身份证号', '姓名', '竞赛名称', '竞赛级别', '名次', '获奖日期'], awardRows));

  // Course names as clerks type them (half-width brackets, spaces) and results in their variant spellings;
  // those who failed or missed the assessment are not paid.
  const spelt = (i: number) =>
    i % 8 === 0
      ? '计算机辅助设计 (CAD)'
      : i % 8 === 4
        ? ' 计算机辅助设计（ＣＡＤ）'
        : SHUNYI_TRAINING_COURSES[i % 4];
  const trainRows = [
    ...take(groups.trainee).map((p, i) => {
      const fee = 800 + (i % 7) * 150;
      trainingFees += yuan(fee);
      return [
        p.idNumber,
        p.name,
        spelt(i),
        SHUNYI,
        `${fee}.00`,
        `PX2020${i}`,
        ['合格', '通过', '已通过', 'pass'][i % 4],
        '2020-11-30',
      ];
    }),
    ...take(groups.traineeNotPassed).map((p, i) => [
      p.idNumber,
      p.name,
      spelt(i),
      SHUNYI,
      '900.00',
      `PXF${i}`,
      ['不合格', '未通过', '缺考', 'fail', '未参加'][i % 5],
      '2020-11-30',
    ]),
    ...take(groups.otherCourse).map((p, i) => [
      p.idNumber,
      p.name,
      '叉车司机',
      SHUNYI,
      '600.00',
      `PXO${i}`,
      '合格',
      '2020-11-30',
    ]),
  ];
  await importRows(
    'training',
    csv(
      ['身份证号', '姓名', '培训课程', '培训机构', '培训费（元）', '证书编号', '考核结果', '结业日期'],
      trainRows,
    ),
  );

  // The plan's programs, from the preset (already loaded if the demo data did it).
  for (const preset of SHUNYI_2020) {
    const { rows } = await db.query<{ id: number }>(
      'select id from programs where owner_org_id = $1 and preset_key = $2',
      [shunyi.id, preset.key],
    );
    let id = rows[0]?.id;
    if (!id) {
      id = (await createProgram(db, staff, { ...preset.input, ownerOrgId: shunyi.id, presetKey: preset.key }))
        .id;
      await publishProgram(db, staff, id);
    }
    programIds.set(preset.key, id);
  }
  const programs = ctx.services.programs;
  for (const key of ['shunyi-2020-certificate', 'shunyi-2020-award', 'shunyi-2020-training']) {
    const run = await programs.proposals(staff, programIds.get(key) as number, { appliedOn: '2020-12-15' });
    await run.done;
  }
  const competition = programIds.get('shunyi-2020-union-competition') as number;
  const batch = await programs.batch(staff, competition, {
    rows: SECONDARY.map((name) => ({ orgId: orgs.get(name)?.id })),
    appliedOn: '2020-10-15',
  });
  expect(batch.created).toBe(5);
  for (const r of batch.results) {
    await programs.attachFiles(staff, r.applicationId as number, [
      {
        key: 'competition_report',
        name: '竞赛总结.pdf',
        mime: 'application/pdf',
        data: Buffer.from('%PDF-1.4'),
      },
    ]);
  }
  // Proposals carry no scan of their own: the reviewers waive it, as after seeing the originals.
  const waivers = ['certificate_scan', 'award_notice'].map((key) => ({ key, reason: '原件已当面核验' }));
  expect(await approveWaiting(ctx, orgs.values(), [...programIds.values()], waivers)).toEqual([]);
  await programsDecidedOn(db, [...programIds.values()], '2020-12-28');
  const paid = await programs.createBatch(staff, {
    programId: programIds.get('shunyi-2020-training') as number,
  });
  await programs.markPaid(staff, paid.id, '京卡-2021-001');
  await paidOn(db, paid.id, '2021-01-15');
}, 600_000);

afterAll(async () => {
  await db?.close();
});

describe('seed 000: 顺义区总工会 2020 助推金', () => {
  let report: ProgramReport;
  let program: (key: string) => ProgramFigures;

  beforeAll(async () => {
    ({ report, program } = await report2020(db, staff, shunyi.id, programIds));
  });

  it('170 workers with certificate subsidies, by certificate grade', () => {
    const cert = program('shunyi-2020-certificate');
    expect(cert).toMatchObject({
      applications: 170,
      approved: 170,
      people: 170,
      approvedFen: certificateFen,
    });
    expect(cert.breakdown?.by).toBe('grade');
    expect(cert.breakdown?.rows.map((r) => [r.label.zh, r.applications, r.approved])).toEqual([
      ['一级', 34, 34],
      ['二级', 34, 34],
      ['三级', 34, 34],
      ['四级', 34, 34],
      ['五级', 34, 34],
    ]);
  });

  it('19 with award subsidies: 2 above city level, 17 at city level', () => {
    const award = program('shunyi-2020-award');
    expect(award).toMatchObject({ approved: 19, people: 19 });
    expect(award.tiers).toEqual([
      { amountFen: yuan(5000), approved: 2 },
      { amountFen: yuan(2000), approved: 17 },
    ]);
    expect(award.approvedFen).toBe(2 * yuan(5000) + 17 * yuan(2000));
    expect(award.breakdown?.by).toBe('level');
    expect(award.breakdown?.rows.map((r) => [r.label.zh, r.approved, r.approvedFen])).toEqual([
      ['国家级', 2, 2 * yuan(5000)],
      ['市级', 17, 17 * yuan(2000)],
    ]);
  });

  it('5 secondary unions with competition subsidies', () => {
    const competition = program('shunyi-2020-union-competition');
    expect(competition).toMatchObject({ applicantType: 'union', approved: 5, unions: 5, people: 0 });
    expect(competition.byUnion.map((u) => u.name).sort()).toEqual([...SECONDARY].sort());
    expect(competition.byUnion.every((u) => u.approved === 1)).toBe(true);
    expect(competition.breakdown).toBeNull();
  });

  it('310 trainees across the four courses with fees fully covered', async () => {
    const training = program('shunyi-2020-training');
    expect(training).toMatchObject({
      approved: 310,
      people: 310,
      approvedFen: trainingFees,
    });
    const { rows } = await db.query<{ course: string; n: number; short: number }>(
      `select r.course_key as course, count(*) as n, count(*) filter (where a.amount_fen <> r.fee_fen) as short
         from applications a join records r on r.id = a.subject_record_id
        where a.program_id = $1 and a.status = 'approved' group by r.course_key order by r.course_key`,
      [programIds.get('shunyi-2020-training')],
    );
    // stored as typed, counted as a clerk reads them: 计算机辅助设计(CAD), 电子商务师-网站建设与运营
    expect(rows.map((r) => r.course).sort()).toEqual(SHUNYI_TRAINING_COURSES.map(normaliseText).sort());
    expect(rows.reduce((s, r) => s + r.n, 0)).toBe(310);
    expect(rows.every((r) => r.short === 0)).toBe(true);
    // The report's breakdown by course says the same, course by course.
    expect(training.breakdown?.by).toBe('course');
    expect(
      training.breakdown?.rows
        .map((r) => [r.value, r.approved])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual(rows.map((r) => [r.course, r.n]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    expect(training.breakdown?.rows.map((r) => r.approved).sort()).toEqual([77, 77, 78, 78]);
    expect(training.breakdown?.rows.reduce((s, r) => s + r.approved, 0)).toBe(310);
  });

  it('counts the payment by its date: January 2021, not 2020', async () => {
    expect(program('shunyi-2020-training').paidFen).toBe(0);
    const january = await getProgramReport(db, staff, {
      orgId: shunyi.id,
      from: '2021-01-01',
      to: '2021-01-31',
    });
    const training = january.programs.find((p) => p.programId === programIds.get('shunyi-2020-training'));
    expect(training).toMatchObject({ applications: 0, approved: 0, approvedFen: 0, paidFen: trainingFees });
    expect(january.totals.paidFen).toBe(trainingFees);
  });

  it('the .xlsx export reads the same: a sheet per breakdown, numbers as numbers, yuan with two decimals', () => {
    const book = XLSX.read(reportWorkbook(report).buffer, { type: 'buffer' });
    const sheet = (name: string) =>
      XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets[name], { header: 1 }) as (
        | string
        | number
      )[][];
    expect(book.SheetNames).toEqual(
      expect.arrayContaining([
        '按项目',
        '按类别',
        '按工会',
        '按证书等级',
        '按竞赛级别',
        '按培训课程',
        '说明',
      ]),
    );
    const courses = sheet('按培训课程');
    expect(courses[0].slice(0, 4)).toEqual([
      '项目',
      '培训课程',
      '申请数（按申请日期）',
      '批准数（按审批日期）',
    ]);
    // the rows above the bottom row 全部（不重复计） and its note
    const rowsOf = (rows: (string | number)[][]) =>
      rows.slice(
        1,
        rows.findIndex((r) => r[0] === '全部（不重复计）'),
      );
    const courseRows = rowsOf(courses);
    expect(courseRows.map((r) => r[1]).sort()).toEqual(SHUNYI_TRAINING_COURSES.map(normaliseText).sort());
    expect(courseRows.reduce((s, r) => s + (r[3] as number), 0)).toBe(310);
    const levels = rowsOf(sheet('按竞赛级别'));
    expect(levels.map((r) => [r[1], r[3], r[6]])).toEqual([
      ['国家级', 2, 10000],
      ['市级', 17, 34000],
    ]);
    const grades = rowsOf(sheet('按证书等级'));
    expect(grades.reduce((s, r) => s + (r[3] as number), 0)).toBe(170);
    const unions = sheet('按工会').slice(1);
    expect(unions.length).toBeGreaterThanOrEqual(SECONDARY.length);
    // a program unions apply to counts no people: its people cells are blank, as the page shows a dash, not 0
    const byProgram = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets.按项目, {
      header: 1,
      defval: '',
    });
    const people = byProgram[0].indexOf('受益人数（按审批日期）');
    const competitionName = program('shunyi-2020-union-competition').name;
    expect(byProgram.find((r) => r[0] === competitionName)?.[people]).toBe('');
    expect(
      byProgram.find((r) => r[0] === report.programs.find((p) => p.people > 0)?.name)?.[people],
    ).toBeGreaterThan(0);
    // Money cells are numbers formatted with two decimals.
    const levelSheet = '按竞赛级别';
    const cell = book.Sheets[levelSheet].G2;
    expect(cell).toMatchObject({ t: 'n', v: 10000, w: '10000.00' });
  });

  it('adds up by the next level of unions', () => {
    for (const key of ['shunyi-2020-certificate', 'shunyi-2020-award', 'shunyi-2020-training']) {
      const p = program(key);
      expect(p.byUnion.reduce((s, u) => s + u.approved, 0)).toBe(p.approved);
      expect(p.byUnion.reduce((s, u) => s + u.approvedFen, 0)).toBe(p.approvedFen);
    }
    expect(report.byCategory.find((c) => c.category === 'subsidy')?.approved).toBe(170 + 19 + 5 + 310);
  });
});
