import { api, unwrap } from '../../api/client.ts';
import type { Answer, Body } from '../../api/types.ts';
import { registerImport } from '../../components/importApi.ts';
import { type PeriodQuery, periodParams } from '../../components/StatsPeriod.tsx';

export {
  DELEGATE_CATEGORIES as CATEGORIES,
  DISCLOSURE_CATEGORIES,
  MOTION_KINDS,
  PROPOSAL_FILTERS,
  PROPOSAL_STATUSES as STATUSES,
  RATINGS,
} from '../../../../server/src/modules/congresses/congresses.vocabulary.ts';

export type Congress = Answer<'/api/congresses'>[number];
export type CongressDetail = Answer<'/api/congresses/{id}'>;
export type Delegate = CongressDetail['delegates'][number];
export type Category = Delegate['category'];
export type SessionDetail = Answer<'/api/congresses/sessions/{id}'>;
export type Proposal = Answer<'/api/congresses/proposals'>['items'][number];
export type ProposalStatus = Proposal['status'];
/** The list's status filter: one status, or `to_assign` (待交办: accepted proposals and opinions). */
export type ProposalFilter = ProposalStatus | 'to_assign';
export type ProposalDetail = Answer<'/api/congresses/proposals/{id}'>;
export type Motion = SessionDetail['motions'][number];
export type MotionKind = Motion['kind'];
export type Disclosure = Answer<'/api/congresses/disclosures'>['items'][number];
export type DisclosureCategory = Disclosure['category'];
export type Mine = Answer<'/api/me/congresses'>;
export type MyCongress = Mine['congresses'][number];
export type Rating = NonNullable<Proposal['rating']>;
export type NewCongress = Body<'/api/congresses'>;
export type NewSession = Body<'/api/congresses/terms/{id}/sessions'>;
export type Examine = Body<'/api/congresses/proposals/{id}/examine'>;
export type PledgeInput = Body<'/api/congresses/proposals/{id}/pledge'>;

export const STATUS_COLOR: Record<ProposalStatus, string> = {
  filed: 'blue',
  accepted: 'cyan',
  rejected: 'red',
  merged: 'default',
  opinion: 'orange',
  assigned: 'gold',
  answered: 'purple',
  closed: 'green',
};

const path = (id: number) => ({ params: { path: { id } } });

/** The calls of the congress pages. */
export const congressesApi = {
  list: (orgId?: number) => unwrap(api.GET('/api/congresses', { params: { query: { orgId } } })),
  importTemplateUrl: '/api/congresses/import/template.xlsx',
  /** The register of past terms and sessions (a row per session held): checked only (预检) or imported, all or none. */
  importRegister: registerImport('/api/congresses/import'),
  create: (body: NewCongress) => unwrap(api.POST('/api/congresses', { body })),
  get: (id: number, termId?: number) =>
    unwrap(api.GET('/api/congresses/{id}', { params: { path: { id }, query: { termId } } })),
  settings: (id: number, body: Body<'/api/congresses/{id}/settings', 'put'>) =>
    unwrap(api.PUT('/api/congresses/{id}/settings', { ...path(id), body })),
  addTerm: (id: number, body: Body<'/api/congresses/{id}/terms'>) =>
    unwrap(api.POST('/api/congresses/{id}/terms', { ...path(id), body })),
  addDelegation: (termId: number, body: Body<'/api/congresses/terms/{id}/delegations'>) =>
    unwrap(api.POST('/api/congresses/terms/{id}/delegations', { ...path(termId), body })),
  elect: (delegationId: number, body: Body<'/api/congresses/delegations/{id}/delegates'>) =>
    unwrap(api.POST('/api/congresses/delegations/{id}/delegates', { ...path(delegationId), body })),
  replace: (delegateId: number, body: Body<'/api/congresses/delegates/{id}/replace'>) =>
    unwrap(api.POST('/api/congresses/delegates/{id}/replace', { ...path(delegateId), body })),
  addSession: (termId: number, body: NewSession) =>
    unwrap(api.POST('/api/congresses/terms/{id}/sessions', { ...path(termId), body })),
  session: (id: number) => unwrap(api.GET('/api/congresses/sessions/{id}', path(id))),
  attendance: (id: number, delegateIds: number[]) =>
    unwrap(api.PUT('/api/congresses/sessions/{id}/attendance', { ...path(id), body: { delegateIds } })),
  addMotion: (sessionId: number, body: Body<'/api/congresses/sessions/{id}/motions'>) =>
    unwrap(api.POST('/api/congresses/sessions/{id}/motions', { ...path(sessionId), body })),
  closeMotion: (id: number, effectiveOn?: string) =>
    unwrap(api.POST('/api/congresses/motions/{id}/close', { ...path(id), body: { effectiveOn } })),
  proposals: (q: { orgId?: number; congressId?: number; sessionId?: number; status?: ProposalFilter }) =>
    unwrap(api.GET('/api/congresses/proposals', { params: { query: q } })),
  proposal: (id: number) => unwrap(api.GET('/api/congresses/proposals/{id}', path(id))),
  examine: (id: number, body: Examine) =>
    unwrap(api.POST('/api/congresses/proposals/{id}/examine', { ...path(id), body })),
  assign: (id: number, body: Body<'/api/congresses/proposals/{id}/assign'>) =>
    unwrap(api.POST('/api/congresses/proposals/{id}/assign', { ...path(id), body })),
  answer: (id: number, body: Body<'/api/congresses/proposals/{id}/answer'>) =>
    unwrap(api.POST('/api/congresses/proposals/{id}/answer', { ...path(id), body })),
  pledge: (id: number, body: PledgeInput) =>
    unwrap(api.POST('/api/congresses/proposals/{id}/pledge', { ...path(id), body })),
  pledgeLink: (pledgeId: number) =>
    unwrap(api.GET('/api/congresses/pledge-links/{pledgeId}', { params: { path: { pledgeId } } })),
  disclosures: (orgId?: number) =>
    unwrap(api.GET('/api/congresses/disclosures', { params: { query: { orgId } } })),
  publish: (body: Body<'/api/congresses/disclosures'>) =>
    unwrap(api.POST('/api/congresses/disclosures', { body })),
  stats: (q: { orgId?: number } & PeriodQuery) =>
    unwrap(api.GET('/api/congresses/stats', { params: { query: q } })),
  statsUrl: (q: { orgId?: number } & PeriodQuery) => `/api/congresses/stats.xlsx?${periodParams(q)}`,
  mine: () => unwrap(api.GET('/api/me/congresses')),
  file: (body: Body<'/api/me/congresses/proposals'>) =>
    unwrap(api.POST('/api/me/congresses/proposals', { body })),
  cosign: (id: number) => unwrap(api.POST('/api/me/congresses/proposals/{id}/cosign', path(id))),
  rate: (id: number, rating: Rating) =>
    unwrap(api.POST('/api/me/congresses/proposals/{id}/rate', { ...path(id), body: { rating } })),
  vote: (id: number, choice: 'yes' | 'no' | 'abstain') =>
    unwrap(api.POST('/api/me/congresses/motions/{id}/vote', { ...path(id), body: { choice } })),
  read: (id: number) => unwrap(api.POST('/api/me/congresses/disclosures/{id}/read', path(id))),
};
