/** Correcting an agreement after it was entered (ADR 60): terms, dates and, before it is in force, its enterprises. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { type AgreementsService, createAgreementsService } from './agreements.service.ts';
import { getAgreementStats } from './agreements.stats.ts';
import { countCoverageFromRows } from './agreements.test-kit.repository.ts';
import { usccSeries } from './agreements.test-kit.ts';

/** 12:00 on 2026-11-23 in China: the service's today. */
const now = new Date('2026-11-23T04:00:00Z');
let db: Db;
let ctx: TestContext;
let agreements: AgreementsService;
let district: OrgRow;
let staff: Actor;
let otherStaff: Actor;

const codes = usccSeries(() => ctx.unique());
const uscc = () => codes.next();

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  agreements = createAgreementsService(db, () => now);
  const root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district');
  staff = { ...ctx.actor('staff', district), displayName: '赵敏' };
  otherStaff = ctx.actor('staff', await ctx.newOrg(root, 'district'));
});
afterAll(async () => db?.close());

const firm = (workers: number, women: number) => ({
  uscc: uscc(),
  name: `测试企业${codes.serial}`,
  workers,
  womenWorkers: women,
});
const coverage = (on: string) => countCoverageFromRows(db, { path: district.path, kind: 'wage', on });
const stats = (to: string) =>
  getAgreementStats(db, staff, { orgId: district.id, kind: 'wage', to }, TEST_NOW);

describe('editing an agreement', () => {
  it('corrects its terms and dates; the counts follow and each change is in its history', async () => {
    const a = await agreements.createAgreement(staff, {
      orgId: district.id,
      kind: 'wage',
      level: 'area',
      title: '区域工资专项集体合同',
      employer: '区企业联合会',
      signedOn: '2025-01-10',
      effectiveOn: '2025-02-01',
      expiresOn: '2026-01-31',
      enterprises: [firm(100, 40), firm(50, 10)],
    });
    expect(await stats('2026-06-01')).toMatchObject({ inForce: 0, enterprises: 0 });
    const edited = await agreements.editAgreement(staff, a.id, {
      title: '区域工资专项集体合同（2025—2027）',
      expiresOn: '2027-01-31',
      clauses: ['wages'],
    });
    expect(edited).toMatchObject({ title: '区域工资专项集体合同（2025—2027）', expiresOn: '2027-01-31' });
    const june = await stats('2026-06-01');
    expect(june).toMatchObject({ inForce: 1, enterprises: 2, workers: 150 });
    expect(await coverage('2026-06-01')).toMatchObject({ enterprises: 2, workers: 150, inForce: 1 });
    const detail = await agreements.getAgreement(staff, a.id);
    expect(detail.edits).toHaveLength(1);
    expect(detail.edits[0].byName).toBe('赵敏');
    expect(Object.fromEntries(detail.edits[0].changes.map((c) => [c.field, [c.from, c.to]]))).toEqual({
      title: ['区域工资专项集体合同', '区域工资专项集体合同（2025—2027）'],
      expiresOn: ['2026-01-31', '2027-01-31'],
      clauses: [[], ['wages']],
    });
  });

  it('changes the enterprises only before it is in force, with the counts; refuses bad dates and outsiders', async () => {
    const [x, y, z] = [firm(80, 20), firm(30, 5), firm(12, 2)];
    const a = await agreements.createAgreement(staff, {
      orgId: district.id,
      kind: 'wage',
      level: 'area',
      title: '待生效的工资专项集体合同',
      employer: '区企业联合会',
      signedOn: '2026-11-01',
      effectiveOn: '2027-01-01',
      expiresOn: '2029-12-31',
      enterprises: [x, y],
    });
    const before = await coverage('2027-06-01');
    await agreements.editAgreement(staff, a.id, { enterprises: [x, z] });
    const after = await coverage('2027-06-01');
    expect(after.workers - before.workers).toBe(12 - 30);
    expect((await stats('2027-06-01')).workers).toBe(after.workers);
    expect((await agreements.getAgreement(staff, a.id)).coverage.map((c) => c.uscc).sort()).toEqual(
      [x.uscc, z.uscc].sort(),
    );
    await expect(agreements.editAgreement(staff, a.id, { expiresOn: '2026-12-31' })).rejects.toMatchObject({
      code: 'AGREEMENT_DATES',
    });
    await expect(agreements.editAgreement(otherStaff, a.id, { title: '越权' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // Once in force (its effective day moved to today), the list is fixed.
    await agreements.editAgreement(staff, a.id, { effectiveOn: '2026-11-23' });
    await expect(agreements.editAgreement(staff, a.id, { enterprises: [x] })).rejects.toMatchObject({
      code: 'AGREEMENT_COVERAGE_FIXED',
    });
    expect(await stats('2027-06-01')).toMatchObject({ workers: (await coverage('2027-06-01')).workers });
  });
});
