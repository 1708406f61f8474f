/** Calls to the ledger and payment batches API and their shapes. */
import { queryString, requestJson } from '../../api/client.ts';
import type { Answer, Body } from '../../api/types.ts';
import { asPage, type ListQuery, type Page } from './programs-api.ts';

export interface LedgerEntry {
  id: number;
  kind: 'entitlement' | 'reversal';
  amountFen: number;
  applicationId: number | null;
  programId: number;
  programName?: string;
  personId: number | null;
  personName?: string | null;
  orgId: number | null;
  orgName?: string | null;
  reversesId: number | null;
  reason: string | null;
  createdAt: string;
  reversedById: number | null;
  paymentBatchId: number | null;
  paymentStatus: 'unpaid' | 'in_batch' | 'paid' | 'reversed' | null;
  [extra: string]: unknown;
}

/** How a batch pays: to the members' bank accounts or to their 京卡. */
export type PaymentMethod = 'bank' | 'jingka';

/** A person a batch pays who has no account for its method. */
export interface WithoutAccount {
  applicationId: number;
  personId: number;
  personName: string;
  personIdMasked: string | null;
  orgName: string;
}

export interface PaymentBatch {
  id: number;
  programId?: number | null;
  programName?: string | null;
  status: string;
  method?: PaymentMethod;
  /** The day the batch was made (China time); createdAt is when it was entered. */
  effectiveOn?: string;
  itemCount?: number;
  totalFen?: number;
  createdAt: string;
  paidAt?: string | null;
  [extra: string]: unknown;
}

export interface PaymentBatchDetail extends PaymentBatch {
  withoutAccount?: WithoutAccount[];
  items: {
    id?: number;
    ledgerEntryId: number;
    personName?: string | null;
    name?: string | null;
    personIdMasked?: string | null;
    orgName?: string | null;
    amountFen: number;
    [extra: string]: unknown;
  }[];
}

/** The program and union a payment batch is made for. */
export type BatchTarget = Body<'/api/payment-batches/preview'>;
/** What a batch would pay, shown to the clerk before it is created. */
export type BatchPreview = Answer<'/api/payment-batches/preview', 'post'>;

export const ledgerApi = {
  list: async (q: ListQuery) =>
    asPage(await requestJson<Page<LedgerEntry> | LedgerEntry[]>('GET', `/api/ledger${queryString(q)}`)),
  reverse: (entryId: number, reason: string, effectiveOn?: string | null) =>
    requestJson<unknown>('POST', `/api/ledger/${entryId}/reverse`, {
      reason,
      ...(effectiveOn ? { effectiveOn } : {}),
    }),
  batches: async (q: ListQuery) =>
    asPage(
      await requestJson<Page<PaymentBatch> | PaymentBatch[]>('GET', `/api/payment-batches${queryString(q)}`),
    ),
  previewBatch: (body: BatchTarget) =>
    requestJson<BatchPreview>('POST', '/api/payment-batches/preview', body),
  createBatch: (body: Body<'/api/payment-batches'>) =>
    requestJson<PaymentBatch>('POST', '/api/payment-batches', body),
  batch: (id: number) => requestJson<PaymentBatchDetail>('GET', `/api/payment-batches/${id}`),
  exportUrl: (id: number, confirmMissing = false) =>
    `/api/payment-batches/${id}/export.xlsx${confirmMissing ? '?confirmMissing=true' : ''}`,
  markPaid: (id: number, reference?: string, paidOn?: string | null) =>
    requestJson<unknown>('POST', `/api/payment-batches/${id}/mark-paid`, {
      ...(reference ? { reference } : {}),
      ...(paidOn ? { paidOn } : {}),
    }),
  cancel: (id: number, reason?: string) =>
    requestJson<unknown>('POST', `/api/payment-batches/${id}/cancel`, reason ? { reason } : {}),
};
