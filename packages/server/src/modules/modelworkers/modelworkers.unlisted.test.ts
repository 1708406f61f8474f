/**
 * The two registers' difference: a member whose record gives a model-worker level (the members list counts them as
 * 劳模) but who is on no row of the model workers register is listed for the clerk to reconcile; registering them
 * takes them off the list; a union sees only its own subtree.
 */
import { describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { createModelWorkersService } from './modelworkers.service.ts';

describe('members marked as model workers but not on the register', () => {
  const world = serviceWorld({
    at: '2026-03-01T09:00:00+08:00',
    service: (db, clock, t) => createModelWorkersService(db, t.services.ids, clock),
    tree: {
      district: ['root/district', '测试名册核对区总工会'],
      firm: ['district/grassroots', '测试名册核对企业工会'],
      elsewhere: ['root/district', '测试名册核对外区总工会'],
    },
  });
  const staff = () => world.t.actor('staff', world.district);
  const title = { level: 'district', kind: 'model', title: '区劳动模范', year: 2021 } as const;

  it('lists them, with the level their record gives, until they are registered', async () => {
    const marked = world.t.newIdNumber();
    await world.t.newPerson(world.firm, { idNumber: marked, name: '核对甲', modelWorkerLevel: 'city' });
    const registered = world.t.newIdNumber();
    await world.t.newPerson(world.firm, { idNumber: registered, name: '核对乙' });
    await world.svc.register(staff(), {
      orgId: world.firm.id,
      name: '核对乙',
      idNumber: registered,
      honours: [title],
    });
    await world.t.newPerson(world.firm, { name: '核对丙' });
    await world.t.newPerson(world.elsewhere, { name: '外区劳模', modelWorkerLevel: 'national' });

    const before = await world.svc.unlistedMembers(staff(), {});
    expect(before.total).toBe(1);
    expect(before.items).toEqual([
      expect.objectContaining({
        name: '核对甲',
        level: 'city',
        orgId: world.firm.id,
        orgName: world.firm.name,
      }),
    ]);
    expect(before.items[0].idMasked).toMatch(/\*{8}/);
    expect(JSON.stringify(before)).not.toContain(marked);

    await world.svc.register(staff(), {
      orgId: world.firm.id,
      name: '核对甲',
      idNumber: marked,
      honours: [title],
    });
    expect(await world.svc.unlistedMembers(staff(), { orgId: world.firm.id })).toEqual({
      total: 0,
      items: [],
    });
  });

  it("refuses another district's subtree", async () => {
    await expect(world.svc.unlistedMembers(staff(), { orgId: world.elsewhere.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
