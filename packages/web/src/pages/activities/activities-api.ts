import { api, unwrap } from '../../api/client.ts';
import type { Answer, Body } from '../../api/types.ts';
import { formatTime } from '../../components/dates.ts';

export type Activity = Answer<'/api/activities'>[number];
export type ActivityDetail = Answer<'/api/activities/{id}'>;
export type MyActivity = Answer<'/api/me/activities'>[number];
export type NewActivity = Body<'/api/activities'>;
export type Kind = Activity['kind'];
export const KINDS: Kind[] = ['sports', 'family', 'class', 'social', 'show', 'volunteer', 'other'];

/** The calls of the activities pages. */
export const activitiesApi = {
  list: (orgId?: number) => unwrap(api.GET('/api/activities', { params: { query: { orgId } } })),
  create: (body: NewActivity) => unwrap(api.POST('/api/activities', { body })),
  get: (id: number) => unwrap(api.GET('/api/activities/{id}', { params: { path: { id } } })),
  cancel: (id: number) => unwrap(api.POST('/api/activities/{id}/cancel', { params: { path: { id } } })),
  signUp: (id: number, personIds: number[]) =>
    unwrap(api.POST('/api/activities/{id}/signups', { params: { path: { id } }, body: { personIds } })),
  checkIn: (id: number, sessionId: number, personId: number) =>
    unwrap(
      api.POST('/api/activities/{id}/sessions/{sessionId}/checkin', {
        params: { path: { id, sessionId } },
        body: { personId },
      }),
    ),
  rosterUrl: (id: number) => `/api/activities/${id}/roster.xlsx`,
  stats: (q: { orgId?: number; from: string; to: string }) =>
    unwrap(api.GET('/api/activities/stats', { params: { query: q } })),
  mine: () => unwrap(api.GET('/api/me/activities')),
  signUpSelf: (id: number) =>
    unwrap(api.POST('/api/me/activities/{id}/signup', { params: { path: { id } } })),
  cancelSelf: (id: number) =>
    unwrap(api.POST('/api/me/activities/{id}/cancel', { params: { path: { id } } })),
  checkInSelf: (code: string) => unwrap(api.POST('/api/me/activities/checkin', { body: { code } })),
};

/** A session's time as people read it: 2026-05-16 09:00—11:00 (the shared formatTime). */
export function sessionText(s: { startsAt: string; endsAt: string }) {
  const a = formatTime(s.startsAt);
  const b = formatTime(s.endsAt);
  return a.slice(0, 10) === b.slice(0, 10) ? `${a}—${b.slice(11)}` : `${a} — ${b}`;
}
