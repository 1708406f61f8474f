import { STATION_CHECKLIST_EN } from '../../../../server/src/modules/stations/stations.vocabulary.ts';
import { api, unwrap } from '../../api/client.ts';
import { recordCalls } from '../../api/recordCalls.ts';
import type { paths } from '../../api/schema.gen.ts';
import type { Answer, Body } from '../../api/types.ts';
import { registerImport } from '../../components/importApi.ts';
import { periodParams } from '../../components/StatsPeriod.tsx';
import i18n from '../../i18n/index.ts';

export {
  STATION_CHECKLIST as CHECKLIST,
  STATION_KINDS as KINDS,
  STATION_SERVICES as SERVICES,
} from '../../../../server/src/modules/stations/stations.vocabulary.ts';

/** An inspection's item by its stored (Chinese) name, said in the page's language; an item added on the form as typed. */
export const checklistItemName = (item: string) =>
  i18n.language === 'en' ? (STATION_CHECKLIST_EN[item as keyof typeof STATION_CHECKLIST_EN] ?? item) : item;

type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

export type Station = Answer<'/api/stations'>[number];
export type StationDetail = Answer<'/api/stations/{id}'>;
export type NewStation = Body<'/api/stations'>;
export type StationPatch = Body<'/api/stations/{id}', 'patch'>;
export type StationStats = Answer<'/api/stations/stats'>;
export type PublicStation = Answer<'/api/public/stations'>['stations'][number];
export type Kind = Station['kind'];
export type Service = Station['services'][number];
export type ListQuery = Query<'/api/stations'>;

/** The calls of the stations pages. */
export const stationsApi = {
  /** The station services register (issue 42): its template, and a sheet checked (预检) or imported. */
  servicesTemplateUrl: '/api/stations/services/import/template.xlsx',
  importServices: registerImport('/api/stations/services/import'),
  ...recordCalls('/api/stations'),
  renewToken: (id: number) => unwrap(api.POST('/api/stations/{id}/token', { params: { path: { id } } })),
  receive: (id: number, body: Body<'/api/stations/{id}/stock'>) =>
    unwrap(api.POST('/api/stations/{id}/stock', { params: { path: { id } }, body })),
  recordService: (id: number, body: Body<'/api/stations/{id}/services'>) =>
    unwrap(api.POST('/api/stations/{id}/services', { params: { path: { id } }, body })),
  inspect: (id: number, body: Body<'/api/stations/{id}/inspections'>) =>
    unwrap(api.POST('/api/stations/{id}/inspections', { params: { path: { id } }, body })),
  photoUrl: (id: number, photoId: number) => `/api/stations/${id}/photos/${photoId}`,
  uploadPhotoUrl: (id: number, inspectionId?: number) =>
    `/api/stations/${id}/photos${inspectionId ? `?inspectionId=${inspectionId}` : ''}`,
  exportUrl: (format: 'xlsx' | 'csv' | 'geojson', orgId?: number) =>
    `/api/stations/export?${periodParams({ format, orgId })}`,
  stats: (q: Query<'/api/stations/stats'>) =>
    unwrap(api.GET('/api/stations/stats', { params: { query: q } })),
  statsExportUrl: (q: object) => `/api/stations/stats.xlsx?${periodParams(q)}`,
  publicList: (q: Query<'/api/public/stations'>) =>
    unwrap(api.GET('/api/public/stations', { params: { query: q } })),
  publicStation: (token: string) =>
    unwrap(api.GET('/api/public/stations/checkin/{token}', { params: { path: { token } } })),
  checkIn: (token: string) =>
    unwrap(api.POST('/api/public/stations/checkin/{token}', { params: { path: { token } } })),
};

/** A distance as people read it, in metres below a kilometre: 850 m, 3.2 km. */
export const distanceText = (m: number, lang: string) =>
  m < 1000
    ? i18n.t('st.distance.m', { n: m, lng: lang })
    : i18n.t('st.distance.km', { n: (m / 1000).toFixed(1), lng: lang });
