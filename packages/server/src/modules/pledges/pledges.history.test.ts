import { TEST_TODAY } from '../../../test/clock.ts';

/**
 * 办实事 projects of 2020 followed up in 2026 (ADR 40): a milestone, the completion and a cancellation each keep the
 * day they happened — not in the future, not before what they follow — beside the moment they were entered, and
 * count in 2020.
 */

import { describe, expect, it } from 'vitest';
import { rejection } from '../../../test/factories.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import { type Actor, can, ROLES } from '../../access/access.ts';
import { chinaDayOf } from '../../shared/effective.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { createPledgesService } from './pledges.service.ts';
import { exportPledgeStats, getPledgeStats } from './pledges.stats.ts';

const w = serviceWorld({
  at: '2026-11-23T04:00:00Z', // 12:00 on 2026-11-23 in China: the service's today
  service: (db, clock) => createPledgesService(db, clock),
  tree: { union: 'root/district' },
  actors: { staff: ['staff', 'union'] },
});

/** A 2020 project with one milestone, reached on `doneOn` when given. */
async function project2020(doneOn?: string) {
  const p = await w.svc.createPledge(w.staff, {
    orgId: w.union.id,
    year: 2020,
    title: `户外劳动者驿站${w.t.unique()}`,
    category: 'conditions',
    budgetFen: 10_000_000,
    department: '职工服务部',
    milestones: [{ title: '建成投用', dueOn: '2020-06-30' }],
  });
  const milestoneId = (await w.svc.getPledge(w.staff, p.id)).milestones[0].id;
  if (doneOn) await w.svc.markMilestone(w.staff, p.id, milestoneId, doneOn);
  return { id: p.id, milestoneId };
}
const completion = (completedOn: string) => ({ completedOn, spentFen: 9_000_000, beneficiaryCount: 1200 });
const stats2020 = () =>
  getPledgeStats(w.db, w.staff, { orgId: w.union.id, fromYear: 2020, toYear: 2020 }, TEST_TODAY);

describe('a project of 2020 followed up in 2026', () => {
  it('keeps the days of its milestone and completion apart from their entry, and counts them in 2020', async () => {
    const { id } = await project2020('2020-05-20');
    const done = await w.svc.completePledge(w.staff, id, completion('2020-11-30'));
    expect(done).toMatchObject({ status: 'completed', completedOn: '2020-11-30' });
    expect(chinaDayOf(done.outcomeEnteredAt as string)).not.toBe('2020-11-30');
    const [m] = (await w.svc.getPledge(w.staff, id)).milestones;
    expect(m.doneOn).toBe('2020-05-20');
    expect(chinaDayOf(m.doneEnteredAt as string)).not.toBe('2020-05-20');
    expect(await stats2020()).toMatchObject({ promised: 1, completedInYear: 1, beneficiaries: 1200 });
  });

  it('a cancellation keeps its day and takes the project out of 2020', async () => {
    const { id } = await project2020('2020-04-01');
    const before = (await stats2020()).promised;
    const early = await rejection(w.svc.cancelPledge(w.staff, id, '用地未落实', '2020-03-31'));
    expect(early.messages.zh).toBe('撤销日期 2020-03-31 早于最近一个进度节点的完成日期 2020-04-01');
    const cancelled = await w.svc.cancelPledge(w.staff, id, '用地未落实', '2020-09-01');
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledOn: '2020-09-01' });
    expect((await stats2020()).promised).toBe(before - 1);
    const audit = await w.db.query<{ after: { effectiveOn?: string } }>(
      `select after from audit_log where entity = 'pledge' and entity_id = $1 and action = 'pledge.cancel'`,
      [String(id)],
    );
    expect(audit.rows[0].after.effectiveOn).toBe('2020-09-01');
  });

  it.each([
    {
      step: (p: { id: number; milestoneId: number }) =>
        w.svc.markMilestone(w.staff, p.id, p.milestoneId, '2026-11-24'),
      code: 'EFFECTIVE_IN_FUTURE',
      zh: '节点完成日期 2026-11-24 晚于今天（2026-11-23），不能记录未来的日期',
    },
    {
      step: (p: { id: number; milestoneId: number }) =>
        w.svc.markMilestone(w.staff, p.id, p.milestoneId, '2019-12-31'),
      code: 'EFFECTIVE_BEFORE_PRIOR',
      zh: '节点完成日期 2019-12-31 早于项目年度首日 2020-01-01',
    },
    {
      step: (p: { id: number }) => w.svc.completePledge(w.staff, p.id, completion('2026-11-24')),
      code: 'EFFECTIVE_IN_FUTURE',
      zh: '完成日期 2026-11-24 晚于今天（2026-11-23），不能记录未来的日期',
    },
    {
      step: (p: { id: number }) => w.svc.completePledge(w.staff, p.id, completion('2020-05-19')),
      code: 'EFFECTIVE_BEFORE_PRIOR',
      zh: '完成日期 2020-05-19 早于最近一个进度节点的完成日期 2020-05-20',
    },
    {
      step: (p: { id: number }) => w.svc.cancelPledge(w.staff, p.id, '用地未落实', '2026-11-24'),
      code: 'EFFECTIVE_IN_FUTURE',
      zh: '撤销日期 2026-11-24 晚于今天（2026-11-23），不能记录未来的日期',
    },
  ])('refuses: $zh', async ({ step, code, zh }) => {
    const p = await project2020('2020-05-20');
    const e = await rejection(step(p));
    expect([e.code, e.messages.zh]).toEqual([code, zh]);
  });

  it('is followed up only by roles that may record a past day', async () => {
    // Whoever may follow a project up may back-date a step; the others are refused before the day is looked at.
    for (const role of ROLES) {
      const actor = { role } as Actor;
      if (can(actor, 'pledges.write')) expect(can(actor, 'history.backdate'), role).toBe(true);
    }
    const { id } = await project2020();
    const e = await rejection(
      w.svc.completePledge(w.t.actor('reviewer', w.union), id, completion('2020-11-30')),
    );
    expect(e.kind).toBe('forbidden');
  });
});

describe('the states of the projects on any day (issue 23, ADR 43)', () => {
  it('reads completed, cancelled, open and overdue as they stood, from the recorded days', async () => {
    const own = await w.t.newOrg(await w.t.newRoot(), 'district');
    const clerk = w.t.actor('staff', own);
    const promise = async (year: number) =>
      (
        await w.svc.createPledge(clerk, {
          orgId: own.id,
          year,
          title: `职工之家${w.t.unique()}`,
          category: 'conditions',
          budgetFen: 1_000_000,
          department: '职工服务部',
        })
      ).id;
    const [a, b, c] = [await promise(2020), await promise(2020), await promise(2020)];
    await promise(2021);
    await w.svc.completePledge(clerk, a, completion('2020-11-30'));
    await w.svc.cancelPledge(clerk, b, '用地未落实', '2020-09-01');
    await w.svc.completePledge(clerk, c, completion('2021-03-15'));
    const on = async (asOf: string | undefined, toYear = 2020) =>
      (await getPledgeStats(w.db, clerk, { orgId: own.id, fromYear: 2020, toYear, asOf }, TEST_TODAY)).states;
    expect(await on('2020-08-31')).toEqual({ completed: 0, cancelled: 0, open: 3, overdue: 0 });
    expect(await on('2020-10-31')).toEqual({ completed: 0, cancelled: 1, open: 2, overdue: 0 });
    // by default, the last day of the period
    expect(await on(undefined)).toEqual({ completed: 1, cancelled: 1, open: 1, overdue: 0 });
    // a 2020 project still open in 2021 is overdue; the 2021 project is open in its year
    expect(await on('2021-01-31', 2021)).toEqual({ completed: 1, cancelled: 1, open: 2, overdue: 1 });
    expect(await on('2021-06-30', 2021)).toEqual({ completed: 2, cancelled: 1, open: 1, overdue: 0 });
    const s = await getPledgeStats(
      w.db,
      clerk,
      {
        orgId: own.id,
        fromYear: 2020,
        toYear: 2021,
        asOf: '2021-01-31',
      },
      TEST_TODAY,
    );
    expect(s).toMatchObject({ from: '2020-01-01', to: '2021-12-31', asOf: '2021-01-31' });
    // a day after today reads today's states, and the notes say so
    const later = await getPledgeStats(
      w.db,
      clerk,
      { orgId: own.id, fromYear: 2020, toYear: 2021, asOf: '2099-12-31' },
      TEST_TODAY,
    );
    expect(later.asOf).toBe(TEST_TODAY);
    expect(later.notes.find((n) => n.key === 'open')?.note.zh).toContain(`截至${TEST_TODAY}`);
    const e = await rejection(
      getPledgeStats(
        w.db,
        clerk,
        { orgId: own.id, fromYear: 2020, toYear: 2020, asOf: '2019-12-31' },
        TEST_TODAY,
      ),
    );
    expect(e.code).toBe('PLEDGE_INVALID');
    // the export lists the projects: beside the day completed or cancelled, the day it was entered
    const xlsx = await exportPledgeStats(
      w.db,
      clerk,
      { orgId: own.id, fromYear: 2020, toYear: 2021 },
      TEST_TODAY,
    );
    const list = await readSheet(xlsx.buffer, 'p.xlsx', { isHeader: (c) => c.includes('录入日期') });
    const col = (name: string) => list.headers.indexOf(name);
    const done = list.rows.find((r) => r.cells[col('完成日期')] === '2020-11-30')?.cells ?? [];
    expect(done[col('录入日期')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(done[col('录入日期')] > '2020-11-30').toBe(true);
    expect(list.rows.filter((r) => r.cells[col('撤销日期')] === '2020-09-01')).toHaveLength(1);
  });
});
