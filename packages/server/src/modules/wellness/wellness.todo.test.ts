import { describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { createWellnessService } from './wellness.service.ts';
import { newWellnessDistrict } from './wellness.test-kit.ts';
import { wellnessTodo } from './wellness.todo.repository.ts';

const TODAY = '2025-05-10';

/** The to-do card 待推荐的疗休养名额 opens the wellness page on the quotas it counts, each with its places left. */
describe('the places to nominate (待推荐的疗休养名额)', () => {
  const world = serviceWorld({
    at: `${TODAY}T09:00:00+08:00`,
    service: (db, clock, t) => createWellnessService(db, t.services.ids, clock),
  });

  it('opens the card onto exactly the quotas it counts, in the caller’s subtree, their open places its count', async () => {
    const { d, firm, clerk, program, inst } = await newWellnessDistrict(world.t, world.svc, world.root);
    const firm2 = await world.t.newOrg(await world.t.newOrg(d, 'town'), 'grassroots');
    const other = await newWellnessDistrict(world.t, world.svc, world.root);
    const batch = async (clerkOf = clerk, programId = program.id, institutionId = inst.id) =>
      world.svc.createBatch(clerkOf, {
        programId,
        institutionId,
        title: `2025年职工疗休养${world.t.unique()}`,
        startsOn: '2025-06-10',
        endsOn: '2025-06-14',
        closesOn: '2025-06-01',
        places: 10,
      });
    const [first, full] = [await batch(), await batch()];
    // the firm: 3 places, one nominated (2 open); another town's firm: 2 open; a quota filled: none open
    await world.svc.allocate(clerk, first.id, { orgId: firm.id, quota: 3 });
    await world.svc.allocate(clerk, first.id, { orgId: firm2.id, quota: 2 });
    await world.svc.allocate(clerk, full.id, { orgId: firm.id, quota: 1 });
    const firmStaff = world.t.actor('staff', firm);
    for (const b of [first, full]) {
      const personId = (await world.t.newPerson(firm)).id;
      await world.svc.nominate(firmStaff, b.id, { orgId: firm.id, personId });
    }
    // another district's quota: 5 open places none of the first district sees
    const elsewhere = await batch(other.clerk, other.program.id, other.inst.id);
    await world.svc.allocate(other.clerk, elsewhere.id, { orgId: other.firm.id, quota: 5 });

    for (const [actor, count, unions] of [
      [clerk, 4, [firm.id, firm2.id]],
      [firmStaff, 2, [firm.id]],
      [world.t.actor('staff', firm2), 2, [firm2.id]],
      [other.clerk, 5, [other.firm.id]],
    ] as const) {
      const [card] = (await wellnessTodo.list(world.db, actor, TODAY)).filter((g) => g.kind === 'nominate');
      expect(card?.count).toBe(count);
      // the page the card opens: the wellness page showing the quotas to fill, of the caller's union
      const href = new URL(card.href, 'http://gonghui.test');
      expect([href.pathname, href.searchParams.get('show')]).toEqual(['/wellness', 'places']);
      const rows = await world.svc.listQuotasToFill(actor, actor.orgId as number);
      expect(rows.items.reduce((n, q) => n + q.open, 0)).toBe(card.count);
      expect(rows.items.map((q) => q.orgId).sort()).toEqual([...unions].sort());
      expect(rows.items.every((q) => q.open === q.quota - q.used && q.open > 0)).toBe(true);
      expect(rows.total).toBe(rows.items.length);
    }
    // another district's subtree is not the caller's to ask
    await expect(world.svc.listQuotasToFill(clerk, other.d.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

/** A worker's trip on their phone's to-do: its day is the day the trip starts, not a deadline for them to meet. */
describe('my recuperation trips (我的疗休养安排)', () => {
  const world = serviceWorld({
    at: `${TODAY}T09:00:00+08:00`,
    service: (db, clock, t) => createWellnessService(db, t.services.ids, clock),
  });

  it('says its day is the day the nearest trip starts; the places to nominate keep a deadline', async () => {
    const { firm, clerk, program, inst } = await newWellnessDistrict(world.t, world.svc, world.root);
    const batch = await world.svc.createBatch(clerk, {
      programId: program.id,
      institutionId: inst.id,
      title: `2025年职工疗休养${world.t.unique()}`,
      startsOn: '2025-06-10',
      endsOn: '2025-06-14',
      closesOn: '2025-06-01',
      places: 10,
    });
    await world.svc.allocate(clerk, batch.id, { orgId: firm.id, quota: 2 });
    const personId = (await world.t.newPerson(firm)).id;
    await world.svc.nominate(world.t.actor('staff', firm), batch.id, { orgId: firm.id, personId });
    const [trip] = await wellnessTodo.list(world.db, world.t.actor('worker', null, personId), TODAY);
    expect(trip).toMatchObject({ kind: 'trip', dueOn: '2025-06-10', dueIs: 'appointment' });
    const [places] = await wellnessTodo.list(world.db, clerk, TODAY);
    expect(places).toMatchObject({ kind: 'nominate', dueOn: '2025-06-01', dueIs: 'deadline' });
  });
});
