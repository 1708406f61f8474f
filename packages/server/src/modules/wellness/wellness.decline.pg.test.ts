/**
 * A worker giving a place back while the clerk withdraws the same nomination: the place returns to the union's
 * quota once. Two transactions at once: PostgreSQL only.
 */
import { describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { createWellnessService } from './wellness.service.ts';
import { nominatedBatch } from './wellness.test-kit.ts';

describe('a place given back while the clerk withdraws it', () => {
  const world = serviceWorld({
    at: '2025-05-10T09:00:00+08:00',
    service: (db, clock, t) => createWellnessService(db, t.services.ids, clock),
  });

  it('frees the quota once, and tells the worker the nomination has ended', async () => {
    const { firm, batch, firmStaff, persons } = await nominatedBatch(world.t, world.svc, world.root, {
      quota: 2,
      nominees: 2,
    });
    const [person] = persons;
    const nomination = (await world.svc.getBatch(firmStaff, batch.id)).nominations.find(
      (n) => n.personId === person,
    );
    // the clerk's withdrawal holds the nomination's row; the worker's decline reads it as live and waits to end it
    let locked!: () => void;
    let finish!: () => void;
    const lockedP = new Promise<void>((r) => (locked = r));
    const finishP = new Promise<void>((r) => (finish = r));
    const clerk = world.db.tx(async (sql) => {
      await sql.query('select id from wellness_nominations where id = $1 for update', [nomination?.id]);
      locked();
      await finishP;
      await sql.query(
        `update wellness_nominations set status = 'withdrawn', ended_on = '2025-05-10' where id = $1`,
        [nomination?.id],
      );
      await sql.query('update wellness_allocations set used = used - 1 where batch_id = $1 and org_id = $2', [
        batch.id,
        firm.id,
      ]);
    });
    await lockedP;
    const decline = world.svc.declineSelf(world.t.actor('worker', null, person), batch.id, {}).then(
      () => null,
      (e: unknown) => e,
    );
    // the decline is waiting on the clerk's lock before the clerk goes on
    for (;;) {
      const { rows } = await world.db.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`,
      );
      if (rows[0].n > 0) break;
      await new Promise((r) => setImmediate(r));
    }
    finish();
    await clerk;
    expect(await decline).toMatchObject({ code: 'WELLNESS_NOMINATION_ENDED' });
    const b = await world.svc.getBatch(firmStaff, batch.id);
    expect(b.allocations.find((a) => a.orgId === firm.id)).toMatchObject({ quota: 2, used: 1 });
  });
});
