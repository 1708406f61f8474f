import { describe, expect, it } from 'vitest';
import { computeFigures } from '../src/modules/returns/returns.figures.compute.ts';
import { TEST_TODAY } from './clock.ts';
import { contextWorld } from './world-kit.ts';

/**
 * Ending a membership (issue 41): retired, left the unit, died or other, on the day it happened (ADR 40's rules),
 * audited; members as of a later day no longer count the person; the list shows them as ended; joining again.
 */
const w = contextWorld({ tree: { district: 'root/district', union: 'district/grassroots' } });

const membersOn = async (day: string) =>
  (
    await computeFigures(w.db, {
      rootPath: w.district.path,
      unions: [{ orgId: w.district.id, path: w.district.path }],
      from: '2026-01-01',
      to: day,
      keys: ['members'],
    })
  )
    .get(w.district.id)
    ?.get('members');

describe('ending a membership', () => {
  it('ends it on its day for its reason, audited; members as of a later day no longer count the person', async () => {
    const staff = w.t.actor('staff', w.district);
    const person = await w.t.newPerson(w.union, { joinedOn: '2020-03-01' });
    const before = await membersOn('2026-06-10');
    const ended = await w.t.services.people.endMembership(staff, person.id, {
      reason: 'retired',
      effectiveOn: '2026-06-01',
      note: '到龄退休',
    });
    expect(ended.orgId).toBeNull();
    expect(ended.memberships.at(-1)).toMatchObject({
      status: 'left',
      leftOn: '2026-06-01',
      endReason: 'retired',
      note: '到龄退休',
    });
    expect(await membersOn('2026-06-10')).toBe((before as number) - 1);
    expect(await membersOn('2026-05-31')).toBe(before);
    const { rows: counted } = await w.db.query<{ active: number }>(
      'select active from org_member_counts where org_id = $1',
      [w.union.id],
    );
    expect(counted[0].active).toBe(0);
    const { rows: audit } = await w.db.query<{ after: { reason: string; effectiveOn: string } }>(
      `select after from audit_log where action = 'person.membership.end' and entity_id = $1`,
      [String(person.id)],
    );
    expect(audit[0].after).toMatchObject({ reason: 'retired', effectiveOn: '2026-06-01' });
    // the member page still opens, and the list of ended memberships shows them as ended
    expect((await w.t.services.people.getPerson(staff, person.id)).memberships).toHaveLength(1);
    const list = await w.t.services.people.listMembers(staff, { ended: true });
    expect(list.items.find((p) => p.id === person.id)).toMatchObject({
      orgId: null,
      ended: { on: '2026-06-01', reason: 'retired', orgId: w.union.id },
    });
    expect((await w.t.services.people.listMembers(staff, {})).items.map((p) => p.id)).not.toContain(
      person.id,
    );
    // ended once: there is nothing more to end
    await expect(
      w.t.services.people.endMembership(staff, person.id, { reason: 'other' }),
    ).rejects.toMatchObject({ code: 'MEMBERSHIP_NOT_ACTIVE' });
  });

  it('takes today by default and refuses a future day, a day before joining, a day that is none', async () => {
    const staff = w.t.actor('staff', w.district);
    const person = await w.t.newPerson(w.union, { joinedOn: '2025-01-10' });
    await expect(
      w.t.services.people.endMembership(staff, person.id, { reason: 'left_unit', effectiveOn: '2099-01-01' }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_IN_FUTURE' });
    await expect(
      w.t.services.people.endMembership(staff, person.id, { reason: 'left_unit', effectiveOn: '2025-01-09' }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR' });
    await expect(
      w.t.services.people.endMembership(w.t.actor('staff', w.union), person.id, {
        reason: 'left_unit',
        effectiveOn: 'not-a-day',
      }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_DATE_INVALID' });
    const ended = await w.t.services.people.endMembership(staff, person.id, { reason: 'left_unit' });
    expect(ended.memberships.at(-1)).toMatchObject({ leftOn: TEST_TODAY, endReason: 'left_unit' });
  });

  it('lets a retired member join again (a new membership, the history kept), never one who died', async () => {
    const staff = w.t.actor('staff', w.district);
    const idNumber = w.t.newIdNumber();
    const person = await w.t.newPerson(w.union, { idNumber, joinedOn: '2015-05-01' });
    await w.t.services.people.endMembership(staff, person.id, {
      reason: 'retired',
      effectiveOn: '2026-01-31',
    });
    await expect(
      w.t.services.people.createPerson(staff, {
        name: person.name,
        idNumber,
        orgId: w.union.id,
        joinedOn: '2026-01-01',
      }),
    ).rejects.toMatchObject({ code: 'REJOIN_DATE_INVALID' });
    const back = await w.t.services.people.createPerson(staff, {
      name: person.name,
      idNumber,
      orgId: w.union.id,
      joinedOn: '2026-03-01',
    });
    expect(back).toMatchObject({ id: person.id, orgId: w.union.id, joinedOn: '2026-03-01' });
    const detail = await w.t.services.people.getPerson(staff, person.id);
    expect(detail.memberships.map((m) => m.status)).toEqual(['left', 'active']);

    const gone = w.t.newIdNumber();
    const died = await w.t.newPerson(w.union, { idNumber: gone });
    await w.t.services.people.endMembership(staff, died.id, { reason: 'died', effectiveOn: '2026-02-01' });
    await expect(
      w.t.services.people.createPerson(staff, { name: died.name, idNumber: gone, orgId: w.union.id }),
    ).rejects.toMatchObject({ code: 'MEMBER_DECEASED' });
  });
});
