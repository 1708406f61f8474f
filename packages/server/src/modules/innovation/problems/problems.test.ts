import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, TEST_TODAY } from '../../../../test/clock.ts';
import { appError, openTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { AppError } from '../../../shared/errors.ts';
import type { OrgRow } from '../../org/index.ts';
import { sumCounts } from '../../reporting/index.ts';
import { insertAchievement, insertStudio } from './problems.test-kit.ts';

let db: Db;
let ctx: TestContext;
let root: OrgRow;
let cp: OrgRow;
let yz: OrgRow;
let cpStaff: Actor;
let yzStaff: Actor;
const studios: Record<string, number> = {};

const s = () => ctx.services.innovation;

beforeAll(async () => {
  ({ db, ctx } = await openTestContext({ clock: fixedClock() }));
  root = await ctx.newRoot();
  cp = await ctx.newOrg(root, 'district', `昌平${ctx.unique()}`);
  yz = await ctx.newOrg(root, 'district', `顺义${ctx.unique()}`);
  cpStaff = ctx.actor('staff', cp);
  yzStaff = ctx.actor('staff', yz);
  const cpUnion = await ctx.newOrg(cp);
  const yzUnion = await ctx.newOrg(yz);
  // key, union, name, industry, member of the alliance
  for (const [key, union, name, industry, alliance] of [
    ['welding', cpUnion, '焊接工艺创新工作室', '制造', true],
    ['cnc', yzUnion, '数控加工创新工作室', '制造', true],
    ['power', cpUnion, '配电运维创新工作室', '电力', true],
    ['outside', cpUnion, '未入盟工作室', '制造', false],
  ] as const) {
    studios[key] = await insertStudio(db, union, { name, industry, alliance });
  }
  // studio, its union, title, abstract
  for (const [key, union, title, abstract] of [
    ['welding', cpUnion, '厚板焊接变形控制', '通过焊接工装和反变形工艺，控制厚板焊接变形，提高焊缝质量'],
    ['welding', cpUnion, '机器人焊接轨迹优化', '焊接机器人轨迹自动补偿'],
    ['cnc', yzUnion, '数控机床主轴热变形补偿', '数控机床加工精度受主轴热变形影响，采用温度传感器补偿'],
    ['power', cpUnion, '配电柜带电检测装置', '配电柜局部放电带电检测'],
  ] as const) {
    await insertAchievement(db, { id: studios[key], orgId: union.id }, title, abstract);
  }
});

afterAll(async () => {
  await db?.close();
});

describe('front-line problems', () => {
  let problemId: number;

  it('a union posts a problem, its staff publish it; other unions see it only once published', async () => {
    const p = await s().problems.createProblem(cpStaff, {
      orgId: cp.id,
      title: '厚板焊接变形大',
      description: '大型结构件厚板焊接后变形严重，数控机床加工余量不足，需要控制焊接变形。',
      industry: '制造',
      poster: '北京某重工有限公司',
      fundingFen: 50_000_00,
      deadline: '2099-12-31',
    });
    problemId = p.id;
    expect(p.status).toBe('submitted');
    await expect(s().problems.getProblemDetail(yzStaff, p.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s().problems.publishProblem(yzStaff, p.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const published = await s().problems.publishProblem(cpStaff, p.id);
    expect(published.status).toBe('published');
    expect((await appError(() => s().problems.publishProblem(cpStaff, p.id))).code).toBe(
      'PROBLEM_ALREADY_REVIEWED',
    );
    expect((await s().problems.getProblemDetail(yzStaff, p.id)).canReview).toBe(false);
    expect((await s().problems.listProblems(yzStaff, {})).items.map((i) => i.id)).not.toContain(p.id);
  });

  it('keeps 攻关经费 as posted: none stays none, a typed 0 stays 0', async () => {
    const posted = { orgId: cp.id, description: '说明', poster: '某公司' };
    const none = await s().problems.createProblem(cpStaff, { ...posted, title: '未写经费' });
    const zero = await s().problems.createProblem(cpStaff, { ...posted, title: '经费为零', fundingFen: 0 });
    expect((await s().problems.getProblemDetail(cpStaff, none.id)).fundingFen).toBeNull();
    expect((await s().problems.getProblemDetail(cpStaff, zero.id)).fundingFen).toBe(0);
  });

  it('matching suggests alliance studios by their achievements, with the words that matched', async () => {
    const m = await s().match.matchStudios(cpStaff, problemId);
    expect(m.words).toContain('焊接');
    expect(m.items.map((i) => i.name)).toEqual(['焊接工艺创新工作室', '数控加工创新工作室']);
    expect(m.items[0].words).toEqual(expect.arrayContaining(['焊接', '变形']));
    expect(m.items[1].words).toEqual(expect.arrayContaining(['数控机床']));
    expect(m.items[0].score).toBeGreaterThan(m.items[1].score);
    const feed = await s().match.studioFeed(yzStaff, studios.cnc);
    expect(feed.items.map((i) => i.id)).toContain(problemId);
    expect(feed.total).toBe(feed.items.length);
    const none = await s().match.studioFeed(cpStaff, studios.power);
    expect(none.items.map((i) => i.id)).not.toContain(problemId);
  });

  it('two studios of different districts claim jointly; the problem closes into an achievement', async () => {
    expect(
      (
        await appError(() =>
          s().problemTeam.claimProblem(cpStaff, problemId, { leadStudioId: studios.outside }),
        )
      ).code,
    ).toBe('STUDIO_NOT_IN_ALLIANCE');
    await expect(
      s().problemTeam.claimProblem(yzStaff, problemId, { leadStudioId: studios.welding }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const claim = await s().problemTeam.claimProblem(cpStaff, problemId, {
      leadStudioId: studios.welding,
      partnerStudioIds: [studios.cnc],
    });
    expect(claim.team).toEqual([studios.welding, studios.cnc]);
    expect(
      (await appError(() => s().problemTeam.claimProblem(yzStaff, problemId, { leadStudioId: studios.cnc })))
        .code,
    ).toBe('PROBLEM_NOT_OPEN');
    // a partner's union does not act for the team
    await expect(
      s().problemTeam.addMilestone(yzStaff, problemId, { reachedOn: TEST_TODAY, title: '方案评审' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(
      (
        await appError(() =>
          s().problemTeam.addMilestone(cpStaff, problemId, { reachedOn: '2000-01-01', title: 'x' }),
        )
      ).details,
    ).toMatchObject({ field: 'reachedOn' });
    await s().problemTeam.addMilestone(cpStaff, problemId, {
      reachedOn: TEST_TODAY,
      title: '方案评审通过',
    });
    const closed = await s().problemTeam.closeProblem(cpStaff, problemId, {
      outcome: '采用分段反变形焊接工艺，变形量降低六成',
    });
    const { rows } = await db.query<{ studio_id: number; title: string; hit: boolean }>(
      `select studio_id, title, search @@ to_tsquery('simple', '工艺') as hit from innovation_achievements where id = $1`,
      [closed.achievementId],
    );
    expect(rows[0]).toMatchObject({ studio_id: studios.welding, title: '厚板焊接变形大', hit: true });
    const detail = await s().problems.getProblemDetail(yzStaff, problemId);
    expect(detail).toMatchObject({ status: 'closed', achievementId: closed.achievementId });
    expect(detail.team.map((t) => [t.name, t.role, t.mine])).toEqual([
      ['焊接工艺创新工作室', 'lead', false],
      ['数控加工创新工作室', 'partner', true],
    ]);
    expect(detail.milestones.map((m) => m.title)).toEqual(['方案评审通过']);
  });

  it('only one of two simultaneous claims wins', async () => {
    const p = await s().problems.createProblem(cpStaff, {
      orgId: cp.id,
      title: '配电柜放电检测',
      description: '配电柜局部放电难以发现',
      poster: '某供电公司',
    });
    await s().problems.publishProblem(cpStaff, p.id);
    const results = await Promise.allSettled([
      s().problemTeam.claimProblem(cpStaff, p.id, { leadStudioId: studios.power }),
      s().problemTeam.claimProblem(yzStaff, p.id, { leadStudioId: studios.cnc }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((lost.reason as AppError).code).toBe('PROBLEM_NOT_OPEN');
  });

  it('the statistics count every step from the maintained counts, as the raw rows do', async () => {
    const rejected = await s().problems.createProblem(cpStaff, {
      orgId: cp.id,
      title: '待退回的难题',
      description: '描述不清',
      poster: '某单位',
    });
    await s().problems.rejectProblem(cpStaff, rejected.id, '描述不清，请补充');
    const counts = await sumCounts(db, {
      subject: 'innovation.problems',
      path: root.path,
      to: TEST_TODAY,
      by: ['dim'],
    });
    const byDim = Object.fromEntries(counts.map((c) => [c.dim, c.n]));
    const { rows } = await db.query<{
      posted: number;
      published: number;
      rejected: number;
      claimed: number;
      closed: number;
    }>(
      `select count(*)::int as posted, count(p.published_on)::int as published,
              count(*) filter (where p.status = 'rejected')::int as rejected, count(p.claimed_on)::int as claimed,
              count(p.closed_on)::int as closed
         from innovation_problems p join orgs o on o.id = p.org_id where o.path like $1 || '%'`,
      [root.path],
    );
    expect(byDim).toEqual(rows[0]);
  });
});

describe('the alliance', () => {
  it('a studio joins and leaves within its union subtree only', async () => {
    await expect(s().alliance.joinAlliance(yzStaff, studios.outside)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const joined = await s().alliance.joinAlliance(cpStaff, studios.outside);
    expect(joined.inAlliance).toBe(true);
    expect((await appError(() => s().alliance.joinAlliance(cpStaff, studios.outside))).code).toBe(
      'STUDIO_ALREADY_IN_ALLIANCE',
    );
    const all = await s().alliance.listAlliance(yzStaff, {});
    expect(all.items.map((i) => i.name)).toContain('未入盟工作室');
    const own = await s().alliance.listOwnStudios(yzStaff);
    expect(own.items.map((i) => i.name)).toEqual(['数控加工创新工作室']);
    expect((await s().alliance.leaveAlliance(cpStaff, studios.outside)).inAlliance).toBe(false);
  });
});

describe('the public page for enterprises', () => {
  const input = () => ({
    orgId: cp.id,
    poster: '北京某精密机械有限公司',
    contactName: '周工',
    contactPhone: ctx.newPhone(),
    title: '精密零件热处理变形',
    description: '精密零件热处理后变形超差，需要改进热处理工装。',
  });

  it('takes a problem for the chosen union, shows the contact only to its staff, answers nothing personal', async () => {
    const ip = `10.8.${ctx.unique().length}.1-${ctx.unique()}`;
    const unions = await s().publicProblems.listReceivingUnions();
    expect(unions.items.map((u) => u.id)).toContain(cp.id);
    expect(Object.keys(unions.items[0]).sort()).toEqual(['id', 'name']);
    const posted = await s().publicProblems.submitProblem(input(), ip);
    expect(posted).toEqual({ id: expect.any(Number), status: 'submitted', orgName: cp.name });
    const own = await s().problems.getProblemDetail(cpStaff, posted.id);
    expect(own).toMatchObject({ source: 'public', contactName: '周工', status: 'submitted' });
    await s().problems.publishProblem(cpStaff, posted.id);
    const other = await s().problems.getProblemDetail(yzStaff, posted.id);
    expect(other).toMatchObject({ contactName: null, contactPhone: null });
    const listed = (await s().problems.listProblems(cpStaff, {})).items.find((p) => p.id === posted.id);
    expect(listed).not.toHaveProperty('contactPhone');
  });

  it('refuses links, a union that does not receive problems, and the eleventh problem an hour from one address', async () => {
    const ip = `10.9.0.1-${ctx.unique()}`;
    await expect(
      s().publicProblems.submitProblem({ ...input(), description: '详见 www.example.com 说明' }, ip),
    ).rejects.toMatchObject({ code: 'PROBLEM_LINK_REFUSED', details: { field: 'description' } });
    const grassroots = await ctx.newOrg(cp);
    await expect(
      s().publicProblems.submitProblem({ ...input(), orgId: grassroots.id }, ip),
    ).rejects.toMatchObject({
      code: 'PROBLEM_UNION_INVALID',
    });
    const before = (await db.query<{ n: number }>('select count(*)::int as n from innovation_problems'))
      .rows[0].n;
    for (let i = 0; i < 10; i++) await s().publicProblems.submitProblem(input(), ip);
    await expect(s().publicProblems.submitProblem(input(), ip)).rejects.toMatchObject({ kind: 'throttled' });
    const after = (await db.query<{ n: number }>('select count(*)::int as n from innovation_problems'))
      .rows[0].n;
    expect(after - before).toBe(10);
  });
});
