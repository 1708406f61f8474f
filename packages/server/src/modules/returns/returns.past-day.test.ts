import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movableClock } from '../../../test/clock.ts';
import { ROLE_PERMISSIONS } from '../../access/access.ts';
import type { OrgRow } from '../org/index.ts';
import type { ReturnForm } from './returns.form.ts';
import { openReturnsWorld, type ReturnsWorld, yearReturn } from './returns.test-kit.ts';

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
  const clock = movableClock('2026-03-02T09:00:00+08:00');
  let w: ReturnsWorld;
  let district: OrgRow;
  let a1: OrgRow;
  let a2: OrgRow;
  let id: number;
  const staff = (o: OrgRow) => w.t.actor('staff', o);

  beforeAll(async () => {
    w = await openReturnsWorld(clock);
    district = await w.t.newOrg(await w.t.newRoot(), 'district');
    a1 = await w.t.newOrg(district, 'grassroots');
    a2 = await w.t.newOrg(district, 'grassroots');
    ({ id } = await w.returns.create(staff(district), yearReturn('2025年女会员统计表', FORM)));
    await w.returns.issue(staff(district), id);
  });
  afterAll(() => w?.db.close());

  it('records the day it was handed in, and counts it on time by that day', async () => {
    clock.set('2026-03-20T10:00:00+08:00');
    for (const o of [a1, a2])
      await w.filling.save(staff(o), id, o.id, { values: [{ key: 'women', value: '3' }] });
    // a1's paper came in on the 12th, before the deadline; a2 submits today, late
    expect(await w.filling.submit(staff(a1), id, a1.id, '2026-03-12')).toEqual({ status: 'submitted' });
    await w.filling.submit(staff(a2), id, a2.id);
    const progress = await w.tables.progress(staff(district), id);
    expect(progress.counts).toMatchObject({ onTime: 1, late: 1 });
    const byOrg = new Map(progress.unions.map((u) => [u.orgId, u]));
    expect(byOrg.get(a1.id)).toMatchObject({ late: false });
    expect(byOrg.get(a2.id)).toMatchObject({ late: true });
    const { rows } = await w.db.query<{ after: { effectiveOn?: string } | null }>(
      `select after from audit_log where action = 'return.submit' and org_id = $1`,
      [a1.id],
    );
    expect(rows.map((r) => r.after?.effectiveOn)).toEqual(['2026-03-12']);
  });

  it('is entered and submitted by the union above for a union that mailed it in on paper (代录)', async () => {
    clock.set('2026-03-05T10:00:00+08:00');
    const paper = await w.t.newOrg(district, 'grassroots');
    const { id: ret } = await w.returns.create(staff(district), yearReturn('2025年女会员纸质表', FORM));
    await w.returns.issue(staff(district), ret);
    clock.set('2026-04-10T10:00:00+08:00');
    // a union beside it cannot; the district, which reviews it, can
    await expect(
      w.filling.save(staff(a1), ret, paper.id, { values: [{ key: 'women', value: '2' }] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await w.filling.save(staff(district), ret, paper.id, { values: [{ key: 'women', value: '2' }] });
    expect(await w.filling.submit(staff(district), ret, paper.id, '2026-03-25')).toEqual({
      status: 'submitted',
    });
    const progress = await w.tables.progress(staff(district), ret);
    expect(progress.unions.find((u) => u.orgId === paper.id)).toMatchObject({ late: true });
    const { rows } = await w.db.query<{ action: string; after: Record<string, unknown> }>(
      `select action, after from audit_log where org_id = $1 and action in ('return.save', 'return.submit')
        order by id`,
      [paper.id],
    );
    expect(rows).toEqual([
      { action: 'return.save', after: { changed: 1, onBehalf: true } },
      { action: 'return.submit', after: { effectiveOn: '2026-03-25', onBehalf: true } },
    ]);
  });

  it('refuses a day before the return was issued, before it was sent back, or in the future', async () => {
    const other = await w.t.newOrg(district, 'grassroots');
    const { id: late } = await w.returns.create(
      staff(district),
      yearReturn('2025年女会员补充表', FORM, { deadline: '2026-03-31' }),
    );
    clock.set('2026-03-21T10:00:00+08:00');
    await w.returns.issue(staff(district), late);
    await w.filling.save(staff(other), late, other.id, { values: [{ key: 'women', value: '1' }] });
    await expect(w.filling.submit(staff(other), late, other.id, '2026-03-20')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      messages: { zh: '报送日期 2026-03-20 早于下发日期 2026-03-21' },
      details: { field: 'receivedOn' },
    });
    await expect(w.filling.submit(staff(other), late, other.id, '2026-03-22')).rejects.toMatchObject({
      code: 'EFFECTIVE_IN_FUTURE',
    });
    await w.filling.submit(staff(other), late, other.id);
    clock.set('2026-03-24T10:00:00+08:00');
    await w.filling.sendBack(staff(district), late, other.id, { note: '请核对女会员人数' });
    clock.set('2026-03-26T10:00:00+08:00');
    await expect(w.filling.submit(staff(other), late, other.id, '2026-03-23')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      messages: { zh: '报送日期 2026-03-23 早于退回日期 2026-03-24' },
    });
    expect(await w.filling.submit(staff(other), late, other.id, '2026-03-25')).toEqual({
      status: 'submitted',
    });
  });

  it('issues, accepts, sends back, marks not reported, reopens and closes on the day each happened', async () => {
    clock.set('2026-04-20T10:00:00+08:00');
    const b1 = await w.t.newOrg(district, 'grassroots');
    const b2 = await w.t.newOrg(district, 'grassroots');
    const { id: past } = await w.returns.create(
      staff(district),
      yearReturn('2025年会员补报表', FORM, { deadline: '2026-04-10' }),
    );
    await expect(w.returns.issue(staff(district), past, '2026-04-21')).rejects.toMatchObject({
      code: 'EFFECTIVE_IN_FUTURE',
    });
    await w.returns.issue(staff(district), past, '2026-04-01');
    const { rows: issued } = await w.db.query<{ day: string }>(
      `select to_char(issued_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day from returns where id = $1`,
      [past],
    );
    expect(issued).toEqual([{ day: '2026-04-01' }]);
    for (const o of [b1, b2])
      await w.filling.save(staff(o), past, o.id, { values: [{ key: 'women', value: '2' }] });
    await w.filling.submit(staff(b1), past, b1.id, '2026-04-05');
    await expect(w.filling.accept(staff(district), past, b1.id, '2026-04-04')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      messages: { zh: '审核通过日期 2026-04-04 早于报送日期 2026-04-05' },
    });
    await w.filling.accept(staff(district), past, b1.id, '2026-04-06');
    await expect(
      w.filling.sendBack(staff(district), past, b1.id, { note: '请核对', effectiveOn: '2026-04-05' }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR' });
    await w.filling.sendBack(staff(district), past, b1.id, { note: '请核对', effectiveOn: '2026-04-07' });
    await expect(w.filling.submit(staff(b1), past, b1.id, '2026-04-06')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
    });
    await w.filling.submit(staff(b1), past, b1.id, '2026-04-08');
    await expect(
      w.filling.markNotReported(staff(district), past, b2.id, { reason: '未报', effectiveOn: '2026-03-31' }),
    ).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      messages: { en: expect.stringContaining('issue date') },
    });
    await w.filling.markNotReported(staff(district), past, b2.id, {
      reason: '未报',
      effectiveOn: '2026-04-11',
    });
    await expect(w.filling.reopen(staff(district), past, b2.id, '2026-04-10')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
    });
    await w.filling.reopen(staff(district), past, b2.id, '2026-04-12');
    await w.filling.markNotReported(staff(district), past, b2.id, {
      reason: '逾期未报',
      effectiveOn: '2026-04-13',
    });
    await expect(w.returns.close(staff(district), past, '2026-04-07')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      messages: { zh: '结束收集日期 2026-04-07 早于最后一次报送日期 2026-04-08' },
    });
    await w.returns.close(staff(district), past, '2026-04-15');
    const { rows } = await w.db.query<{ org: number; decided: string }>(
      `select org_id::int as org, to_char(decided_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as decided
         from return_submissions where return_id = $1 and org_id = any($2) order by org_id`,
      [past, [b1.id, b2.id]],
    );
    expect(rows).toEqual([
      { org: b1.id, decided: '2026-04-07' },
      { org: b2.id, decided: '2026-04-13' },
    ]);
    const { rows: closed } = await w.db.query<{ day: string }>(
      `select to_char(closed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day from returns where id = $1`,
      [past],
    );
    expect(closed).toEqual([{ day: '2026-04-15' }]);
    const progress = await w.tables.progress(staff(district), past);
    expect(progress.counts).toMatchObject({ onTime: 1 });
  });

  it('leaves a past day to roles that hold history.backdate: every role that submits a return does', () => {
    const roles = Object.entries(ROLE_PERMISSIONS).filter(([, p]) => p.has('returns.fill'));
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.filter(([, p]) => !p.has('history.backdate')).map(([r]) => r)).toEqual([]);
  });
});
