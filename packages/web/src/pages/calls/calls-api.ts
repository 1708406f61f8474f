import { api, fileForm, pickedDay, unwrap } from '../../api/client.ts';
import type { Answer, Body } from '../../api/types.ts';
import { type PeriodQuery, periodParams } from '../../components/StatsPeriod.tsx';

export {
  WORK_KINDS as KINDS,
  WORK_RESULTS as RESULTS,
} from '../../../../server/src/modules/calls/calls.vocabulary.ts';

export type Call = Answer<'/api/activities/calls'>['items'][number];
export type CallDetail = Answer<'/api/activities/calls/{id}'>;
export type Work = Answer<'/api/activities/calls/{id}/works'>['items'][number];
export type MyCall = Answer<'/api/me/calls'>['items'][number];
export type Gallery = Answer<'/api/public/calls/{id}'>;
export type CallStats = Answer<'/api/activities/calls/stats'>;
export type NewCall = Body<'/api/activities/calls'>;
export type WorkKind = Call['categories'][number]['kind'];
export type WorkStatus = Work['status'];
export type WorkResult = NonNullable<Work['result']>;
export type StatsQuery = PeriodQuery & { orgId?: number; callId?: number };

/** What a work sends: its category, a title, the text of a text work; a returned work's id to send it again. */
export interface WorkFields {
  categoryId: number;
  title?: string;
  body?: string;
  workId?: number;
}

const fileQuery = ({ body: _b, ...q }: WorkFields) => q;

/** The calls of the calls-for-works pages. */
export const callsApi = {
  list: (orgId?: number, awaiting?: boolean) =>
    unwrap(
      api.GET('/api/activities/calls', { params: { query: { orgId, ...(awaiting ? { awaiting } : {}) } } }),
    ),
  create: (body: NewCall) => unwrap(api.POST('/api/activities/calls', { body })),
  get: (id: number) => unwrap(api.GET('/api/activities/calls/{id}', { params: { path: { id } } })),
  works: (id: number, query: { status?: WorkStatus; categoryId?: number }) =>
    unwrap(api.GET('/api/activities/calls/{id}/works', { params: { path: { id }, query } })),
  /** A member's work sent in by staff; `effectiveOn` the day it was handed in (a past day: 补录). */
  submitFor: (
    id: number,
    personId: number,
    w: WorkFields,
    file?: File,
    effectiveOn: string | null = null,
  ) => {
    const day = pickedDay(effectiveOn);
    return file
      ? unwrap(
          api.POST('/api/activities/calls/{id}/works/file', {
            params: { path: { id }, query: { personId, ...fileQuery(w), ...day } },
            body: fileForm(file),
          }),
        )
      : unwrap(
          api.POST('/api/activities/calls/{id}/works', {
            params: { path: { id } },
            body: { personId, ...w, ...day },
          }),
        );
  },
  review: (workId: number, body: Body<'/api/activities/calls/works/{workId}/review'>) =>
    unwrap(api.POST('/api/activities/calls/works/{workId}/review', { params: { path: { workId } }, body })),
  decide: (workId: number, body: Body<'/api/activities/calls/works/{workId}/result'>) =>
    unwrap(api.POST('/api/activities/calls/works/{workId}/result', { params: { path: { workId } }, body })),
  publish: (id: number) =>
    unwrap(api.POST('/api/activities/calls/{id}/publish', { params: { path: { id } }, body: {} })),
  fileUrl: (workId: number) => `/api/activities/calls/works/${workId}/file`,
  stats: (query: StatsQuery) => unwrap(api.GET('/api/activities/calls/stats', { params: { query } })),
  statsExportUrl: (query: StatsQuery) => `/api/activities/calls/stats.xlsx?${periodParams(query)}`,
  mine: () => unwrap(api.GET('/api/me/calls')),
  submitSelf: (id: number, w: WorkFields, file?: File) =>
    file
      ? unwrap(
          api.POST('/api/me/calls/{id}/works/file', {
            params: { path: { id }, query: fileQuery(w) },
            body: fileForm(file),
          }),
        )
      : unwrap(api.POST('/api/me/calls/{id}/works', { params: { path: { id } }, body: w })),
  myFileUrl: (workId: number) => `/api/me/calls/works/${workId}/file`,
  memberGallery: (id: number) => unwrap(api.GET('/api/me/calls/{id}/gallery', { params: { path: { id } } })),
  publicGallery: (id: number) => unwrap(api.GET('/api/public/calls/{id}', { params: { path: { id } } })),
  publicFileUrl: (id: number, workId: number) => `/api/public/calls/${id}/works/${workId}/file`,
};
