import { describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import type { OrgRow } from '../org/index.ts';
import { listPersonRequests, type RequestKind } from './memberrequests.repository.ts';
import { createMemberRequestsService } from './memberrequests.service.ts';
import { memberRequestsTodo } from './memberrequests.todo.repository.ts';

describe("members' own requests: corrections and transfers", () => {
  const TODAY = new Date('2026-06-10T09:00:00+08:00');
  const world = serviceWorld({
    at: TODAY,
    service: (db, clock) => createMemberRequestsService(db, clock),
    tree: {
      districtA: 'root/district',
      firmA: 'districtA/town/grassroots',
      districtB: 'root/district',
      firmB: 'districtB/town/grassroots',
      outside: 'root/district/grassroots',
    },
  });

  const worker = (personId: number) => world.t.actor('worker', null, personId);
  const staff = (org: OrgRow) => world.t.actor('staff', org);

  async function counts(...orgs: OrgRow[]) {
    const { rows } = await world.db.query<{ orgId: number; active: number }>(
      'select org_id as "orgId", active from org_member_counts where org_id = any($1::bigint[])',
      [orgs.map((o) => o.id)],
    );
    return orgs.map((o) => Number(rows.find((r) => r.orgId === o.id)?.active ?? 0));
  }

  async function messages(personId: number) {
    const { rows } = await world.db.query<{ title: string }>(
      `select m.title_zh as title from messages m join users u on u.id = m.user_id
        where u.person_id = $1 order by m.id`,
      [personId],
    );
    return rows.map((r) => r.title);
  }

  it('applies a correction its union agrees to, audited from → to, and tells the worker', async () => {
    const p = await world.t.newPerson(world.firmA, { phone: '13900000001', employerName: '甲公司' });
    await world.t.newUser('worker', null, p.id);
    const r = await world.svc.fileRequest(worker(p.id), {
      kind: 'correction',
      phone: '13911112222',
      employer: '甲公司（北京）有限公司 ',
      name: p.name,
    });
    expect(r).toMatchObject({
      status: 'pending',
      newName: null,
      newPhone: '13911112222',
      oldPhone: '13900000001',
    });
    expect(r.newEmployer).toBe('甲公司（北京）有限公司 ');
    const done = await world.svc.acceptRequest(staff(world.districtA), r.id);
    expect(done).toMatchObject({ status: 'accepted', decidedOn: '2026-06-10' });
    const person = await world.t.services.people.getPerson(world.t.actor('admin', null), p.id);
    expect(person).toMatchObject({
      phone: '13911112222',
      employerName: '甲公司（北京）有限公司 ',
      name: p.name,
    });
    const { rows } = await world.db.query<{ before: { phone: string }; after: { phone: string } }>(
      `select before, after from audit_log where action = 'person.update' and entity_id = $1`,
      [String(p.id)],
    );
    expect(rows.at(-1)).toMatchObject({ before: { phone: '13900000001' }, after: { phone: '13911112222' } });
    expect(await messages(p.id)).toEqual(['信息更正申请已同意']);
  });

  it('moves a member across two districts only when both unions agree, in either order', async () => {
    for (const order of [
      ['from', 'to'],
      ['to', 'from'],
    ] as const) {
      const p = await world.t.newPerson(world.firmA);
      const before = await counts(world.firmA, world.firmB);
      world.clock.set('2026-06-05T09:00:00+08:00');
      const r = await world.svc.fileRequest(worker(p.id), {
        kind: 'transfer',
        toOrgId: world.firmB.id,
        employer: '乙公司',
      });
      world.clock.set(TODAY);
      const first = order[0] === 'from' ? staff(world.firmA) : staff(world.firmB);
      const second = order[0] === 'from' ? staff(world.firmB) : staff(world.firmA);
      const half = await world.svc.acceptRequest(first, r.id, { effectiveOn: '2026-06-08' });
      expect(half.status).toBe('pending');
      expect(half.canAct).toEqual([]);
      await expect(world.svc.acceptRequest(first, r.id)).rejects.toMatchObject({
        code: 'MEMBER_REQUEST_SIDE_DONE',
      });
      expect((await world.t.services.people.getPerson(world.t.actor('admin', null), p.id)).orgId).toBe(
        world.firmA.id,
      );
      const done = await world.svc.acceptRequest(second, r.id, { effectiveOn: '2026-06-09' });
      expect(done).toMatchObject({ status: 'accepted', decidedOn: '2026-06-09' });
      const person = await world.t.services.people.getPerson(world.t.actor('admin', null), p.id);
      expect(person).toMatchObject({ orgId: world.firmB.id, employerName: '乙公司' });
      const { rows } = await world.db.query<{ orgId: number; status: string; on: string }>(
        `select org_id as "orgId", status, to_char(coalesce(left_on, joined_on), 'YYYY-MM-DD') as on
           from memberships where person_id = $1 order by id`,
        [p.id],
      );
      expect(rows.map((m) => [m.orgId, m.status])).toEqual([
        [world.firmA.id, 'transferred'],
        [world.firmB.id, 'active'],
      ]);
      expect(rows[1].on).toBe('2026-06-09');
      expect(await counts(world.firmA, world.firmB)).toEqual([before[0] - 1, before[1] + 1]);
    }
  });

  it('ends a transfer when either union declines with a reason', async () => {
    const p = await world.t.newPerson(world.firmA);
    await world.t.newUser('worker', null, p.id);
    const r = await world.svc.fileRequest(worker(p.id), { kind: 'transfer', toOrgId: world.firmB.id });
    await world.svc.acceptRequest(staff(world.firmA), r.id);
    await expect(world.svc.declineRequest(staff(world.firmB), r.id, { reason: '  ' })).rejects.toMatchObject({
      code: 'MEMBER_REQUEST_REASON_REQUIRED',
    });
    const declined = await world.svc.declineRequest(staff(world.firmB), r.id, { reason: '本单位无此职工' });
    expect(declined).toMatchObject({ status: 'declined', declinedSide: 'to', reason: '本单位无此职工' });
    await expect(world.svc.acceptRequest(staff(world.firmA), r.id)).rejects.toMatchObject({
      code: 'MEMBER_REQUEST_DECIDED',
    });
    expect((await world.t.services.people.getPerson(world.t.actor('admin', null), p.id)).orgId).toBe(
      world.firmA.id,
    );
    expect(await messages(p.id)).toEqual([`${world.firmA.name}已同意转出`, '转会申请未获同意']);
    // a new request may be filed once the old one has ended
    await world.svc.fileRequest(worker(p.id), { kind: 'transfer', toOrgId: world.firmB.id });
  });

  it('lets no union outside both sides see or decide a request', async () => {
    const p = await world.t.newPerson(world.firmA);
    const r = await world.svc.fileRequest(worker(p.id), { kind: 'transfer', toOrgId: world.firmB.id });
    const c = await world.svc.fileRequest(worker(p.id), { kind: 'correction', name: '新名字' });
    for (const id of [r.id, c.id]) {
      await expect(world.svc.acceptRequest(staff(world.outside), id)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(
        world.svc.declineRequest(staff(world.outside), id, { reason: '无' }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(world.svc.getRequest(staff(world.outside), id)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    // the union joined sees the transfer but not the correction, which is the union left's to decide
    await expect(world.svc.acceptRequest(staff(world.firmB), c.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const incoming = await world.svc.listRequests(staff(world.districtB), {});
    expect(incoming.items.map((i) => i.id)).toContain(r.id);
    expect(incoming.items.map((i) => i.id)).not.toContain(c.id);
    const mine = await world.svc.listRequests(staff(world.outside), {});
    expect(mine.items.map((i) => i.id)).not.toContain(r.id);
    const { buffer } = await world.svc.exportRequests(staff(world.districtA), { kind: 'transfer' });
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
  });

  it('opens each to-do card onto the queue of its kind: as many rows as the card counts', async () => {
    const firm = await world.t.newOrg(await world.t.newOrg(world.districtB, 'town'), 'grassroots');
    const [a, b] = [await world.t.newPerson(firm), await world.t.newPerson(firm)];
    await world.svc.fileRequest(worker(a.id), { kind: 'correction', employer: '丁公司' });
    await world.svc.fileRequest(worker(b.id), { kind: 'transfer', toOrgId: world.firmA.id });
    const desk = await memberRequestsTodo.list(world.db, staff(firm), '2026-06-10');
    expect(desk.map((g) => [g.kind, g.count])).toEqual(
      expect.arrayContaining([
        ['correction', 1],
        ['release', 1],
      ]),
    );
    for (const card of desk) {
      const query = new URL(card.href, 'http://gonghui.test').searchParams;
      // the queue as the page opens it: its status filter starts on those still pending
      const rows = await world.svc.listRequests(staff(firm), {
        kind: (query.get('kind') ?? undefined) as RequestKind | undefined,
        status: 'pending',
      });
      expect([card.kind, rows.total]).toEqual([card.kind, card.count]);
    }
  });

  it('refuses a decision dated in the future', async () => {
    const p = await world.t.newPerson(world.firmA);
    const c = await world.svc.fileRequest(worker(p.id), { kind: 'correction', employer: '丙公司' });
    await expect(
      world.svc.acceptRequest(staff(world.firmA), c.id, { effectiveOn: '2026-06-11' }),
    ).rejects.toMatchObject({
      code: 'EFFECTIVE_IN_FUTURE',
    });
    const back = await world.svc.acceptRequest(staff(world.firmA), c.id, { effectiveOn: '2026-06-10' });
    expect(back.decidedOn).toBe('2026-06-10');
  });

  it('keeps one open request per person and kind when two arrive at once', async () => {
    const p = await world.t.newPerson(world.firmA);
    const answers = await Promise.allSettled([
      world.svc.fileRequest(worker(p.id), { kind: 'transfer', toOrgId: world.firmB.id }),
      world.svc.fileRequest(worker(p.id), { kind: 'transfer', toOrgId: world.firmB.id }),
    ]);
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    const refused = answers.find((a) => a.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'MEMBER_REQUEST_PENDING' });
    const mine = await world.svc.listMine(worker(p.id));
    expect(mine.items).toHaveLength(1);
    expect(mine.total).toBe(1);
    expect(mine.orgName).toBe(world.firmA.name);
  });

  it("says how many of a worker's requests there are beyond the cap", async () => {
    const p = await world.t.newPerson(world.firmA);
    const moved = await world.svc.fileRequest(worker(p.id), { kind: 'transfer', toOrgId: world.firmB.id });
    const renamed = await world.svc.fileRequest(worker(p.id), { kind: 'correction', name: `${p.name}改` });
    const mine = await world.svc.listMine(worker(p.id));
    expect(mine.items.map((r) => r.id)).toEqual([renamed.id, moved.id]);
    expect(mine.total).toBe(2);
    const cut = await listPersonRequests(world.db, p.id, 1);
    expect(cut.items.map((r) => r.id)).toEqual([renamed.id]);
    expect(cut.total).toBe(2);
    expect(cut.items[0]).not.toHaveProperty('countAll');
  });

  it('refuses a move to the same union, a closed or unknown union, and an empty correction', async () => {
    const p = await world.t.newPerson(world.firmA);
    await expect(
      world.svc.fileRequest(worker(p.id), { kind: 'transfer', toOrgId: world.firmA.id }),
    ).rejects.toMatchObject({
      code: 'MEMBER_REQUEST_SAME_UNION',
    });
    await expect(
      world.svc.fileRequest(worker(p.id), { kind: 'transfer', toOrgId: world.districtB.id }),
    ).rejects.toMatchObject({
      code: 'MEMBER_REQUEST_UNION_NOT_FOUND',
    });
    await expect(
      world.svc.fileRequest(worker(p.id), { kind: 'correction', name: p.name }),
    ).rejects.toMatchObject({
      code: 'MEMBER_REQUEST_EMPTY',
    });
  });
});
