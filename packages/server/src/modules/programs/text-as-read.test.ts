/**
 * Text compared as a clerk reads it, end to end: training records imported from a messy .xlsx (full-width
 * ID numbers and brackets, results in variant spellings, a 合计 row and a 填表说明 block under the roster)
 * meet a rule written with half-width brackets; failed trainees are not counted; a rule naming a course no
 * record has is warned about with the closest course on record.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/clock.ts';
import { worldPerFile } from '../../../test/world-kit.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { getProgramVisible } from './program-admin.service.ts';
import { getVersion } from './programs.repository.ts';
import { createProgramsWorld } from './programs.test-kit.ts';
import { evaluateRule, loadFacts, type Rule } from './rules/index.ts';
import { simulateProgram } from './simulate.service.ts';

const w = worldPerFile(createProgramsWorld);
let people: { id: number; idNumber: string; name: string }[];

const fullWidth = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const HEADERS = ['身份证号', '姓名', '培训课程', '培训机构', '培训费（元）', '考核结果', '结业日期'];

beforeAll(async () => {
  people = [];
  for (let i = 0; i < 6; i++) {
    const idNumber = w.ctx.newIdNumber();
    const name = `学员${w.ctx.unique()}`;
    const p = await w.person(w.grassA1, { idNumber, name });
    people.push({ id: p.id, idNumber, name });
  }
});

const trainingRule = (course: string): Rule => ({
  op: 'all',
  rules: [
    { op: 'member_of_owner_subtree' },
    {
      op: 'has_record',
      kind: 'training',
      where: [
        { field: 'course', cmp: 'eq', value: course },
        { field: 'result', cmp: 'eq', value: 'passed' },
      ],
    },
  ],
});

const trainingProgram = (ownerOrgId: number, course: string) => ({
  ownerOrgId,
  name: '技能培训费助推（测试）',
  category: 'subsidy' as const,
  periodStart: '2020-01-01',
  periodEnd: '2020-12-31',
  periodUnit: 'year' as const,
  intakeModes: ['apply' as const, 'proposal' as const],
  limitMode: 'per_subject' as const,
  subjectKind: 'training' as const,
  reviewChain: [2],
  requiredEvidence: [],
  rule: trainingRule(course),
  amount: { kind: 'fee_share' as const, percent: 100 },
});

describe('a messy training sheet meets a rule written another way', () => {
  it('imports full-width IDs and brackets and variant results, leaving out the 合计 row and the notes', async () => {
    const [a, b, c, d, e, f] = people;
    const row = (p: (typeof people)[number], id: string, course: string, result: string) => [
      id,
      p === e ? p.name.replace('学员', '学\u3000员') : p.name, // a name typed with a full-width space
      course,
      '顺义区总工会',
      '1200',
      result,
      '2020-11-30',
    ];
    const file = writeWorkbook([
      {
        name: '培训',
        headers: HEADERS,
        rows: [
          row(a, fullWidth(a.idNumber), '计算机辅助设计（ＣＡＤ）', '合格'), // 2
          row(b, `${b.idNumber.slice(0, 6)} ${b.idNumber.slice(6)}`, '计算机辅助设计（CAD）', '通过'), // 3
          row(c, c.idNumber, ' 计算机辅助设计 （CAD）', 'pass'), // 4
          row(d, d.idNumber, '计算机辅助设计（CAD）', '不合格'), // 5
          row(e, e.idNumber, '计算机辅助设计（CAD）', '缺考'), // 6
          row(f, f.idNumber, '计算机辅助设计（CAD）', ''), // 7: result not stated
          ['', '', '', '', '', '', ''], // 8
          ['合计', '', '', '', '7200', '', ''], // 9
          ['填表说明：', '', '', '', '', '', ''], // 10
          ['1. 考核结果填写合格、不合格或缺考', '', '', '', '', '', ''], // 11
          ['2. 身份证号须为18位', '', '', '', '', '', ''], // 12
        ],
      },
    ]);
    const result = await w.ctx.services.records.importRecords(w.staff(w.districtA), {
      kind: 'training',
      mode: 'all',
      file,
      fileName: 'training.xlsx',
    });
    expect(result).toMatchObject({
      total: 6,
      imported: 6,
      skipped: 0,
      errors: [],
      ignoredRows: [
        { rowNo: 9, reason: 'total' },
        { rowNo: 10, reason: 'note' },
        { rowNo: 11, reason: 'note' },
        { rowNo: 12, reason: 'note' },
      ],
    });
    const { rows } = await w.db.query<{ course: string; key: string; result: string | null }>(
      'select course, course_key as key, result from records where person_id = any($1::bigint[]) order by person_id',
      [people.map((p) => p.id)],
    );
    // Each row keeps what its clerk typed; the key they are compared by is one.
    const key = '计算机辅助设计(CAD)';
    expect(rows).toEqual([
      { course: '计算机辅助设计（ＣＡＤ）', key, result: 'passed' },
      { course: '计算机辅助设计（CAD）', key, result: 'passed' },
      { course: '计算机辅助设计 （CAD）', key, result: 'passed' },
      { course: '计算机辅助设计（CAD）', key, result: 'failed' },
      { course: '计算机辅助设计（CAD）', key, result: 'absent' },
      { course: '计算机辅助设计（CAD）', key, result: null },
    ]);
  });

  it('refuses a result it cannot read, naming the row and column', async () => {
    const p = people[0];
    const file = writeWorkbook([
      {
        name: '培训',
        headers: HEADERS,
        rows: [[p.idNumber, p.name, '焊工', '', '800', '待定', '2020-10-01']],
      },
    ]);
    const err = await w.ctx.services.records
      .importRecords(w.staff(w.districtA), { kind: 'training', mode: 'all', file, fileName: 't.xlsx' })
      .catch((x) => x);
    expect(err.code).toBe('IMPORT_ROWS_INVALID');
    expect(err.details.errors).toEqual([
      expect.objectContaining({ rowNo: 2, column: '考核结果', messageZh: expect.stringContaining('待定') }),
    ]);
  });

  it('reads 优秀, 良好 and 及格 as passed, and 培训日期 as the date column', async () => {
    const file = writeWorkbook([
      {
        name: '培训',
        headers: HEADERS.map((h) => (h === '结业日期' ? '培训日期' : h)),
        rows: ['优秀', '良好', '及格'].map((result, i) => [
          people[i].idNumber,
          people[i].name,
          '电工',
          '',
          '600',
          result,
          '2020-11-02',
        ]),
      },
    ]);
    const out = await w.ctx.services.records.importRecords(w.staff(w.districtA), {
      kind: 'training',
      mode: 'all',
      file,
      fileName: 't.xlsx',
    });
    expect(out).toMatchObject({ total: 3, imported: 3, errors: [] });
    const { rows } = await w.db.query<{ result: string; occurred_on: string }>(
      "select result, occurred_on::text from records where course = '电工' order by person_id",
    );
    expect(rows).toEqual(Array(3).fill({ result: 'passed', occurred_on: '2020-11-02' }));
  });

  it('a rule naming 计算机辅助设计(CAD) counts the three who passed, in SQL and in TypeScript', async () => {
    const staff = w.staff(w.districtA);
    const program = await w.publishedProgram(staff, trainingProgram(w.districtA.id, '计算机辅助设计(CAD)'));
    const sim = await simulateProgram(w.db, staff, program.id, { asOf: '2020-12-31' }, TEST_NOW);
    expect(sim).toMatchObject({ qualifying: 3, people: 3, costFen: 3 * 120_000, warnings: [] });
    // The same rule written with full-width brackets and spaces is saved as typed (trimmed) and meets them too.
    const other = await w.publishedProgram(staff, trainingProgram(w.districtA.id, ' 计算机辅助设计（CAD） '));
    const saved = await getVersion(
      w.db,
      other.id,
      (await getProgramVisible(w.db, staff, other.id)).currentVersion,
    );
    expect(JSON.stringify(saved.rule)).toContain('"计算机辅助设计（CAD）"');
    for (const [i, p] of people.entries()) {
      const facts = await loadFacts(w.db, {
        personId: p.id,
        ownerPath: w.districtA.path,
        asOf: '2020-12-31',
      });
      // an unsaved rule with full-width brackets still meets the stored records
      expect(evaluateRule(trainingRule('计算机辅助设计（CAD）'), facts).eligible, p.name).toBe(i < 3);
    }
  });

  it('warns when the rule names a course no record has, with the closest course on record', async () => {
    const staff = w.staff(w.districtA);
    const program = await w.publishedProgram(staff, trainingProgram(w.districtA.id, '计算机辅助设计(CAM)'));
    const sim = await simulateProgram(w.db, staff, program.id, { asOf: '2020-12-31' }, TEST_NOW);
    expect(sim.qualifying).toBe(0);
    expect(sim.warnings).toEqual([
      {
        kind: 'training',
        field: 'course',
        value: '计算机辅助设计(CAM)',
        // One suggestion per course, in the spelling most records use.
        closest: ['计算机辅助设计（CAD）'],
        zh: '没有任何培训记录的培训课程是「计算机辅助设计(CAM)」；最接近的是「计算机辅助设计（CAD）」',
        en: 'No training record has the course "计算机辅助设计(CAM)"; the closest: "计算机辅助设计（CAD）"',
      },
    ]);
  });
});
