import { describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { createWellnessService } from './wellness.service.ts';
import { nominatedBatch } from './wellness.test-kit.ts';

describe('a worker giving a wellness place back', () => {
  const world = serviceWorld({
    at: '2025-05-10T09:00:00+08:00',
    service: (db, clock, t) => createWellnessService(db, t.services.ids, clock),
  });
  const worker = (personId: number) => world.t.actor('worker', null, personId);

  it('gives the place back to the union, tells its office and counts a withdrawal; not after the closing day', async () => {
    world.clock.set('2025-05-10T09:00:00+08:00');
    const { firm, batch, firmStaff, persons } = await nominatedBatch(world.t, world.svc, world.root);
    const [person] = persons;
    const officeUser = (await world.t.newUser('staff', firm)).id;
    expect((await world.svc.mine(worker(person))).items[0]).toMatchObject({
      id: batch.id,
      closesOn: '2025-06-01',
      canDecline: true,
    });
    // someone not on the list has nothing to give back
    const stranger = (await world.t.newPerson(firm, {})).id;
    await expect(world.svc.declineSelf(worker(stranger), batch.id, {})).rejects.toMatchObject({
      code: 'WELLNESS_NOT_NOMINATED',
    });

    await world.svc.declineSelf(worker(person), batch.id, { reason: '  家中有事  ' });
    expect((await world.svc.mine(worker(person))).total).toBe(0);
    const b = await world.svc.getBatch(firmStaff, batch.id);
    expect(b.allocations[0]).toMatchObject({ quota: 1, used: 0 });
    expect(b.nominations[0]).toMatchObject({ personId: person, status: 'withdrawn' });
    const { rows } = await world.db.query<{ title: string; body: string; link: string }>(
      `select title_zh as title, body_zh as body, link from messages where user_id = $1 and kind = 'wellness.declined'`,
      [officeUser],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].body).toContain('原因：家中有事');
    expect(rows[0].link).toBe(`/wellness/batches/${batch.id}`);
    // a withdrawal on the day given back, in the union's figures
    const day = await world.svc.stats(firmStaff, {
      orgId: firm.id,
      from: '2025-05-10',
      to: '2025-05-10',
    });
    expect(day.total).toMatchObject({ nominated: 1, withdrawn: 1 });
    // the union nominates another on the place given back
    const other = (await world.t.newPerson(firm, {})).id;
    await world.svc.nominate(firmStaff, batch.id, { orgId: firm.id, personId: other });

    // after the closing day the worker is told to ask the union
    world.clock.set('2025-06-02T09:00:00+08:00');
    expect((await world.svc.mine(worker(other))).items[0].canDecline).toBe(false);
    await expect(world.svc.declineSelf(worker(other), batch.id, {})).rejects.toMatchObject({
      code: 'WELLNESS_DECLINE_CLOSED',
    });
  });
});
