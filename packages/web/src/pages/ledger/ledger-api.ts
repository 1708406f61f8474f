/** Calls to the ledger and payment batches API and their shapes. */
import { api, pickedDay, queryString, unwrap } from '../../api/client.ts';
import { listCall } from '../../api/recordCalls.ts';
import type { Answer, Body, Query } from '../../api/types.ts';
import { registerImport } from '../../components/importApi.ts';
import i18n from '../../i18n/index.ts';

/** An entitlement or its reversal, with where its payment stands. */
export type LedgerEntry = Answer<'/api/ledger'>['items'][number];
export type LedgerQuery = Query<'/api/ledger'>;

export type PaymentBatch = Answer<'/api/payment-batches'>['items'][number];
export type PaymentBatchDetail = Answer<'/api/payment-batches/{id}'>;
export type PaymentBatchQuery = Query<'/api/payment-batches'>;
/** How a batch pays: to the members' bank accounts or to their 京卡. */
export type PaymentMethod = PaymentBatch['method'];

/** The program and union a payment batch is made for. */
export type BatchTarget = Body<'/api/payment-batches/preview'>;
/** What a batch would pay, shown to the clerk before it is created. */
export type BatchPreview = Answer<'/api/payment-batches/preview', 'post'>;
/** A person a batch pays who has no account for its method. */
export type WithoutAccount = BatchPreview['withoutAccount'][number];

const byId = (id: number) => ({ params: { path: { id } } });

export const ledgerApi = {
  pastPaymentsTemplateUrl: '/api/programs/past-payments/import/template.xlsx',
  /** The register of payments to people before the platform (ADR 74): checked only (预检) or imported, all or none. */
  importPastPayments: registerImport('/api/programs/past-payments/import'),
  list: listCall('/api/ledger'),
  /** The ledger list as .xlsx, with the list's filters (without the page). */
  entriesUrl: ({ page: _p, pageSize: _s, ...filters }: LedgerQuery) =>
    `/api/ledger.xlsx${queryString(filters)}`,
  reverse: (entryId: number, reason: string, effectiveOn?: string | null) =>
    unwrap(
      api.POST('/api/ledger/{entryId}/reverse', {
        params: { path: { entryId } },
        body: { reason, ...pickedDay(effectiveOn) },
      }),
    ),
  batches: listCall('/api/payment-batches'),
  previewBatch: (body: BatchTarget) => unwrap(api.POST('/api/payment-batches/preview', { body })),
  createBatch: (body: Body<'/api/payment-batches'>) => unwrap(api.POST('/api/payment-batches', { body })),
  batch: (id: number) => unwrap(api.GET('/api/payment-batches/{id}', byId(id))),
  /** The batch's sheet, its headings in the language the user reads (English when it is en). */
  exportUrl: (id: number, confirmMissing = false, lang = i18n.language) =>
    `/api/payment-batches/${id}/export.xlsx${queryString({
      confirmMissing: confirmMissing || undefined,
      lang: lang === 'en' ? 'en' : undefined,
    })}`,
  markPaid: (id: number, reference?: string, paidOn?: string | null) =>
    unwrap(
      api.POST('/api/payment-batches/{id}/mark-paid', {
        ...byId(id),
        body: { ...(reference ? { reference } : {}), ...(paidOn ? { paidOn } : {}) },
      }),
    ),
  cancel: (id: number, reason?: string) =>
    unwrap(api.POST('/api/payment-batches/{id}/cancel', { ...byId(id), body: reason ? { reason } : {} })),
};
