import { describe, expect, it } from 'vitest';
import { refusedWhole } from '../../../test/register-kit.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { createCardService } from '../card/index.ts';
import type { OrgRow } from '../org/index.ts';
import { createActivitiesService } from './activities.service.ts';

describe('workers’ activities', () => {
  const world = serviceWorld({
    at: '2026-05-01T09:00:00+08:00',
    service: (db, clock) => createActivitiesService(db, clock),
    tree: {
      district: 'root/district',
      town: 'district/town',
      firm: 'town/grassroots',
      outside: 'root/district/grassroots',
    },
  });

  const staff = () => world.t.actor('staff', world.town);
  const worker = (personId: number) => world.t.actor('worker', null, personId);
  const activity = (places: number, extra: Partial<Parameters<typeof world.svc.create>[1]> = {}) =>
    world.svc.create(staff(), {
      orgId: world.town.id,
      title: '“大手拉小手”亲子活动',
      kind: 'family',
      place: '职工之家',
      places,
      signupFrom: '2026-05-01',
      signupUntil: '2026-05-10',
      sessions: [{ startsAt: '2026-05-16T09:00:00+08:00', endsAt: '2026-05-16T11:00:00+08:00' }],
      ...extra,
    });

  it('gives 50 places to 50 of 300 workers signing up at once; the rest wait in order', async () => {
    const { id } = await activity(50);
    const people: number[] = [];
    for (let i = 0; i < 300; i++) people.push((await world.t.newPerson(world.firm)).id);
    const answers = await Promise.all(people.map((p) => world.svc.signUpSelf(worker(p), id)));
    expect(answers.filter((a) => a.status === 'confirmed')).toHaveLength(50);
    expect(answers.filter((a) => a.status === 'waiting')).toHaveLength(250);
    const a = await world.svc.get(staff(), id);
    expect(a).toMatchObject({ places: 50, taken: 50, waiting: 250 });
    expect(a.roster.filter((r) => r.status === 'confirmed')).toHaveLength(50);
    // each sign-up counted once and audited once, in the statement that made it
    const { rows } = await world.db.query<{ counted: number; audited: number }>(
      `select (select n from report_counts where subject = 'activities.signups' and org_id = $2
                 and month = '2026-05-01' and dim = 'family')::int as counted,
              (select count(*)::int from audit_log where action = 'activity.signup' and entity_id = $1::text) as audited`,
      [id, world.firm.id],
    );
    expect(rows[0]).toEqual({ counted: 300, audited: 300 });
  });

  it('refuses a sign-up outside the window or after a cancel seen by another instance; one sign-up a person', async () => {
    const { id } = await activity(5);
    const [p, q] = [(await world.t.newPerson(world.firm)).id, (await world.t.newPerson(world.firm)).id];
    const other = createActivitiesService(world.db, world.clock);
    // the same person twice at once: one sign-up, one refusal
    const twice = await Promise.allSettled([
      world.svc.signUpSelf(worker(p), id),
      other.signUpSelf(worker(p), id),
    ]);
    expect(twice.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    expect(twice.find((x) => x.status === 'rejected')).toMatchObject({
      reason: { code: 'ACTIVITY_ALREADY_SIGNED_UP' },
    });
    const before = world.clock();
    world.clock.set('2026-05-11T09:00:00+08:00');
    await expect(other.signUpSelf(worker(q), id)).rejects.toMatchObject({ code: 'ACTIVITY_SIGNUP_CLOSED' });
    world.clock.set(before);
    await world.svc.cancel(staff(), id);
    // `other` still remembers the activity open: the statement finds it cancelled and says so
    await expect(other.signUpSelf(worker(q), id)).rejects.toMatchObject({ code: 'ACTIVITY_CANCELLED' });
    await expect(world.svc.signUpSelf(worker(q), id)).rejects.toMatchObject({ code: 'ACTIVITY_CANCELLED' });
    expect((await world.svc.get(staff(), id)).roster.map((r) => r.personId)).toEqual([p]);
  });

  it('promotes the first on the waiting list when someone cancels, and tells them', async () => {
    const { id } = await activity(1);
    const [a, b, c] = [
      (await world.t.newPerson(world.firm)).id,
      (await world.t.newPerson(world.firm)).id,
      (await world.t.newPerson(world.firm)).id,
    ];
    expect(await world.svc.signUpSelf(worker(a), id)).toEqual({ status: 'confirmed' });
    expect(await world.svc.signUpSelf(worker(b), id)).toEqual({ status: 'waiting' });
    expect(await world.svc.signUpSelf(worker(c), id)).toEqual({ status: 'waiting' });
    await expect(world.svc.signUpSelf(worker(b), id)).rejects.toMatchObject({
      code: 'ACTIVITY_ALREADY_SIGNED_UP',
    });
    const account = await world.t.newUser('worker', null, b);
    await world.svc.cancelSelf(worker(a), id);
    const mine = await world.svc.mine(worker(b));
    expect(mine.total).toBe(mine.items.length);
    expect(mine.items.find((x) => x.id === id)?.my).toMatchObject({ status: 'confirmed' });
    expect((await world.svc.mine(worker(c))).items.find((x) => x.id === id)?.my).toMatchObject({
      status: 'waiting',
      position: 1,
    });
    const { rows } = await world.db.query<{ n: number }>(
      `select count(*)::int as n from messages where user_id = $1 and kind = 'activity.promoted'`,
      [account.id],
    );
    expect(rows[0].n).toBe(1);
    // a worker outside the organiser's subtree cannot sign up
    const far = (await world.t.newPerson(world.outside)).id;
    await expect(world.svc.signUpSelf(worker(far), id)).rejects.toMatchObject({
      code: 'ACTIVITY_NOT_MEMBER',
    });
  });

  it('checks in by the door code, counts walk-ins, bars repeat no-shows, and counts it all by kind', async () => {
    const { id } = await activity(10, { noShowLimit: 1, noShowDays: 90 });
    const [p, q, walkIn] = [
      (await world.t.newPerson(world.firm)).id,
      (await world.t.newPerson(world.firm)).id,
      (await world.t.newPerson(world.firm)).id,
    ];
    await world.svc.signUpSelf(worker(p), id);
    await world.svc.signUpSelf(worker(q), id);
    const { codes } = await world.svc.get(staff(), id);
    await expect(world.svc.checkInSelf(worker(p), codes[0].code)).rejects.toMatchObject({
      code: 'ACTIVITY_CODE_UNKNOWN',
    });
    world.clock.set('2026-05-16T09:05:00+08:00');
    expect(await world.svc.checkInSelf(worker(p), codes[0].code)).toMatchObject({
      walkIn: false,
      already: false,
    });
    expect(await world.svc.checkInSelf(worker(p), codes[0].code)).toMatchObject({ already: true });
    expect(await world.svc.checkInSelf(worker(walkIn), codes[0].code)).toMatchObject({ walkIn: true });
    // q did not come: a later activity with the no-show rule refuses q within 90 days
    world.clock.set('2026-06-01T09:00:00+08:00');
    const later = await activity(10, {
      signupFrom: '2026-06-01',
      signupUntil: '2026-06-10',
      noShowLimit: 1,
      sessions: [{ startsAt: '2026-06-20T09:00:00+08:00', endsAt: '2026-06-20T10:00:00+08:00' }],
    });
    await expect(world.svc.signUpSelf(worker(q), later.id)).rejects.toMatchObject({
      code: 'ACTIVITY_NO_SHOW_BARRED',
    });
    expect(await world.svc.signUpSelf(worker(p), later.id)).toEqual({ status: 'confirmed' });
    // the same bar when q signs up together with someone else (one statement for both)
    const fresh = (await world.t.newPerson(world.firm)).id;
    const both = await Promise.allSettled([
      world.svc.signUpSelf(worker(q), later.id),
      world.svc.signUpSelf(worker(fresh), later.id),
    ]);
    expect(both.map((x) => (x.status === 'fulfilled' ? x.value.status : x.reason.code))).toEqual([
      'ACTIVITY_NO_SHOW_BARRED',
      'confirmed',
    ]);
    const stats = await world.svc.stats(staff(), { from: '2026-05-01', to: '2026-05-31' });
    expect(stats.byKind.find((k) => k.kind === 'family')).toMatchObject({ attendance: 2 });
    expect(stats.total.activities).toBeGreaterThanOrEqual(3);
    await expect(world.svc.get(world.t.actor('staff', world.outside), id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('staff record attendance and sign up only members of their own subtree', async () => {
    world.clock.set('2026-06-01T09:00:00+08:00');
    const { id } = await activity(10, { signupFrom: '2026-06-01', signupUntil: '2026-06-30' });
    const { sessions } = await world.svc.get(staff(), id);
    const far = (await world.t.newPerson(world.outside)).id;
    const near = (await world.t.newPerson(world.firm)).id;
    await expect(world.svc.checkInMember(staff(), id, sessions[0].id, far)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await world.svc.checkInMember(staff(), id, sessions[0].id, near)).toMatchObject({ walkIn: true });
    const bulk = await world.svc.signUpMembers(staff(), id, [far, near]);
    expect(bulk[0]).toMatchObject({ personId: far, zh: expect.stringContaining('不是') });
    expect(bulk[0].status).toBeUndefined();
    expect(bulk[1]).toMatchObject({ personId: near, status: 'confirmed' });
  });

  it('splits places among the unions below: each takes its own quota under concurrency, the rest share', async () => {
    world.clock.set('2026-06-01T09:00:00+08:00');
    const [firm2, firm3] = [
      await world.t.newOrg(world.town, 'grassroots'),
      await world.t.newOrg(world.town, 'grassroots'),
    ];
    const { id } = await activity(5, {
      signupFrom: '2026-06-01',
      signupUntil: '2026-06-30',
      quotas: [
        { orgId: world.firm.id, places: 2 },
        { orgId: firm2.id, places: 1 },
      ],
    });
    const crowd = async (org: OrgRow) => {
      const people: number[] = [];
      for (let i = 0; i < 20; i++) people.push((await world.t.newPerson(org)).id);
      return people;
    };
    const [a, b, c] = [await crowd(world.firm), await crowd(firm2), await crowd(firm3)];
    const answers = await Promise.all([...a, ...b, ...c].map((p) => world.svc.signUpSelf(worker(p), id)));
    const got = (from: number, to: number) =>
      answers.slice(from, to).filter((x) => x.status === 'confirmed').length;
    expect([got(0, 20), got(20, 40), got(40, 60)]).toEqual([2, 1, 2]);
    const detail = await world.svc.get(staff(), id);
    expect(detail).toMatchObject({ taken: 5, waiting: 55 });
    expect(detail.quotas.map((q) => [q.orgId, q.places, q.taken])).toEqual([
      [world.firm.id, 2, 2],
      [firm2.id, 1, 1],
    ]);
    expect(detail.roster.find((r) => r.personId === a[0])?.quotaOrgName).toBe(world.firm.name);
    // a place of firm's quota freed goes to firm's first waiting, not to an earlier waiting of another union
    const holder = a[answers.slice(0, 20).findIndex((x) => x.status === 'confirmed')];
    // the waiting list keeps the order the sign-ups reached the database, not the order they were sent
    const firstOfFirm = detail.roster.find(
      (r) => r.status === 'waiting' && r.quotaOrgName === world.firm.name && r.position === 1,
    )?.personId;
    expect(firstOfFirm).toBeDefined();
    await world.svc.cancelSelf(worker(holder), id);
    const roster = (await world.svc.get(staff(), id)).roster;
    expect(roster.find((r) => r.personId === firstOfFirm)?.status).toBe('confirmed');
    expect(roster.filter((r) => r.status === 'confirmed')).toHaveLength(5);
    // quotas must be below the organiser, apart, and within the places
    await expect(activity(5, { quotas: [{ orgId: world.town.id, places: 1 }] })).rejects.toMatchObject({
      code: 'ACTIVITY_QUOTA_NOT_BELOW',
    });
    await expect(
      activity(5, {
        quotas: [
          { orgId: world.firm.id, places: 3 },
          { orgId: firm2.id, places: 3 },
        ],
      }),
    ).rejects.toMatchObject({ code: 'ACTIVITY_QUOTA_TOO_MANY' });
  });

  it('联谊: a one-sided mark reveals nothing, a mutual one both and only them; others see a count, not who', async () => {
    world.clock.set('2026-06-01T09:00:00+08:00');
    const { id } = await activity(10, {
      kind: 'social',
      title: '单身青年联谊',
      signupFrom: '2026-06-01',
      signupUntil: '2026-06-30',
    });
    const names = ['张伟', '李娜', '王强'];
    const [zhang, li, wang] = await Promise.all(
      names.map(async (n) => (await world.t.newPerson(world.firm, { name: n })).id),
    );
    for (const p of [zhang, li, wang]) await world.svc.signUpSelf(worker(p), id);
    const seen = (await world.svc.participants(worker(zhang), id)).items;
    expect(seen.map((x) => x.name).sort()).toEqual(['娜', '强']);
    expect(JSON.stringify(seen)).not.toMatch(/李娜|王强|phone|idNumber/);
    const handle = (list: typeof seen, name: string) => list.find((x) => x.name === name)?.signupId as number;
    // 张伟 marks 李娜: 李娜 sees nothing of it, the organiser counts no pair
    expect(await world.svc.setInterest(worker(zhang), id, handle(seen, '娜'), true)).toEqual({
      mutual: false,
    });
    const liSees = (await world.svc.participants(worker(li), id)).items;
    expect(liSees.every((x) => !x.mutual && !x.marked && x.fullName === null)).toBe(true);
    expect((await world.svc.get(staff(), id)).pairs).toBe(0);
    // 李娜 marks 张伟 back: revealed to both, not to 王强
    expect(await world.svc.setInterest(worker(li), id, handle(liSees, '伟'), true)).toEqual({ mutual: true });
    expect((await world.svc.participants(worker(zhang), id)).items.find((x) => x.mutual)?.fullName).toBe(
      '李娜',
    );
    expect((await world.svc.participants(worker(li), id)).items.find((x) => x.mutual)?.fullName).toBe('张伟');
    expect((await world.svc.participants(worker(wang), id)).items.some((x) => x.mutual || x.fullName)).toBe(
      false,
    );
    await expect(world.svc.setInterest(worker(li), id, handle(liSees, '伟'), false)).rejects.toMatchObject({
      code: 'ACTIVITY_INTEREST_MUTUAL',
    });
    // the organiser sees the count, not who; a union above sees neither the roster nor who
    const mine = await world.svc.get(staff(), id);
    expect(mine.pairs).toBe(1);
    expect(JSON.stringify(mine)).not.toMatch(/activity_interests|marked/);
    const above = await world.svc.get(world.t.actor('staff', world.district), id);
    expect(above).toMatchObject({ pairs: 1, rosterPrivate: true, roster: [] });
    const stats = await world.svc.stats(staff(), { from: '2026-06-01', to: '2026-06-30' });
    expect(stats.byKind.find((k) => k.kind === 'social')?.pairs).toBe(1);
    // two marking each other at the same moment make one pair, counted once
    const zhao = (await world.t.newPerson(world.firm, { name: '赵敏' })).id;
    await world.svc.signUpSelf(worker(zhao), id);
    const w = (await world.svc.participants(worker(wang), id)).items.find((x) => x.name === '敏')
      ?.signupId as number;
    const z = (await world.svc.participants(worker(zhao), id)).items.find((x) => x.name === '强')
      ?.signupId as number;
    await Promise.all([
      world.svc.setInterest(worker(wang), id, w, true),
      world.svc.setInterest(worker(zhao), id, z, true),
    ]);
    expect((await world.svc.get(staff(), id)).pairs).toBe(2);
    // marks are for participants only
    const outsider = (await world.t.newPerson(world.firm)).id;
    await expect(world.svc.participants(worker(outsider), id)).rejects.toMatchObject({
      code: 'ACTIVITY_NOT_SIGNED_UP',
    });
  });

  it('staff check a worker in by scanning their member card; a card of another subtree or a wrong code is refused', async () => {
    world.clock.set('2026-06-01T09:00:00+08:00');
    const card = createCardService(world.db, world.clock);
    const { id } = await activity(10, { signupFrom: '2026-06-01', signupUntil: '2026-06-30' });
    const { sessions } = await world.svc.get(staff(), id);
    const near = await world.t.newPerson(world.firm, { name: '刘洋' });
    await world.svc.signUpSelf(worker(near.id), id);
    const token = (await card.mine(worker(near.id))).token;
    expect(await world.svc.checkInByCard(staff(), id, sessions[0].id, token)).toMatchObject({
      name: '刘洋',
      walkIn: false,
      already: false,
    });
    expect((await world.svc.get(staff(), id)).roster.find((r) => r.personId === near.id)?.attended).toBe(1);
    const far = (await world.t.newPerson(world.outside)).id;
    const farToken = (await card.mine(worker(far))).token;
    await expect(world.svc.checkInByCard(staff(), id, sessions[0].id, farToken)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(world.svc.checkInByCard(staff(), id, sessions[0].id, 'GHC1.x.y')).rejects.toMatchObject({
      code: 'CARD_CODE_UNREADABLE',
    });
    // a phone card's code expires minutes after it is shown
    world.clock.set('2026-06-01T10:00:00+08:00');
    await expect(world.svc.checkInByCard(staff(), id, sessions[0].id, token)).rejects.toMatchObject({
      code: 'CARD_NOT_VALID',
    });
  });

  it('counts by union and kind over a range of days, exports them, and keeps photos of a finished activity', async () => {
    world.clock.set('2026-07-01T09:00:00+08:00');
    const town2 = await world.t.newOrg(world.district, 'town');
    const [a, b] = [await world.t.newOrg(town2, 'grassroots'), await world.t.newOrg(town2, 'grassroots')];
    const boss = world.t.actor('staff', town2);
    const { id } = await world.svc.create(boss, {
      orgId: town2.id,
      title: '书法培训班',
      kind: 'class',
      place: '职工之家',
      places: 80,
      signupFrom: '2026-07-01',
      signupUntil: '2026-07-10',
      sessions: [{ startsAt: '2026-07-12T09:00:00+08:00', endsAt: '2026-07-12T11:00:00+08:00' }],
    });
    const people = [await world.t.newPerson(a), await world.t.newPerson(a), await world.t.newPerson(b)];
    for (const p of people) await world.svc.signUpSelf(worker(p.id), id);
    const { sessions } = await world.svc.get(boss, id);
    await world.svc.checkInMember(boss, id, sessions[0].id, people[0].id);
    const stats = await world.svc.stats(boss, { orgId: town2.id, from: '2026-07-01', to: '2026-07-31' });
    expect(stats.byKind.find((k) => k.kind === 'class')).toMatchObject({
      activities: 1,
      signups: 3,
      attendance: 1,
    });
    const row = (orgId: number) => stats.byUnion.find((u) => u.orgId === orgId);
    expect(row(a.id)).toMatchObject({ signups: 2, attendance: 1, kinds: [{ kind: 'class', signups: 2 }] });
    expect(row(b.id)).toMatchObject({ signups: 1, attendance: 0 });
    expect(row(town2.id)).toMatchObject({ activities: 1, signups: 0 });
    // a range that misses the days counts nothing
    expect(
      (await world.svc.stats(boss, { orgId: town2.id, from: '2026-08-01', to: '2026-08-31' })).total,
    ).toEqual({
      activities: 0,
      signups: 0,
      attendance: 0,
      pairs: 0,
    });
    const xlsx = await world.svc.statsXlsx(boss, { orgId: town2.id, from: '2026-07-01', to: '2026-07-31' });
    expect(xlsx.buffer.subarray(0, 2).toString()).toBe('PK');
    // by union: each union's kinds and 小计, then a 合计 of the 小计 rows (the period's whole)
    const july = await world.svc.stats(boss, { orgId: town2.id, from: '2026-07-01', to: '2026-07-31' });
    const byUnion = await readSheet(xlsx.buffer, 'stats.xlsx', { isHeader: (c) => c[0] === '工会' });
    const t = july.total;
    expect(byUnion.rows.at(-1)?.cells).toEqual([
      '合计',
      '',
      ...[t.activities, t.signups, t.attendance, t.pairs].map(String),
    ]);
    expect(byUnion.rows.filter((r) => r.cells[1] === '小计')).toHaveLength(july.byUnion.length);
    // photos: only once it is over, without the metadata, to the workers it was offered to
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x0a]),
      Buffer.from('Exif\0\0GP'),
      Buffer.from([0xff, 0xda, 0x00, 0x02, 0x11, 0x22, 0xff, 0xd9]),
    ]);
    await expect(world.svc.addPhoto(boss, id, jpeg)).rejects.toMatchObject({ code: 'ACTIVITY_NOT_FINISHED' });
    world.clock.set('2026-07-12T12:00:00+08:00');
    const { id: photoId } = await world.svc.addPhoto(boss, id, jpeg);
    expect((await world.svc.get(boss, id)).photos).toEqual([photoId]);
    const kept = await world.svc.myPhoto(worker(people[2].id), id, photoId);
    expect(kept.mime).toBe('image/jpeg');
    expect(Buffer.from(kept.bytes).includes(Buffer.from('Exif'))).toBe(false);
    const far = (await world.t.newPerson(world.outside)).id;
    await expect(world.svc.myPhoto(worker(far), id, photoId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(world.svc.photo(world.t.actor('staff', world.outside), id, photoId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses a sign-up the activity’s rule does not allow, saying which condition failed', async () => {
    world.clock.set('2026-06-01T09:00:00+08:00');
    const { id } = await activity(10, {
      signupFrom: '2026-06-01',
      signupUntil: '2026-06-30',
      rule: { op: 'all', rules: [{ op: 'person', field: 'isFrontLine', cmp: 'eq', value: true }] },
    });
    const office = await world.t.newPerson(world.firm, { name: '孙丽', isFrontLine: false });
    const shop = await world.t.newPerson(world.firm, { isFrontLine: true });
    const refused = await world.svc.signUpSelf(worker(office.id), id).catch((e) => e);
    expect(refused).toMatchObject({ code: 'ACTIVITY_NOT_ELIGIBLE' });
    expect(refused.messages.zh).toMatch(/^孙丽不符合报名条件：.*一线/);
    expect(refused.messages.en).toMatch(/does not meet the conditions: .*front/i);
    expect(await world.svc.signUpSelf(worker(shop.id), id)).toEqual({ status: 'confirmed' });
    // staff signing members up in bulk get the same explanation per person
    const bulk = await world.svc.signUpMembers(staff(), id, [office.id]);
    expect(bulk[0].zh).toMatch(/孙丽不符合报名条件/);
    // a rule the catalogue does not know is refused when the activity is made
    await expect(
      activity(10, {
        rule: { op: 'all', rules: [{ op: 'person', field: 'shoeSize', cmp: 'eq', value: 1 }] } as never,
      }),
    ).rejects.toMatchObject({ code: 'ACTIVITY_RULE_INVALID' });
  });

  it('sends sign-ups asked for at once in one statement: places in the order asked, each refusal its own', async () => {
    world.clock.set('2026-06-01T09:00:00+08:00');
    const { id } = await activity(3, {
      signupFrom: '2026-06-01',
      signupUntil: '2026-06-30',
      rule: { op: 'all', rules: [{ op: 'person', field: 'isFrontLine', cmp: 'eq', value: true }] },
    });
    const front = async () => (await world.t.newPerson(world.firm, { isFrontLine: true })).id;
    const [early, s1, s2, s3] = [await front(), await front(), await front(), await front()];
    const office = (await world.t.newPerson(world.firm, { isFrontLine: false })).id;
    const far = (await world.t.newPerson(world.outside, { isFrontLine: true })).id;
    expect(await world.svc.signUpSelf(worker(early), id)).toEqual({ status: 'confirmed' });
    const answers = await Promise.allSettled(
      [s1, office, far, early, s2, s3].map((p) => world.svc.signUpSelf(worker(p), id)),
    );
    expect(answers.map((a) => (a.status === 'fulfilled' ? a.value.status : a.reason.code))).toEqual([
      'confirmed',
      'ACTIVITY_NOT_ELIGIBLE',
      'ACTIVITY_NOT_MEMBER',
      'ACTIVITY_ALREADY_SIGNED_UP',
      'confirmed',
      'waiting',
    ]);
    const detail = await world.svc.get(staff(), id);
    expect(detail).toMatchObject({ taken: 3, waiting: 1 });
    const { rows } = await world.db.query<{ audited: number }>(
      `select count(*)::int as audited from audit_log where action = 'activity.signup' and entity_id = $1::text`,
      [id],
    );
    expect(rows[0].audited).toBe(4);
    // the same person twice in one turn, and a sign-up of theirs made elsewhere at the same moment: one each
    const other = createActivitiesService(world.db, world.clock);
    const [p, q, r] = [await front(), await front(), await front()];
    const race = await Promise.allSettled([
      world.svc.signUpSelf(worker(p), id),
      world.svc.signUpSelf(worker(q), id),
      world.svc.signUpSelf(worker(q), id),
      other.signUpSelf(worker(r), id),
      other.signUpSelf(worker(p), id),
    ]);
    expect(race.filter((x) => x.status === 'fulfilled')).toHaveLength(3);
    expect(race.filter((x) => x.status === 'rejected').map((x) => x.reason.code)).toEqual([
      'ACTIVITY_ALREADY_SIGNED_UP',
      'ACTIVITY_ALREADY_SIGNED_UP',
    ]);
    const roster = (await world.svc.get(staff(), id)).roster;
    expect(roster.filter((x) => [p, q, r].includes(x.personId)).map((x) => x.status)).toEqual([
      'waiting',
      'waiting',
      'waiting',
    ]);
  });

  it('signs up a sheet of members through the import pipeline: dry run, bilingual row errors, all or nothing', async () => {
    world.clock.set('2026-06-01T09:00:00+08:00');
    const sheets = createActivitiesService(world.db, world.clock, world.t.services.ids);
    const card = createCardService(world.db, world.clock);
    const { id } = await activity(1, { signupFrom: '2026-06-01', signupUntil: '2026-06-30' });
    const wang = await world.t.newPerson(world.firm, { name: '王芳' });
    const liId = world.t.newIdNumber();
    await world.t.newPerson(world.firm, { name: '李明', idNumber: liId });
    const far = await world.t.newPerson(world.outside, { name: '赵强' });
    const no = async (personId: number) => (await card.mine(worker(personId))).memberNo;
    const csv = (lines: string[]) => ({
      file: Buffer.from(['姓名,会员编号,身份证号码', ...lines].join('\n')),
      fileName: '报名.csv',
    });
    const good = csv([`王芳,${await no(wang.id)},`, `李明,,${liId}`]);
    const dry = await sheets.importSignups(staff(), id, { ...good, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, total: 2, created: 2, confirmed: 1, waiting: 1, errors: [] });
    expect((await world.svc.get(staff(), id)).roster).toHaveLength(0);
    const bad = csv([`王芳,${await no(wang.id)},`, `李四,,${liId}`, `赵强,${await no(far.id)},`, '王芳,,']);
    const errors = await refusedWhole(
      (dryRun) => sheets.importSignups(staff(), id, { ...bad, dryRun }),
      [
        [3, '姓名'],
        [4, '会员编号'],
        [5, '会员编号'],
      ],
      async () => (await world.svc.get(staff(), id)).roster,
    );
    expect(errors[0].messageZh).toBe('身份证号码对应的会员是「李明」，不是「李四」');
    expect(errors[0].messageEn).toBe("The ID number is 李明's, not 李四's");
    expect((await world.svc.get(staff(), id)).roster).toHaveLength(0);
    // a member number that does not parse: the member found by the ID number beside it, the name still compared;
    // a name that does not parse is not compared, and its row signs nobody up
    const partial = csv([`李四,${'1'.repeat(21)},${liId}`, `${'王'.repeat(51)},${await no(wang.id)},`]);
    const told = await sheets.importSignups(staff(), id, { ...partial, dryRun: true });
    expect(told.errors.map((e) => [e.rowNo, e.column])).toEqual([
      [2, '会员编号'],
      [2, '姓名'],
      [3, '姓名'],
    ]);
    expect(told.errors[1].messageEn).toBe("The ID number is 李明's, not 李四's");
    expect(told).toMatchObject({ created: 0 });
    const done = await sheets.importSignups(staff(), id, { ...good, dryRun: false });
    expect(done).toMatchObject({ dryRun: false, created: 2, confirmed: 1, waiting: 1 });
    const roster = (await world.svc.get(staff(), id)).roster;
    expect(roster.map((r) => [r.personName, r.status])).toEqual([
      ['王芳', 'confirmed'],
      ['李明', 'waiting'],
    ]);
    // signed up already: the whole sheet is refused again, saying why for each row
    const again = await sheets.importSignups(staff(), id, { ...good, dryRun: true });
    expect(again.errors.map((e) => e.messageZh)).toEqual(['王芳已报名此活动', '李明已报名此活动']);
  });
});
