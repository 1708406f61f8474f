/**
 * A hardship file of 2020 brought in in 2026 through the page (ADR 40): opened, verified, reviewed and closed each on
 * its own day — not in the future, not before the step it follows — beside the moment it was entered, and counted
 * as of those days.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../test/clock.ts';
import { rejection } from '../../../test/factories.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import { type Actor, can, ROLES } from '../../access/access.ts';
import { chinaDayOf } from '../../shared/effective.ts';
import { createHardshipService } from './hardship.service.ts';
import { getHardshipStats } from './hardship.stats.ts';

const world = serviceWorld({
  at: '2026-11-23T04:00:00Z', // 12:00 on 2026-11-23 in China: the service's today
  service: (db, clock, t) => createHardshipService(db, t.services.ids, clock),
  tree: { union: 'root/district/grassroots' },
});
let staff: Actor;

beforeAll(() => {
  staff = world.t.actor('staff', world.union);
});

async function open(effectiveOn: string | null) {
  const person = await world.t.newPerson(world.union);
  return world.svc.createFile(staff, {
    personId: person.id,
    level: 'deep',
    causes: ['illness'],
    members: [],
    effectiveOn,
  });
}
/** A file opened on 2020-05-01 and verified on 2020-06-15. */
async function verifiedIn2020() {
  const f = await open('2020-05-01');
  await world.svc.verifyFile(staff, f.id, { verifiedOn: '2020-06-15' });
  return f;
}
const stats = (q: { year?: number; to?: string }) =>
  getHardshipStats(world.db, staff, { orgId: world.union.id, ...q }, TEST_TODAY);

describe('a file of 2020 brought in in 2026', () => {
  it('keeps the day of each step apart from its entry, and counts as of those days', async () => {
    const f = await open('2020-05-01');
    expect(f.openedOn).toBe('2020-05-01');
    await world.svc.verifyFile(staff, f.id, { verifiedOn: '2020-06-15' });
    const y2020 = await stats({ year: 2020 });
    expect([y2020.verified, y2020.inForce]).toEqual([1, 1]);
    expect((await stats({ to: '2020-06-14' })).inForce).toBe(0);
    await world.svc.reviewFile(staff, f.id, { reviewedOn: '2021-06-01' });
    const closed = await world.svc.closeFile(staff, f.id, { closedOn: '2021-09-01', reason: '家庭收入恢复' });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2021-09-01' });
    expect((await stats({ to: '2021-08-31' })).inForce).toBe(1);
    expect((await stats({ to: '2021-09-01' })).inForce).toBe(0);

    const { events } = await world.svc.getFile(staff, f.id);
    expect(events.map((e) => [e.kind, e.onDate])).toEqual([
      ['create', '2020-05-01'],
      ['verify', '2020-06-15'],
      ['review', '2021-06-01'],
      ['close', '2021-09-01'],
    ]);
    for (const e of events) expect(chinaDayOf(e.enteredAt)).not.toBe(e.onDate);
    const audit = await world.db.query<{ after: { effectiveOn?: string } }>(
      `select after from audit_log where entity = 'hardship_file' and entity_id = $1 and action = 'hardship_file.create'`,
      [String(f.id)],
    );
    expect(audit.rows[0].after.effectiveOn).toBe('2020-05-01');
  });

  it.each([
    {
      step: () => open('2026-11-24'),
      code: 'EFFECTIVE_IN_FUTURE',
      zh: '建档日期 2026-11-24 晚于今天（2026-11-23），不能记录未来的日期',
    },
    {
      step: async () => world.svc.verifyFile(staff, (await open(null)).id, { verifiedOn: '2026-11-24' }),
      code: 'EFFECTIVE_IN_FUTURE',
      zh: '认定日期 2026-11-24 晚于今天（2026-11-23），不能记录未来的日期',
    },
    {
      step: async () =>
        world.svc.verifyFile(staff, (await open('2020-05-01')).id, { verifiedOn: '2020-04-30' }),
      code: 'EFFECTIVE_BEFORE_PRIOR',
      zh: '认定日期 2020-04-30 早于建档日期 2020-05-01',
    },
    {
      step: async () =>
        world.svc.reviewFile(staff, (await verifiedIn2020()).id, { reviewedOn: '2020-06-14' }),
      code: 'EFFECTIVE_BEFORE_PRIOR',
      zh: '复核日期 2020-06-14 早于认定日期 2020-06-15',
    },
    {
      step: async () => {
        const f = await verifiedIn2020();
        await world.svc.reviewFile(staff, f.id, { reviewedOn: '2021-06-01' });
        return world.svc.closeFile(staff, f.id, { closedOn: '2021-05-31', reason: '家庭收入恢复' });
      },
      code: 'EFFECTIVE_BEFORE_PRIOR',
      zh: '销档日期 2021-05-31 早于上次复核日期 2021-06-01',
    },
  ])('refuses: $zh', async ({ step, code, zh }) => {
    const e = await rejection(step());
    expect([e.code, e.messages.zh]).toEqual([code, zh]);
  });

  it('is kept only by roles that may record a past day', async () => {
    // Whoever may keep a file may back-date a step; the others are refused before the day is looked at.
    for (const role of ROLES) {
      const actor = { role } as Actor;
      if (can(actor, 'hardship.write')) expect(can(actor, 'history.backdate'), role).toBe(true);
    }
    const f = await open('2020-05-01');
    const e = await rejection(
      world.svc.verifyFile(world.t.actor('reviewer', world.union), f.id, { verifiedOn: '2020-06-15' }),
    );
    expect(e.kind).toBe('forbidden');
  });
});
