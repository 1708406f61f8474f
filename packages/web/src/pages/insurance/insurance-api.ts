import { api, queryString, unwrap } from '../../api/client.ts';
import type { Answer, Body, Query } from '../../api/types.ts';
import { registerImport } from '../../components/importApi.ts';
import { type PeriodQuery, periodParams } from '../../components/StatsPeriod.tsx';

export { CLAIM_KINDS } from '../../../../server/src/modules/insurance/insurance.vocabulary.ts';

export type Policy = Answer<'/api/insurance/policies'>['items'][number];
export type PolicyDetail = Answer<'/api/insurance/policies/{id}'>;
export type Claim = Answer<'/api/insurance/claims'>['items'][number];
export type ClaimKind = Claim['kind'];
export type ClaimStatus = Claim['status'];
export type NewPolicy = Body<'/api/insurance/policies'>;
/** The claims list's filters: the union, the policy and the views (at my step, awaiting the insurer). */
export type ClaimsQuery = Query<'/api/insurance/claims'>;
export type NewClaim = Body<'/api/insurance/claims'>;
export type MyClaim = Body<'/api/me/insurance/claims'>;
export type Decision = Body<'/api/insurance/claims/{id}/decide'>;
export type Changes = Answer<'/api/insurance/policies/{id}/changes'>;
export type Review = Body<'/api/insurance/claims/{id}/review'>;

export const STATUS_COLOR: Record<ClaimStatus, string> = {
  filed: 'blue',
  returned: 'orange',
  forwarded: 'gold',
  approved: 'cyan',
  rejected: 'red',
  paid: 'green',
  withdrawn: 'default',
};

/** The documents each kind of claim asks for (as the server's checklist). */
export const CHECKLIST: Record<ClaimKind, string[]> = {
  medical: ['身份证复印件', '诊断证明', '医疗费用发票', '费用清单', '事故经过说明'],
  disability: ['身份证复印件', '伤残鉴定书', '诊断证明', '事故经过说明'],
  death: ['被保险人身份证明', '死亡证明', '户籍注销证明', '受益人身份证明', '事故经过说明'],
};

/** The calls of the insurance pages. */
export const insuranceApi = {
  policies: (q: { orgId?: number; page?: number; pageSize?: number }) =>
    unwrap(api.GET('/api/insurance/policies', { params: { query: q } })),
  createPolicy: (body: NewPolicy) => unwrap(api.POST('/api/insurance/policies', { body })),
  policy: (id: number) => unwrap(api.GET('/api/insurance/policies/{id}', { params: { path: { id } } })),
  sync: (id: number, on: string) =>
    unwrap(api.POST('/api/insurance/policies/{id}/sync', { params: { path: { id } }, body: { on } })),
  insuredUrl: (id: number, full = false) =>
    `/api/insurance/policies/${id}/insured.xlsx${full ? '?full=true' : ''}`,
  changes: (id: number, month: string) =>
    unwrap(api.GET('/api/insurance/policies/{id}/changes', { params: { path: { id }, query: { month } } })),
  changesUrl: (id: number, month: string, full = false) =>
    `/api/insurance/policies/${id}/changes.xlsx?month=${month}${full ? '&full=true' : ''}`,
  claims: (q: ClaimsQuery) => unwrap(api.GET('/api/insurance/claims', { params: { query: q } })),
  /** The claims list as .xlsx, with the list's filters (the union and the view). */
  claimsUrl: (q: ClaimsQuery, full = false) =>
    `/api/insurance/claims.xlsx${queryString(full ? { ...q, full: true } : q)}`,
  fileClaim: (body: NewClaim) => unwrap(api.POST('/api/insurance/claims', { body })),
  review: (id: number, body: Review) =>
    unwrap(api.POST('/api/insurance/claims/{id}/review', { params: { path: { id } }, body })),
  decide: (id: number, body: Decision) =>
    unwrap(api.POST('/api/insurance/claims/{id}/decide', { params: { path: { id } }, body })),
  stats: (q: { orgId?: number } & PeriodQuery) =>
    unwrap(api.GET('/api/insurance/stats', { params: { query: q } })),
  statsUrl: (q: { orgId?: number } & PeriodQuery) => `/api/insurance/stats.xlsx?${periodParams(q)}`,
  importTemplateUrl: '/api/insurance/claims/import/template.xlsx',
  /** The claims register: checked only (预检) or imported, all rows or none. */
  importRegister: registerImport('/api/insurance/claims/import'),
  policiesTemplateUrl: '/api/insurance/policies/import/template.xlsx',
  /** The policies register: checked only (预检) or imported, all rows or none. */
  importPolicies: registerImport('/api/insurance/policies/import'),
  mine: () => unwrap(api.GET('/api/me/insurance')),
  fileMine: (body: MyClaim) => unwrap(api.POST('/api/me/insurance/claims', { body })),
};
