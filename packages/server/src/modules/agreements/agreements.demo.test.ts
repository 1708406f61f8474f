/**
 * Seed 002 read out of the statistics: the demo's 平谷 figures for this year — 224 women workers' special
 * protection agreements signed, a signing rate of 87.5%, 2,294 enterprises and 30,369 workers covered — come from
 * the reporting layer, and the same figures counted from the raw rows agree; the one measure it gives figures for
 * (中国邮政平谷区分公司: 70000多元 for special health checks of 133 women workers) is summed there too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClock, demoDay, demoUnion, openDemoContext } from '../../../test/demo-db.ts';
import type { TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { PINGGU_FIGURES } from './agreements.demo.ts';
import { createAgreementsService } from './agreements.service.ts';
import { getAgreementStats } from './agreements.stats.ts';
import { countCoverageFromRows } from './agreements.test-kit.repository.ts';

let db: Db;
let staff: Actor;
let pinggu: OrgRow;
let year: number;

beforeAll(async () => {
  let ctx: TestContext;
  ({ db, ctx } = await openDemoContext(200));
  year = Number(demoDay(200).slice(0, 4));
  pinggu = await demoUnion(db, '平谷区总工会');
  staff = ctx.actor('staff', pinggu);
}, 300_000);

afterAll(async () => {
  await db?.close();
});

describe('平谷区总工会 this year (seed 002)', () => {
  it('reads the seed figures out of the statistics', async () => {
    const s = await getAgreementStats(db, staff, { orgId: pinggu.id, kind: 'women', year }, demoClock(200)());
    expect(s.signed).toBe(PINGGU_FIGURES.signed);
    expect(s.enterprises).toBe(PINGGU_FIGURES.enterprises);
    expect(s.workers).toBe(PINGGU_FIGURES.workers);
    expect(s.due).toBe(PINGGU_FIGURES.due);
    expect(s.dueCovered).toBe(PINGGU_FIGURES.dueCovered);
    expect(`${((s.rate ?? 0) * 100).toFixed(1)}%`).toBe('87.5%');
    expect(s.signedByLevel).toEqual({ area: 16, industry: 8, enterprise: 200 });
  });

  it('agrees with a count from the raw rows', async () => {
    const s = await getAgreementStats(db, staff, { orgId: pinggu.id, kind: 'women', year }, demoClock(200)());
    const raw = await countCoverageFromRows(db, { path: pinggu.path, kind: 'women', on: s.asOf });
    expect({ enterprises: s.enterprises, workers: s.workers, womenWorkers: s.womenWorkers }).toEqual({
      enterprises: raw.enterprises,
      workers: raw.workers,
      womenWorkers: raw.womenWorkers,
    });
    expect(s.inForce).toBe(raw.inForce);
  });

  it('gives 中国邮政平谷区分公司’s agreement the measure the seed states, which the statistics sum', async () => {
    const service = createAgreementsService(db, demoClock(200));
    const found = await service.listAgreements(staff, { q: '中国邮政集团公司北京市平谷区分公司' });
    expect(found.items).toHaveLength(1);
    // "投入70000多元，为133名女职工进行专项健康体检": the figure stated, and its 133 women workers
    expect(found.items[0]).toMatchObject({ costFen: 7_000_000, reach: 133, womenWorkers: 133 });
    expect(found.items[0].note).toContain('133名女职工');
    const s = await getAgreementStats(db, staff, { orgId: pinggu.id, kind: 'women', year }, demoClock(200)());
    expect({ cost: s.measureCostFen, reach: s.measureReach }).toEqual({ cost: 7_000_000, reach: 133 });
    expect(s.byUnionTotal.measureCostFen).toBe(7_000_000);
  });

  it('lists agreements due for renewal and those expired', async () => {
    const service = createAgreementsService(db, demoClock(200));
    const renewals = await service.listAgreements(staff, { status: 'expiring', pageSize: 50 });
    expect(renewals.total).toBe(5);
    expect(renewals.items.map((a) => a.expiresOn)).toEqual(
      [...renewals.items.map((a) => a.expiresOn)].sort(),
    );
    const expired = await service.listAgreements(staff, { status: 'expired' });
    expect(expired.total).toBe(8);
  });
});
