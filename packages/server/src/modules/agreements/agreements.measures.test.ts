/**
 * What an agreement delivered (its measures' cost and reach; auditor's finding: these were only typed into the note,
 * so no statistic could sum them): entered, corrected with history, refused when wrong, summed by union in the
 * statistics and their export, and kept in the reporting layer as a recount from the rows finds them.
 */
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/clock.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { OrgRow } from '../org/index.ts';
import { listKeptCells } from '../reporting/index.ts';
import { findMeasureProblem } from './agreements.measures.ts';
import { agreementsRecounter } from './agreements.recount.repository.ts';
import { createAgreementsService } from './agreements.service.ts';
import { exportAgreementStats, getAgreementStats } from './agreements.stats.ts';

const w = serviceWorld({
  at: TEST_NOW,
  service: (db, clock) => createAgreementsService(db, clock),
  // tree order is by name: A before B, whatever each signed
  tree: { districtA: ['root/district', '区总工会A'], districtB: ['root/district', '区总工会B'] },
  actors: { staff: ['staff', 'root'] },
});

/** An area agreement of `org` with the measures given, covering one small enterprise. */
async function sign(
  org: OrgRow,
  signedOn: string,
  measures: { costFen?: number | null; reach?: number | null },
) {
  return w.svc.createAgreement(w.staff, {
    orgId: org.id,
    kind: 'women',
    level: 'area',
    title: `区域女职工特殊权益保护专项协议${w.t.unique()}`,
    employer: '区企业联合会',
    signedOn,
    expiresOn: '2027-12-31',
    ...measures,
  });
}

const stats = (q: { year?: number; from?: string; to?: string }, orgId = w.root.id) =>
  getAgreementStats(w.db, w.staff, { orgId, kind: 'women', ...q }, TEST_NOW);

const rowCount = async () =>
  (await w.db.query<{ n: number }>('select count(*)::int as n from agreements')).rows[0].n;

describe('an agreement’s measures', () => {
  it('keeps the cost in fen exactly as typed in yuan, and the headcount; left out is not recorded', async () => {
    const a = await sign(w.districtA, '2025-03-08', { costFen: 7_086_000, reach: 133 });
    expect(a).toMatchObject({ costFen: 7_086_000, reach: 133 });
    const { rows } = await w.db.query<{ cost_fen: number; reach: number }>(
      'select cost_fen, reach from agreements where id = $1',
      [a.id],
    );
    expect(rows[0]).toEqual({ cost_fen: 7_086_000, reach: 133 });
    expect((await w.svc.getAgreement(w.staff, a.id)).agreement).toMatchObject({
      costFen: 7_086_000,
      reach: 133,
    });
    const none = await sign(w.districtA, '2025-04-01', {});
    expect(none).toMatchObject({ costFen: null, reach: null });
  });

  it('refuses a negative or fractional headcount, a negative cost or one below the fen, naming the field', async () => {
    const before = await rowCount();
    const cases = [
      [{ reach: -1 }, 'reach', '惠及人数不能为负数', 'people reached cannot be negative'],
      [{ reach: 1.5 }, 'reach', '惠及人数须为整数', 'people reached must be a whole number'],
      [{ costFen: -100 }, 'costFen', '投入金额（元）不能为负数', 'cost (yuan) cannot be negative'],
      // 70,860.125 yuan: a third decimal
      [
        { costFen: 7_086_012.5 },
        'costFen',
        '投入金额（元）最多保留两位小数',
        'cost (yuan) has at most two decimals',
      ],
    ] as const;
    for (const [measures, field, zh, en] of cases) {
      const refused = sign(w.districtA, '2025-05-01', measures);
      await expect(refused, field).rejects.toMatchObject({
        code: 'AGREEMENT_MEASURE_INVALID',
        details: { field },
        messages: { zh: expect.stringContaining(zh), en: expect.stringContaining(en) },
      });
    }
    expect(await rowCount()).toBe(before);
    expect(findMeasureProblem({ costFen: 0, reach: 0 })).toBeUndefined();
  });

  it('is corrected through an edit, kept in its history; null clears a figure; a bad figure changes nothing', async () => {
    const a = await sign(w.districtB, '2025-06-01', { costFen: 500_000 });
    await w.svc.editAgreement(w.staff, a.id, { costFen: 1_234_567, reach: 40 });
    await expect(w.svc.editAgreement(w.staff, a.id, { reach: -3 })).rejects.toMatchObject({
      code: 'AGREEMENT_MEASURE_INVALID',
      details: { field: 'reach' },
    });
    await w.svc.editAgreement(w.staff, a.id, { costFen: null });
    const detail = await w.svc.getAgreement(w.staff, a.id);
    expect(detail.agreement).toMatchObject({ costFen: null, reach: 40 });
    expect(
      detail.edits.map((e) => Object.fromEntries(e.changes.map((c) => [c.field, [c.from, c.to]]))),
    ).toEqual(
      expect.arrayContaining([
        { costFen: [500_000, 1_234_567], reach: [null, 40] },
        { costFen: [1_234_567, null] },
      ]),
    );
    await w.svc.editAgreement(w.staff, a.id, { costFen: 1_234_567 });
  });
});

describe('the statistics of measures', () => {
  it('sums cost and reach by union, in tree order, with a total that is the sum of the rows', async () => {
    // B signs more than A: the old order (most signed first) would put B first
    await sign(w.districtB, '2025-07-01', { costFen: 30_000, reach: 12 });
    await sign(w.districtB, '2025-08-01', {});
    // signed in another year: not in 2025's sums
    await sign(w.districtA, '2024-11-30', { costFen: 99_900, reach: 9 });
    const s = await stats({ year: 2025 });
    // A: 70,860.00 for 133 (and one with none); B: 12,345.67 for 40, 300.00 for 12, one with none
    expect(s.byUnion.map((r) => [r.orgId, r.signed, r.measureCostFen, r.measureReach])).toEqual([
      [w.districtA.id, 2, 7_086_000, 133],
      [w.districtB.id, 3, 1_264_567, 52],
    ]);
    expect(s).toMatchObject({ signed: 5, measureCostFen: 8_350_567, measureReach: 185 });
    expect(s.byUnionTotal).toEqual({
      signed: 5,
      enterprises: s.byUnion.reduce((n, r) => n + r.enterprises, 0),
      workers: s.byUnion.reduce((n, r) => n + r.workers, 0),
      measureCostFen: 8_350_567,
      measureReach: 185,
    });
    expect((await stats({ year: 2024 })).measureCostFen).toBe(99_900);
  });

  it('reads the same sums from the rows for any days as from the counts for a year', async () => {
    const year = await stats({ year: 2025 });
    const days = await stats({ from: '2025-01-01', to: '2025-12-31' });
    expect(days.byUnion).toEqual(year.byUnion);
    expect({ c: days.measureCostFen, r: days.measureReach }).toEqual({
      c: year.measureCostFen,
      r: year.measureReach,
    });
    // up to 2025-06-30: B's two later agreements are not in it
    const half = await stats({ from: '2025-01-01', to: '2025-06-30' });
    expect(half.byUnion.find((r) => r.orgId === w.districtB.id)).toMatchObject({
      measureCostFen: 1_234_567,
      measureReach: 40,
    });
  });

  it('moves the figures with a corrected signing day, and the kept counts agree with a recount', async () => {
    const a = await sign(w.districtA, '2025-09-09', { costFen: 10_000, reach: 5 });
    await w.svc.editAgreement(w.staff, a.id, { signedOn: '2024-12-01', effectiveOn: '2024-12-01' });
    expect((await stats({ year: 2025 })).measureCostFen).toBe(8_350_567);
    expect((await stats({ year: 2024 })).measureCostFen).toBe(99_900 + 10_000);
    const subjects = ['agreements.measure_cost', 'agreements.measure_reach'];
    const recounted = (await agreementsRecounter.recount(w.db, { path: w.root.path })).filter((c) =>
      subjects.includes(c.subject),
    );
    const kept = await listKeptCells(w.db, { subjects, path: w.root.path, asOf: '2099-12-31' });
    const key = (c: { subject: string; orgId: number; day: string; dim: string; dim2: string }) =>
      `${c.subject}|${c.orgId}|${c.day}|${c.dim}|${c.dim2}`;
    const byKey = (cells: typeof kept) =>
      Object.fromEntries(cells.map((c) => [key(c), [c.n, c.fen]])) as Record<string, number[]>;
    expect(byKey(kept)).toEqual(byKey(recounted));
    expect(recounted.length).toBeGreaterThan(0);
  });

  it('exports the sums in yuan as number cells, named with their period, the 合计 row the sum of the rows', async () => {
    const s = await stats({ year: 2025 });
    const { buffer } = await exportAgreementStats(
      w.db,
      w.staff,
      { orgId: w.root.id, kind: 'women', year: 2025 },
      TEST_NOW,
    );
    const sheet = await readSheet(buffer, 'stats.xlsx', {
      isHeader: (c) => c[0] === '工会' && c.includes('覆盖职工（人）'),
    });
    const cost = `${s.from}至${s.asOf}签订合同的措施投入金额（元）`;
    const reach = `${s.from}至${s.asOf}签订合同的措施惠及人数（人）`;
    expect(sheet.headers.slice(4)).toEqual([cost, reach]);
    const rows = sheet.rows.map((r) => r.cells);
    expect(rows.map((r) => r[0]).slice(0, 3)).toEqual([w.districtA.name, w.districtB.name, '合计']);
    expect(rows[0].slice(4, 6)).toEqual(['70860', '133']);
    expect(rows[2].slice(4, 6)).toEqual(['83505.67', '185']);
    // the unions and their total only: no note as a row an auditor would sum or filter (说明 says what they hold)
    expect(rows.map((r) => r[0])).toEqual([w.districtA.name, w.districtB.name, '合计']);
    const figures = await readSheet(buffer, 'stats.xlsx', { isHeader: (c) => c[0] === '项目' });
    const value = (label: string) => figures.rows.find((r) => r.cells[0] === label)?.cells[1];
    expect([value(cost), value(reach)]).toEqual(['83505.67', '185']);
  });
});
