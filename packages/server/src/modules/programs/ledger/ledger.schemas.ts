import { Type } from 'typebox';
import { DateStr, EffectiveOn, Id, Name, Nullable, Obj, Page, Str, StrEnum } from '../../../http/schema.ts';
import { Timestamp } from '../programs.schemas.ts';

export const LedgerEntrySchema = Type.Object({
  id: Type.Integer(),
  kind: StrEnum(['entitlement', 'reversal'] as const),
  amountFen: Type.Integer({ description: 'signed: reversals are negative' }),
  programId: Type.Integer(),
  programName: Type.String(),
  applicationId: Type.Integer(),
  periodKey: Type.String(),
  personId: Nullable(Type.Integer()),
  personName: Nullable(Type.String()),
  personIdMasked: Nullable(Type.String()),
  orgId: Type.Integer(),
  orgName: Type.String(),
  reversesId: Nullable(Type.Integer()),
  reversedById: Nullable(Type.Integer()),
  reason: Nullable(Type.String()),
  paymentBatchId: Nullable(Type.Integer()),
  paymentStatus: Nullable(StrEnum(['unpaid', 'in_batch', 'paid', 'reversed'] as const)),
  createdAt: Timestamp,
});

export const LedgerListSchema = Type.Object({
  items: Type.Array(LedgerEntrySchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const LedgerQuery = Obj({
  programId: Type.Optional(Id),
  personId: Type.Optional(Id),
  kind: Type.Optional(StrEnum(['entitlement', 'reversal'] as const)),
  paymentStatus: Type.Optional(StrEnum(['unpaid', 'in_batch', 'paid', 'reversed'] as const)),
  ...Page,
});

export const EntryParams = Obj({ entryId: Id });
export const ReasonBody = Obj({ reason: Name(1000), effectiveOn: EffectiveOn });

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

export const BatchStatus = StrEnum(['draft', 'exported', 'paid', 'cancelled'] as const);
export const PaymentMethod = StrEnum(['bank', 'jingka'] as const, {
  description: "bank: to the members' bank accounts; jingka: to their 京卡",
});

const WithoutAccountSchema = Type.Array(
  Type.Object({
    applicationId: Type.Integer(),
    personId: Type.Integer(),
    personName: Type.String(),
    personIdMasked: Nullable(Type.String()),
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
  requestKey: Nullable(Type.String()),
  itemCount: Type.Integer(),
  totalFen: Type.Integer(),
  note: Nullable(Type.String()),
  effectiveOn: {
    ...DateStr,
    description: 'the day the batch was made (China time); createdAt is when it was entered',
  },
  createdAt: Timestamp,
  exportedAt: Nullable(Timestamp),
  paidAt: Nullable(Timestamp),
  paidReference: Nullable(Type.String()),
  cancelledAt: Nullable(Timestamp),
});

export const CreatedBatchSchema = Type.Object({
  ...PaymentBatchSchema.properties,
  replayed: Type.Boolean({ description: 'true when a retried request returned the batch it created before' }),
});

const BatchItemSchema = Type.Object({
  ledgerEntryId: Type.Integer(),
  applicationId: Type.Integer(),
  personId: Nullable(Type.Integer()),
  personName: Nullable(Type.String()),
  personIdMasked: Nullable(Type.String()),
  orgId: Type.Integer(),
  orgName: Type.String(),
  amountFen: Type.Integer(),
  hasBankAccount: Type.Boolean(),
  hasJingka: Type.Boolean(),
});

export const PaymentBatchDetailSchema = Type.Object({
  ...PaymentBatchSchema.properties,
  items: Type.Array(Type.Object({ id: Type.Integer(), ...BatchItemSchema.properties })),
  withoutAccount: WithoutAccountSchema,
});

export const PaymentBatchListSchema = Type.Object({
  items: Type.Array(PaymentBatchSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const PaymentBatchQuery = Obj({
  programId: Type.Optional(Id),
  status: Type.Optional(BatchStatus),
  ...Page,
});

export const PreviewBatchBody = Obj({
  programId: Id,
  orgId: Type.Optional(Id),
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

export const CreateBatchBody = Obj({
  ...PreviewBatchBody.properties,
  requestId: Type.Optional(Str(100, { minLength: 1 })),
  note: Type.Optional(Nullable(Str(500))),
  effectiveOn: EffectiveOn,
  expected: Type.Optional(
    Obj(
      {
        applicationIds: Type.Array(Id, { maxItems: 100_000 }),
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

export const MarkPaidBody = Obj({ reference: Type.Optional(Nullable(Str(200))), paidOn: EffectiveOn });
export const ExportBatchQuery = Obj({
  confirmMissing: Type.Optional(
    Type.Boolean({
      description: 'true: export although some people paid have no account for the method (they are noted)',
    }),
  ),
});
export const CancelBody = Obj({ reason: Type.Optional(Nullable(Str(500))) });
