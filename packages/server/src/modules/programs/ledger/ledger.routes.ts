import { routeMould, xlsxFile } from '../../../http/route-mould.ts';
import { IdParams } from '../../../http/schema.ts';
import { type App, actorOf } from '../../../http/types.ts';
import {
  BatchPreviewSchema,
  CancelBody,
  CreateBatchBody,
  CreatedBatchSchema,
  EntryParams,
  ExportBatchQuery,
  LedgerEntrySchema,
  LedgerExportQuery,
  LedgerQuery,
  MarkPaidBody,
  PaymentBatchDetailSchema,
  PaymentBatchListSchema,
  PaymentBatchQuery,
  PaymentBatchSchema,
  PreviewBatchBody,
  ReasonBody,
  ReconciliationSchema,
  StaffLedgerListSchema,
} from './ledger.schemas.ts';
import type { LedgerUseCases } from './ledger.use-cases.ts';

const tags = ['ledger'];

/** The append-only ledger, payment batches and reconciliation. */
export function ledgerRoutes(app: App, { programs }: { programs: LedgerUseCases }): void {
  const on = routeMould(app, tags);
  on.get('/api/ledger', {
    config: { permission: 'ledger.read' },
    summary: 'Ledger entries in my subtree (entitlements and reversals) with their payment status',
    querystring: LedgerQuery,
    response: StaffLedgerListSchema,
    use: programs.ledger,
  });
  on.file('/api/ledger.xlsx', {
    config: { permission: 'ledger.read' },
    summary:
      "The ledger list as .xlsx with the list's filters (every entry, past payments brought in among them: amounts in yuan and their 合计, days approved and paid, ID numbers masked; the union, program, day and totals on a second sheet); audited",
    querystring: LedgerExportQuery,
    run: async (actor, { query }) => {
      const { buffer, fileName } = await programs.exportLedger(actor, query);
      return xlsxFile(fileName, buffer);
    },
  });
  app.post(
    '/api/ledger/:entryId/reverse',
    {
      config: { permission: 'ledger.write' },
      schema: {
        tags,
        summary:
          'Correct an unpaid entitlement with a reversing entry and a reason (entries are never edited)',
        params: EntryParams,
        body: ReasonBody,
        response: { 200: LedgerEntrySchema },
      },
    },
    async (req) => programs.reverse(actorOf(req), req.params.entryId, req.body.reason, req.body.effectiveOn),
  );
  on.get('/api/programs/:id/reconciliation', {
    config: { permission: 'ledger.read' },
    summary: 'approved − reversed = paid + unpaid, to the fen',
    params: IdParams,
    response: ReconciliationSchema,
    use: programs.reconciliation,
  });
  on.get('/api/payment-batches', {
    config: { permission: 'ledger.read' },
    summary: 'Payment batches in my subtree',
    querystring: PaymentBatchQuery,
    response: PaymentBatchListSchema,
    use: programs.batches,
  });
  on.post('/api/payment-batches/preview', {
    config: { permission: 'ledger.write' },
    summary:
      'What a new batch would pay now, without creating it: each application, the subtotal per union and ' +
      'the total. Pass its applicationIds and totalFen as `expected` when creating',
    body: PreviewBatchBody,
    response: BatchPreviewSchema,
    use: programs.previewBatch,
  });
  on.post('/api/payment-batches', {
    config: { permission: 'ledger.write' },
    summary:
      'Batch every unpaid, unreversed entitlement of a program in my subtree. Idempotent with an Idempotency-Key ' +
      'header or a client-generated requestId: a retry returns the same batch (replayed: true). Made on ' +
      'effectiveOn (default today; a past day needs history.backdate, not before the latest approval it pays)',
    body: CreateBatchBody,
    response: CreatedBatchSchema,
    run: async (actor, { body, req }) => {
      const header = req.headers['idempotency-key'];
      return programs.createBatch(actor, body, Array.isArray(header) ? header[0] : header);
    },
  });
  on.get('/api/payment-batches/:id', {
    config: { permission: 'ledger.read' },
    summary: 'A payment batch with its items',
    params: IdParams,
    response: PaymentBatchDetailSchema,
    use: programs.paymentBatch,
  });
  on.file('/api/payment-batches/:id/export.xlsx', {
    config: { permission: 'ledger.write', errors: [409] },
    summary:
      'The sheet for the bank or 京卡 office: full ID numbers for roles with people.reveal_id (audited), masked ' +
      "otherwise. 409 PAYMENT_ACCOUNT_MISSING lists the people without an account for the batch's method " +
      'unless confirmMissing=true. Headings in Chinese, or in English with lang=en; days as date cells, yuan as numbers shown 0.00',
    params: IdParams,
    querystring: ExportBatchQuery,
    run: async (actor, { params, query }) => {
      const { fileName, buffer } = await programs.exportBatch(actor, params.id, {
        confirmMissing: query.confirmMissing === true,
        lang: query.lang,
      });
      return xlsxFile(fileName, buffer);
    },
  });
  const paymentBatchRoutes = on.record('/api/payment-batches/:id', {
    config: { permission: 'ledger.write' },
    response: PaymentBatchSchema,
  });
  paymentBatchRoutes.post('/mark-paid', {
    summary:
      'Mark a batch paid (idempotent) on paidOn (default today; a past day needs history.backdate, not before its latest approval)',
    body: MarkPaidBody,
    run: (actor, { params, body }) => programs.markPaid(actor, params.id, body.reference, body.paidOn),
  });
  paymentBatchRoutes.post('/cancel', {
    summary: 'Cancel an unpaid batch; its entitlements can go into a new batch',
    body: CancelBody,
    run: (actor, { params, body }) => programs.cancelBatch(actor, params.id, body.reason),
  });
}
