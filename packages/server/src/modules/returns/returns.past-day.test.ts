import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import { ROLE_PERMISSIONS } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { createFillingService } from './returns.filling.ts';
import type { ReturnForm } from './returns.form.ts';
import { createReturnsService } from './returns.service.ts';
import { createReturnTablesService } from './returns.table.ts';

const FORM: ReturnForm = {
  sections: [
    { key: 's1', title: '会员', fields: [{ key: 'women', label: '女会员（人）', type: 'int' }], tables: [] },
  ],
  rules: [],
};

/**
 * Issue 42, ADR 40: a union hands its return in on paper; its staff type it in later and record it as submitted on
 * the day it was handed in, and that day — not the day typed — decides whether it came in on time.
 */
describe('a return handed in on paper on a past day', () => {
  let db: Db;
  let t: TestContext;
  let now = new Date('2026-03-02T09:00:00+08:00');
  const clock = () => now;
  let returns: ReturnType<typeof createReturnsService>;
  let filling: ReturnType<typeof createFillingService>;
  let tables: ReturnType<typeof createReturnTablesService>;
  let district: OrgRow;
  let a1: OrgRow;
  let a2: OrgRow;
  let id: number;
  const staff = (o: OrgRow) => t.actor('staff', o);

  beforeAll(async () => {
    ({ db, ctx: t } = await openTestContext());
    returns = createReturnsService(db, clock);
    filling = createFillingService(db, clock);
    tables = createReturnTablesService(db, clock);
    district = await t.newOrg(await t.newRoot(), 'district');
    a1 = await t.newOrg(district, 'grassroots');
    a2 = await t.newOrg(district, 'grassroots');
    ({ id } = await returns.create(staff(district), {
      title: '2025年女会员统计表',
      periodKind: 'year',
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      targetLevel: 4,
      deadline: '2026-03-13',
      form: FORM,
    }));
    await returns.issue(staff(district), id);
  });
  afterAll(() => db.close());

  it('records the day it was handed in, and counts it on time by that day', async () => {
    now = new Date('2026-03-20T10:00:00+08:00');
    for (const o of [a1, a2])
      await filling.save(staff(o), id, o.id, { values: [{ key: 'women', value: '3' }] });
    // a1's paper came in on the 12th, before the deadline; a2 submits today, late
    expect(await filling.submit(staff(a1), id, a1.id, '2026-03-12')).toEqual({ status: 'submitted' });
    await filling.submit(staff(a2), id, a2.id);
    const progress = await tables.progress(staff(district), id);
    expect(progress.counts).toMatchObject({ onTime: 1, late: 1 });
    const byOrg = new Map(progress.unions.map((u) => [u.orgId, u]));
    expect(byOrg.get(a1.id)).toMatchObject({ late: false });
    expect(byOrg.get(a2.id)).toMatchObject({ late: true });
    const { rows } = await db.query<{ after: { effectiveOn?: string } | null }>(
      `select after from audit_log where action = 'return.submit' and org_id = $1`,
      [a1.id],
    );
    expect(rows.map((r) => r.after?.effectiveOn)).toEqual(['2026-03-12']);
  });

  it('refuses a day before the return was issued, before it was sent back, or in the future', async () => {
    const other = await t.newOrg(district, 'grassroots');
    const { id: late } = await returns.create(staff(district), {
      title: '2025年女会员补充表',
      periodKind: 'year',
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      targetLevel: 4,
      deadline: '2026-03-31',
      form: FORM,
    });
    now = new Date('2026-03-21T10:00:00+08:00');
    await returns.issue(staff(district), late);
    await filling.save(staff(other), late, other.id, { values: [{ key: 'women', value: '1' }] });
    await expect(filling.submit(staff(other), late, other.id, '2026-03-20')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      messages: { zh: '报送日期 2026-03-20 早于下发日期 2026-03-21' },
      details: { field: 'receivedOn' },
    });
    await expect(filling.submit(staff(other), late, other.id, '2026-03-22')).rejects.toMatchObject({
      code: 'EFFECTIVE_IN_FUTURE',
    });
    await filling.submit(staff(other), late, other.id);
    now = new Date('2026-03-24T10:00:00+08:00');
    await filling.sendBack(staff(district), late, other.id, { note: '请核对女会员人数' });
    now = new Date('2026-03-26T10:00:00+08:00');
    await expect(filling.submit(staff(other), late, other.id, '2026-03-23')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      messages: { zh: '报送日期 2026-03-23 早于退回日期 2026-03-24' },
    });
    expect(await filling.submit(staff(other), late, other.id, '2026-03-25')).toEqual({ status: 'submitted' });
  });

  it('issues, accepts, sends back, marks not reported, reopens and closes on the day each happened', async () => {
    now = new Date('2026-04-20T10:00:00+08:00');
    const b1 = await t.newOrg(district, 'grassroots');
    const b2 = await t.newOrg(district, 'grassroots');
    const { id: past } = await returns.create(staff(district), {
      title: '2025年会员补报表',
      periodKind: 'year',
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      targetLevel: 4,
      deadline: '2026-04-10',
      form: FORM,
    });
    await expect(returns.issue(staff(district), past, '2026-04-21')).rejects.toMatchObject({
      code: 'EFFECTIVE_IN_FUTURE',
    });
    await returns.issue(staff(district), past, '2026-04-01');
    const { rows: issued } = await db.query<{ day: string }>(
      `select to_char(issued_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day from returns where id = $1`,
      [past],
    );
    expect(issued).toEqual([{ day: '2026-04-01' }]);
    for (const o of [b1, b2])
      await filling.save(staff(o), past, o.id, { values: [{ key: 'women', value: '2' }] });
    await filling.submit(staff(b1), past, b1.id, '2026-04-05');
    await expect(filling.accept(staff(district), past, b1.id, '2026-04-04')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      messages: { zh: '审核通过日期 2026-04-04 早于报送日期 2026-04-05' },
    });
    await filling.accept(staff(district), past, b1.id, '2026-04-06');
    await expect(
      filling.sendBack(staff(district), past, b1.id, { note: '请核对', effectiveOn: '2026-04-05' }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR' });
    await filling.sendBack(staff(district), past, b1.id, { note: '请核对', effectiveOn: '2026-04-07' });
    await expect(filling.submit(staff(b1), past, b1.id, '2026-04-06')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
    });
    await filling.submit(staff(b1), past, b1.id, '2026-04-08');
    await expect(
      filling.markNotReported(staff(district), past, b2.id, { reason: '未报', effectiveOn: '2026-03-31' }),
    ).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      messages: { en: expect.stringContaining('issue date') },
    });
    await filling.markNotReported(staff(district), past, b2.id, {
      reason: '未报',
      effectiveOn: '2026-04-11',
    });
    await expect(filling.reopen(staff(district), past, b2.id, '2026-04-10')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
    });
    await filling.reopen(staff(district), past, b2.id, '2026-04-12');
    await filling.markNotReported(staff(district), past, b2.id, {
      reason: '逾期未报',
      effectiveOn: '2026-04-13',
    });
    await expect(returns.close(staff(district), past, '2026-04-07')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      messages: { zh: '结束收集日期 2026-04-07 早于最后一次报送日期 2026-04-08' },
    });
    await returns.close(staff(district), past, '2026-04-15');
    const { rows } = await db.query<{ org: number; decided: string }>(
      `select org_id::int as org, to_char(decided_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as decided
         from return_submissions where return_id = $1 and org_id = any($2) order by org_id`,
      [past, [b1.id, b2.id]],
    );
    expect(rows).toEqual([
      { org: b1.id, decided: '2026-04-07' },
      { org: b2.id, decided: '2026-04-13' },
    ]);
    const { rows: closed } = await db.query<{ day: string }>(
      `select to_char(closed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day from returns where id = $1`,
      [past],
    );
    expect(closed).toEqual([{ day: '2026-04-15' }]);
    const progress = await tables.progress(staff(district), past);
    expect(progress.counts).toMatchObject({ onTime: 1 });
  });

  it('leaves a past day to roles that hold history.backdate: every role that submits a return does', () => {
    const roles = Object.entries(ROLE_PERMISSIONS).filter(([, p]) => p.has('returns.fill'));
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.filter(([, p]) => !p.has('history.backdate')).map(([r]) => r)).toEqual([]);
  });
});
