/**
 * The demo data read as a clerk reads the dashboard. 顺义区总工会's 2020–2022 plan shows the seed page's
 * figures by application (170 certificates by grade; 19 awards, 2 national and 17 city; 5 secondary unions;
 * 310 trainees in four courses), and this year's dashboard shows the batches the demo pays today — the
 * dashboard once showed 0 for the current year while the ledger held two batches paid that day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDb } from '../../../../test/demo-db.ts';
import { createTestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
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
  });

  it("shows this year's payments: the two batches the demo pays today", async () => {
    const year = todayInChina().slice(0, 4);
    const now = await getProgramReport(db, staff, {
      orgId: shunyiId,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    });
    const { rows } = await db.query<{ fen: number; batches: number }>(
      `select coalesce(sum(b.total_fen), 0) as fen, count(*) as batches
         from payment_batches b join orgs o on o.id = b.org_id
        where b.status = 'paid' and o.id = $1`,
      [shunyiId],
    );
    expect(rows[0].batches).toBe(2);
    expect(now.totals.paidFen).toBe(rows[0].fen);
    expect(now.totals.paidFen).toBe(11_840_000);
  });
});
