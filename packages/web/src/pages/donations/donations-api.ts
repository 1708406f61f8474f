import { api, unwrap } from '../../api/client.ts';
import { listCall } from '../../api/recordCalls.ts';
import type { paths } from '../../api/schema.gen.ts';
import type { Answer, Body } from '../../api/types.ts';
import { registerImport } from '../../components/importApi.ts';
import { type PeriodQuery, periodParams } from '../../components/StatsPeriod.tsx';

export type Donor = Answer<'/api/donors'>['items'][number];
export type DonorDetail = Answer<'/api/donors/{id}'>;
export type Donation = Answer<'/api/donations'>['items'][number];
export type Fund = Answer<'/api/funds'>[number];
export type FundDetail = Answer<'/api/funds/{id}'>;
export type CreateDonor = Body<'/api/donors'>;
export type EditDonor = Body<'/api/donors/{id}', 'patch'>;
export type CreateDonation = Body<'/api/donations'>;
export type CreateFund = Body<'/api/funds'>;
export type FundYear = Body<'/api/funds/{id}/years'>;
export type DonationQuery = NonNullable<paths['/api/donations']['get']['parameters']['query']>;
export type DonationStats = Answer<'/api/donations/stats'>;
export type DonationKind = Donation['kind'];
export type DonorKind = Donor['kind'];

/** The calls of the donations and funds pages. */
export const donationsApi = {
  donors: listCall('/api/donors'),
  createDonor: (body: CreateDonor) => unwrap(api.POST('/api/donors', { body })),
  editDonor: (id: number, body: EditDonor) =>
    unwrap(api.PATCH('/api/donors/{id}', { params: { path: { id } }, body })),
  donor: (id: number) => unwrap(api.GET('/api/donors/{id}', { params: { path: { id } } })),
  donations: listCall('/api/donations'),
  createDonation: (body: CreateDonation) => unwrap(api.POST('/api/donations', { body })),
  acknowledgementUrl: (id: number) => `/api/donations/${id}/acknowledgement.pdf`,
  importTemplateUrl: '/api/donations/import/template.xlsx',
  /** The donations register: checked only (预检) or imported, all rows or none. */
  importRegister: registerImport('/api/donations/import'),
  stats: (query: { orgId?: number } & PeriodQuery) =>
    unwrap(api.GET('/api/donations/stats', { params: { query } })),
  statsExportUrl: (q: { orgId?: number } & PeriodQuery) => `/api/donations/stats.xlsx?${periodParams(q)}`,
  funds: () => unwrap(api.GET('/api/funds')),
  createFund: (body: CreateFund) => unwrap(api.POST('/api/funds', { body })),
  fund: (id: number) => unwrap(api.GET('/api/funds/{id}', { params: { path: { id } } })),
  linkProgram: (id: number, programId: number) =>
    unwrap(api.PUT('/api/funds/{id}/program', { params: { path: { id } }, body: { programId } })),
  addYear: (id: number, body: FundYear) =>
    unwrap(api.POST('/api/funds/{id}/years', { params: { path: { id } }, body })),
};
