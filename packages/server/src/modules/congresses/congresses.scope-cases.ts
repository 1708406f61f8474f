import { expect } from 'vitest';
import {
  aimed,
  createsFor,
  csvUpload,
  notFound,
  refusedWith,
  scoped,
  self,
  subtreeList,
  unaimed,
} from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import type { Actor } from '../../access/access.ts';

/**
 * Scope cases for workers' congresses: 昌平's congress, roster, proposals, votes and 厂务公开 are reached only from
 * 昌平's subtree; the demo worker (under 杨镇, a delegate of 汇丰's 职工大会 only) cannot file, co-sign, rate or vote
 * in 昌平's, nor read what 昌平 disclosed.
 */
const years = { year: 2026 };
/** The term's second session, as a union would open it. */
const session2 = {
  number: 2,
  title: '一届二次',
  heldOn: '2026-02-01',
  proposalsFrom: '2026-01-01',
  proposalsUntil: '2026-01-20',
};
const pledge = { year: 2026, category: 'conditions', budgetFen: 100_000 };
const disclosure = (orgId: number) => ({
  orgId,
  category: 'finance',
  title: '年度工会经费收支情况',
  body: '收入、支出与结余。',
});

/** The congresses' register of one past session of 昌平's grassroots union's congress (made in setup). */
let cpRegister = '';

export async function setup({ api, services, db, f }: SetupContext): Promise<Record<string, number>> {
  const { rows: cp } = await db.query<{ name: string }>('select name from orgs where id = $1', [
    f.cpGrassroots,
  ]);
  cpRegister =
    '所在工会,届次,本届开始日期,本届结束日期,会次,召开日期\n' +
    `${cp[0].name},第2届,2021-01-01,2025-12-31,第1次会议,2021-03-10\n`;
  const congress = (await api('changping', 'POST', '/api/congresses', {
    orgId: f.cp,
    name: '昌平区职工代表大会',
    cosignMin: 0,
  })) as { id: number };
  const term = (await api('changping', 'POST', `/api/congresses/${congress.id}/terms`, {
    number: 1,
    startsOn: '2020-01-01',
    endsOn: '2099-12-31',
  })) as { id: number };
  const term2 = (await api('changping', 'POST', `/api/congresses/${congress.id}/terms`, {
    number: 2,
    startsOn: '2020-01-01',
    endsOn: '2099-12-31',
  })) as { id: number };
  const group = (await api('changping', 'POST', `/api/congresses/terms/${term.id}/delegations`, {
    orgId: f.cp,
    name: '第一代表团',
  })) as { id: number };
  const group2 = (await api('changping', 'POST', `/api/congresses/terms/${term2.id}/delegations`, {
    orgId: f.cp,
    name: '第一代表团',
  })) as { id: number };
  const { ids } = (await api('changping', 'POST', `/api/congresses/delegations/${group.id}/delegates`, {
    delegates: [
      { personId: f.cpMember, category: 'frontline' },
      { personId: f.cpMember2, category: 'technician' },
    ],
    effectiveOn: '2026-01-10',
  })) as { ids: number[] };
  const session = (await api('changping', 'POST', `/api/congresses/terms/${term.id}/sessions`, {
    number: 1,
    title: '一届一次职代会',
    heldOn: '2026-01-15',
    proposalsFrom: '2020-01-01',
    proposalsUntil: '2099-12-31',
  })) as { id: number };
  await api('changping', 'PUT', `/api/congresses/sessions/${session.id}/attendance`, { delegateIds: ids });
  const motion = (await api('changping', 'POST', `/api/congresses/sessions/${session.id}/motions`, {
    title: '一届一次职代会决议',
    kind: 'resolution',
  })) as { id: number };
  const delegate: Actor = {
    userId: 0,
    username: 'scope-delegate',
    displayName: 'delegate',
    role: 'worker',
    orgId: null,
    scopePath: null,
    personId: f.cpMember,
  };
  const file = async (title: string) =>
    (
      await services.congresses.fileProposal(delegate, {
        sessionId: session.id,
        title,
        body: `${title}的建议`,
      })
    ).id;
  const [filed, accepted, assigned, accepted2] = [
    await file('增设饮水机'),
    await file('开设职工书屋'),
    await file('调整班车线路'),
    await file('建设母婴室'),
  ];
  for (const p of [accepted, assigned, accepted2])
    await api('changping', 'POST', `/api/congresses/proposals/${p}/examine`, { decision: 'accept' });
  await api('changping', 'POST', `/api/congresses/proposals/${assigned}/assign`, { department: '行政部' });
  const d = (await api('changping', 'POST', '/api/congresses/disclosures', disclosure(f.cp))) as {
    id: number;
  };
  const p = (await api('changping', 'POST', `/api/congresses/proposals/${accepted2}/pledge`, pledge)) as {
    pledgeId: number;
  };
  return {
    cgCongress: congress.id,
    cgTerm: term.id,
    cgGroup: group.id,
    cgGroup2: group2.id,
    cgDelegate0: ids[0],
    cgDelegate: ids[1],
    cgSession: session.id,
    cgMotion: motion.id,
    cgFiled: filed,
    cgAccepted: accepted,
    cgAssigned: assigned,
    cgAccepted2: accepted2,
    cgDisclosure: d.id,
    cgPledge: p.pledgeId,
  };
}

export const cases: Record<string, ScopeCase> = {
  'GET /api/congresses': subtreeList,
  'POST /api/congresses': aimed((f) => ({ body: { orgId: f.cpTown, name: '延寿镇职工代表大会' } })),
  'GET /api/congresses/import/template.xlsx': unaimed,
  // A register naming a union outside the importer's subtree is a row error (see congresses.import.api.test.ts).
  'POST /api/congresses/import': scoped({
    denied: () => [],
    control: () => ({ body: csvUpload('职代会届次与会议.csv', cpRegister) }),
  }),
  'GET /api/congresses/stats': aimed((f) => ({ query: { orgId: f.cp, ...years } })),
  'GET /api/congresses/stats.xlsx': aimed((f) => ({ query: { orgId: f.cp, ...years } })),
  'GET /api/congresses/proposals': aimed((f) => ({ query: { orgId: f.cp } }), {
    lists: () => [{}, { query: { status: 'to_assign' } }],
  }),
  'GET /api/congresses/proposals/:id': aimed((f) => ({ params: { id: f.ids.cgFiled } })),
  'POST /api/congresses/proposals/:id/examine': aimed((f) => ({
    params: { id: f.ids.cgFiled },
    body: { decision: 'accept' },
  })),
  'POST /api/congresses/proposals/:id/assign': aimed((f) => ({
    params: { id: f.ids.cgAccepted },
    body: { department: '工会办公室' },
  })),
  'POST /api/congresses/proposals/:id/answer': aimed((f) => ({
    params: { id: f.ids.cgAssigned },
    body: { answer: '已调整。' },
  })),
  'POST /api/congresses/proposals/:id/pledge': aimed((f) => ({
    params: { id: f.ids.cgAccepted },
    body: pledge,
  })),
  'GET /api/congresses/pledge-links/:pledgeId': aimed((f) => ({ params: { pledgeId: f.ids.cgPledge } })),
  'GET /api/congresses/disclosures': subtreeList,
  'POST /api/congresses/disclosures': createsFor(disclosure, (f) => disclosure(f.cpTown)),
  'GET /api/congresses/sessions/:id': aimed((f) => ({ params: { id: f.ids.cgSession } })),
  'PUT /api/congresses/sessions/:id/attendance': scoped({
    denied: (f) => [{ params: { id: f.ids.cgSession }, body: { delegateIds: [] } }],
    // both delegates present: the session keeps its quorum (two thirds of 2) for the motion case after it
    control: (f) => ({
      params: { id: f.ids.cgSession },
      body: { delegateIds: [f.ids.cgDelegate0, f.ids.cgDelegate] },
    }),
  }),
  'POST /api/congresses/sessions/:id/motions': aimed((f) => ({
    params: { id: f.ids.cgSession },
    body: { title: '福利方案', kind: 'welfare' },
  })),
  'POST /api/congresses/motions/:id/close': aimed((f) => ({ params: { id: f.ids.cgMotion }, body: {} })),
  'POST /api/congresses/terms/:id/delegations': aimed((f) => ({
    params: { id: f.ids.cgTerm },
    body: { orgId: f.cp, name: '第二代表团' },
  })),
  'POST /api/congresses/terms/:id/sessions': aimed((f) => ({ params: { id: f.ids.cgTerm }, body: session2 })),
  'POST /api/congresses/delegations/:id/delegates': aimed((f) => ({
    params: { id: f.ids.cgGroup2 },
    body: { delegates: [{ personId: f.cpMember, category: 'frontline' }] },
  })),
  'POST /api/congresses/delegates/:id/replace': aimed((f) => ({
    params: { id: f.ids.cgDelegate },
    body: { reason: '调离' },
  })),
  'GET /api/congresses/:id': aimed((f) => ({ params: { id: f.ids.cgCongress } })),
  'PUT /api/congresses/:id/settings': aimed((f) => ({
    params: { id: f.ids.cgCongress },
    body: { frontlineMinPct: 50, managerMaxPct: 20, cosignMin: 0, answerDays: 10 },
  })),
  'POST /api/congresses/:id/terms': aimed((f) => ({
    params: { id: f.ids.cgCongress },
    body: { number: 3, startsOn: '2031-01-01', endsOn: '2035-12-31' },
  })),
  'GET /api/me/congresses': {
    kind: 'self',
    request: () => ({}),
    check: (_f, res) => {
      expect(res.statusCode).toBe(200);
      for (const c of res.json().congresses as { name: string }[])
        expect(c.name).not.toBe('昌平区职工代表大会');
    },
  },
  'POST /api/me/congresses/proposals': self(
    (f) => ({ body: { sessionId: f.ids.cgSession, title: '越权提案', body: '不应成功' } }),
    refusedWith('CONGRESS_NOT_DELEGATE'),
  ),
  'POST /api/me/congresses/proposals/:id/cosign': self(
    (f) => ({ params: { id: f.ids.cgFiled } }),
    refusedWith('CONGRESS_NOT_DELEGATE'),
  ),
  'POST /api/me/congresses/proposals/:id/rate': self(
    (f) => ({ params: { id: f.ids.cgAssigned }, body: { rating: 'satisfied' } }),
    notFound,
  ),
  'POST /api/me/congresses/motions/:id/vote': self(
    (f) => ({ params: { id: f.ids.cgMotion }, body: { choice: 'yes' } }),
    refusedWith('CONGRESS_NOT_DELEGATE'),
  ),
  'POST /api/me/congresses/disclosures/:id/read': self(
    (f) => ({ params: { id: f.ids.cgDisclosure } }),
    notFound,
  ),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/congresses/import/template.xlsx': () => ({}),
  'GET /api/congresses/stats.xlsx': (x) => ({
    query: { orgId: x.root, fromYear: x.year - 2, toYear: x.year },
  }),
};
