import { aimed, createsFor, scoped, unaimed, unaimedList } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/** Scope cases for donations and funds: donors, donations and funds are reached through their union. */

let serial = 0;
const donor = (orgId: number) => ({
  orgId,
  kind: 'enterprise',
  name: `昌平爱心企业${++serial}`,
  phone: '13800001111',
});
const money = (donorId: number, orgId: number) => ({
  donorId,
  orgId,
  kind: 'money',
  receivedOn: '2024-01-20',
  amountFen: 100_000,
});
const fund = (orgId: number) => ({
  orgId,
  name: `昌平助学基金${++serial}`,
  purpose: '资助困难职工子女',
  beneficiary: '困难职工子女',
  foundedOn: '2020-01-01',
});
const year = { year: 2024 } as const;

/** A donations register of one gift to 延寿镇总工会 under 昌平 (its name read in setup). */
let cpTownName = '';
const register = () => ({
  fileName: '捐赠台账.csv',
  contentBase64: Buffer.from(
    `爱心单位,捐赠日期,受赠工会,金额（元）\n昌平台账爱心企业${++serial},2023-05-01,${cpTownName},1000\n`,
    'utf8',
  ).toString('base64'),
});

export async function setup({ api, db, f }: SetupContext): Promise<Record<string, number>> {
  const { rows: town } = await db.query<{ name: string }>('select name from orgs where id = $1', [f.cpTown]);
  cpTownName = town[0].name;
  const d = (await api('changping', 'POST', '/api/donors', donor(f.cp))) as { id: number };
  const x = (await api('changping', 'POST', '/api/donations', money(d.id, f.cpTown))) as { id: number };
  const g = (await api('changping', 'POST', '/api/funds', fund(f.cp))) as { id: number };
  const { rows } = await db.query<{ id: number }>(
    `select id from programs where owner_org_id = $1 order by id limit 1`,
    [f.cp],
  );
  return { cpDonor: d.id, cpDonation: x.id, cpFund: g.id, cpProgram: rows[0].id };
}

export const cases: Record<string, ScopeCase> = {
  'GET /api/donors': unaimedList,
  'POST /api/donors': scoped({
    denied: (f) => [{ body: donor(f.cp) }, { body: donor(f.cpGrassroots) }],
    control: (f) => ({ body: donor(f.cpGrassroots) }),
  }),
  'GET /api/donors/:id': aimed((f) => ({ params: { id: f.ids.cpDonor } })),
  'PATCH /api/donors/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.cpDonor }, body: { contactName: '越权' } }],
    control: (f) => ({ params: { id: f.ids.cpDonor }, body: { contactName: '昌平联系人' } }),
  }),
  'GET /api/donations': aimed((f) => ({ query: { orgId: f.cp } }), {
    lists: (f) => [{}, { query: { donorId: f.ids.cpDonor } }, { query: { fundId: f.ids.cpFund } }],
  }),
  'GET /api/donations.xlsx': aimed((f) => ({ query: { orgId: f.cp } }), {
    lists: (f) => [{}, { query: { kind: 'money' } }, { query: { donorId: f.ids.cpDonor } }],
  }),
  'POST /api/donations': scoped({
    denied: (f) => [
      { body: money(f.ids.cpDonor, f.cp) },
      {
        body: {
          donorId: f.ids.cpDonor,
          fundId: f.ids.cpFund,
          kind: 'money',
          receivedOn: '2024-01-20',
          amountFen: 1,
        },
      },
    ],
    control: (f) => ({ body: money(f.ids.cpDonor, f.cp) }),
  }),
  'GET /api/donations/import/template.xlsx': unaimed,
  // A register naming a union outside the importer's subtree is a row error (see donations.import.api.test.ts).
  'POST /api/donations/import': scoped({ denied: () => [], control: () => ({ body: register() }) }),
  'GET /api/donations/stats': scoped({
    denied: (f) => [{ query: { orgId: f.cp, ...year } }, { query: { orgId: f.cpTown, ...year } }],
    lists: () => [{ query: year }],
    control: (f) => ({ query: { orgId: f.cp, ...year } }),
  }),
  'GET /api/donations/stats.xlsx': aimed((f) => ({ query: { orgId: f.cp, ...year } }), {
    lists: () => [{ query: year }],
  }),
  'GET /api/donations/:id/acknowledgement.pdf': aimed((f) => ({ params: { id: f.ids.cpDonation } })),
  'GET /api/funds': unaimedList,
  'POST /api/funds': createsFor(fund, (f) => fund(f.cpTown)),
  'GET /api/funds/:id': aimed((f) => ({ params: { id: f.ids.cpFund } })),
  'PUT /api/funds/:id/program': aimed((f) => ({
    params: { id: f.ids.cpFund },
    body: { programId: f.ids.cpProgram },
  })),
  'POST /api/funds/:id/years': aimed((f) => ({
    params: { id: f.ids.cpFund },
    body: { year: 2021, incomeFen: 1, grantedFen: 0, helped: 0 },
  })),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/donations.xlsx': () => ({}),
  'GET /api/donations/import/template.xlsx': () => ({}),
  'GET /api/donations/stats.xlsx': (x) => ({ query: { orgId: x.root, from: '2015-01-01', to: x.today } }),
};
