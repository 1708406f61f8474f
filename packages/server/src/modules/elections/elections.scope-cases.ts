import { aimed, scoped } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/**
 * Scope cases for founding and elections: 昌平's foundings, committees, elections, settings and statistics are
 * reached only from 昌平's subtree; 杨镇 can neither record a founding under 昌平 nor an election of its unions.
 */
const application = (parentOrgId: number, name: string) => ({
  parentOrgId,
  name,
  employerName: `${name}所在单位`,
  applicants: ['张三', '李四'],
  effectiveOn: '2025-03-01',
});
const preparation = { leader: '张三', members: ['李四'], effectiveOn: '2025-03-05' };
const meeting = { membersTotal: 40, membersPresent: 36, effectiveOn: '2025-03-20' };
const committee = {
  chair: '张三',
  viceChairs: ['李四'],
  members: ['王五'],
  auditors: ['赵六'],
  women: ['孙七'],
  effectiveOn: '2025-03-20',
};
const election = (orgId: number, effectiveOn = '2025-06-01') => ({
  orgId,
  voters: 30,
  present: 28,
  ballots: 28,
  effectiveOn,
  candidates: [
    { name: '周八', post: 'chair', votes: 27 },
    { name: '吴九', post: 'member', votes: 25 },
  ],
});

export async function setup({ api, f }: SetupContext): Promise<Record<string, number>> {
  const found = async (name: string, steps: number) => {
    const { id } = (await api('changping', 'POST', '/api/foundings', application(f.cp, name))) as {
      id: number;
    };
    if (steps > 0) await api('changping', 'POST', `/api/foundings/${id}/preparation`, preparation);
    if (steps > 1) await api('changping', 'POST', `/api/foundings/${id}/meeting`, meeting);
    if (steps > 2) await api('changping', 'POST', `/api/foundings/${id}/committee`, committee);
    return id;
  };
  // a five-year term that has ended: the terms list shows it to 昌平
  const e = (await api('changping', 'POST', '/api/elections', election(f.cpGrassroots, '2021-01-15'))) as {
    id: number;
  };
  return {
    elFoundingApplied: await found('昌平测试组建工会一', 0),
    elFoundingPreparing: await found('昌平测试组建工会二', 1),
    elFoundingMet: await found('昌平测试组建工会三', 2),
    elFoundingElected: await found('昌平测试组建工会四', 3),
    elElection: e.id,
  };
}

const years = { fromYear: 2025, toYear: 2026 };

export const cases: Record<string, ScopeCase> = {
  'GET /api/foundings': aimed((f) => ({ query: { orgId: f.cp } }), { lists: () => [{}] }),
  'POST /api/foundings': scoped({
    denied: (f) => [
      { body: application(f.cp, '杨镇越权组建工会') },
      { body: application(f.cpTown, '杨镇越权组建工会') },
    ],
    control: (f) => ({ body: application(f.cpTown, '昌平测试组建工会五') }),
  }),
  'GET /api/foundings/:id': aimed((f) => ({ params: { id: f.ids.elFoundingApplied } })),
  'POST /api/foundings/:id/preparation': aimed((f) => ({
    params: { id: f.ids.elFoundingApplied },
    body: preparation,
  })),
  'POST /api/foundings/:id/meeting': aimed((f) => ({
    params: { id: f.ids.elFoundingPreparing },
    body: meeting,
  })),
  'POST /api/foundings/:id/committee': aimed((f) => ({
    params: { id: f.ids.elFoundingMet },
    body: committee,
  })),
  'POST /api/foundings/:id/approval': aimed((f) => ({ params: { id: f.ids.elFoundingElected }, body: {} })),
  'GET /api/elections/terms': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }],
    lists: () => [{ query: { months: 24 } }],
    control: (f) => ({ query: { orgId: f.cp, months: 24 } }),
  }),
  'GET /api/elections/settings': aimed((f) => ({ query: { orgId: f.cp } })),
  'PUT /api/elections/settings': scoped({
    denied: (f) => [{ body: { orgId: f.cp, termYears: 3, majority: 'voting' } }],
    control: (f) => ({ body: { orgId: f.cp, termYears: 5, majority: 'voting' } }),
  }),
  'GET /api/elections/committees': aimed((f) => ({ query: { orgId: f.cpGrassroots } })),
  'GET /api/elections/stats': aimed((f) => ({ query: { orgId: f.cp, ...years } })),
  'GET /api/elections/stats.xlsx': aimed((f) => ({ query: { orgId: f.cp, ...years } })),
  'GET /api/elections': aimed((f) => ({ query: { orgId: f.cp } }), { lists: () => [{}] }),
  'POST /api/elections': scoped({
    denied: (f) => [{ body: election(f.cp) }, { body: election(f.cpGrassroots, '2025-09-01') }],
    control: (f) => ({ body: election(f.cpTown, '2025-07-01') }),
  }),
  'GET /api/elections/:id': aimed((f) => ({ params: { id: f.ids.elElection } })),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/elections/stats.xlsx': (x) => ({
    query: { orgId: x.root, fromYear: x.year - 2, toYear: x.year },
  }),
};
