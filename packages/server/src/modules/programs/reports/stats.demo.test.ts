/**
 * The demo data read as a clerk reads the dashboard. 顺义区总工会's 2020–2022 plan shows the seed page's
 * figures by application (170 certificates by grade; 19 awards, 2 national and 17 city; 5 secondary unions;
 * 310 trainees in four courses), and this year's dashboard shows the batches the demo pays today — the
 * dashboard once showed 0 for the current year while the ledger held two batches paid that day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDb, demoDay } from '../../../../test/demo-db.ts';
import { createTestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { findOrgById, type OrgRow } from '../../org/index.ts';
import { getProgramReport, type ProgramReport } from './stats.service.ts';

let db: Db;
let staff: Actor;
let shunyiId: number;

beforeAll(async () => {
  db = await createDemoDb();
  const ctx = createTestContext(db);
  const { rows } = await db.query<{ id: number }>(`select id from orgs where name = '顺义区总工会'`);
  shunyiId = rows[0].id;
  staff = ctx.actor('staff', (await findOrgById(db, shunyiId)) as OrgRow);
}, 300_000);

afterAll(async () => {
  await db?.close();
});

/** The courses as records keep them (brackets and dashes as the text normaliser writes them). */
const COURSE_SPLIT = {
  '计算机辅助设计(CAD)': 95,
  平面设计师: 80,
  三维设计师: 60,
  '电子商务师-网站建设与运营': 75,
};

describe('the demo dashboard of 顺义区总工会', () => {
  let plan: ProgramReport;
  const program = (name: string) => plan.programs.find((p) => p.name === name);
  beforeAll(async () => {
    plan = await getProgramReport(db, staff, { orgId: shunyiId, from: '2020-01-01' });
  });

  it('reads the seed-000 figures by application, broken down by what the records say', () => {
    const cert = program('职业资格等级证书助推');
    expect(cert?.applications).toBe(170);
    expect(cert?.breakdown?.rows.reduce((s, r) => s + r.applications, 0)).toBe(170);
    expect(cert?.breakdown?.rows.map((r) => r.label.zh)).toEqual(['一级', '二级', '三级', '四级', '五级']);
    const award = program('职业技能竞赛获奖助推');
    expect(award?.breakdown?.rows.map((r) => [r.label.zh, r.applications])).toEqual([
      ['国家级', 2],
      ['市级', 17],
    ]);
    expect(program('二级工会举办技能竞赛助推')).toMatchObject({ applications: 5, approved: 5, unions: 5 });
    const training = program('职工技能培训费全额助推');
    expect(training?.applications).toBe(310);
    const courses = training?.breakdown?.rows ?? [];
    expect(courses).toHaveLength(4);
    expect(courses.reduce((s, r) => s + r.applications, 0)).toBe(310);
    // the course split of the 310 (seed 000's four courses)
    expect(Object.fromEntries(courses.map((r) => [r.value, r.applications]))).toEqual(COURSE_SPLIT);
  });

  it('counts the 2020 decisions and payments in 2020, the year they happened, not the year they were entered', async () => {
    const y2020 = await getProgramReport(db, staff, {
      orgId: shunyiId,
      from: '2020-01-01',
      to: '2020-12-31',
    });
    const in2020 = (name: string) => y2020.programs.find((p) => p.name === name);
    expect(in2020('职业资格等级证书助推')).toMatchObject({ approved: 170 });
    expect(in2020('职业技能竞赛获奖助推')).toMatchObject({ approved: 19 });
    expect(in2020('二级工会举办技能竞赛助推')).toMatchObject({ approved: 5 });
    expect(in2020('职工技能培训费全额助推')).toMatchObject({ approved: 310 });
    const courses = in2020('职工技能培训费全额助推')?.breakdown?.rows ?? [];
    expect(Object.fromEntries(courses.map((r) => [r.value, r.approved]))).toEqual(COURSE_SPLIT);
    expect(courses.every((r) => r.paidFen > 0)).toBe(true);
    const { rows } = await db.query<{ fen: number }>(
      `select coalesce(sum(b.total_fen), 0) as fen from payment_batches b
        where b.status = 'paid' and b.org_id = $1 and b.paid_at >= '2020-01-01T00:00+08:00' and b.paid_at < '2021-01-01T00:00+08:00'`,
      [shunyiId],
    );
    expect(rows[0].fen).toBeGreaterThan(0);
    expect(y2020.totals.paidFen).toBe(rows[0].fen);
    expect(y2020.totals.approvedFen).toBe(y2020.totals.paidFen);
  });

  it("shows this year's payments: the batches the demo pays today", async () => {
    const year = demoDay().slice(0, 4);
    const admin = createTestContext(db).actor('admin', null);
    const now = await getProgramReport(db, admin, { from: `${year}-01-01`, to: `${year}-12-31` });
    const { rows } = await db.query<{ fen: number; batches: number }>(
      `select coalesce(sum(total_fen), 0) as fen, count(*) as batches from payment_batches
        where status = 'paid' and paid_at >= $1::date - interval '8 hours'`,
      [`${year}-01-01`],
    );
    expect(rows[0].batches).toBeGreaterThan(0);
    expect(now.totals.paidFen).toBe(rows[0].fen);
  });

  it("breaks all unions down by the top union's districts, as when the city is chosen", async () => {
    const admin = createTestContext(db).actor('admin', null);
    const { rows } = await db.query<{ id: number; name: string }>(
      `select id, name from orgs where parent_id is null`,
    );
    expect(rows).toHaveLength(1);
    const all = await getProgramReport(db, admin, { from: '2020-01-01' });
    const city = await getProgramReport(db, admin, { orgId: rows[0].id, from: '2020-01-01' });
    // every union, named by the one root that signs for them
    expect(all.org).toEqual({ id: null, name: rows[0].name });
    expect(all.byUnion.map((u) => u.name)).toContain('顺义区总工会');
    expect(all.byUnion).toEqual(city.byUnion);
    expect(all.totals).toEqual(city.totals);
  });
});
