/**
 * The two registers' difference: a member whose record gives a model-worker level (the members list counts them as
 * 劳模) but who is on no row of the model workers register is listed for the clerk to reconcile; registering them
 * takes them off the list; a union sees only its own subtree.
 */
import { describe, expect, it } from 'vitest';
import { rejection } from '../../../test/factories.ts';
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
      registered: 2,
    });
  });

  it("says how many the subtree's register holds, none for a union without model workers", async () => {
    expect((await world.svc.unlistedMembers(staff(), { orgId: world.firm.id })).registered).toBeGreaterThan(
      0,
    );
    const empty = await world.t.newOrg(world.district, 'grassroots', '测试名册核对空工会');
    await world.t.newPerson(empty, { name: '核对丁', modelWorkerLevel: 'district' });
    expect(await world.svc.unlistedMembers(staff(), { orgId: empty.id })).toMatchObject({
      total: 1,
      registered: 0,
    });
  });

  it('registers a listed member by their id: linked, with the ID number of their record, off the list', async () => {
    const number = world.t.newIdNumber();
    const person = await world.t.newPerson(world.firm, {
      idNumber: number,
      name: '核对戊',
      modelWorkerLevel: 'city',
    });
    const before = await world.svc.unlistedMembers(staff(), { orgId: world.firm.id });
    expect(before.items.map((i) => i.personId)).toContain(person.id);
    const { id } = await world.svc.register(staff(), {
      orgId: world.firm.id,
      name: '核对戊',
      personId: person.id,
      honours: [title],
    });
    const m = await world.svc.get(staff(), id);
    expect(m).toMatchObject({ personId: person.id, idMasked: person.idMasked, gender: person.gender });
    const after = await world.svc.unlistedMembers(staff(), { orgId: world.firm.id });
    expect(after.total).toBe(before.total - 1);
    expect(after.items.map((i) => i.personId)).not.toContain(person.id);
    // the same member again: on the register already
    expect(
      await rejection(
        world.svc.register(staff(), {
          orgId: world.firm.id,
          name: '核对戊',
          personId: person.id,
          honours: [title],
        }),
      ),
    ).toMatchObject({ code: 'MODELWORKER_DUPLICATE' });
  });

  it('takes an ID number typed beside the member only when it is theirs', async () => {
    const number = world.t.newIdNumber();
    const person = await world.t.newPerson(world.firm, {
      idNumber: number,
      name: '核对己',
      modelWorkerLevel: 'city',
    });
    const register = (idNumber: string) =>
      world.svc.register(staff(), {
        orgId: world.firm.id,
        name: '核对己',
        personId: person.id,
        idNumber,
        honours: [title],
      });
    expect(await rejection(register(world.t.newIdNumber()))).toMatchObject({
      code: 'MODELWORKER_PERSON_MISMATCH',
      details: { field: 'idNumber' },
    });
    const wrongDigit = number.slice(0, 17) + (number.endsWith('0') ? '1' : '0');
    expect(await rejection(register(wrongDigit))).toMatchObject({
      code: 'MODELWORKER_ID_INVALID',
      details: { field: 'idNumber' },
    });
    const { id } = await register(number.toLowerCase());
    expect((await world.svc.get(staff(), id)).personId).toBe(person.id);
  });

  it('refuses a member out of reach, or none, as one that does not exist, and writes nothing', async () => {
    const outside = await world.t.newPerson(world.elsewhere, {
      name: '外区劳模乙',
      modelWorkerLevel: 'city',
    });
    const register = (personId: number) =>
      world.svc.register(staff(), { orgId: world.firm.id, name: '越权关联', personId, honours: [title] });
    expect(await rejection(register(outside.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(register(2 ** 40))).toMatchObject({ code: 'NOT_FOUND' });
    const left = await world.svc.list(staff(), { q: '越权关联' });
    expect(left.total).toBe(0);
  });

  it("refuses another district's subtree", async () => {
    await expect(world.svc.unlistedMembers(staff(), { orgId: world.elsewhere.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
