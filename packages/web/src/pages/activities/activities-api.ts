import { api, fileForm, pickedDay, unwrap } from '../../api/client.ts';
import type { Answer, Body } from '../../api/types.ts';
import { registerImport } from '../../components/importApi.ts';

export { ACTIVITY_KINDS as KINDS } from '../../../../server/src/modules/activities/activities.vocabulary.ts';
export { type ActivityState, activityState, sessionText, signUpKey } from './activity-when.ts';

export type Activity = Answer<'/api/activities'>['items'][number];
export type ActivityDetail = Answer<'/api/activities/{id}'>;
export type MyActivity = Answer<'/api/me/activities'>['items'][number];
export type NewActivity = Body<'/api/activities'>;
export type Kind = Activity['kind'];

/** The calls of the activities pages. */
export const activitiesApi = {
  list: (q: { orgId?: number; status?: 'open' | 'cancelled'; page?: number; pageSize?: number }) =>
    unwrap(api.GET('/api/activities', { params: { query: q } })),
  create: (body: NewActivity) => unwrap(api.POST('/api/activities', { body })),
  get: (id: number) => unwrap(api.GET('/api/activities/{id}', { params: { path: { id } } })),
  cancel: (id: number, effectiveOn: string | null = null) =>
    unwrap(
      api.POST('/api/activities/{id}/cancel', {
        params: { path: { id } },
        body: pickedDay(effectiveOn),
      }),
    ),
  /** Staff sign members up, on a past day when one is given (ADR 40). */
  signUp: (id: number, personIds: number[], effectiveOn?: string | null) =>
    unwrap(
      api.POST('/api/activities/{id}/signups', {
        params: { path: { id } },
        body: { personIds, ...pickedDay(effectiveOn) },
      }),
    ),
  /** Staff check a member in, or record their attendance of a past session on its day. */
  checkIn: (id: number, sessionId: number, personId: number, attendedOn?: string | null) =>
    unwrap(
      api.POST('/api/activities/{id}/sessions/{sessionId}/checkin', {
        params: { path: { id, sessionId } },
        body: { personId, ...(attendedOn ? { attendedOn } : {}) },
      }),
    ),
  checkInByCard: (id: number, sessionId: number, token: string) =>
    unwrap(
      api.POST('/api/activities/{id}/sessions/{sessionId}/checkin-card', {
        params: { path: { id, sessionId } },
        body: { token },
      }),
    ),
  signupTemplateUrl: (id: number) => `/api/activities/${id}/signups/template.xlsx`,
  /** A sheet of members signed up: checked only (预检) or signed up, all or none. */
  importSignups: (id: number, file: File, dryRun: boolean, effectiveOn?: string | null) =>
    unwrap(
      api.POST('/api/activities/{id}/signups/import', {
        params: { path: { id }, query: { dryRun, ...pickedDay(effectiveOn) } },
        body: fileForm(file),
      }),
    ),
  /** The register of past activities (issue 42): its template, and a sheet checked (预检) or imported. */
  registerTemplateUrl: '/api/activities/import/template.xlsx',
  importRegister: registerImport('/api/activities/import'),
  rosterUrl: (id: number) => `/api/activities/${id}/roster.xlsx`,
  stats: (q: { orgId?: number; from: string; to: string }) =>
    unwrap(api.GET('/api/activities/stats', { params: { query: q } })),
  statsUrl: (q: { orgId?: number; from: string; to: string }) =>
    `/api/activities/stats.xlsx?from=${q.from}&to=${q.to}${q.orgId ? `&orgId=${q.orgId}` : ''}`,
  photoUrl: (id: number, photoId: number) => `/api/activities/${id}/photos/${photoId}`,
  myPhotoUrl: (id: number, photoId: number) => `/api/me/activities/${id}/photos/${photoId}`,
  mine: () => unwrap(api.GET('/api/me/activities')),
  signUpSelf: (id: number) =>
    unwrap(api.POST('/api/me/activities/{id}/signup', { params: { path: { id } } })),
  cancelSelf: (id: number) =>
    unwrap(api.POST('/api/me/activities/{id}/cancel', { params: { path: { id } } })),
  participants: (id: number) =>
    unwrap(api.GET('/api/me/activities/{id}/participants', { params: { path: { id } } })),
  setInterest: (id: number, signupId: number, interested: boolean) =>
    unwrap(
      api.PUT('/api/me/activities/{id}/interest', {
        params: { path: { id } },
        body: { signupId, interested },
      }),
    ),
  checkInSelf: (code: string) => unwrap(api.POST('/api/me/activities/checkin', { body: { code } })),
};
