/** Calls to the applications API (the review queue, an application's detail, review actions) and their shapes. */
import { api, pickedDay, unwrap } from '../../api/client.ts';
import { listCall } from '../../api/recordCalls.ts';
import type { Answer, Body, Query } from '../../api/types.ts';

export { APPLICATION_STATUSES } from '../../../../server/src/modules/programs/programs.vocabulary.ts';

/** An application as the review queue lists it, with its missing materials and any stand-in (代为审核). */
export type ApplicationRow = Answer<'/api/applications'>['items'][number];
/** An application with its decision, files, history and payment. */
export type ApplicationDetail = Answer<'/api/applications/{id}'>;
export type ApplicationEvent = ApplicationDetail['events'][number];
export type ApplicationFile = ApplicationDetail['files'][number];
export type ApplicationQuery = Query<'/api/applications'>;

export type ApplicationStatus = ApplicationRow['status'];

export type ApplicationPayment = NonNullable<ApplicationDetail['payment']>;
export type PaymentState = ApplicationPayment['status'];

type ReviewBody = Body<'/api/applications/{id}/approve'>;
/** A reviewer's exemption of one required material (免提交), with the reason. */
export type Waiver = NonNullable<ReviewBody['waivers']>[number];
export type ReviewAction = Body<'/api/applications/bulk'>['action'];

export const applicationsApi = {
  list: listCall('/api/applications'),
  get: (id: number) => unwrap(api.GET('/api/applications/{id}', { params: { path: { id } } })),
  act: (id: number, action: ReviewAction, body: ReviewBody) =>
    unwrap(api.POST(`/api/applications/{id}/${action}`, { params: { path: { id } }, body })),
  bulk: (
    ids: number[],
    action: ReviewAction,
    reason?: string,
    waivers?: Waiver[],
    effectiveOn?: string | null,
  ) =>
    unwrap(
      api.POST('/api/applications/bulk', {
        body: {
          ids,
          action,
          ...(reason ? { reason } : {}),
          ...(waivers?.length ? { waivers } : {}),
          ...pickedDay(effectiveOn),
        },
      }),
    ),
  /** Resubmits a returned application on the applicant's behalf, on a past day it came back (补录) or today. */
  resubmit: (id: number, note: string, effectiveOn: string | null) =>
    unwrap(
      api.POST('/api/applications/{id}/resubmit', {
        params: { path: { id } },
        body: { ...(note.trim() && { note: note.trim() }), ...(effectiveOn && { effectiveOn }) },
      }),
    ),
  fileUrl: (id: number, fileId: number) => `/api/applications/${id}/files/${fileId}`,
};
