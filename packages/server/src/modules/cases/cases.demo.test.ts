/**
 * The demo's requests read out of the statistics: 顺义区总工会's figures over the demo's ten months come from the
 * reporting layer, and the same figures counted from the raw rows agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClock, demoDay, demoUnion, openDemoContext } from '../../../test/demo-db.ts';
import type { TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { OrgRow } from '../org/index.ts';
import { caseDemoFrom, SHUNYI_CASE_FIGURES } from './cases.demo.ts';
import { createCaseReading } from './cases.reading.ts';
import { getCaseStats } from './cases.stats.ts';

let db: Db;
let ctx: TestContext;
let shunyi: OrgRow;

beforeAll(async () => {
  ({ db, ctx } = await openDemoContext(200));
  shunyi = await demoUnion(db, '顺义区总工会');
}, 600_000);

afterAll(async () => {
  await db?.close();
});

describe('顺义区总工会 requests in the demo', () => {
  it('reads the demo figures out of the statistics, and the raw rows agree', async () => {
    const s = await getCaseStats(
      db,
      ctx.actor('staff', shunyi),
      {
        from: caseDemoFrom(demoDay(200)),
        to: demoDay(200).slice(0, 7),
      },
      demoDay(200),
    );
    const f = SHUNYI_CASE_FIGURES;
    expect(s).toMatchObject({
      filed: f.filed,
      answered: f.answered,
      onTime: f.onTime,
      rated: f.rated,
      open: f.open,
      overdue: f.overdue,
    });
    expect(s.ratingAverage).toBeCloseTo(f.ratingSum / f.rated, 6);
    expect(s.onTimeRate).toBeCloseTo(f.onTime / f.answered, 6);
    expect(s.byChannel.every((c) => c.n > 0)).toBe(true);
    const { rows } = await db.query<Record<string, number>>(
      `select count(*)::int as filed, count(c.answered_on)::int as answered,
              count(*) filter (where c.on_time)::int as "onTime", count(c.rating)::int as rated,
              coalesce(sum(c.rating), 0)::int as "ratingSum",
              count(*) filter (where c.status <> 'closed')::int as open,
              count(*) filter (where c.overdue)::int as overdue,
              count(*) filter (where c.anonymous)::int as anonymous
         from cases c join orgs o on o.id = c.filed_org_id where o.path like $1`,
      [`${shunyi.path}%`],
    );
    expect(rows[0]).toEqual({ ...f });
  });

  it('the late and overdue requests were moved up by the deadline sweep', async () => {
    const { rows } = await db.query<{ n: number }>(
      `select count(distinct case_id)::int as n from case_escalations x join cases c on c.id = x.case_id
        where c.on_time is not true`,
    );
    expect(rows[0].n).toBe(7);
  });

  it('the demo worker has a rated request and a fresh one', async () => {
    const { rows } = await db.query<{ personId: number }>(
      `select person_id as "personId" from users where username = 'worker'`,
    );
    const mine = await ctx.services.cases.worker.list(ctx.actor('worker', null, rows[0].personId));
    expect(mine.items.map((c) => c.status).sort()).toEqual(['closed', 'submitted']);
  });

  it('exports each step beside the day it was entered, never before the step (a rating closes, entered that day)', async () => {
    const { buffer } = await createCaseReading(db, demoClock(200)).exportList(ctx.actor('staff', shunyi), {});
    const sheet = await readSheet(buffer, 'cases.xlsx', { isHeader: (c) => c.includes('收到日期') });
    const col = (name: string) => sheet.headers.indexOf(name);
    const early: string[] = [];
    let closed = 0;
    for (const { cells } of sheet.rows) {
      for (const [step, entered] of [
        ['受理日期', '受理录入日期'],
        ['答复日期', '答复录入日期'],
        ['办结日期', '办结录入日期'],
      ]) {
        const day = String(cells[col(step)]);
        if (!day) continue;
        if (step === '办结日期') closed++;
        if (String(cells[col(entered)]) < day)
          early.push(`${cells[col('编号')]} ${step} ${day}, ${entered} ${cells[col(entered)]}`);
      }
    }
    expect(early).toEqual([]);
    expect(closed).toBeGreaterThan(5);
  });
});
