/**
 * Seed 001 read out of the campaign report: 德胜街道总工会's 2021 送温暖 campaign — 24 enterprises, 10,000 斤 of
 * apples, nearly ten thousand workers reached — and 通州区总工会's 2021 冬季送温暖 visits with their grants paid
 * through the ledger; the figures counted from the raw rows agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClock, openDemoContext } from '../../../test/demo-db.ts';
import type { TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { findOrgById, type OrgRow } from '../org/index.ts';
import { DESHENG_FIGURES, WINTER_FIGURES } from './care.demo.ts';
import { createReportService } from './report.service.ts';

let db: Db;
let ctx: TestContext;

beforeAll(async () => {
  ({ db, ctx } = await openDemoContext(200));
}, 300_000);

afterAll(async () => {
  await db?.close();
});

async function campaignOf(title: string) {
  const { rows } = await db.query<{ id: number; orgId: number }>(
    `select id, org_id as "orgId" from care_campaigns where title = $1`,
    [title],
  );
  const org = (await findOrgById(db, rows[0].orgId)) as OrgRow;
  return { id: rows[0].id, staff: ctx.actor('staff', org) };
}

describe('the demo campaigns', () => {
  it('德胜: 24 enterprises, 10,000 斤 of apples, nearly ten thousand workers reached (seed 001)', async () => {
    const c = await campaignOf(DESHENG_FIGURES.title);
    const report = await createReportService(db, demoClock(200)).getReport(c.staff, c.id);
    expect(report.units.find((u) => u.kind === 'enterprise')?.n).toBe(DESHENG_FIGURES.enterprises);
    expect(report.goods.find((g) => g.item === '苹果')).toEqual({
      item: '苹果',
      unit: '斤',
      quantity: DESHENG_FIGURES.apples,
    });
    expect(report.peopleReached).toBe(DESHENG_FIGURES.peopleReached);
    expect(report.peopleReached).toBeGreaterThan(9_000);
    expect(report.peopleReached).toBeLessThan(10_000);
    const raw = await db.query<{ people: number; firms: number }>(
      `select sum(people)::int as people, count(*) filter (where recipient_kind = 'enterprise')::int as firms
         from care_visits where campaign_id = $1`,
      [c.id],
    );
    expect(raw.rows[0]).toEqual({ people: report.peopleReached, firms: DESHENG_FIGURES.enterprises });
  });

  it('2021 冬季送温暖: visits to members with grants, paid through the ledger', async () => {
    const c = await campaignOf(WINTER_FIGURES.title);
    const report = await createReportService(db, demoClock(200)).getReport(c.staff, c.id);
    expect(report.personsVisited).toBe(WINTER_FIGURES.persons);
    expect(report.grants).toEqual({
      approved: WINTER_FIGURES.paid,
      paidFen: WINTER_FIGURES.paid * WINTER_FIGURES.grantFen,
      loggedFen: WINTER_FIGURES.grants * WINTER_FIGURES.grantFen,
    });
    const paid = await db.query<{ fen: number }>(
      `select coalesce(sum(i.amount_fen), 0)::int as fen from care_visits v
         join ledger_entries e on e.application_id = v.grant_application_id
         join payment_items i on i.ledger_entry_id = e.id join payment_batches b on b.id = i.batch_id
        where v.campaign_id = $1 and b.status = 'paid'`,
      [c.id],
    );
    expect(paid.rows[0].fen).toBe(report.grants.paidFen);
    // approved and paid after the visits in their year (2022), not on the day the demo was loaded
    const days = await db.query<{ visited: string; decided: string; paid: string }>(
      `select v.visited_on::text as visited,
              to_char((a.decided_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD') as decided,
              to_char((b.paid_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD') as paid
         from care_visits v join applications a on a.id = v.grant_application_id
         join ledger_entries e on e.application_id = a.id
         join payment_items i on i.ledger_entry_id = e.id join payment_batches b on b.id = i.batch_id
        where v.campaign_id = $1 and b.status = 'paid'`,
      [c.id],
    );
    expect(days.rows).toHaveLength(WINTER_FIGURES.paid);
    for (const r of days.rows) {
      const year = r.visited.slice(0, 4);
      expect(year).toBe('2022');
      expect([r.decided.slice(0, 4), r.paid.slice(0, 4)]).toEqual([year, year]);
      expect(r.visited <= r.decided && r.decided <= r.paid).toBe(true);
    }
  });

  it('received each lot of goods a few days before the first visit handed it out, in the campaign, not on the demo’s day', async () => {
    const { rows } = await db.query<{
      title: string;
      item: string;
      received: string;
      firstOut: string;
      startsOn: string;
    }>(
      `select c.title, s.item, r.moved_on::text as received, min(d.moved_on)::text as "firstOut",
              c.starts_on::text as "startsOn"
         from care_stock_moves r join care_stock s on s.id = r.stock_id
         join care_campaigns c on c.id = s.campaign_id
         join care_stock_moves d on d.stock_id = s.id and d.kind = 'delivery'
        where r.kind = 'receipt' and c.title in ($1, $2)
        group by c.title, s.item, r.moved_on, c.starts_on`,
      [DESHENG_FIGURES.title, WINTER_FIGURES.title],
    );
    expect(Object.fromEntries(rows.map((r) => [`${r.title} ${r.item}`, r.received]))).toEqual({
      [`${DESHENG_FIGURES.title} 棉马甲`]: DESHENG_FIGURES.received.vests,
      [`${DESHENG_FIGURES.title} 苹果`]: DESHENG_FIGURES.received.apples,
      [`${DESHENG_FIGURES.title} 春节祝福礼物`]: DESHENG_FIGURES.received.gifts,
      [`${WINTER_FIGURES.title} 米面油`]: WINTER_FIGURES.received.oil,
      [`${WINTER_FIGURES.title} 棉马甲`]: WINTER_FIGURES.received.vests,
    });
    for (const r of rows) {
      const before = (Date.parse(r.firstOut) - Date.parse(r.received)) / 86_400_000;
      expect(before, `${r.item}: received ${r.received}, first out ${r.firstOut}`).toBeGreaterThanOrEqual(1);
      expect(before).toBeLessThanOrEqual(7);
      expect(r.received >= r.startsOn).toBe(true);
      expect(r.received.slice(0, 4)).toBe(r.firstOut.slice(0, 4));
    }
  });
});
