/**
 * The programs report's .xlsx as an auditor reads it (openpyxl): a breakdown sheet's bottom row counts the people of
 * all its rows once each (a person helped at two grades, or by two programs, is one person), counted with each
 * row's, over any period and over a calendar year's kept counts; and 按类别 lists every category 按项目 lists, so the two reconcile, money to money.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Figures,
  figuresOf,
  type ReadBook,
  readBooksInto,
  workbookFolder,
} from '../../../../test/export-sheets.ts';
import { missingMoneyTotals, NOT_SUMMED, totalFailures } from '../../../../test/export-totals.ts';
import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { OrgRow } from '../../org/index.ts';
import { reportWorkbook } from './stats.export.ts';
import { getProgramReport, type ReportQuery } from './stats.service.ts';

let db: Db;
let t: TestContext;
let district: OrgRow;
let staff: Actor;
const folder = workbookFolder('gonghui-programs-');
const ROUTE = 'GET /api/reports/programs/export.xlsx';

const program = (name: string, over: Record<string, unknown> = {}) => ({
  ownerOrgId: district.id,
  name: `${name}${t.unique()}`,
  category: 'subsidy' as const,
  periodStart: '2021-01-01',
  periodEnd: '2021-12-31',
  periodUnit: 'year' as const,
  intakeModes: ['batch' as const],
  limitMode: 'per_subject' as const,
  subjectKind: 'certificate' as const,
  evidenceWindow: { kind: 'any' },
  reviewChain: [2],
  requiredEvidence: [],
  rule: {
    op: 'all',
    rules: [{ op: 'member_of_owner_subtree' }, { op: 'has_record', kind: 'certificate', where: [] }],
  },
  amount: { kind: 'fixed' as const, fen: 50_000 },
  ...over,
});

async function published(input: ReturnType<typeof program>) {
  const p = await t.services.programs.create(staff, input as never);
  return t.services.programs.publish(staff, p.id);
}

/** A certificate of `grade` of the person's, by its id. */
async function certificate(personId: number, grade: number) {
  const [record] = await t.services.records.createRecord(t.actor('admin', null), {
    kind: 'certificate',
    personId,
    occupation: '电工',
    grade,
    issuer: '北京市职业技能鉴定中心',
    number: `C${t.unique()}`,
    date: '2020-06-01',
  });
  return record.id;
}

/** Applications for these records taken in and approved on 15 March 2021. */
async function approve(programId: number, rows: { personId: number; subjectRecordId: number }[]) {
  const r = await t.services.programs.batch(staff, programId, { rows, appliedOn: '2021-03-01' });
  expect(r.results.filter((x) => !x.ok)).toEqual([]);
  for (const x of r.results)
    await t.services.programs.review(staff, x.applicationId as number, 'approve', {
      effectiveOn: '2021-03-15',
    });
}

beforeAll(async () => {
  ({ db, ctx: t } = await openTestContext());
  district = await t.newOrg(await t.newRoot(), 'district');
  const firm = await t.newOrg(district, 'grassroots');
  staff = t.actor('staff', district);
  const [p1, p2] = [await t.newPerson(firm), await t.newPerson(firm)];
  const [p1g2, p1g3, p1g2b, p2g3] = [
    await certificate(p1.id, 2),
    await certificate(p1.id, 3),
    await certificate(p1.id, 2),
    await certificate(p2.id, 3),
  ];
  // 甲: p1 at 二级 and 三级, p2 at 三级; 乙: p1 at 二级 again. Four people in the rows, two people in all.
  const a = await published(program('证书补贴甲'));
  await approve(a.id, [
    { personId: p1.id, subjectRecordId: p1g2 },
    { personId: p1.id, subjectRecordId: p1g3 },
    { personId: p2.id, subjectRecordId: p2g3 },
  ]);
  const b = await published(program('证书补贴乙'));
  await approve(b.id, [{ personId: p1.id, subjectRecordId: p1g2b }]);
  // a relief running in 2021 with nothing applied for: 按项目 lists it, and so its category
  await published(
    program('困难职工救助', {
      category: 'relief',
      limitMode: 'per_person_per_period',
      subjectKind: undefined,
      evidenceWindow: undefined,
      rule: { op: 'member_of_owner_subtree' },
    }),
  );
});
afterAll(async () => {
  folder.remove();
  await db?.close();
});

/** The report's workbook for `q` as openpyxl reads it, sheet by sheet. */
async function sheetsOf(q: ReportQuery): Promise<Figures[]> {
  const report = await getProgramReport(db, staff, { orgId: district.id, ...q });
  folder.save(reportWorkbook(report).buffer);
  const answers: { key: string; url: string; book?: ReadBook }[] = [{ key: ROUTE, url: JSON.stringify(q) }];
  const missing = readBooksInto(answers, folder.files.slice(-1), () => true);
  if (missing) expect.fail(missing);
  return figuresOf(answers);
}
const sheetNamed = (sheets: Figures[], name: string) => sheets.find((f) => f.sheet.name === name) as Figures;
const values = (f: Figures) => f.sheet.rows.map((r) => r.map((c) => (c ? c.v : null)));
/** The names of a sheet's rows of figures: its notes and bottom rows left out. */
const bodyNames = (f: Figures) =>
  values(f)
    .slice(1)
    .map((r) => r[0])
    .filter((v) => typeof v === 'string' && !/^(注：|全部|合计)/.test(v));
const col = (f: Figures, header: string) => f.headers.findIndex((h) => h.startsWith(header));

describe('the programs report’s sheets', () => {
  it('ends 按证书等级 in the people of all its rows counted once, as the contract holds it', async () => {
    const sheets = await sheetsOf({ from: '2021-01-01', to: '2021-06-30' });
    const grades = sheetNamed(sheets, '按证书等级');
    const people = col(grades, '受益人数');
    const rows = values(grades);
    const bottom = rows.find((r) => r[0] === '全部（不重复计）') ?? [];
    const body = rows.slice(1, rows.indexOf(bottom));
    expect(body.map((r) => r[people])).toEqual([1, 2, 1]);
    expect(bottom[people]).toBe(2);
    expect(bottom[col(grades, '批准数')]).toBe(4);
    expect(rows.at(-1)?.[0]).toMatch(
      /^注：「受益人数」为不重复计数，不能相加：.*只计一次，末行为本表全部不重复的人数/,
    );
    expect(
      totalFailures(
        sheets,
        NOT_SUMMED.filter((d) => d.route === ROUTE),
      ),
    ).toEqual([]);
    expect(missingMoneyTotals(sheets)).toEqual([]);
  });

  it('counts them once over a calendar year too, read from its kept counts', async () => {
    const grades = sheetNamed(await sheetsOf({ from: '2021-01-01', to: '2021-12-31' }), '按证书等级');
    const rows = values(grades);
    const bottom = rows.find((r) => r[0] === '全部（不重复计）') ?? [];
    const body = rows.slice(1, rows.indexOf(bottom));
    expect(body.map((r) => r[col(grades, '受益人数')])).toEqual([1, 2, 1]);
    expect(bottom[col(grades, '受益人数')]).toBe(2);
    expect(rows.at(-1)?.[0]).toMatch(/只计一次，末行为本表全部不重复的人数/);
  });

  it('lists in 按类别 each category of a program 按项目 lists, zeros and all: their money reconciles', async () => {
    for (const q of [
      { from: '2021-01-01', to: '2021-06-30' },
      { from: '2021-01-01', to: '2021-12-31' },
    ]) {
      const sheets = await sheetsOf(q);
      const [programs, categories] = [sheetNamed(sheets, '按项目'), sheetNamed(sheets, '按类别')];
      const bodyOf = (f: Figures) =>
        values(f)
          .slice(1)
          .filter((r) => typeof r[0] === 'string' && !/^(注：|全部|合计)/.test(r[0]));
      const sum = (f: Figures, header: string) =>
        bodyOf(f).reduce((s, r) => s + Number(r[col(f, header)] ?? 0), 0);
      expect(bodyOf(categories).map((r) => r[0])).toEqual(['补贴', '帮扶救助']);
      expect(new Set(bodyOf(programs).map((r) => r[col(programs, '类别')]))).toEqual(
        new Set(bodyOf(categories).map((r) => r[0])),
      );
      expect(sum(categories, '项目数')).toBe(bodyOf(programs).length);
      for (const money of ['批准金额', '已发放金额'])
        expect(sum(categories, money), money).toBeCloseTo(sum(programs, money), 2);
      expect(bodyOf(categories)[1].slice(1)).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    }
  });

  it('says the category a report of one category counts, in its 说明 and its file name', async () => {
    const q = { from: '2021-01-01', to: '2021-12-31' };
    const one = reportWorkbook(
      await getProgramReport(db, staff, { orgId: district.id, ...q, category: 'relief' }),
    );
    expect(one.fileName).toBe(`${district.name}帮扶救助项目统计（2021-01-01至2021-12-31）.xlsx`);
    const sheets = await sheetsOf({ ...q, category: 'relief' });
    expect(values(sheetNamed(sheets, '说明'))).toContainEqual(['项目类别', '帮扶救助']);
    expect(bodyNames(sheetNamed(sheets, '按项目'))).toHaveLength(1);
    const all = await sheetsOf(q);
    expect(values(sheetNamed(all, '说明')).some((r) => r[0] === '项目类别')).toBe(false);
    const whole = reportWorkbook(await getProgramReport(db, staff, { orgId: district.id, ...q }));
    expect(whole.fileName).toBe(`${district.name}项目统计（2021-01-01至2021-12-31）.xlsx`);
  });
});
