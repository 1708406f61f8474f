import { describe, expect, it } from 'vitest';
import { rejection } from '../../../test/factories.ts';
import { worldPerFile } from '../../../test/world-kit.ts';
import type { AppError } from '../../shared/errors.ts';
import { createContestsWorld } from './contests.test-kit.ts';

const w = worldPerFile(createContestsWorld);

describe('creating a contest', () => {
  it('is for a union of the subtree, with distinct events and dates in order', async () => {
    const c = await w.contests.createContest(w.cityStaff, w.skillsContest());
    expect(c).toMatchObject({ status: 'open', level: 'city', orgId: w.district.id });
    expect(c.events.map((e) => [e.name, e.mode, e.limitPerUnion, e.teamSize])).toEqual([
      ['电工', 'individual', 2, null],
      ['焊工', 'individual', null, null],
      ['数控团队', 'team', null, 3],
    ]);
    expect((await rejection(w.contests.createContest(w.staffA, w.skillsContest()))).code).toBe('NOT_FOUND');
    expect(
      (await rejection(w.contests.createContest(w.cityStaff, w.skillsContest({ endsOn: '2020-08-01' }))))
        .code,
    ).toBe('CONTEST_DATES_REVERSED');
    const twice = w.skillsContest({
      events: [
        { name: '电工', mode: 'individual' },
        { name: ' 电工', mode: 'individual' },
      ],
    });
    expect((await rejection(w.contests.createContest(w.cityStaff, twice))).code).toBe(
      'CONTEST_EVENT_REPEATED',
    );
  });

  it('keeps names as typed, full-width brackets included, and still finds two events that read the same', async () => {
    const c = await w.contests.createContest(
      w.cityStaff,
      w.skillsContest({
        name: '第十届职工技能大赛（电工）',
        events: [{ name: '电工（高压）', mode: 'individual' }],
      }),
    );
    expect(c.name).toBe('第十届职工技能大赛（电工）');
    expect(c.events.map((e) => e.name)).toEqual(['电工（高压）']);
    const alike = w.skillsContest({
      events: [
        { name: '电工（高压）', mode: 'individual' },
        { name: '电工 (高压)', mode: 'individual' },
      ],
    });
    expect((await rejection(w.contests.createContest(w.cityStaff, alike))).code).toBe(
      'CONTEST_EVENT_REPEATED',
    );
  });

  it('is seen by the unions of its subtree and those above, not by others', async () => {
    const c = await w.contests.createContest(w.cityStaff, w.skillsContest());
    expect(await w.contests.getContest(w.staffA, c.id)).toMatchObject({ id: c.id, mayManage: false });
    expect((await w.contests.getContest(w.cityStaff, c.id)).mayManage).toBe(true);
    expect((await w.contests.listContests(w.staffA, { pageSize: 200 })).items.map((x) => x.id)).toContain(
      c.id,
    );
    expect((await rejection(w.contests.getContest(w.otherStaff, c.id))).code).toBe('NOT_FOUND');
    expect(
      (await w.contests.listContests(w.otherStaff, { pageSize: 200 })).items.map((x) => x.id),
    ).not.toContain(c.id);
  });
});

describe('registering entries', () => {
  it('takes a team and individuals of the union, each person once per event, within the limits', async () => {
    const c = await w.contests.createContest(w.cityStaff, w.skillsContest({ limitPerUnion: 4 }));
    const [elec, weld, team] = c.events;
    const [p1, p2, p3, p4] = await w.members(w.unionA, 4);
    const [b1] = await w.members(w.unionB, 1);
    const t1 = await w.enter(c.id, team.id, [p1.id, p2.id], { name: '数控一队' });
    expect(t1.members.map((m) => m.personId)).toEqual([p1.id, p2.id]);
    await w.enter(c.id, elec.id, [p1.id]);
    await w.enter(c.id, elec.id, [p3.id]);
    // The per-event limit (2 in 电工) and then the per-union limit (4 in the contest).
    expect((await rejection(w.enter(c.id, elec.id, [p4.id]))).code).toBe('CONTEST_EVENT_LIMIT');
    // A person may enter another event: the fourth entry fills the union's places.
    await w.enter(c.id, weld.id, [p3.id]);
    expect((await rejection(w.enter(c.id, weld.id, [p4.id]))).code).toBe('CONTEST_UNION_LIMIT');
    // A person enters an event once, even for another union; a member of another union is refused.
    const twice = await rejection(w.enter(c.id, team.id, [p1.id, p4.id], { by: w.cityStaff, name: '二队' }));
    expect(twice.code).toBe('CONTEST_ALREADY_ENTERED');
    expect(twice.messages.zh).toContain(p1.name);
    const outside = await rejection(w.enter(c.id, weld.id, [p4.id], { by: w.staffB, org: w.unionB }));
    expect(outside.code).toBe('CONTEST_PERSON_OUTSIDE');
    expect((await rejection(w.enter(c.id, weld.id, [p4.id], { by: w.staffB }))).code).toBe('NOT_FOUND');
    // The mode decides who enters: one person, a named team of 2 to its size.
    expect((await rejection(w.enter(c.id, weld.id, [], { by: w.staffB, org: w.unionB }))).code).toBe(
      'CONTEST_ENTRY_MEMBERS',
    );
    expect(
      (await rejection(w.enter(c.id, team.id, [b1.id, p4.id], { by: w.staffB, org: w.unionB }))).code,
    ).toBe('CONTEST_ENTRY_NAME_REQUIRED');
    // Each union sees its own entries; the organiser sees them all.
    expect((await w.contests.listEntries(w.staffB, c.id)).length).toBe(0);
    expect((await w.contests.listEntries(w.staffA, c.id)).length).toBe(4);
    expect((await w.contests.listEntries(w.cityStaff, c.id)).length).toBe(4);
  });

  it('is refused for a union outside the organiser, and after registration closed', async () => {
    const c = await w.contests.createContest(w.cityStaff, w.skillsContest());
    const [person] = await w.members(w.otherDistrict, 1);
    const other = await rejection(
      w.enter(c.id, c.events[1].id, [person.id], { by: w.t.actor('staff', w.city), org: w.otherDistrict }),
    );
    expect(other.code).toBe('CONTEST_UNION_OUTSIDE');
    await w.contests.closeRegistration(w.cityStaff, c.id);
    const [p] = await w.members(w.unionB, 1);
    expect(
      (await rejection(w.enter(c.id, c.events[1].id, [p.id], { by: w.staffB, org: w.unionB }))).code,
    ).toBe('CONTEST_NOT_OPEN');
    expect((await rejection(w.contests.closeRegistration(w.staffA, c.id))).code).toBe('NOT_FOUND');
  });

  it('holds the per-union limit when a union registers several entries at once', async () => {
    const c = await w.contests.createContest(w.cityStaff, w.skillsContest({ limitPerUnion: 2 }));
    const people = await w.members(w.unionB, 6);
    const settled = await Promise.allSettled(
      people.map((p) => w.enter(c.id, c.events[1].id, [p.id], { by: w.staffB, org: w.unionB })),
    );
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(2);
    const reasons = settled.flatMap((s) => (s.status === 'rejected' ? [(s.reason as AppError).code] : []));
    expect(new Set(reasons)).toEqual(new Set(['CONTEST_UNION_LIMIT']));
    const { rows } = await w.db.query<{ n: number }>(
      'select count(*)::int as n from contest_entries where contest_id = $1',
      [c.id],
    );
    expect(rows[0].n).toBe(2);
  });
});
