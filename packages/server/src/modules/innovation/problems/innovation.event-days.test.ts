import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, TEST_TODAY } from '../../../../test/clock.ts';
import { appError, openTestContext, type TestContext } from '../../../../test/factories.ts';
import { type Actor, ROLE_PERMISSIONS } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { OrgRow } from '../../org/index.ts';
import { sumCounts } from '../../reporting/index.ts';
import { insertStudio } from './problems.test-kit.ts';

/**
 * Issue 42, ADR 40: the innovation events that took today only — a problem's posting, publication, rejection and
 * claim, a studio joining and leaving the alliance, a mentoring invitation and subsidy proposal, a recognition's
 * proposal — take the day they happened: stored on it, counted on it, refused in the future or before what they
 * follow, each refusal in Chinese and English.
 */
let db: Db;
let ctx: TestContext;
let root: OrgRow;
let cp: OrgRow;
let union: OrgRow;
let staff: Actor;

const s = () => ctx.services.innovation;

const counted = async (dim: string, year: number) =>
  (
    await sumCounts(db, {
      subject: 'innovation.problems',
      path: cp.path,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      by: ['dim'],
    })
  ).find((c) => c.dim === dim)?.n ?? 0;

beforeAll(async () => {
  ({ db, ctx } = await openTestContext({ clock: fixedClock() }));
  root = await ctx.newRoot();
  cp = await ctx.newOrg(root, 'district', `昌平${ctx.unique()}`);
  union = await ctx.newOrg(cp);
  staff = ctx.actor('staff', cp);
});
afterAll(async () => db?.close());

const post = (effectiveOn?: string, deadline?: string) =>
  s().problems.createProblem(staff, {
    orgId: cp.id,
    title: `焊接变形难题${ctx.unique()}`,
    description: '厚板焊接变形大',
    poster: '某制造企业',
    ...(deadline ? { deadline } : {}),
    ...(effectiveOn ? { effectiveOn } : {}),
  });

describe('a front-line problem of a past year', () => {
  it('is posted, published and claimed on its days, and counted on them', async () => {
    const p = await post('2021-03-01', '2021-12-31');
    const published = await s().problems.publishProblem(staff, p.id, '2021-03-05');
    expect(published).toMatchObject({ status: 'published', publishedOn: '2021-03-05' });
    const studio = await insertStudio(db, union, { name: `往年揭榜工作室${ctx.unique()}`, alliance: true });
    const claim = await s().problemTeam.claimProblem(staff, p.id, {
      leadStudioId: studio,
      effectiveOn: '2021-04-01',
    });
    expect(claim.claimedOn).toBe('2021-04-01');
    const stored = await db.query<{ posted: string; published: string; claimed: string }>(
      `select to_char(posted_on, 'YYYY-MM-DD') as posted, to_char(published_on, 'YYYY-MM-DD') as published,
              to_char(claimed_on, 'YYYY-MM-DD') as claimed from innovation_problems where id = $1`,
      [p.id],
    );
    expect(stored.rows[0]).toEqual({ posted: '2021-03-01', published: '2021-03-05', claimed: '2021-04-01' });
    expect([await counted('posted', 2021), await counted('published', 2021)]).toEqual([1, 1]);
    expect(await counted('published', 2026)).toBe(0);
  });

  it('is rejected on its day, counted then', async () => {
    const p = await post('2022-05-01');
    const r = await s().problems.rejectProblem(staff, p.id, '描述不清', '2022-05-03');
    expect(r).toMatchObject({ status: 'rejected', rejectedOn: '2022-05-03', publishedOn: null });
    // the union's page of the problem says the day it was sent back, with the reason
    expect(await s().problems.getProblemDetail(staff, p.id)).toMatchObject({
      rejectedOn: '2022-05-03',
      reviewNote: '描述不清',
    });
    expect(await counted('rejected', 2022)).toBe(1);
  });

  it('refuses a future day and a day before the one it follows, naming both', async () => {
    const p = await post('2023-02-10');
    const future = await appError(() => s().problems.publishProblem(staff, p.id, '2026-06-16'));
    expect(future.code).toBe('EFFECTIVE_IN_FUTURE');
    const early = await appError(() => s().problems.publishProblem(staff, p.id, '2023-02-09'));
    expect(early.code).toBe('EFFECTIVE_BEFORE_PRIOR');
    expect(early.messages).toEqual({
      zh: '发布日期 2023-02-09 早于难题提交日期 2023-02-10',
      en: 'The publication date 2023-02-09 is before the day the problem was posted 2023-02-10',
    });
    const rejectEarly = await appError(() => s().problems.rejectProblem(staff, p.id, '重复', '2023-01-01'));
    expect(rejectEarly.code).toBe('EFFECTIVE_BEFORE_PRIOR');
    await s().problems.publishProblem(staff, p.id, '2023-02-12');
    const studio = await insertStudio(db, union, { name: `早揭榜工作室${ctx.unique()}`, alliance: true });
    const claimEarly = await appError(() =>
      s().problemTeam.claimProblem(staff, p.id, { leadStudioId: studio, effectiveOn: '2023-02-11' }),
    );
    expect(claimEarly.messages.zh).toBe('揭榜日期 2023-02-11 早于难题发布日期 2023-02-12');
  });

  it('takes today when no day is given, as before', async () => {
    const p = await post();
    expect((await s().problems.publishProblem(staff, p.id)).publishedOn).toBe(TEST_TODAY);
  });
});

describe('the alliance', () => {
  it('keeps the days a studio joined and left, and refuses a leaving before the joining', async () => {
    const studio = await insertStudio(db, union, { name: `联盟往年工作室${ctx.unique()}` });
    await s().alliance.joinAlliance(staff, studio, '2020-06-01');
    const early = await appError(() => s().alliance.leaveAlliance(staff, studio, '2020-05-31'));
    expect(early.messages).toEqual({
      zh: '退出联盟日期 2020-05-31 早于加入联盟日期 2020-06-01',
      en: 'The leaving date 2020-05-31 is before the day it joined the alliance 2020-06-01',
    });
    const future = await appError(() => s().alliance.leaveAlliance(staff, studio, '2026-07-01'));
    expect(future.code).toBe('EFFECTIVE_IN_FUTURE');
    await s().alliance.leaveAlliance(staff, studio, '2022-12-31');
    const spells = await db.query<{ joined: string; left: string }>(
      `select to_char(joined_on, 'YYYY-MM-DD') as joined, to_char(left_on, 'YYYY-MM-DD') as left
         from innovation_alliance_spells where studio_id = $1`,
      [studio],
    );
    expect(spells.rows).toEqual([{ joined: '2020-06-01', left: '2022-12-31' }]);
    const back = await appError(() => s().alliance.joinAlliance(staff, studio, '2022-12-30'));
    expect(back.messages.zh).toBe('加入联盟日期 2022-12-30 早于上次退出联盟日期 2022-12-31');
    await s().alliance.joinAlliance(staff, studio);
    const { items } = await s().alliance.listAlliance(staff, {});
    expect(items.find((i) => i.id === studio)?.joinedOn).toBe(TEST_TODAY);
  });
});

describe('mentoring and recognition', () => {
  it('an invitation of a past year is stored on its day and its year, not before the studio reached city level', async () => {
    const master = (await ctx.newPerson(union)).id;
    const studio = await insertStudio(db, union, {
      name: `带徒工作室${ctx.unique()}`,
      leaderPersonId: master,
    });
    await db.query(
      `insert into innovation_studio_levels (studio_id, level, from_on) values ($1, 'city', '2019-03-01')`,
      [studio],
    );
    const apprentice = (await ctx.newPerson(union)).id;
    const early = await appError(() =>
      s().mentoring.invite(staff, {
        studioId: studio,
        apprenticePersonId: apprentice,
        apprenticeKind: 'skilled',
        effectiveOn: '2019-02-28',
      }),
    );
    expect(early.messages.zh).toBe('结对邀请日期 2019-02-28 早于工作室认定为市级以上的日期 2019-03-01');
    const future = await appError(() =>
      s().mentoring.invite(staff, {
        studioId: studio,
        apprenticePersonId: apprentice,
        apprenticeKind: 'skilled',
        effectiveOn: '2026-06-16',
      }),
    );
    expect(future.code).toBe('EFFECTIVE_IN_FUTURE');
    const pair = await s().mentoring.invite(staff, {
      studioId: studio,
      apprenticePersonId: apprentice,
      apprenticeKind: 'skilled',
      effectiveOn: '2020-02-01',
    });
    expect(pair.year).toBe(2020);
    const { rows } = await db.query<{ day: string }>(
      `select to_char(invited_on, 'YYYY-MM-DD') as day from innovation_mentorships where id = $1`,
      [pair.id],
    );
    expect(rows[0].day).toBe('2020-02-01');
  });

  it('a subsidy proposal of a past year is not applied before the year began nor in the future', async () => {
    const early = await appError(() =>
      s().mentoringStatus.proposeSubsidy(staff, { year: 2020, appliedOn: '2019-12-31' }),
    );
    expect(early.messages).toEqual({
      zh: '申报日期 2019-12-31 早于2020年的第一天 2020-01-01',
      en: 'The application date 2019-12-31 is before the first day of 2020 2020-01-01',
    });
    const future = await appError(() =>
      s().mentoringStatus.proposeSubsidy(staff, { year: 2026, appliedOn: '2026-06-16' }),
    );
    expect(future.code).toBe('EFFECTIVE_IN_FUTURE');
  });

  it('a recognition is proposed on its day, which the reviews may not precede', async () => {
    const studio = await insertStudio(db, union, { name: `认定工作室${ctx.unique()}`, level: 'grassroots' });
    const proposer = ctx.actor('staff', union);
    const early = await appError(() =>
      s().studios.propose(proposer, studio, { level: 'district', effectiveOn: '2019-12-31' }),
    );
    expect(early.messages.zh).toBe('推荐日期 2019-12-31 早于工作室现有等级的起始日期 2020-01-01');
    const future = await appError(() =>
      s().studios.propose(proposer, studio, { level: 'district', effectiveOn: '2026-06-16' }),
    );
    expect(future.code).toBe('EFFECTIVE_IN_FUTURE');
    const { id } = await s().studios.propose(proposer, studio, {
      level: 'district',
      effectiveOn: '2020-05-10',
    });
    const { rows } = await db.query<{ day: string }>(
      `select to_char(decided_on, 'YYYY-MM-DD') as day from innovation_recognition_events
        where recognition_id = $1 and action = 'proposed'`,
      [id],
    );
    expect(rows[0].day).toBe('2020-05-10');
    const review = await appError(() =>
      s().studios.review(staff, id, 'approve', { decidedOn: '2020-05-09' }),
    );
    expect(review.messages.zh).toMatch(/2020-05-09 早于推荐或下一级审核日期 2020-05-10$/);
    await s().studios.review(staff, id, 'approve', { decidedOn: '2020-06-01' });
    expect((await s().studios.get(staff, studio)).levelSince).toBe('2020-06-01');
  });

  it('leaves a past day to roles that hold history.backdate: every role that records these does', () => {
    const roles = Object.entries(ROLE_PERMISSIONS).filter(([, p]) => p.has('innovation.write'));
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.filter(([, p]) => !p.has('history.backdate')).map(([r]) => r)).toEqual([]);
  });
});
