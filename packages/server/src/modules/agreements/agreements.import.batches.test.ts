/**
 * The collective agreements register read, checked and written a batch at a time (ADR 96): the same file imported
 * in batches of two rows and whole gives the same answer, the same statistics (each kind, each year and as of
 * any day) and the same counts — when every agreement lies in one batch (written batch by batch), when an
 * agreement's rows lie in two batches, and when an enterprise without a union of its own is listed in two batches
 * under different unions (both planned and written whole). A wrong row in a later batch is answered as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, TEST_NOW } from '../../../test/clock.ts';
import { createTestContext, type TestContext } from '../../../test/factories.ts';
import { createTestDb } from '../../../test/test-db.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { insertOrg, type OrgRow, setEmployerFacts } from '../org/index.ts';
import { createAgreementImport } from './agreements.import.ts';
import { getAgreementStats } from './agreements.stats.ts';
import { usccSeries } from './agreements.test-kit.ts';
import { AGREEMENT_KINDS } from './agreements.types.ts';

let db: Db;
let ctx: TestContext;
const codes = usccSeries(() => ctx.unique(), '91110116');

const HEADERS = [
  '签约工会',
  '合同类别',
  '合同名称',
  '签订日期',
  '生效日期',
  '到期日期',
  '合同层级',
  '企业名称',
  '统一社会信用代码',
  '职工人数',
  '女职工人数',
];

/** A district with two streets and a grassroots union (its own enterprise on record), and its file's names. */
interface World {
  district: OrgRow;
  s1: OrgRow;
  s2: OrgRow;
  firm: OrgRow;
  staff: Actor;
  e: string[];
}

async function newWorld(): Promise<World> {
  const root = await ctx.newRoot();
  const district = await ctx.newOrg(root, 'district');
  const s1 = await ctx.newOrg(district, 'street');
  const s2 = await ctx.newOrg(district, 'street');
  const code = codes.next();
  const firm = await db.tx((sql) =>
    insertOrg(
      sql,
      {
        parentId: s2.id,
        level: 4,
        kind: 'grassroots',
        name: `批次测试企业${code}工会`,
        uscc: code,
        employerName: `批次测试企业${code}`,
      },
      s2.path,
    ),
  );
  await setEmployerFacts(db, firm.id, { workerCount: 80, womenWorkerCount: 30 });
  const e = Array.from({ length: 6 }, () => codes.next());
  return { district, s1, s2, firm, staff: ctx.actor('staff', district), e };
}

type Row = (string | number)[];
const ent = (w: World, i: number) => [`小微企业${i}号公司`, w.e[i]];

/** Agreements each in one batch of two rows; enterprises listed again only under the same union and name. */
const apart = (w: World): Row[] => [
  [w.s1.name, '女职工专项', '甲', '2020-03-01', '', '2023-02-28', '', ...ent(w, 0), 50, 20],
  [w.s1.name, '女职工专项', '甲', '2020-03-01', '', '2023-02-28', '', ...ent(w, 1), 30, 10],
  [w.s1.name, '工资专项', '乙', '2021-01-05', '2021-02-01', '2024-01-31', '', ...ent(w, 0), 52, 21],
  [w.s1.name, '女职工专项', '丙', '2022-06-01', '', '2025-05-31', '', ...ent(w, 0), 55, 22],
  [w.firm.name, '女职工专项', '丁', '2019-04-01', '', '2022-03-31', '企业', '', '', '', ''],
  [w.s2.name, '女职工专项', '戊', '2021-07-01', '', '2024-06-30', '', ...ent(w, 2), 40, 0],
  [w.s1.name, '劳动安全卫生专项', '己', '2019-01-01', '', '2019-12-31', '', ...ent(w, 1), 30, 10],
  [w.s2.name, '综合', '庚', '2020-10-10', '', '2023-10-09', '', ...ent(w, 3), 12, 3],
];
/** The same, and a row of agreement 甲 (begun in the first batch) in the last. */
const spanning = (w: World): Row[] => [
  ...apart(w),
  [w.s1.name, '女职工专项', '甲', '2020-03-01', '', '2023-02-28', '', ...ent(w, 4), 70, 35],
];
/**
 * The same, and an enterprise without a union listed by the first street in the first batch, and in the last by
 * an agreement of the second signed earlier.
 */
const reordered = (w: World): Row[] => [
  [w.s1.name, '女职工专项', '辛', '2022-01-01', '', '2024-12-31', '', ...ent(w, 5), 25, 5],
  [w.s2.name, '综合', '癸', '2022-02-02', '', '2025-02-01', '', ...ent(w, 3), 12, 3],
  ...apart(w),
  [w.s2.name, '女职工专项', '壬', '2020-01-01', '', '2022-12-31', '', ...ent(w, 5), 25, 5],
];

const fileOf = (rows: Row[]) => writeWorkbook([{ name: '集体合同', headers: HEADERS, rows }]);

const importer = (batchRows: number) => createAgreementImport(db, fixedClock(), { batchRows });

/** Every figure of the statistics, the unions named by their place in the world (the names differ). */
async function figures(w: World) {
  const place = (id: number) =>
    ({ [w.district.id]: 'D', [w.s1.id]: 'S1', [w.s2.id]: 'S2', [w.firm.id]: 'F' })[id] ?? String(id);
  const out: unknown[] = [];
  const asked = [
    ...[2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year) => ({ year })),
    ...['2019-06-30', '2020-03-01', '2021-02-01', '2022-03-31', '2022-04-01', '2023-03-01', '2024-07-01'].map(
      (to) => ({ from: '2019-01-01', to }),
    ),
  ];
  for (const kind of AGREEMENT_KINDS) {
    for (const q of asked) {
      const {
        orgId: _o,
        orgName: _n,
        byUnion,
        notes: _x,
        ...s
      } = await getAgreementStats(db, w.staff, { orgId: w.district.id, kind, ...q }, TEST_NOW);
      // siblings come in the tree's order, by name: the two worlds' unions are named differently
      const unions = byUnion.map(({ orgId, orgName: _, ...r }) => ({ at: place(orgId), ...r }));
      out.push({ q, ...s, byUnion: unions.sort((x, y) => x.at.localeCompare(y.at)) });
    }
  }
  const { rows } = await db.query<{ subject: string; orgId: number; day: string; dim: string; dim2: string }>(
    `select c.subject, c.org_id as "orgId", c.month::text as day, c.dim, c.dim2, sum(c.n)::int as n,
            sum(c.fen)::int as fen
       from report_counts c join orgs o on o.id = c.org_id
      where o.path like $1 || '%' and c.subject like 'agreements.%'
      group by 1, 2, 3, 4, 5 having sum(c.n) <> 0 or sum(c.fen) <> 0
      order by 1, 3, 4, 5, 2`,
    [w.district.path],
  );
  out.push(rows.map((r) => ({ ...r, orgId: place(r.orgId) })));
  const firms = await db.query<{ uscc: string; orgId: number; name: string }>(
    'select uscc, org_id as "orgId", name from agreement_enterprises where uscc = any($1::text[]) order by uscc',
    [w.e],
  );
  out.push(
    firms.rows
      .map((r) => ({ e: w.e.indexOf(r.uscc), at: place(r.orgId), name: r.name }))
      .sort((x, y) => x.e - y.e),
  );
  return out;
}

/** The file of `rows` imported in batches of two rows into one world and whole into another: both the same. */
async function importedBothWays(rows: (w: World) => Row[]) {
  const [batched, whole] = [await newWorld(), await newWorld()];
  const answers = [];
  for (const [w, size] of [
    [batched, 2],
    [whole, 10_000],
  ] as const) {
    const file = fileOf(rows(w));
    const checked = await importer(size).importFile(w.staff, { file, fileName: 'a.xlsx', dryRun: true });
    const done = await importer(size).importFile(w.staff, { file, fileName: 'a.xlsx', dryRun: false });
    answers.push({ checked: { ...checked, file: undefined }, done: { ...done, file: undefined } });
  }
  expect(answers[0]).toEqual(answers[1]);
  expect(answers[0].done).toMatchObject({ dryRun: false, errors: [] });
  const [a, b] = [await figures(batched), await figures(whole)];
  expect(a).toEqual(b);
  return { batched, whole, answer: answers[0].done, figures: a };
}

beforeAll(async () => {
  db = await createTestDb();
  ctx = createTestContext(db);
});
afterAll(async () => db?.close());

describe('the agreements register in batches', () => {
  it('agreements each in one batch: written batch by batch, every figure as when written whole', async () => {
    const { answer, figures: f } = await importedBothWays(apart);
    expect(answer).toMatchObject({ total: 8, created: 8, agreements: 7, enterprises: 8 });
    // the figures are there to compare: 甲 and 丙 (women) in force at the end of 2022, 丁's union's own enterprise
    const women2022 = f.find((x) => {
      const s = x as { kind?: string; q?: { year?: number } };
      return s.kind === 'women' && s.q?.year === 2022;
    });
    expect(women2022).toMatchObject({ signed: 1, inForce: 3, enterprises: 3, workers: 55 + 30 + 40 });
  });

  it('an agreement with rows in two batches: planned and written whole, every figure the same', async () => {
    const { answer } = await importedBothWays(spanning);
    expect(answer).toMatchObject({ total: 9, created: 9, agreements: 7, enterprises: 9 });
  });

  it('an enterprise listed in two batches under two unions counts where its first listing in signing order puts it', async () => {
    const { batched, figures: f } = await importedBothWays(reordered);
    // 壬 (the second street, signed 2020) comes before 辛 (the first street, 2022): the enterprise is the second's
    const firms = f[f.length - 1] as { e: number; at: string }[];
    expect(firms.find((x) => x.e === 5)?.at).toBe('S2');
    expect(batched.e[5]).toBeTruthy();
  });

  it('a wrong row in a later batch of an agreement begun earlier is answered as when read whole, nothing written', async () => {
    const answers = [];
    for (const size of [2, 10_000]) {
      const w = await newWorld();
      const rows = spanning(w);
      rows[rows.length - 1][5] = '2023-03-31'; // 甲's last row ends on another day than its first
      const file = fileOf(rows);
      const checked = await importer(size).importFile(w.staff, { file, fileName: 'a.xlsx', dryRun: true });
      await expect(
        importer(size).importFile(w.staff, { file, fileName: 'a.xlsx', dryRun: false }),
      ).rejects.toMatchObject({ code: 'IMPORT_ROWS_INVALID' });
      const { rows: left } = await db.query<{ n: number }>(
        `select count(*)::int as n from agreements a join orgs o on o.id = a.org_id where o.path like $1 || '%'`,
        [w.district.path],
      );
      answers.push({
        errors: checked.errors,
        total: checked.total,
        agreements: checked.agreements,
        left: left[0].n,
      });
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0].errors).toHaveLength(1);
    expect(answers[0]).toMatchObject({ errors: [{ rowNo: 10, column: '到期日期' }], left: 0 });
  });
});
