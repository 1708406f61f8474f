import { expect } from 'vitest';
import {
  aimed,
  csvUpload,
  fileUpload,
  notFound,
  scoped,
  self,
  subtreeList,
  unaimed,
} from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import type { Actor } from '../../access/access.ts';

/**
 * Scope cases for group insurance: 昌平's policy, its insured and claims are reached only from 昌平's subtree; a
 * worker reaches only their own cover and claims, and a claim naming 昌平's policy — by 杨镇's staff for their own
 * member, or by a worker of 杨镇 — answers 404 as a policy that does not exist (ADR 62, issue 41).
 */
const policy = (orgId: number, policyNo: string) => ({
  orgId,
  insurer: '测试保险公司',
  policyNo,
  title: '昌平区外勤职工团体意外险',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  premiumFen: 5000,
  cover: '意外医疗1万元',
});
const claim = (policyId: number, personId?: number, incidentOn = '2026-01-05') => ({
  policyId,
  ...(personId ? { personId } : {}),
  kind: 'medical',
  incidentOn,
  place: '昌平区城南街道',
  description: '投递途中摔伤',
  documents: ['诊断证明'],
});
const years = { fromYear: 2026, toYear: 2026 };
/** A one-page PDF as a multipart upload (field `file`). */
const pdf = () => fileUpload('invoice.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n'));
const DOC = { document: '医疗费用发票' };
/** A claims register of one claim of 2016 on 昌平's year kept as totals (made in setup). */
let cpClaims = '';
/** A policies register of one policy of 2015 kept as totals, insured by 昌平 (made in setup). */
let cpPolicies = '';
const sheetBody = (csv: string, fileName = '理赔台账.csv') => csvUpload(fileName, csv);

export async function setup({ api, call, db, services, f }: SetupContext): Promise<Record<string, number>> {
  const p = (await api('changping', 'POST', '/api/insurance/policies', policy(f.cp, 'CP-SCOPE-1'))) as {
    id: number;
  };
  await api('changping', 'POST', `/api/insurance/policies/${p.id}/sync`, { on: '2026-01-01' });
  // one live claim per accident: the two claims are for two accidents
  const file = async (incidentOn: string) =>
    (
      (await api('changping', 'POST', '/api/insurance/claims', claim(p.id, f.cpMember, incidentOn))) as {
        id: number;
      }
    ).id;
  // the unions below 昌平 forward the claims up to 昌平's own step, as their staff would
  const climb = async (id: number) => {
    for (;;) {
      const claims = (await api('changping', 'GET', `/api/insurance/claims?policyId=${p.id}`)) as {
        items: { id: number; stepOrgId: number | null }[];
      };
      const at = claims.items.find((x) => x.id === id)?.stepOrgId ?? null;
      if (at === null || at === f.cp) return;
      const { rows } = await db.query<{ path: string }>('select path from orgs where id = $1', [at]);
      const staff: Actor = {
        userId: 0,
        username: 'scope-step',
        displayName: 'staff',
        role: 'staff',
        orgId: at,
        scopePath: rows[0].path,
        personId: null,
      };
      await services.insurance.review(staff, id, { action: 'forward' });
    }
  };
  const atCp = await file('2026-01-05');
  await climb(atCp);
  const sent = await file('2026-01-06');
  await climb(sent);
  await api('changping', 'POST', `/api/insurance/claims/${sent}/review`, { action: 'forward' });
  // the claims register: 2016 kept as totals, a member of 昌平 since 2010
  await api('changping', 'POST', '/api/insurance/policies', {
    ...policy(f.cp, 'CP-SCOPE-2016'),
    startsOn: '2016-01-01',
    endsOn: '2016-12-31',
    recordedInsured: 100,
    recordedPremiumFen: 500_000,
  });
  const idNumber = f.newIdNumber();
  await api('changping', 'POST', '/api/members', {
    name: '昌平理赔台账职工',
    idNumber,
    orgId: f.cpGrassroots,
    joinedOn: '2010-01-01',
  });
  cpClaims =
    '保单号,身份证号,姓名,理赔类别,出险日期,申请日期,审核结果,决定日期,赔付金额（元）,赔付日期\n' +
    `CP-SCOPE-2016,${idNumber},昌平理赔台账职工,意外医疗,2016-03-02,2016-03-10,赔付,2016-04-10,800,2016-04-25\n`;
  const { rows: cp } = await db.query<{ name: string }>('select name from orgs where id = $1', [f.cp]);
  cpPolicies =
    '投保工会,保单号,保险公司,保险名称,起保日期,终止日期,保费（元）,参保人数\n' +
    `${cp[0].name},CP-SCOPE-2015,测试保险公司,2015年团体意外险,2015-01-01,2015-12-31,5000,100\n`;
  const up = await call('changping', {
    method: 'POST',
    url: `/api/insurance/claims/${atCp}/files?document=${encodeURIComponent(DOC.document)}`,
    ...pdf(),
  });
  if (up.statusCode !== 200) throw new Error(`claim file upload → ${up.statusCode} ${up.body}`);
  return { insPolicy: p.id, insClaim: atCp, insClaimSent: sent, insFile: (up.json() as { id: number }).id };
}

export const cases: Record<string, ScopeCase> = {
  'GET /api/insurance/policies': subtreeList,
  'POST /api/insurance/policies': scoped({
    denied: (f) => [{ body: policy(f.cp, 'YZ-1') }, { body: policy(f.cpTown, 'YZ-2') }],
    control: (f) => ({ body: policy(f.cp, 'CP-SCOPE-2') }),
  }),
  'GET /api/insurance/policies/:id': aimed((f) => ({ params: { id: f.ids.insPolicy } })),
  'POST /api/insurance/policies/:id/sync': aimed((f) => ({
    params: { id: f.ids.insPolicy },
    body: { on: '2026-02-01' },
  })),
  'GET /api/insurance/policies/:id/insured.xlsx': aimed((f) => ({ params: { id: f.ids.insPolicy } })),
  'GET /api/insurance/policies/:id/changes': aimed((f) => ({
    params: { id: f.ids.insPolicy },
    query: { month: '2026-01' },
  })),
  'GET /api/insurance/policies/:id/changes.xlsx': aimed((f) => ({
    params: { id: f.ids.insPolicy },
    query: { month: '2026-01', full: true },
  })),
  // the claims waiting for the insurer's decision are those of the caller's own union's policies
  'GET /api/insurance/claims': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }, { query: { orgId: f.cp, awaitingDecision: true } }],
    lists: () => [{}, { query: { awaitingDecision: true } }],
    control: () => ({}),
  }),
  // the export of that list: 杨镇's staff asking it of 昌平 are refused
  'GET /api/insurance/claims.xlsx': aimed((f) => ({ query: { orgId: f.cp } })),
  'POST /api/insurance/claims': scoped({
    denied: (f) => [
      { body: claim(f.ids.insPolicy, f.cpMember) },
      { body: claim(f.ids.insPolicy, f.yzMember) },
    ],
    control: (f) => ({ body: claim(f.ids.insPolicy, f.cpMember2) }),
  }),
  'GET /api/insurance/claims/import/template.xlsx': unaimed,
  'GET /api/insurance/policies/import/template.xlsx': unaimed,
  // A row naming a union outside the importer's subtree is a row error (insurance.policies.import.api.test.ts).
  'POST /api/insurance/policies/import': scoped({
    denied: () => [],
    control: () => ({ body: sheetBody(cpPolicies, '保单台账.csv') }),
  }),
  // A row naming a policy outside the importer's subtree is a row error (insurance.claims.import.api.test.ts).
  'POST /api/insurance/claims/import': scoped({
    denied: () => [],
    control: () => ({ body: sheetBody(cpClaims) }),
  }),
  'POST /api/insurance/claims/:id/files': aimed((f) => ({
    params: { id: f.ids.insClaim },
    query: DOC,
    ...pdf(),
  })),
  'GET /api/insurance/claims/:id/files/:fileId': aimed((f) => ({
    params: { id: f.ids.insClaim, fileId: f.ids.insFile },
  })),
  'POST /api/me/insurance/claims/:id/files': self(
    (f) => ({ params: { id: f.ids.insClaim }, query: DOC, ...pdf() }),
    notFound,
  ),
  'GET /api/me/insurance/claims/:id/files/:fileId': self(
    (f) => ({ params: { id: f.ids.insClaim, fileId: f.ids.insFile } }),
    notFound,
  ),
  'POST /api/insurance/claims/:id/review': aimed((f) => ({
    params: { id: f.ids.insClaim },
    body: { action: 'forward' },
  })),
  'POST /api/insurance/claims/:id/decide': aimed((f) => ({
    params: { id: f.ids.insClaimSent },
    body: { action: 'approve', payoutFen: 100_000 },
  })),
  'GET /api/insurance/stats': scoped({
    // the figures carry no union; a caller's own subtree is what `orgId` may name (denied above)
    denied: (f) => [{ query: { orgId: f.cp, ...years } }],
    control: (f) => ({ query: { orgId: f.cp, ...years } }),
  }),
  'GET /api/insurance/stats.xlsx': aimed((f) => ({ query: { orgId: f.cp, ...years } })),
  'GET /api/me/insurance': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      for (const c of res.json().claims as { personId: number }[]) expect(c.personId).toBe(f.workerPerson);
    },
  },
  'POST /api/me/insurance/claims': {
    kind: 'self',
    request: (f) => ({ body: claim(f.ids.insPolicy) }),
    check: (_f, res) => {
      expect(res.statusCode).toBe(404);
      expect(res.json().error?.code).toBe('NOT_FOUND');
    },
  },
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/insurance/claims.xlsx': () => ({}),
  'GET /api/insurance/claims/import/template.xlsx': () => ({}),
  'GET /api/insurance/policies/import/template.xlsx': () => ({}),
  'GET /api/insurance/policies/:id/insured.xlsx': (x) => ({ params: { id: x.policy } }),
  'GET /api/insurance/policies/:id/changes.xlsx': (x) => ({
    params: { id: x.policy },
    query: { full: true },
  }),
  'GET /api/insurance/stats.xlsx': (x) => ({
    query: { orgId: x.root, fromYear: x.year - 1, toYear: x.year },
  }),
};
