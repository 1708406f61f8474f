import { api, unwrap } from '../../api/client.ts';
import type { Answer, Body } from '../../api/types.ts';
import { type PeriodQuery, periodParams } from '../../components/StatsPeriod.tsx';

export { POSTS } from '../../../../server/src/modules/elections/elections.vocabulary.ts';

export type Founding = Answer<'/api/foundings/{id}'>;
export type FoundingStatus = Founding['status'];
export type NewFounding = Body<'/api/foundings'>;
export type Term = Answer<'/api/elections/terms'>['terms'][number];
export type Election = Answer<'/api/elections'>['items'][number];
export type Committee = Answer<'/api/elections/committees'>[number];
export type NewElection = Body<'/api/elections'>;
export type Post = NewElection['candidates'][number]['post'];
export type Setting = Answer<'/api/elections/settings'>;

export const STATUS_COLOR: Record<FoundingStatus, string> = {
  applied: 'blue',
  preparing: 'gold',
  met: 'cyan',
  elected: 'purple',
  approved: 'green',
  withdrawn: 'default',
};

/** Names as a clerk types them in one field: separated by 、 , ， ; or spaces. */
export const splitNames = (text: string | undefined) =>
  (text ?? '')
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The calls of the founding and election pages. */
export const electionsApi = {
  foundings: (orgId?: number) => unwrap(api.GET('/api/foundings', { params: { query: { orgId } } })),
  founding: (id: number) => unwrap(api.GET('/api/foundings/{id}', { params: { path: { id } } })),
  apply: (body: NewFounding) => unwrap(api.POST('/api/foundings', { body })),
  prepare: (id: number, body: Body<'/api/foundings/{id}/preparation'>) =>
    unwrap(api.POST('/api/foundings/{id}/preparation', { params: { path: { id } }, body })),
  meet: (id: number, body: Body<'/api/foundings/{id}/meeting'>) =>
    unwrap(api.POST('/api/foundings/{id}/meeting', { params: { path: { id } }, body })),
  elect: (id: number, body: Body<'/api/foundings/{id}/committee'>) =>
    unwrap(api.POST('/api/foundings/{id}/committee', { params: { path: { id } }, body })),
  approve: (id: number, body: Body<'/api/foundings/{id}/approval'>) =>
    unwrap(api.POST('/api/foundings/{id}/approval', { params: { path: { id } }, body })),
  terms: (q: { orgId?: number; months?: number }) =>
    unwrap(api.GET('/api/elections/terms', { params: { query: q } })),
  elections: (orgId?: number) => unwrap(api.GET('/api/elections', { params: { query: { orgId } } })),
  election: (id: number) => unwrap(api.GET('/api/elections/{id}', { params: { path: { id } } })),
  record: (body: NewElection) => unwrap(api.POST('/api/elections', { body })),
  history: (orgId: number) => unwrap(api.GET('/api/elections/committees', { params: { query: { orgId } } })),
  setting: (orgId?: number) => unwrap(api.GET('/api/elections/settings', { params: { query: { orgId } } })),
  saveSetting: (body: Body<'/api/elections/settings', 'put'>) =>
    unwrap(api.PUT('/api/elections/settings', { body })),
  stats: (q: { orgId?: number } & PeriodQuery) =>
    unwrap(api.GET('/api/elections/stats', { params: { query: q } })),
  statsUrl: (q: { orgId?: number } & PeriodQuery) => `/api/elections/stats.xlsx?${periodParams(q)}`,
};
