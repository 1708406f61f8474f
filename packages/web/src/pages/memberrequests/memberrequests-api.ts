import { api, queryString, unwrap } from '../../api/client.ts';
import { listCall } from '../../api/recordCalls.ts';
import type { Answer, Body } from '../../api/types.ts';

export { REQUEST_STATUSES as STATUSES } from '../../../../server/src/modules/memberrequests/memberrequests.vocabulary.ts';

export type MemberRequest = Answer<'/api/member-requests'>['items'][number];
export type MyRequests = Answer<'/api/me/member-requests'>;
export type MyRequest = MyRequests['items'][number];
export type RequestKind = MemberRequest['kind'];
export type RequestStatus = MemberRequest['status'];
export type NewRequest = Body<'/api/me/member-requests'>;
export const KINDS: RequestKind[] = ['correction', 'transfer'];
export const STATUS_COLOR: Record<RequestStatus, string> = {
  pending: 'gold',
  accepted: 'green',
  declined: 'default',
};

export interface RequestFilter {
  kind?: RequestKind;
  status?: RequestStatus;
}

/** The export link of the list as filtered. */
export function exportUrl(f: RequestFilter): string {
  return `/api/member-requests.xlsx${queryString({ kind: f.kind, status: f.status })}`;
}

/** The calls of members' own requests (corrections and transfers). */
export const memberRequestsApi = {
  mine: () => unwrap(api.GET('/api/me/member-requests')),
  file: (body: NewRequest) => unwrap(api.POST('/api/me/member-requests', { body })),
  list: listCall('/api/member-requests'),
  get: (id: number) => unwrap(api.GET('/api/member-requests/{id}', { params: { path: { id } } })),
  accept: (id: number, body: Body<'/api/member-requests/{id}/accept'>) =>
    unwrap(api.POST('/api/member-requests/{id}/accept', { params: { path: { id } }, body })),
  decline: (id: number, body: Body<'/api/member-requests/{id}/decline'>) =>
    unwrap(api.POST('/api/member-requests/{id}/decline', { params: { path: { id } }, body })),
};
