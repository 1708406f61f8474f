/** Calls to the applications API (the review queue, an application's detail, review actions) and their shapes. */
import { queryString, requestJson } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
import { asPage, type Evidence, type ListQuery, type Page, type Program } from './programs-api.ts';
import type { Decision } from './rule-vocabulary.ts';

export type ApplicationStatus = 'submitted' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
export const APPLICATION_STATUSES: ApplicationStatus[] = [
  'submitted',
  'returned',
  'approved',
  'rejected',
  'withdrawn',
];

export interface ApplicationRow {
  id: number;
  programId: number;
  programName?: string;
  personId: number | null;
  personName?: string | null;
  applicantOrgId?: number | null;
  orgId: number;
  orgName?: string;
  status: ApplicationStatus;
  step: number;
  amountFen: number | null;
  intake: string;
  createdAt: string;
  /** The day of the application (China time): earlier than createdAt when entered after the fact. */
  appliedOn?: string;
  decidedAt?: string | null;
  /** The worker's own list: where the money stands once approved. */
  paymentStatus?: PaymentState | null;
  /** The staff list: required materials neither attached nor waived (undecided applications). */
  missingMaterials?: { key: string; zh: string; en: string }[];
  /** The queue of the union above: the union below whose step my union may take (代为审核), and why. */
  standIn?: StandInSummary;
  [extra: string]: unknown;
}

export interface StandInSummary {
  forOrgName: string;
  byOrgName: string;
  reason: 'no_reviewer' | 'overdue';
  since: string;
  from: string;
}

export interface ApplicationEvent {
  id: number;
  action: string;
  step: number | null;
  orgId: number | null;
  orgName: string | null;
  reason: string | null;
  data: unknown;
  /** Who acted, by name, and the union they acted for. */
  actorName: string | null;
  actorOrgName: string | null;
  /** The moment it was entered. */
  at: string;
  /** The day it happened (China time): earlier than `at` when recorded after the fact (补录). */
  effectiveOn: string;
}

export interface ApplicationFile {
  id: number;
  name: string;
  mime: string;
  key?: string | null;
  size?: number;
}

export interface ApplicationDetail extends ApplicationRow {
  decision: Decision | null;
  files: ApplicationFile[];
  events: ApplicationEvent[];
  reviewChain?: number[];
  requiredEvidence?: Evidence[];
  stepLevel?: number | null;
  stepOrgId?: number | null;
  stepOrgName?: string | null;
  personIdMasked?: string | null;
  choiceKey?: string | null;
  program?: Partial<Program>;
  /** Where the money of an approved application stands (null before approval). */
  payment?: ApplicationPayment | null;
}

export type ApplicationPayment = NonNullable<Answer<'/api/applications/{id}'>['payment']>;
export type PaymentState = ApplicationPayment['status'];

/** A reviewer's exemption of one required material (免提交), with the reason. */
export interface Waiver {
  key: string;
  reason: string;
}

export type ReviewAction = 'approve' | 'reject' | 'return';

export const applicationsApi = {
  list: async (q: ListQuery) =>
    asPage(
      await requestJson<Page<ApplicationRow> | ApplicationRow[]>('GET', `/api/applications${queryString(q)}`),
    ),
  get: (id: number) => requestJson<ApplicationDetail>('GET', `/api/applications/${id}`),
  act: (
    id: number,
    action: ReviewAction,
    body: { reason?: string; choiceKey?: string; waivers?: Waiver[]; effectiveOn?: string },
  ) => requestJson<unknown>('POST', `/api/applications/${id}/${action}`, body),
  bulk: (
    ids: number[],
    action: ReviewAction,
    reason?: string,
    waivers?: Waiver[],
    effectiveOn?: string | null,
  ) =>
    requestJson<{
      succeeded: number;
      failed: number;
      results: {
        id: number;
        ok: boolean;
        status?: string;
        code?: string;
        message?: { zh: string; en: string };
      }[];
    }>('POST', '/api/applications/bulk', {
      ids,
      action,
      ...(reason ? { reason } : {}),
      ...(waivers?.length ? { waivers } : {}),
      ...(effectiveOn ? { effectiveOn } : {}),
    }),
  fileUrl: (id: number, fileId: number) => `/api/applications/${id}/files/${fileId}`,
};
