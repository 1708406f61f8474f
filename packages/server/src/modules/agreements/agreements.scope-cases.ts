import { aimed, fileUpload, scoped, unaimed } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import { usccCheckChar } from '../../modules/org/index.ts';

/** Scope cases for collective agreements: an agreement is reached through the union party to it. */

let serial = 0;
function uscc(): string {
  serial += 1;
  const body = `91110114PC${String(serial).padStart(7, '0')}`;
  return body + usccCheckChar(body);
}

const pdf = () =>
  fileUpload(
    '合同文本.pdf',
    'application/pdf',
    Buffer.from('%PDF-1.4 collective agreement\n%%EOF\n', 'utf8'),
  );

const agreement = (orgId: number) => ({
  orgId,
  kind: 'women',
  level: 'area',
  title: '昌平区域女职工特殊权益保护专项协议',
  employer: '昌平区企业联合会',
  signedOn: '2024-03-01',
  expiresOn: '2027-02-28',
  enterprises: [{ uscc: uscc(), name: '昌平测试企业', workers: 20, womenWorkers: 8 }],
});

const sheet = () => ({
  fileName: 'coverage.csv',
  contentBase64: Buffer.from(
    `统一社会信用代码,企业名称,职工人数,女职工人数\n${uscc()},昌平小微企业,9,4\n`,
  ).toString('base64'),
});

/** An agreements register of one agreement signed by 延寿镇总工会 under 昌平 (its name read in setup). */
let cpTownName = '';
const register = () => ({
  fileName: '集体合同台账.csv',
  contentBase64: Buffer.from(
    '签约工会,合同类别,合同名称,签订日期,到期日期,企业名称,统一社会信用代码,职工人数,女职工人数\n' +
      `${cpTownName},工资专项,延寿镇工资专项集体合同${serial},2021-03-01,2024-02-29,延寿小微企业,${uscc()},12,5\n`,
    'utf8',
  ).toString('base64'),
});

export async function setup({ api, call, db, f }: SetupContext): Promise<Record<string, number>> {
  const { rows } = await db.query<{ name: string }>('select name from orgs where id = $1', [f.cpTown]);
  cpTownName = rows[0].name;
  const a = (await api('changping', 'POST', '/api/agreements', agreement(f.cpTown))) as { id: number };
  const b = (await api('changping', 'POST', '/api/agreements', agreement(f.cp))) as { id: number };
  const res = await call('changping', { method: 'PUT', url: `/api/agreements/${b.id}/text`, ...pdf() });
  if (res.statusCode !== 200) throw new Error(`text upload → ${res.statusCode} ${res.body}`);
  const c = (await api('changping', 'POST', '/api/agreements', agreement(f.cpTown))) as { id: number };
  return { cpAgreement: a.id, cpAgreement2: b.id, cpAgreementToEnd: c.id };
}

const year = 2024;

export const cases: Record<string, ScopeCase> = {
  'GET /api/agreements': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }],
    lists: () => [{}, { query: { kind: 'women', status: 'in_force' } }],
    control: () => ({}),
  }),
  'GET /api/agreements.xlsx': aimed((f) => ({ query: { orgId: f.cp } }), {
    lists: () => [{}, { query: { kind: 'women', status: 'in_force' } }],
  }),
  'POST /api/agreements': scoped({
    denied: (f) => [{ body: agreement(f.cp) }, { body: agreement(f.cpGrassroots) }],
    control: (f) => ({ body: agreement(f.cpGrassroots) }),
  }),
  'GET /api/agreements/coverage-template.xlsx': unaimed,
  'GET /api/agreements/import/template.xlsx': unaimed,
  // A register naming a union outside the importer's subtree is a row error (see agreements.import.api.test.ts).
  'POST /api/agreements/import': scoped({ denied: () => [], control: () => ({ body: register() }) }),
  'GET /api/agreements/stats': scoped({
    denied: (f) => [{ query: { orgId: f.cp, year } }, { query: { orgId: f.cpTown, year } }],
    lists: () => [{ query: { year } }],
    control: (f) => ({ query: { orgId: f.cp, year } }),
  }),
  'GET /api/agreements/stats.xlsx': aimed((f) => ({ query: { orgId: f.cp, year } }), {
    lists: () => [{ query: { year } }],
  }),
  'GET /api/agreements/:id': aimed((f) => ({ params: { id: f.ids.cpAgreement } })),
  'PATCH /api/agreements/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.cpAgreement }, body: { note: '越权修改' } }],
    control: (f) => ({ params: { id: f.ids.cpAgreement }, body: { note: '昌平更正的备注' } }),
  }),
  'POST /api/agreements/:id/coverage/import': aimed((f) => ({
    params: { id: f.ids.cpAgreement },
    body: sheet(),
  })),
  'POST /api/agreements/:id/end': aimed((f) => ({
    params: { id: f.ids.cpAgreementToEnd },
    body: { endedOn: '2025-01-31', reason: '企业关闭' },
  })),
  'PUT /api/agreements/:id/text': aimed((f) => ({ params: { id: f.ids.cpAgreement }, ...pdf() })),
  'GET /api/agreements/:id/text': aimed((f) => ({ params: { id: f.ids.cpAgreement2 } })),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/agreements.xlsx': () => ({}),
  'GET /api/agreements/import/template.xlsx': () => ({}),
  'GET /api/agreements/coverage-template.xlsx': () => ({}),
  'GET /api/agreements/stats.xlsx': (x) => ({ query: { orgId: x.root, year: x.year } }),
};
