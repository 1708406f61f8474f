import {
  CLAIM_DOCUMENT_EN,
  type ClaimDocument,
} from '../../../../server/src/modules/insurance/insurance.vocabulary.ts';
import { api, queryString, unwrap } from '../../api/client.ts';
import type { Answer, Body, Query } from '../../api/types.ts';
import { registerImport } from '../../components/importApi.ts';
import { type PeriodQuery, periodParams } from '../../components/StatsPeriod.tsx';
import i18n from '../../i18n/index.ts';

export {
  CLAIM_DOCUMENTS,
  CLAIM_KINDS,
} from '../../../../server/src/modules/insurance/insurance.vocabulary.ts';

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

/** A claim's document by its stored (Chinese) name, said in the page's language. */
export const documentName = (doc: string) =>
  i18n.language === 'en' ? (CLAIM_DOCUMENT_EN[doc as ClaimDocument] ?? doc) : doc;

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
