import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, TEST_NOW } from '../../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import { type Actor, subtreeCondition } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { OrgRow } from '../../org/index.ts';
import { seedPrograms } from '../../programs/index.ts';
import { sumCounts } from '../../reporting/index.ts';
import { insertStudio } from '../problems/index.ts';
import { listMastersAndPairs } from './mentoring.repository.ts';
import { expectedSessions, mentoringFlags, qualifiesForSubsidy } from './mentoring.rules.ts';

let db: Db;
let ctx: TestContext;
let root: OrgRow;
let union: OrgRow;
let staff: Actor;
let cityStudio: number;
let districtStudio: number;
let master: number;
const apprentices: number[] = [];
/** The services' day: past July 1st, so accepted pairs are expected to have met (5 sessions by then). */
const today = '2026-09-15';
const year = 2026;

const m = () => ctx.services.innovation.mentoring;
const status = () => ctx.services.innovation.mentoringStatus;
const apprentice = (personId: number) => ctx.actor('worker', null, personId);

beforeAll(async () => {
  ({ db, ctx } = await openTestContext({ clock: fixedClock(`${today}T02:00:00Z`) }));
  root = await ctx.newRoot();
  await db.tx((sql) =>
    seedPrograms(sql, new Map([['北京市总工会', root]]), null, { activity: false, now: TEST_NOW }),
  );
  const district = await ctx.newOrg(root, 'district');
  union = await ctx.newOrg(district);
  staff = ctx.actor('staff', district);
  master = (await ctx.newPerson(union, { isFrontLine: true })).id;
  const other = (await ctx.newPerson(union)).id;
  cityStudio = await insertStudio(db, union, {
    name: '市级名师工作室',
    level: 'city',
    leaderPersonId: master,
  });
  districtStudio = await insertStudio(db, union, {
    name: '区级工作室',
    level: 'district',
    leaderPersonId: other,
  });
  for (let i = 0; i < 6; i++) apprentices.push((await ctx.newPerson(union)).id);
});

afterAll(async () => {
  await db?.close();
});

describe('mentoring rules', () => {
  it('expects no session before July, pro rata after, all 6 for a past year', () => {
    expect(expectedSessions(2026, '2026-06-30')).toBe(0);
    expect(expectedSessions(2026, '2026-07-01')).toBe(3);
    expect(expectedSessions(2026, '2026-11-22')).toBe(6);
    expect(expectedSessions(2025, '2026-01-05')).toBe(6);
    expect(expectedSessions(2027, '2026-11-22')).toBe(0);
    expect(mentoringFlags({ accepted: 1, confirmed: [6] }, 6)).toEqual({
      fewApprentices: true,
      behindPairs: 0,
    });
    expect(qualifiesForSubsidy({ accepted: 2, confirmed: [6, 5] })).toBe(false);
    expect(qualifiesForSubsidy({ accepted: 2, confirmed: [6, 7] })).toBe(true);
  });
});

describe('mentoring', () => {
  const pairs: number[] = [];

  it('refuses a master whose studio is below city level, with a message', async () => {
    await expect(
      m().invite(staff, {
        studioId: districtStudio,
        apprenticePersonId: apprentices[0],
        apprenticeKind: 'skilled',
      }),
    ).rejects.toMatchObject({
      code: 'MENTOR_STUDIO_LEVEL',
      messages: { zh: expect.stringContaining('市级') },
    });
  });

  it('holds 4 apprentices a year under simultaneous invitations: the fifth is refused', async () => {
    const results = await Promise.allSettled(
      apprentices
        .slice(0, 5)
        .map((p) =>
          m().invite(staff, { studioId: cityStudio, apprenticePersonId: p, apprenticeKind: 'skilled' }),
        ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    expect(ok).toHaveLength(4);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'MENTOR_APPRENTICES_FULL' });
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from innovation_mentorships where master_person_id = $1 and year = $2`,
      [master, year],
    );
    expect(rows[0].n).toBe(4);
    const invited = await db.query<{ id: number; apprentice_person_id: number }>(
      'select id, apprentice_person_id from innovation_mentorships where master_person_id = $1 order by id',
      [master],
    );
    pairs.push(...invited.rows.map((r) => r.id));
    apprentices.splice(0, apprentices.length, ...invited.rows.map((r) => r.apprentice_person_id));
  });

  it('apprentices answer on the phone; a master with fewer than 2 is flagged', async () => {
    await expect(m().answer(apprentice(apprentices[1]), pairs[0], true)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await m().answer(apprentice(apprentices[0]), pairs[0], true);
    await m().answer(apprentice(apprentices[2]), pairs[2], false);
    await m().answer(apprentice(apprentices[3]), pairs[3], false);
    let list = await status().listMentoring(staff, { year });
    expect(list.items[0]).toMatchObject({ fewApprentices: true, qualifies: false });
    await m().answer(apprentice(apprentices[1]), pairs[1], true);
    await expect(m().answer(apprentice(apprentices[1]), pairs[1], true)).rejects.toMatchObject({
      code: 'MENTOR_INVITATION_ANSWERED',
    });
    list = await status().listMentoring(staff, { year });
    expect(list.items[0]).toMatchObject({
      fewApprentices: false,
      behindPairs: 2,
    });
    const mine = await status().myMentoring(apprentice(apprentices[0]));
    expect(mine.pairs[0]).toMatchObject({ studioName: '市级名师工作室', status: 'accepted' });
  });

  it('tells an apprentice with an account of the invitation, linking to the phone page', async () => {
    const person = (await ctx.newPerson(union)).id;
    const user = await ctx.newUser('worker', null, person);
    await m().invite(staff, {
      studioId: cityStudio,
      apprenticePersonId: person,
      apprenticeKind: 'professional',
      year: year + 1,
    });
    const { rows } = await db.query<{ kind: string; link: string; title_zh: string }>(
      'select kind, link, title_zh from messages where user_id = $1',
      [user.id],
    );
    expect(rows).toEqual([{ kind: 'mentorship.invited', link: '/m/mentoring', title_zh: '名师带徒邀请' }]);
  });

  it('six confirmed sessions clear the flag; the subsidy is proposed once from these facts', async () => {
    const accepted = pairs.slice(0, 2);
    await expect(
      m().createSession(staff, {
        studioId: cityStudio,
        heldOn: today,
        hours: 2,
        kind: 'training',
        topic: '越权',
        pairIds: [pairs[2]],
      }),
    ).rejects.toMatchObject({ code: 'MENTOR_SESSION_PAIRS' });
    const day = (i: number) => `${year}-01-${String(10 + i).padStart(2, '0')}`;
    for (let i = 0; i < 6; i++) {
      const session = await m().createSession(staff, {
        studioId: cityStudio,
        heldOn: day(i),
        hours: 2.5,
        kind: i % 2 ? 'on_site' : 'training',
        topic: `第${i + 1}次带徒`,
        pairIds: accepted,
      });
      await m().confirmSession(apprentice(apprentices[0]), session.id);
      if (i < 5) await m().confirmSession(apprentice(apprentices[1]), session.id);
    }
    let view = await status().studioMentoring(staff, cityStudio, { year });
    expect(view.master?.pairs.map((p) => p.confirmed)).toEqual([6, 5]);
    expect(view.master?.qualifies).toBe(false);
    expect((await status().proposeSubsidy(staff, { year })).created).toBe(0);
    const last = view.sessions[0];
    await m().confirmSession(apprentice(apprentices[1]), last.id);
    await expect(m().confirmSession(apprentice(apprentices[1]), last.id)).rejects.toMatchObject({
      code: 'MENTOR_SESSION_CONFIRMED',
    });
    view = await status().studioMentoring(staff, cityStudio, { year });
    expect(view.master).toMatchObject({ behindPairs: 0, fewApprentices: false, qualifies: true });
    const proposed = await status().proposeSubsidy(staff, { year });
    expect(proposed).toMatchObject({ qualifying: 1, created: 1, skipped: 0, programName: '名师带徒助推' });
    expect(await status().proposeSubsidy(staff, { year })).toMatchObject({ created: 0, skipped: 1 });
    const { rows } = await db.query<{
      amount_fen: number;
      intake: string;
      decision: { outcomes: { text: { zh: string } }[] };
    }>(`select a.amount_fen, a.intake, a.decision from applications a where a.person_id = $1`, [master]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ amount_fen: 600_000, intake: 'proposal' });
    expect(rows[0].decision.outcomes.at(-1)?.text.zh).toContain('结对徒弟2名');
  });

  it('counts pairs and confirmed sessions as the raw rows do', async () => {
    const counts = await sumCounts(db, {
      subject: 'innovation.mentoring',
      path: root.path,
      from: String(year),
      to: String(year),
      by: ['dim'],
    });
    const { rows } = await db.query<{ pairs: number; sessions: number }>(
      `select (select count(*)::int from innovation_mentorships where status = 'accepted' and year = $1) as pairs,
              (select count(*)::int from innovation_mentoring_attendance where confirmed_at is not null) as sessions`,
      [year],
    );
    expect(Object.fromEntries(counts.map((c) => [c.dim, c.n]))).toEqual(rows[0]);
  });
});

describe('mentoring lists cut at their caps', () => {
  it('the union’s list of masters says how many there are beyond the cap', async () => {
    const district = await ctx.newOrg(root, 'district');
    const firm = await ctx.newOrg(district);
    const clerk = ctx.actor('staff', district);
    for (const name of ['甲', '乙', '丙']) {
      const leader = (await ctx.newPerson(firm)).id;
      const studioId = await insertStudio(db, firm, {
        name: `${name}名师工作室`,
        level: 'city',
        leaderPersonId: leader,
      });
      await m().invite(clerk, {
        studioId,
        apprenticePersonId: (await ctx.newPerson(firm)).id,
        apprenticeKind: 'skilled',
      });
    }
    const whole = await status().listMentoring(clerk, { year });
    expect(whole).toMatchObject({ total: 3, flagged: 3 });
    expect(whole.items).toHaveLength(3);
    const params: unknown[] = [];
    const where = subtreeCondition({ path: district.path }, 'o.path', params);
    const cut = await listMastersAndPairs(db, where, params, year, 2);
    expect(cut.total).toBe(3);
    expect(cut.masters.map((x) => x.studioName)).toEqual(whole.items.slice(0, 2).map((x) => x.studioName));
    expect(cut.masters[0]).not.toHaveProperty('countAll');
    expect(new Set(cut.pairs.map((p) => p.studioId))).toEqual(new Set(cut.masters.map((x) => x.studioId)));
  });

  it('the apprentice’s sessions report their total', async () => {
    const mine = await status().myMentoring(apprentice(apprentices[0]));
    expect(mine.sessions).toHaveLength(6);
    expect(mine.sessionsTotal).toBe(6);
    expect(await status().myMentoring(ctx.actor('worker', null, null))).toEqual({
      pairs: [],
      sessions: [],
      sessionsTotal: 0,
    });
  });
});
