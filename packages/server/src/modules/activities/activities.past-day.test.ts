import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockOn } from '../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import { ROLE_PERMISSIONS } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { createActivitiesService } from './activities.service.ts';

/**
 * Issue 42, ADR 40: staff bring a past activity in — its sign-ups on the day they were made, inside its window, and
 * who attended each session — and the counts go on those days, not the day typed.
 */
describe('a past activity recorded after the fact', () => {
  let db: Db;
  let t: TestContext;
  let svc: ReturnType<typeof createActivitiesService>;
  let town: OrgRow;
  let firm: OrgRow;

  beforeAll(async () => {
    ({ db, ctx: t } = await openTestContext());
    svc = createActivitiesService(db, clockOn('2026-11-25'));
    town = await t.newOrg(await t.newOrg(await t.newRoot(), 'district'), 'town');
    firm = await t.newOrg(town, 'grassroots');
  });
  afterAll(() => db.close());

  const staff = () => t.actor('staff', town);
  const pastActivity = () =>
    svc.create(staff(), {
      orgId: town.id,
      title: '2020年职工健步走',
      kind: 'sports',
      place: '奥林匹克公园',
      places: 10,
      signupFrom: '2020-05-01',
      signupUntil: '2020-05-10',
      sessions: [{ startsAt: '2020-05-16T09:00:00+08:00', endsAt: '2020-05-16T11:00:00+08:00' }],
    });
  const counted = async (subject: string, orgId: number) =>
    (
      await db.query<{ month: string; n: number }>(
        `select to_char(month, 'YYYY-MM-DD') as month, n::int from report_counts
          where subject = $1 and org_id = $2 and dim = 'sports' order by month`,
        [subject, orgId],
      )
    ).rows;

  it('signs members up on a past day inside the window and counts them on it', async () => {
    const { id } = await pastActivity();
    const [p, q] = [(await t.newPerson(firm)).id, (await t.newPerson(firm)).id];
    // today is after the window: refused, as before
    expect((await svc.signUpMembers(staff(), id, [p]))[0]).toMatchObject({
      zh: expect.stringContaining('报名时间为2020-05-01至2020-05-10'),
    });
    expect(await svc.signUpMembers(staff(), id, [p, q], '2020-05-03')).toEqual([
      { personId: p, status: 'confirmed' },
      { personId: q, status: 'confirmed' },
    ]);
    expect(await counted('activities.signups', firm.id)).toEqual([{ month: '2020-05-03', n: 2 }]);
    const roster = (await svc.get(staff(), id)).roster;
    expect(roster.map((r) => r.signedOn)).toEqual(['2020-05-03', '2020-05-03']);
  });

  it('refuses a day before sign-up opened, after it closed, or in the future', async () => {
    const { id } = await pastActivity();
    const p = (await t.newPerson(firm)).id;
    await expect(svc.signUpMembers(staff(), id, [p], '2020-04-30')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      messages: { zh: '报名日期 2020-04-30 早于报名开始日期 2020-05-01' },
    });
    await expect(svc.signUpMembers(staff(), id, [p], '2026-11-26')).rejects.toMatchObject({
      code: 'EFFECTIVE_IN_FUTURE',
    });
    expect((await svc.signUpMembers(staff(), id, [p], '2020-05-11'))[0].status).toBeUndefined();
  });

  it('records who attended a past session on its day, and refuses a day outside the session', async () => {
    const { id } = await pastActivity();
    const { sessions } = await svc.get(staff(), id);
    const [p, walkIn] = [(await t.newPerson(firm)).id, (await t.newPerson(firm)).id];
    await svc.signUpMembers(staff(), id, [p], '2020-05-02');
    await expect(svc.checkInMember(staff(), id, sessions[0].id, p, '2020-05-15')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      details: { field: 'attendedOn' },
    });
    await expect(svc.checkInMember(staff(), id, sessions[0].id, p, '2020-05-17')).rejects.toMatchObject({
      code: 'ACTIVITY_ATTENDED_AFTER_SESSION',
    });
    expect(await svc.checkInMember(staff(), id, sessions[0].id, p, '2020-05-16')).toMatchObject({
      walkIn: false,
      already: false,
    });
    expect(await svc.checkInMember(staff(), id, sessions[0].id, walkIn, '2020-05-16')).toMatchObject({
      walkIn: true,
    });
    const { rows } = await db.query<{ day: string }>(
      `select to_char(checked_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day from activity_attendance
        where session_id = $1`,
      [sessions[0].id],
    );
    expect(rows.map((r) => r.day)).toEqual(['2020-05-16', '2020-05-16']);
    expect(await counted('activities.attendance', firm.id)).toEqual([{ month: '2020-05-16', n: 2 }]);
    const audit = await db.query<{ after: { effectiveOn?: string } }>(
      `select after from audit_log where action = 'activity.checkin' and entity_id = $1::text`,
      [id],
    );
    expect(audit.rows.map((r) => r.after.effectiveOn)).toEqual(['2020-05-16', '2020-05-16']);
  });

  it('cancels a past activity on its day, not before its latest sign-up nor in the future, telling nobody now', async () => {
    const { id } = await pastActivity();
    const p = (await t.newPerson(firm)).id;
    await svc.signUpMembers(staff(), id, [p], '2020-05-04');
    await expect(svc.cancel(staff(), id, '2020-05-03')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      messages: {
        zh: '取消活动日期 2020-05-03 早于最近一次报名日期 2020-05-04',
        en: 'The cancellation date 2020-05-03 is before the latest sign-up day 2020-05-04',
      },
    });
    await expect(svc.cancel(staff(), id, '2026-11-26')).rejects.toMatchObject({
      code: 'EFFECTIVE_IN_FUTURE',
    });
    expect(await svc.cancel(staff(), id, '2020-05-08')).toEqual({ ok: true });
    const { rows } = await db.query<{ status: string; day: string }>(
      `select status, to_char(cancelled_on, 'YYYY-MM-DD') as day from activities where id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({ status: 'cancelled', day: '2020-05-08' });
    const told = await db.query(
      `select 1 from messages where kind = 'activity.cancelled' and entity_id = $1`,
      [id],
    );
    expect(told.rows).toEqual([]);
    // the activity still counts on its session's day, as every cancelled one does
    expect(await counted('activities.held', town.id)).toEqual([
      { month: '2020-05-16', n: expect.any(Number) },
    ]);
  });

  it('leaves a past day to roles that hold history.backdate: every role that signs members up does', () => {
    const roles = Object.entries(ROLE_PERMISSIONS).filter(([, p]) => p.has('activities.manage'));
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.filter(([, p]) => !p.has('history.backdate')).map(([r]) => r)).toEqual([]);
  });
});
