/** Applications: the queue, the detail with its payment and history, the review and withdrawal bodies, evidence files. */
import { Type } from 'typebox';
import { EffectiveOn, Id, Nullable, Obj, Page, Str, StrEnum } from '../../../http/schema.ts';
import { DecisionSchema, Text, Timestamp } from '../programs.schemas.ts';
import { APPLICATION_INTAKES, APPLICATION_STATUSES } from '../programs.types.ts';

export const ApplicationSchema = Type.Object({
  id: Type.Integer(),
  programId: Type.Integer(),
  programName: Type.String(),
  version: Type.Integer(),
  personId: Nullable(Type.Integer()),
  personName: Nullable(Type.String()),
  personIdMasked: Nullable(Type.String()),
  applicantOrgId: Nullable(Type.Integer()),
  orgId: Type.Integer(),
  orgName: Type.String(),
  subjectRecordId: Nullable(Type.Integer()),
  subjectKey: Nullable(Type.String()),
  periodKey: Type.String(),
  appliedOn: Type.String(),
  status: StrEnum(APPLICATION_STATUSES),
  step: Type.Integer(),
  stepOrgId: Nullable(Type.Integer()),
  stepOrgName: Nullable(Type.String()),
  stepLevel: Nullable(Type.Integer()),
  amountFen: Nullable(Type.Integer()),
  feeFen: Nullable(Type.Integer()),
  choiceKey: Nullable(Type.String()),
  decision: DecisionSchema,
  intake: StrEnum(APPLICATION_INTAKES),
  note: Nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  decidedAt: Nullable(Timestamp),
});

export const FileInfoSchema = Type.Object({
  id: Type.Integer(),
  key: Type.String(),
  name: Type.String(),
  mime: Type.String(),
  size: Type.Integer(),
  createdAt: Timestamp,
});

/** Where the money of an approved application stands: its entitlement and the batch that pays it. */
export const PaymentOfApplicationSchema = Type.Object({
  status: StrEnum(['unpaid', 'in_batch', 'paid', 'reversed'] as const),
  amountFen: Type.Integer(),
  batchId: Nullable(Type.Integer()),
  batchCreatedAt: Nullable(Timestamp),
  paidAt: Nullable(Timestamp),
});

export const ApplicationDetailSchema = Type.Object({
  ...ApplicationSchema.properties,
  requiredEvidence: Type.Array(Type.Object({ key: Type.String(), zh: Type.String(), en: Type.String() })),
  reviewChain: Type.Array(Type.Integer()),
  choiceTiers: Nullable(
    Type.Array(Type.Object({ key: Type.String(), label: Nullable(Type.String()), fen: Type.Integer() }), {
      description: 'the tiers the final approval chooses from, when the program pays by choice (else null)',
    }),
  ),
  /** For proposals (stored as a one-line summary): the full explanation, evaluated now from the records. */
  liveDecision: Nullable(DecisionSchema),
  files: Type.Array(FileInfoSchema),
  events: Type.Array(
    Type.Object({
      id: Type.Integer(),
      action: Type.String(),
      step: Nullable(Type.Integer()),
      orgId: Nullable(Type.Integer()),
      orgName: Nullable(Type.String()),
      reason: Nullable(Type.String()),
      data: Type.Unknown(),
      actorName: Nullable(Type.String({ description: 'who acted, by their display name' })),
      actorOrgName: Nullable(Type.String({ description: 'the union they acted for' })),
      at: Timestamp,
      effectiveOn: Type.String({
        description: 'the day it took effect (China time); before at when recorded later',
      }),
    }),
  ),
  payment: Nullable(PaymentOfApplicationSchema),
});

export const ApplicationListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      ...ApplicationSchema.properties,
      missingMaterials: Type.Array(
        Type.Object({ key: Type.String(), zh: Type.String(), en: Type.String() }),
        {
          description: 'required materials neither attached nor waived (undecided applications; else empty)',
        },
      ),
      standIn: Type.Optional(
        Type.Object(
          {
            forOrgName: Type.String(),
            byOrgName: Type.String(),
            reason: StrEnum(['no_reviewer', 'overdue'] as const),
            since: Type.String(),
            from: Type.String(),
          },
          { description: 'with standIn=true: the union below whose step my union may take, and why' },
        ),
      ),
    }),
  ),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const ApplicationQuery = Obj({
  programId: Type.Optional(Id),
  status: Type.Optional(StrEnum(APPLICATION_STATUSES)),
  orgId: Type.Optional(Id),
  step: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
  intake: Type.Optional(
    StrEnum(APPLICATION_INTAKES, {
      description: 'how they came in (proposal: proposed from records; register: paid before the platform)',
    }),
  ),
  q: Type.Optional(Str(50)),
  mine: Type.Optional(Type.Boolean({ description: 'only what awaits my union at its current step' })),
  standIn: Type.Optional(
    Type.Boolean({
      description:
        'only what my union may take for a union below (代为审核): a step of a union without reviewers, or one ' +
        "left waiting past the program's working days",
    }),
  ),
  ...Page,
});

const Waivers = Type.Array(
  Obj({
    key: Str(40, { description: 'the evidence key of a required material' }),
    reason: Str(500, { description: 'why it is exempted (required, not blank)' }),
  }),
  {
    maxItems: 20,
    description:
      'On approval: required materials exempted (免提交), each with a reason, recorded in the history. ' +
      'The final approval needs every required material attached or waived (409 APPLICATION_MATERIALS_MISSING).',
  },
);
export const ReviewBody = Obj({
  reason: Type.Optional(Nullable(Str(1000))),
  choiceKey: Type.Optional(Nullable(Str(60))),
  waivers: Type.Optional(Waivers),
  effectiveOn: EffectiveOn,
});
export const BulkBody = Obj({
  ids: Type.Array(Id, { minItems: 1, maxItems: 500 }),
  action: StrEnum(['approve', 'reject', 'return'] as const),
  reason: Type.Optional(Nullable(Str(1000))),
  choiceKey: Type.Optional(Nullable(Str(60))),
  waivers: Type.Optional(Waivers),
  effectiveOn: EffectiveOn,
});
export const BulkResultSchema = Type.Object({
  succeeded: Type.Integer(),
  failed: Type.Integer(),
  results: Type.Array(
    Type.Object({
      id: Type.Integer(),
      ok: Type.Boolean(),
      status: Type.Optional(Type.String()),
      code: Type.Optional(Type.String()),
      message: Type.Optional(Text),
    }),
  ),
});

export const FileParams = Obj({ id: Id, fileId: Id });
export const WithdrawBody = Obj({ reason: Type.Optional(Nullable(Str(1000))) });

/** An evidence file sent inside JSON (phones that cannot send multipart). */
export const FileJson = Obj({
  key: Str(40, { minLength: 1 }),
  name: Str(200, { minLength: 1 }),
  mime: Str(100),
  dataBase64: Type.String({ maxLength: 14_000_000 }),
});
export const AttachJsonBody = Obj({ files: Type.Array(FileJson, { minItems: 1, maxItems: 10 }) });
