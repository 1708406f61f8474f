/** Calls to the worker's own API (`/api/me/…`: programs, applications, payments, claims) and their shapes. */
import { api, formBody, unwrap } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';

/** A program open to me today, with my eligibility, my records (per-record programs) and my applications. */
export type MyProgram = Answer<'/api/me/programs'>['items'][number];
/** A record the worker may apply with, for programs paid per record, with its own eligibility preview. */
export type Candidate = MyProgram['candidates'][number];
/** One of my applications, with where its money stands once approved. */
export type MyApplication = Answer<'/api/me/applications'>['items'][number];
/** One of my applications, with its history, files, decision and payment. */
export type MyApplicationDetail = Answer<'/api/me/applications/{id}'>;
/** My payments are my ledger entries: entitlements and their reversals, with their payment status. */
export type MyPayment = Answer<'/api/me/payments'>['items'][number];
export type MyClaim = Answer<'/api/me/claims'>['items'][number];
export type ClaimAnswer = Answer<'/api/claims/{programId}', 'post'>;
export type ClaimResult = ClaimAnswer['result'];

const byId = (id: number) => ({ params: { path: { id } } });

type Granted = Pick<MyApplication, 'intake' | 'amountFen'>;

/**
 * An in-kind flash claim (a ticket, a gift box) won or claimed: nothing to pay, a pickup code to show. Its amount
 * is 0, which the worker must not read as "¥0.00 granted".
 */
export const isInKind = (a: Granted) => a.intake === 'claim' && !a.amountFen;

/** The amount to show beside an application: none while unknown, none for an in-kind claim. */
export const shownAmount = (a: Granted): number | null =>
  a.amountFen == null || isInKind(a) ? null : a.amountFen;

export const meApi = {
  programs: () => unwrap(api.GET('/api/me/programs')).then((r) => r.items),
  apply: (form: FormData) => unwrap(api.POST('/api/me/applications', { body: formBody(form) })),
  /** The first page of my applications. */
  applications: () => unwrap(api.GET('/api/me/applications')).then((r) => r.items),
  application: (id: number) => unwrap(api.GET('/api/me/applications/{id}', byId(id))),
  fileUrl: (id: number, fileId: number) => `/api/me/applications/${id}/files/${fileId}`,
  withdraw: (id: number) => unwrap(api.POST('/api/me/applications/{id}/withdraw', { ...byId(id), body: {} })),
  resubmit: (id: number, form: FormData) =>
    unwrap(api.POST('/api/me/applications/{id}/resubmit', { ...byId(id), body: formBody(form) })),
  /** The first page of my payments. */
  payments: () => unwrap(api.GET('/api/me/payments')).then((r) => r.items),
  claims: () => unwrap(api.GET('/api/me/claims')),
  claim: (programId: number) =>
    unwrap(api.POST('/api/claims/{programId}', { params: { path: { programId } } })),
  pickup: (applicationId: number) =>
    unwrap(api.GET('/api/me/claims/pickup/{applicationId}', { params: { path: { applicationId } } })),
};
