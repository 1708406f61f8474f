import { Type } from 'typebox';
import * as S from '../../../http/schema.ts';
import { Timestamp } from '../programs.schemas.ts';

export const LedgerEntrySchema = Type.Object({
  id: Type.Integer(),
  kind: S.StrEnum(['entitlement', 'reversal'] as const),
  amountFen: Type.Integer({ description: 'signed: reversals are negative' }),
  programId: Type.Integer(),
  programName: Type.String(),
  applicationId: Type.Integer(),
  periodKey: Type.String(),
  personId: S.Nullable(Type.Integer()),
  personName: S.Nullable(Type.String()),
  personIdMasked: S.Nullable(Type.String()),
  orgId: Type.Integer(),
  orgName: Type.String(),
  about: S.Nullable(
    Type.String({
      description:
        "What a union's own entry is for, as its application says (a visit's grant: 走访慰问：<name>); null for a worker's",
    }),
  ),
  reversesId: S.Nullable(Type.Integer()),
  reversedById: S.Nullable(Type.Integer()),
  reason: S.Nullable(Type.String()),
  paymentBatchId: S.Nullable(Type.Integer()),
  paymentStatus: S.Nullable(S.StrEnum(['unpaid', 'in_batch', 'paid', 'reversed'] as const)),
  paidAt: S.Nullable(Timestamp),
  createdAt: Timestamp,
});

/** A worker's own entries (GET /api/me/payments). */
export const LedgerListSchema = S.PagedList(LedgerEntrySchema);
/** The staff's ledger: each entry says whether the caller may reverse it, so the page offers 冲正 only then. */
export const StaffLedgerListSchema = S.PagedList(
  Type.Object({
    ...LedgerEntrySchema.properties,
    reversible: Type.Boolean({
      description:
        'An entitlement not reversed and in no payment batch, of a program owned by the union of the caller or by one below it',
    }),
  }),
);

const LedgerFilters = {
  programId: Type.Optional(S.Id),
  personId: Type.Optional(S.Id),
  kind: Type.Optional(S.StrEnum(['entitlement', 'reversal'] as const)),
  paymentStatus: Type.Optional(S.StrEnum(['unpaid', 'in_batch', 'paid', 'reversed'] as const)),
};
export const LedgerQuery = S.Obj({ ...LedgerFilters, ...S.Page });
/** The ledger list's filters without the page: its export. */
export const LedgerExportQuery = S.Obj(LedgerFilters);

export const EntryParams = S.Obj({ entryId: S.Id });
export const ReasonBody = S.Obj({ reason: S.Name(1000), effectiveOn: S.EffectiveOn });

export const ReconciliationSchema = Type.Object({
  programId: Type.Integer(),
  approvedFen: Type.Integer(),
  reversedFen: Type.Integer(),
  paidFen: Type.Integer(),
  unpaidFen: Type.Integer(),
  inBatchFen: Type.Integer({ description: 'part of unpaidFen sitting in a draft or exported batch' }),
  entitlements: Type.Integer(),
  reversals: Type.Integer(),
  paidItems: Type.Integer(),
  balanced: Type.Boolean({ description: 'approvedFen − reversedFen = paidFen + unpaidFen' }),
});

export const BatchStatus = S.StrEnum(['draft', 'exported', 'paid', 'cancelled'] as const);
export const PaymentMethod = S.StrEnum(['bank', 'jingka'] as const, {
  description: "bank: to the members' bank accounts; jingka: to their 京卡",
});

const WithoutAccountSchema = Type.Array(
  Type.Object({
    applicationId: Type.Integer(),
    personId: Type.Integer(),
    personName: Type.String(),
    personIdMasked: S.Nullable(Type.String()),
    orgName: Type.String(),
  }),
  { description: "the people paid who have no account for the batch's method" },
);

export const PaymentBatchSchema = Type.Object({
  id: Type.Integer(),
  programId: Type.Integer(),
  programName: Type.String(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  status: BatchStatus,
  method: PaymentMethod,
  requestKey: S.Nullable(Type.String()),
  itemCount: Type.Integer(),
  totalFen: Type.Integer(),
  note: S.Nullable(Type.String()),
  effectiveOn: {
    ...S.DateStr,
    description: 'the day the batch was made (China time); createdAt is when it was entered',
  },
  createdAt: Timestamp,
  exportedAt: S.Nullable(Timestamp),
  paidAt: S.Nullable(Timestamp),
  paidReference: S.Nullable(Type.String()),
  cancelledAt: S.Nullable(Timestamp),
});

export const CreatedBatchSchema = Type.Object({
  ...PaymentBatchSchema.properties,
  replayed: Type.Boolean({ description: 'true when a retried request returned the batch it created before' }),
});

const BatchItemSchema = Type.Object({
  ledgerEntryId: Type.Integer(),
  applicationId: Type.Integer(),
  personId: S.Nullable(Type.Integer()),
  personName: S.Nullable(Type.String()),
  personIdMasked: S.Nullable(Type.String()),
  orgId: Type.Integer(),
  orgName: Type.String(),
  about: S.Nullable(
    Type.String({
      description: "What a union's own entry is for, as its application says; null for a worker's",
    }),
  ),
  amountFen: Type.Integer(),
  hasBankAccount: Type.Boolean(),
  hasJingka: Type.Boolean(),
});

export const PaymentBatchDetailSchema = Type.Object({
  ...PaymentBatchSchema.properties,
  items: Type.Array(Type.Object({ id: Type.Integer(), ...BatchItemSchema.properties })),
  withoutAccount: WithoutAccountSchema,
});

export const PaymentBatchListSchema = S.PagedList(PaymentBatchSchema);

export const PaymentBatchQuery = S.Obj({
  programId: Type.Optional(S.Id),
  status: Type.Optional(BatchStatus),
  ...S.Page,
});

export const PreviewBatchBody = S.Obj({
  programId: S.Id,
  orgId: Type.Optional(S.Id),
  method: Type.Optional(PaymentMethod),
});

export const BatchPreviewSchema = Type.Object({
  programId: Type.Integer(),
  programName: Type.String(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  itemCount: Type.Integer(),
  totalFen: Type.Integer(),
  method: PaymentMethod,
  withoutAccount: WithoutAccountSchema,
  byUnion: Type.Array(
    Type.Object({
      orgId: Type.Integer(),
      orgName: Type.String(),
      itemCount: Type.Integer(),
      totalFen: Type.Integer(),
    }),
  ),
  items: Type.Array(BatchItemSchema),
});

export const CreateBatchBody = S.Obj({
  ...PreviewBatchBody.properties,
  requestId: Type.Optional(S.Str(100, { minLength: 1 })),
  note: Type.Optional(S.Nullable(S.Str(500))),
  effectiveOn: S.EffectiveOn,
  expected: Type.Optional(
    S.Obj(
      {
        applicationIds: Type.Array(S.Id, { maxItems: 100_000 }),
        totalFen: Type.Integer({ minimum: 0, maximum: 1e13 }),
      },
      {
        description:
          'The preview confirmed: the batch must pay exactly these applications for this total, ' +
          'else 409 PAYMENT_PREVIEW_STALE and nothing is created',
      },
    ),
  ),
});

export const MarkPaidBody = S.Obj({
  reference: Type.Optional(S.Nullable(S.Str(200))),
  paidOn: S.EffectiveOn,
});
export const ExportBatchQuery = S.Obj({
  confirmMissing: Type.Optional(
    Type.Boolean({
      description: 'true: export although some people paid have no account for the method (they are noted)',
    }),
  ),
  lang: Type.Optional(
    S.StrEnum(['zh', 'en'] as const, {
      title: '语言',
      description:
        "the sheet's headings and labels: Chinese (default) or English, the language the user reads",
    }),
  ),
});
export const CancelBody = S.Obj({ reason: Type.Optional(S.Nullable(S.Str(500))) });
