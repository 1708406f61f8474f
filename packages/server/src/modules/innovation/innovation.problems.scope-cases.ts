import { expect } from 'vitest';
import { aimed, scoped, unaimed } from '../../../test/scope-cases/kit.ts';
import type { Fx, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import { segmentForSearch } from '../../shared/segment.ts';

/**
 * Scope cases for front-line problems, the alliance and mentoring. Setup makes studios under 昌平 (as the
 * studios service would), then, through the API as 昌平's staff, problems in each state and mentoring pairs.
 */

/** The year of the app's day. */
const year = (f: Fx) => Number(f.today.slice(0, 4));

const problem = (orgId: number, title: string) => ({
  orgId,
  title,
  description: `${title}：焊接变形控制与数控机床加工精度（范围测试）`,
  industry: '制造',
  poster: '昌平某制造企业',
});

export async function setup(c: SetupContext): Promise<Record<string, number>> {
  const { db, f, api } = c;
  const studio = async (name: string, leader: number | null, alliance: boolean) => {
    const { rows } = await db.query<{ id: number }>(
      `insert into innovation_studios (org_id, name, industry, leader_person_id, level)
       values ($1, $2, '制造', $3, 'city') returning id`,
      [f.cpGrassroots, name, leader],
    );
    if (alliance) {
      await db.query(
        `insert into innovation_alliance_members (studio_id, joined_on) values ($1, '2024-01-01')`,
        [rows[0].id],
      );
    }
    return rows[0].id;
  };
  const cpStudio = await studio('昌平焊接创新工作室（范围测试）', f.cpMember, true);
  const cpStudioOut = await studio('昌平未入盟工作室（范围测试）', null, false);
  const cpStudioLeave = await studio('昌平待退盟工作室（范围测试）', null, true);
  await db.query(
    `insert into innovation_achievements (studio_id, org_id, title, type, year, abstract, search)
     values ($1, $2, '焊接变形控制', 'technical_innovation', 2024, '厚板焊接变形控制',
             setweight(to_tsvector('simple', $3), 'A'))`,
    [cpStudio, f.cpGrassroots, segmentForSearch('焊接变形控制 厚板焊接变形控制')],
  );
  const post = async (title: string) =>
    ((await api('changping', 'POST', '/api/innovation/problems', problem(f.cp, title))) as { id: number }).id;
  const publish = (id: number) => api('changping', 'POST', `/api/innovation/problems/${id}/publish`);
  const claim = (id: number) =>
    api('changping', 'POST', `/api/innovation/problems/${id}/claim`, { leadStudioId: cpStudio });
  const cpProblem = await post('昌平待审难题');
  const cpProblemPublish = await post('昌平待发布难题');
  const cpProblemReject = await post('昌平待退回难题');
  const cpProblemOpen = await post('昌平待揭榜难题');
  await publish(cpProblemOpen);
  const cpProblemClaimed = await post('昌平已揭榜难题');
  await publish(cpProblemClaimed);
  await claim(cpProblemClaimed);
  const cpProblemClose = await post('昌平待结题难题');
  await publish(cpProblemClose);
  await claim(cpProblemClose);

  const { rows: people } = await db.query<{ id: number }>(
    `select p.id from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id
      where o.path like $1 || '%' and p.id not in ($2, $3) order by p.id limit 2`,
    [f.cpPath, f.cpMember, f.cpMember2],
  );
  const invite = async (apprenticePersonId: number) =>
    (
      (await api('changping', 'POST', '/api/innovation/mentoring/pairs', {
        studioId: cpStudio,
        apprenticePersonId,
        apprenticeKind: 'skilled',
      })) as { id: number }
    ).id;
  const cpPair = await invite(f.cpMember2);
  const cpPairInvited = await invite(people[0].id);
  const apprentice = {
    userId: 0,
    username: 'apprentice',
    displayName: 'apprentice',
    role: 'worker' as const,
    orgId: null,
    scopePath: null,
    personId: f.cpMember2,
  };
  await c.services.innovation.mentoring.answer(apprentice, cpPair, true);
  const session = (await api('changping', 'POST', '/api/innovation/mentoring/sessions', {
    studioId: cpStudio,
    heldOn: f.today,
    hours: 2,
    kind: 'training',
    topic: '焊接培训（范围测试）',
    pairIds: [cpPair],
  })) as { id: number };
  return {
    cpStudio,
    cpStudioOut,
    cpStudioLeave,
    cpProblem,
    cpProblemPublish,
    cpProblemReject,
    cpProblemOpen,
    cpProblemClaimed,
    cpProblemClose,
    cpPair,
    cpPairInvited,
    cpApprentice3: people[1].id,
    cpSession: session.id,
  };
}

const refusedToWorker = (_f: unknown, res: { statusCode: number }) =>
  expect([403, 404]).toContain(res.statusCode);

export const cases: Record<string, ScopeCase> = {
  'GET /api/public/problem-unions': { kind: 'public' },
  'POST /api/public/problems': { kind: 'public' },
  'POST /api/innovation/problems': scoped({
    denied: (f) => [
      { body: problem(f.cp, '越权发布难题') },
      { body: problem(f.cpGrassroots, '越权发布难题') },
    ],
    control: (f) => ({ body: problem(f.cpGrassroots, '昌平基层难题') }),
  }),
  'GET /api/innovation/problems': scoped({
    denied: () => [],
    lists: () => [{}, { query: { status: 'submitted', pageSize: 200 } }],
    control: () => ({ query: { pageSize: 200 } }),
  }),
  'GET /api/innovation/problems/:id': aimed((f) => ({ params: { id: f.ids.cpProblem } })),
  'POST /api/innovation/problems/:id/publish': aimed((f) => ({ params: { id: f.ids.cpProblemPublish } })),
  'POST /api/innovation/problems/:id/reject': scoped({
    denied: (f) => [{ params: { id: f.ids.cpProblemReject }, body: { reason: '越权退回' } }],
    control: (f) => ({ params: { id: f.ids.cpProblemReject }, body: { reason: '请补充现场数据' } }),
  }),
  'GET /api/innovation/problems/:id/matches': aimed((f) => ({ params: { id: f.ids.cpProblem } })),
  'POST /api/innovation/problems/:id/claim': aimed((f) => ({
    params: { id: f.ids.cpProblemOpen },
    body: { leadStudioId: f.ids.cpStudio },
  })),
  'POST /api/innovation/problems/:id/milestones': scoped({
    denied: (f) => [
      { params: { id: f.ids.cpProblemClaimed }, body: { reachedOn: f.today, title: '越权节点' } },
    ],
    control: (f) => ({
      params: { id: f.ids.cpProblemClaimed },
      body: { reachedOn: f.today, title: '样件试制' },
    }),
  }),
  'POST /api/innovation/problems/:id/close': scoped({
    denied: (f) => [{ params: { id: f.ids.cpProblemClose }, body: { outcome: '越权结题' } }],
    control: (f) => ({ params: { id: f.ids.cpProblemClose }, body: { outcome: '变形量降低一半' } }),
  }),
  'GET /api/innovation/studios/:id/problem-feed': aimed((f) => ({ params: { id: f.ids.cpStudio } })),
  // The alliance is a directory across districts by design: studio names and unions, nothing personal.
  'GET /api/innovation/alliance': unaimed,
  'GET /api/innovation/alliance/own-studios': scoped({
    denied: () => [],
    lists: () => [{}],
    control: () => ({}),
  }),
  'POST /api/innovation/alliance': aimed((f) => ({ body: { studioId: f.ids.cpStudioOut } })),
  'POST /api/innovation/alliance/:id/leave': aimed((f) => ({ params: { id: f.ids.cpStudioLeave } })),
  'GET /api/innovation/mentoring': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }],
    lists: (f) => [{}, { query: { year: year(f) } }],
    control: () => ({}),
  }),
  'GET /api/innovation/studios/:id/mentoring': aimed((f) => ({ params: { id: f.ids.cpStudio } })),
  'POST /api/innovation/mentoring/pairs': scoped({
    denied: (f) => [
      {
        body: {
          studioId: f.ids.cpStudio,
          apprenticePersonId: f.ids.cpApprentice3,
          apprenticeKind: 'skilled',
        },
      },
      { body: { studioId: f.ids.cpStudio, apprenticePersonId: f.yzMember, apprenticeKind: 'skilled' } },
    ],
    control: (f) => ({
      body: {
        studioId: f.ids.cpStudio,
        apprenticePersonId: f.ids.cpApprentice3,
        apprenticeKind: 'professional',
      },
    }),
  }),
  'POST /api/innovation/mentoring/sessions': scoped({
    denied: (f) => [
      {
        body: {
          studioId: f.ids.cpStudio,
          heldOn: f.today,
          hours: 1,
          kind: 'on_site',
          topic: '越权指导',
          pairIds: [f.ids.cpPair],
        },
      },
    ],
    control: (f) => ({
      body: {
        studioId: f.ids.cpStudio,
        heldOn: f.today,
        hours: 1.5,
        kind: 'on_site',
        topic: '现场指导',
        pairIds: [f.ids.cpPair],
      },
    }),
  }),
  // Proposes only within the caller's subtree: 杨镇 would propose its own (none), so nothing to deny.
  'POST /api/innovation/mentoring/proposals': scoped({
    denied: () => [],
    control: (f) => ({ body: { year: year(f) } }),
  }),
  'GET /api/me/mentoring': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      const body = res.json() as { pairs: { id: number }[]; sessions: { id: number }[] };
      expect(body.pairs.map((p) => p.id)).not.toContain(f.ids.cpPair);
      expect(body.sessions.map((s) => s.id)).not.toContain(f.ids.cpSession);
    },
  },
  'POST /api/me/mentoring/pairs/:id/accept': {
    kind: 'self',
    request: (f) => ({ params: { id: f.ids.cpPairInvited } }),
    check: refusedToWorker,
  },
  'POST /api/me/mentoring/pairs/:id/decline': {
    kind: 'self',
    request: (f) => ({ params: { id: f.ids.cpPairInvited } }),
    check: refusedToWorker,
  },
  'POST /api/me/mentoring/sessions/:id/confirm': {
    kind: 'self',
    request: (f) => ({ params: { id: f.ids.cpSession } }),
    check: refusedToWorker,
  },
};
