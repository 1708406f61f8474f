import { aimed, createsFor, scoped } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/**
 * Scope cases for the contests routes. Setup creates, as 昌平's staff, contests of 昌平区总工会: one open with
 * two entries, one closed with an entry and a result, one open to be closed; and finds the demo's national
 * contest of 北京市总工会 (offered to 杨镇 too), whose entries from 昌平 杨镇 must never see.
 */

const contest = (orgId: number, name: string) => ({
  orgId,
  name,
  level: 'district',
  kind: 'skills',
  startsOn: '2020-09-01',
  endsOn: '2020-09-30',
  events: [
    { name: '个人赛', mode: 'individual' },
    { name: '团队赛', mode: 'team', teamSize: 5 },
  ],
});

interface Detail {
  id: number;
  events: { id: number }[];
}

let resultCsv = '';

export async function setup({ api, db, f }: SetupContext): Promise<Record<string, number>> {
  const { rows } = await db.query<{ id: number }>(
    `select p.id from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id where o.path like $1 || '%' and p.id <> all($2::bigint[]) order by p.id limit 1`,
    [f.cpPath, [f.cpMember, f.cpMember2]],
  );
  const create = async (name: string) =>
    (await api('changping', 'POST', '/api/contests', contest(f.cp, name))) as Detail;
  const enter = async (c: Detail, personId: number) =>
    (
      (await api('changping', 'POST', `/api/contests/${c.id}/entries`, {
        eventId: c.events[0].id,
        orgId: f.cp,
        personIds: [personId],
      })) as { id: number }
    ).id;
  const open = await create('昌平区职工技能大赛（范围测试）');
  const cpEntry = await enter(open, f.cpMember);
  const cpEntry2 = await enter(open, f.cpMember2);
  const closed = await create('昌平区职工技能大赛（已截止）');
  const cpEntry3 = await enter(closed, f.cpMember);
  await api('changping', 'POST', `/api/contests/${closed.id}/close`);
  await api('changping', 'PUT', `/api/contest-entries/${cpEntry3}/result`, { rank: 2, prize: '二等奖' });
  resultCsv = `报名编号,名次,奖项\n${cpEntry3},1,一等奖\n`;
  const toClose = await create('昌平区职工技能大赛（待截止）');
  const national = await db.query<{ id: number }>(
    `select id from contests where name = '第一届全国职业技能大赛'`,
  );
  return {
    cpContest: open.id,
    cpContestEvent: open.events[0].id,
    cpContestPerson: rows[0].id,
    cpEntry,
    cpEntry2,
    cpClosedContest: closed.id,
    cpEntry3,
    cpContestToClose: toClose.id,
    demoNationalContest: national.rows[0].id,
  };
}

const csvBody = () => ({
  fileName: '成绩.csv',
  contentBase64: Buffer.from(resultCsv, 'utf8').toString('base64'),
});

export const cases: Record<string, ScopeCase> = {
  'GET /api/contests': scoped({
    denied: () => [],
    lists: () => [{}, { query: { status: 'open' } }, { query: { pageSize: 200 } }],
    control: () => ({ query: { pageSize: 200 } }),
  }),
  'POST /api/contests': createsFor(
    (org) => contest(org, '越权竞赛'),
    (f) => contest(f.cp, '昌平区职工技能大赛（对照）'),
  ),
  'GET /api/contests/stats': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }, { query: { orgId: f.cpGrassroots, from: '2019-01' } }],
    lists: () => [{}, { query: { from: '2019-01', to: '2020-12' } }],
    control: () => ({}),
  }),
  'GET /api/contests/stats.xlsx': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }],
    control: () => ({}),
  }),
  'GET /api/contests/:id': aimed((f) => ({ params: { id: f.ids.cpContest } })),
  'PATCH /api/contests/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.cpContest }, body: { name: '越权修改的竞赛' } }],
    control: (f) => ({ params: { id: f.ids.cpContest }, body: { name: '昌平职工技能竞赛（更正）' } }),
  }),
  'POST /api/contests/:id/close': aimed((f) => ({ params: { id: f.ids.cpContestToClose } })),
  'GET /api/contests/:id/entries': scoped({
    denied: (f) => [{ params: { id: f.ids.cpContest } }],
    // The demo's national contest is offered to 杨镇 too; its entrants from 昌平 stay out of 杨镇's list.
    lists: (f) => [{ params: { id: f.ids.demoNationalContest } }],
    control: (f) => ({ params: { id: f.ids.cpContest } }),
  }),
  'POST /api/contests/:id/entries': scoped({
    denied: (f) => [
      {
        params: { id: f.ids.cpContest },
        body: { eventId: f.ids.cpContestEvent, orgId: f.cp, personIds: [f.ids.cpContestPerson] },
      },
      {
        params: { id: f.ids.cpContest },
        body: { eventId: f.ids.cpContestEvent, orgId: f.yz, personIds: [f.yzMember] },
      },
    ],
    control: (f) => ({
      params: { id: f.ids.cpContest },
      body: { eventId: f.ids.cpContestEvent, orgId: f.cp, personIds: [f.ids.cpContestPerson] },
    }),
  }),
  'DELETE /api/contest-entries/:id': aimed((f) => ({ params: { id: f.ids.cpEntry2 } })),
  'PUT /api/contest-entries/:id/result': scoped({
    denied: (f) => [{ params: { id: f.ids.cpEntry3 }, body: { rank: 1, prize: '一等奖' } }],
    control: (f) => ({ params: { id: f.ids.cpEntry3 }, body: { rank: 1, score: 96.5, prize: '一等奖' } }),
  }),
  'GET /api/contests/:id/entries.xlsx': scoped({
    denied: (f) => [
      { params: { id: f.ids.cpClosedContest }, body: {} },
      { params: { id: f.ids.demoNationalContest }, body: {} },
    ],
    control: (f) => ({ params: { id: f.ids.cpClosedContest }, body: {} }),
  }),
  'POST /api/contests/:id/results/import': aimed((f) => ({
    params: { id: f.ids.cpClosedContest },
    body: csvBody(),
  })),
  'POST /api/contests/:id/publish': scoped({
    denied: (f) => [
      { params: { id: f.ids.cpClosedContest }, body: {} },
      { params: { id: f.ids.demoNationalContest }, body: {} },
    ],
    control: (f) => ({ params: { id: f.ids.cpClosedContest }, body: {} }),
  }),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/contests/stats.xlsx': (x) => ({ query: { orgId: x.root, year: x.year } }),
  'GET /api/contests/:id/entries.xlsx': (x) => ({ params: { id: x.contest } }),
};
