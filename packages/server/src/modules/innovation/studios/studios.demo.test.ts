import { studiosLedCounter } from '../../../../test/factories.ts';
/**
 * The seed figures, read out of the studio statistics on the loaded demo (seeds 001, 002): Beijing has 648
 * studios of city level and above, 202 of them led by model workers of city level or above; 昌平 has 32
 * district-level studios, 9 promoted to city level and 7 innovation projects over five years (2016–2020), and ¥1,567,000
 * of subsidies paid through the ledger.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClock, demoDay, demoUnion, openDemoContext } from '../../../../test/demo-db.ts';
import type { TestContext } from '../../../../test/factories.ts';
import type { Db } from '../../../db/db.ts';
import { readSheet } from '../../../shared/sheet-reader.ts';
import type { OrgRow } from '../../org/index.ts';
import { createProgramReport } from '../../programs/index.ts';
import { demoReevaluationYear } from './studios.demo.ts';
import { getStudioDetail } from './studios.service.ts';
import { getStudioStats, studioStatsWorkbook } from './studios.stats.ts';

let db: Db;
let ctx: TestContext;
const org = (name: string) => demoUnion(db, name);
/** The studio statistics over `fromYear`–`toYear` as the staff of `union` read them on the demo's day. */
const statsOf = (union: OrgRow, fromYear: number, toYear: number) =>
  getStudioStats(db, ctx.actor('staff', union), { fromYear, toYear }, demoDay(), studiosLedCounter);

beforeAll(async () => {
  ({ db, ctx } = await openDemoContext());
}, 300_000);
afterAll(async () => db?.close());

describe('the demo studios', () => {
  it("昌平's re-evaluation is of the last year whose round is over: nothing filed or decided after the demo's day", async () => {
    expect(demoReevaluationYear('2027-01-05')).toBe(2025);
    expect(demoReevaluationYear('2027-02-15')).toBe(2025);
    expect(demoReevaluationYear('2027-02-16')).toBe(2026);
    expect(demoReevaluationYear('2026-12-02')).toBe(2025);
    const { rows } = await db.query<{ year: number; late: number; overdue: number }>(
      `select e.year,
              (select count(*)::int from innovation_annual_reports r
                where r.reevaluation_id = e.id and (r.filed_on > $1 or r.decided_on > $1)) as late,
              (case when e.due_on < $1 then 1 else 0 end) as overdue
         from innovation_reevaluations e`,
      [demoDay()],
    );
    expect(rows).toEqual([{ year: demoReevaluationYear(demoDay()), late: 0, overdue: 1 }]);
  });

  it('Beijing: 648 studios of city level and above, 202 led by model workers of city level or above', async () => {
    const federation = await org('北京市总工会');
    const s = await statsOf(federation, 2020, 2024);
    expect(s.cityAndAbove).toBe(648);
    expect(s.cityAndAboveModelWorkerLed).toBe(202);
    // The oracle: the same figures counted from the studio rows and their leaders.
    const { rows } = await db.query<{ n: number; mw: number }>(
      `select count(*)::int as n,
              count(*) filter (where p.model_worker_level in ('city', 'national'))::int as mw
         from innovation_studios s left join persons p on p.id = s.leader_person_id
        where s.status = 'active' and s.level in ('city', 'city_demonstration', 'national')`,
    );
    expect(rows[0]).toEqual({ n: 648, mw: 202 });
    // The export reads the same.
    const { fileName, buffer } = studioStatsWorkbook(s);
    const sheet = await readSheet(buffer, fileName);
    const value = (label: string) => sheet.rows.find((r) => r.cells[0].startsWith(label))?.cells[1];
    expect(value('市级及以上工作室')).toBe('648');
    expect(value('其中市级及以上劳模领衔的市级及以上工作室')).toBe('202');
  });

  it('昌平 over 2016–2020 (seed 001’s five years): 32 district-level studios, 9 promoted, 24 conversions, 34 invention patents, 7 projects, ¥1,567,000 paid', async () => {
    const changping = await org('昌平区总工会');
    const s = await statsOf(changping, 2016, 2020);
    expect(s).toMatchObject({
      districtAndAbove: 32,
      cityAndAbove: 9,
      promoted: 9,
      promotedToCity: 9,
      conversions: 24,
      inventionPatents: 34,
      projects: 7,
      subsidiesPaidFen: 156_700_000,
    });
    // Paid through the ledger: paid batches hold every fen of it.
    const { rows } = await db.query<{ fen: number }>(
      `select coalesce(sum(i.amount_fen), 0)::float8 as fen
         from payment_items i join payment_batches b on b.id = i.batch_id join ledger_entries e on e.id = i.ledger_entry_id
         join applications a on a.id = e.application_id join orgs o on o.id = a.org_id
        where b.status = 'paid' and a.subject_key like 'studio:%' and o.path like $1`,
      [`${changping.path}%`],
    );
    expect(Number(rows[0].fen)).toBe(156_700_000);
    // each in its year: two promoted in 2020 (孙礼玲's studio among them), none of it after 2020
    const y2020 = await statsOf(changping, 2020, 2020);
    expect(y2020).toMatchObject({ promotedToCity: 2, projects: 7 });
    const y2016 = await statsOf(changping, 2016, 2016);
    expect(y2016).toMatchObject({ promotedToCity: 1, cityAndAbove: 1 });
    const later = await statsOf(changping, 2021, 2024);
    expect(later).toMatchObject({ promotedToCity: 0, projects: 0, subsidiesPaidFen: 0, conversions: 0 });
  });

  it('昌平’s grants approved and paid in the year each was opened (a subsidy in its recognition’s year), as the dashboard reads them', async () => {
    const changping = await org('昌平区总工会');
    // a moment's day in China (UTC+8)
    const day = (at: string) => `to_char((${at} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`;
    const { rows } = await db.query<{
      programId: number;
      opened: string;
      recognised: string | null;
      decided: string;
      paid: string;
      fen: number;
    }>(
      `select a.program_id::int as "programId", a.applied_on::text as opened, r.decided_on::text as recognised,
              ${day('a.decided_at')} as decided, ${day('b.paid_at')} as paid, i.amount_fen::int as fen
         from applications a join orgs o on o.id = a.org_id
         left join innovation_studio_subsidies s on s.application_id = a.id
         left join innovation_recognitions r on r.id = s.recognition_id
         join ledger_entries e on e.application_id = a.id
         join payment_items i on i.ledger_entry_id = e.id
         join payment_batches b on b.id = i.batch_id and b.status = 'paid'
        where a.subject_key like 'studio:%' and o.path like $1`,
      [`${changping.path}%`],
    );
    expect(rows).toHaveLength(48);
    const subsidies = rows.filter((r) => r.recognised !== null);
    expect(subsidies).toHaveLength(9);
    for (const r of subsidies) {
      const year = r.recognised?.slice(0, 4);
      expect([r.opened, r.decided, r.paid].map((d) => d.slice(0, 4))).toEqual([year, year, year]);
    }
    for (const r of rows) {
      const year = r.opened.slice(0, 4);
      expect([r.decided.slice(0, 4), r.paid.slice(0, 4)]).toEqual([year, year]);
      expect(r.opened <= r.decided && r.decided <= r.paid).toBe(true);
    }
    // The dashboard puts them in the years the studio statistics do: 48 approved and ¥1,567,000 paid in
    // 2016–2020, none since.
    const programIds = new Set(rows.map((r) => r.programId));
    const dashboard = async (from: string, to: string) => {
      const report = await createProgramReport(db, demoClock()).report(ctx.actor('staff', changping), {
        orgId: changping.id,
        from,
        to,
      });
      const studio = report.programs.filter((p) => programIds.has(p.programId));
      return {
        approved: studio.reduce((n, p) => n + p.approved, 0),
        paidFen: studio.reduce((n, p) => n + p.paidFen, 0),
      };
    };
    expect(await dashboard('2016-01-01', '2020-12-31')).toEqual({ approved: 48, paidFen: 156_700_000 });
    for (let year = 2016; year <= 2020; year++) {
      const s = await statsOf(changping, year, year);
      expect(await dashboard(`${year}-01-01`, `${year}-12-31`)).toEqual({
        approved: s.subsidies.reduce((n, x) => n + x.approved, 0),
        paidFen: s.subsidiesPaidFen,
      });
    }
    expect(rows.reduce((n, r) => n + r.fen, 0)).toBe(156_700_000);
    expect(await dashboard('2021-01-01', demoDay())).toEqual({ approved: 0, paidFen: 0 });
  });

  it('孙礼玲创新工作室 at 昌平区医院工会 is led by 孙礼玲, a member of that union, on the team of her own work', async () => {
    const hospital = await org('昌平区医院工会');
    const { rows } = await db.query<{ id: number }>(
      `select id from innovation_studios where name = '孙礼玲创新工作室' and org_id = $1`,
      [hospital.id],
    );
    const studio = await getStudioDetail(db, ctx.actor('staff', hospital), rows[0].id);
    expect(studio).toMatchObject({ leaderName: '孙礼玲', orgId: hospital.id });
    expect(studio.members).toContainEqual(expect.objectContaining({ name: '孙礼玲', role: 'leader' }));
    const member = await db.query<{ orgId: number; n: number }>(
      `select m.org_id::int as "orgId", (select count(*)::int from persons where name = '孙礼玲') as n
         from memberships m where m.person_id = $1 and m.status = 'active'`,
      [studio.leaderPersonId],
    );
    expect(member.rows).toEqual([{ orgId: hospital.id, n: 1 }]);
    const team = await db.query<{ title: string }>(
      `select a.title from innovation_achievements a join innovation_achievement_team t on t.achievement_id = a.id
        where a.studio_id = $1 and t.person_id = $2 order by a.title`,
      [rows[0].id, studio.leaderPersonId],
    );
    expect(team.rows.length).toBe(2);
  });
});
