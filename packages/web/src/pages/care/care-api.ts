import { api, fileForm, unwrap } from '../../api/client.ts';
import { listCall } from '../../api/recordCalls.ts';
import type { Answer, Body } from '../../api/types.ts';
import { registerImport } from '../../components/importApi.ts';
import { periodParams } from '../../components/StatsPeriod.tsx';

export { RECIPIENT_KINDS, STEP_KINDS } from '../../../../server/src/modules/care/care.vocabulary.ts';

export type Campaign = Answer<'/api/care/campaigns'>['items'][number];
export type CampaignDetail = Answer<'/api/care/campaigns/{id}'>;
export type Stock = CampaignDetail['stock'][number];
export type StepKind = CampaignDetail['steps'][number]['kind'];
export type CreateCampaign = Body<'/api/care/campaigns'>;
export type EditCampaign = Body<'/api/care/campaigns/{id}', 'patch'>;
export type ReceiveStock = Body<'/api/care/campaigns/{id}/stock'>;
export type Visit = Answer<'/api/care/visits'>['items'][number];
export type VisitDetail = Answer<'/api/care/visits/{id}'>;
export type CreateVisit = Body<'/api/care/visits'>;
export type EditVisit = Body<'/api/care/visits/{id}', 'patch'>;
export type RecipientKind = Visit['recipientKind'];
export type Report = Answer<'/api/care/campaigns/{id}/report'>;
export type MyVisit = Answer<'/api/me/care/visits'>['items'][number];

export const UNITS = ['件', '斤', '份', '箱', '袋', '桶', '个'];

/** The calls of the care pages. */
export const careApi = {
  campaigns: listCall('/api/care/campaigns'),
  createCampaign: (body: CreateCampaign) => unwrap(api.POST('/api/care/campaigns', { body })),
  campaign: (id: number) => unwrap(api.GET('/api/care/campaigns/{id}', { params: { path: { id } } })),
  editCampaign: (id: number, body: EditCampaign) =>
    unwrap(api.PATCH('/api/care/campaigns/{id}', { params: { path: { id } }, body })),
  receive: (id: number, body: ReceiveStock) =>
    unwrap(api.POST('/api/care/campaigns/{id}/stock', { params: { path: { id } }, body })),
  report: (id: number, query: { from?: string; to?: string } = {}) =>
    unwrap(api.GET('/api/care/campaigns/{id}/report', { params: { path: { id }, query } })),
  reportUrl: (id: number, query: { from?: string; to?: string } = {}) => {
    const q = periodParams(query);
    return `/api/care/campaigns/${id}/report.xlsx${q ? `?${q}` : ''}`;
  },
  visits: listCall('/api/care/visits'),
  visitsTemplateUrl: '/api/care/visits/import/template.xlsx',
  importVisits: registerImport('/api/care/visits/import'),
  logVisit: (body: CreateVisit) => unwrap(api.POST('/api/care/visits', { body })),
  visit: (id: number) => unwrap(api.GET('/api/care/visits/{id}', { params: { path: { id } } })),
  editVisit: (id: number, body: EditVisit) =>
    unwrap(api.PATCH('/api/care/visits/{id}', { params: { path: { id } }, body })),
  uploadPhoto: (id: number, kind: 'photo' | 'receipt', file: File) =>
    unwrap(
      api.POST('/api/care/visits/{id}/photos', {
        params: { path: { id }, query: { kind } },
        body: fileForm(file),
      }),
    ),
  photoUrl: (id: number, photoId: number) => `/api/care/visits/${id}/photos/${photoId}`,
  myVisits: () => unwrap(api.GET('/api/me/care/visits')),
  confirm: (id: number) => unwrap(api.POST('/api/me/care/visits/{id}/confirm', { params: { path: { id } } })),
};
