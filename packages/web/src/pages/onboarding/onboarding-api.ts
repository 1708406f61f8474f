import { api, pickedDay, unwrap } from '../../api/client.ts';
import { listCall } from '../../api/recordCalls.ts';
import type { Answer, Body } from '../../api/types.ts';

export { JOIN_STATUSES } from '../../../../server/src/modules/onboarding/onboarding.vocabulary.ts';

export type UnionHit = Answer<'/api/join/unions'>['items'][number];
export type JoinRequest = Answer<'/api/join-requests'>['items'][number];
export type JoinStatus = JoinRequest['status'];
export type OutboxPage = Answer<'/api/outbox'>;

/** The calls of activation, online joining, join review and the outbox. */
export const onboardingApi = {
  startActivation: (body: Body<'/api/activation/start'>) =>
    unwrap(api.POST('/api/activation/start', { body })),
  verifyActivation: (body: Body<'/api/activation/verify'>) =>
    unwrap(api.POST('/api/activation/verify', { body })),
  findUnions: (q: string) => unwrap(api.GET('/api/join/unions', { params: { query: { q } } })),
  requestJoin: (body: Body<'/api/join-requests'>) => unwrap(api.POST('/api/join-requests', { body })),
  listJoinRequests: listCall('/api/join-requests'),
  /** Accepts on `effectiveOn` (the member's first day; none is today, ADR 40). */
  accept: (id: number, effectiveOn?: string | null) =>
    unwrap(
      api.POST('/api/join-requests/{id}/accept', {
        params: { path: { id } },
        body: pickedDay(effectiveOn),
      }),
    ),
  decline: (id: number, reason: string, effectiveOn?: string | null) =>
    unwrap(
      api.POST('/api/join-requests/{id}/decline', {
        params: { path: { id } },
        body: { reason, ...pickedDay(effectiveOn) },
      }),
    ),
  outbox: listCall('/api/outbox'),
};

export const PHONE_RE = /^1[3-9]\d{9}$/;
