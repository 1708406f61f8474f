import { api, pickedDay, unwrap } from '../../api/client.ts';
import type { Answer, Body } from '../../api/types.ts';
import { periodParams } from '../../components/StatsPeriod.tsx';

export type Counsellor = Answer<'/api/counselling/counsellors'>['items'][number];
export type NewCounsellor = Body<'/api/counselling/counsellors'>;
export type Slot = Answer<'/api/counselling/slots'>['items'][number];
export type StaffBooking = Answer<'/api/counselling/bookings'>['items'][number];
export type CounsellingStats = Answer<'/api/counselling/stats'>;
export type CounsellorHome = Answer<'/api/counselling/mine'>;
export type CounsellorBooking = Answer<'/api/counselling/mine/bookings/{id}'>;
export type Scale = Answer<'/api/me/counselling/scales'>[number];
export type AssessmentResult = Answer<'/api/me/counselling/assessments', 'post'>;
export type Mine = Answer<'/api/me/counselling'>;
export type StatsQuery = { orgId?: number; year?: number; from?: string; to?: string };
export type Mode = 'online' | 'in_person';

/** The calls of the counselling pages. */
export const counsellingApi = {
  counsellors: (q: { orgId?: number }) =>
    unwrap(api.GET('/api/counselling/counsellors', { params: { query: q } })),
  addCounsellor: (body: NewCounsellor) => unwrap(api.POST('/api/counselling/counsellors', { body })),
  addTraining: (id: number, body: Body<'/api/counselling/counsellors/{id}/trainings'>) =>
    unwrap(api.POST('/api/counselling/counsellors/{id}/trainings', { params: { path: { id } }, body })),
  setDuty: (id: number, onDuty: boolean) =>
    unwrap(
      api.POST('/api/counselling/counsellors/{id}/duty', { params: { path: { id } }, body: { onDuty } }),
    ),
  /** Open slots from now, or from a past day (to record a session held then). */
  slots: (orgId?: number, from?: string | null) =>
    unwrap(api.GET('/api/counselling/slots', { params: { query: { orgId, ...(from ? { from } : {}) } } })),
  bookings: (orgId?: number) =>
    unwrap(api.GET('/api/counselling/bookings', { params: { query: { orgId } } })),
  bookForMember: (body: { slotId: number; personId: number; mode: Mode; heldOn?: string }) =>
    unwrap(api.POST('/api/counselling/bookings', { body })),
  cancelByStaff: (id: number, reason?: string, effectiveOn: string | null = null) =>
    unwrap(
      api.POST('/api/counselling/bookings/{id}/cancel', {
        params: { path: { id } },
        body: { reason, ...pickedDay(effectiveOn) },
      }),
    ),
  stats: (q: StatsQuery) => unwrap(api.GET('/api/counselling/stats', { params: { query: q } })),
  statsUrl: (q: StatsQuery) => `/api/counselling/stats.xlsx?${periodParams(q)}`,
  // the counsellor
  home: () => unwrap(api.GET('/api/counselling/mine')),
  addSlots: (body: Body<'/api/counselling/mine/slots'>) =>
    unwrap(api.POST('/api/counselling/mine/slots', { body })),
  withdrawSlot: (id: number) =>
    unwrap(api.POST('/api/counselling/mine/slots/{id}/withdraw', { params: { path: { id } } })),
  booking: (id: number) =>
    unwrap(api.GET('/api/counselling/mine/bookings/{id}', { params: { path: { id } } })),
  writeNote: (id: number, note: string, done: boolean) =>
    unwrap(
      api.PUT('/api/counselling/mine/bookings/{id}/note', { params: { path: { id } }, body: { note, done } }),
    ),
  cancelByCounsellor: (id: number, reason?: string) =>
    unwrap(
      api.POST('/api/counselling/mine/bookings/{id}/cancel', { params: { path: { id } }, body: { reason } }),
    ),
  followUp: (id: number) =>
    unwrap(api.POST('/api/counselling/mine/flags/{id}/follow-up', { params: { path: { id } } })),
  // the worker
  mine: () => unwrap(api.GET('/api/me/counselling')),
  scales: () => unwrap(api.GET('/api/me/counselling/scales')),
  take: (scale: 'phq9' | 'gad7', answers: number[]) =>
    unwrap(api.POST('/api/me/counselling/assessments', { body: { scale, answers } })),
  book: (slotId: number, mode: Mode, assessmentId?: number | null) =>
    unwrap(api.POST('/api/me/counselling/bookings', { body: { slotId, mode, assessmentId } })),
  myBooking: (id: number) =>
    unwrap(api.GET('/api/me/counselling/bookings/{id}', { params: { path: { id } } })),
  cancelSelf: (id: number) =>
    unwrap(api.POST('/api/me/counselling/bookings/{id}/cancel', { params: { path: { id } }, body: {} })),
};

/** A slot's time as people read it: 2026-06-02 14:00—14:50, China time. */
export function slotText(s: { startsAt: string; endsAt: string }) {
  const f = (iso: string) =>
    new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  const a = f(s.startsAt);
  return `${a}—${f(s.endsAt).slice(11)}`;
}
