/** Applications: the queue, the detail with its payment and history, the review and withdrawal bodies, evidence files. */
import { Type } from 'typebox';
import * as S from '../../../http/schema.ts';
import { DecisionSchema, Text, Timestamp } from '../programs.schemas.ts';
import { APPLICATION_INTAKES } from '../programs.types.ts';
import { APPLICATION_STATUSES } from '../programs.vocabulary.ts';

export const ApplicationSchema = Type.Object({
  id: Type.Integer(),
  programId: Type.Integer(),
  programName: Type.String(),
  version: Type.Integer(),
  personId: S.Nullable(Type.Integer()),
  personName: S.Nullable(Type.String()),
  personIdMasked: S.Nullable(Type.String()),
  applicantOrgId: S.Nullable(Type.Integer()),
  orgId: Type.Integer(),
  orgName: Type.String(),
  subjectRecordId: S.Nullable(Type.Integer()),
  subjectKey: S.Nullable(Type.String()),
  periodKey: Type.String(),
  appliedOn: Type.String(),
  status: S.StrEnum(APPLICATION_STATUSES),
  step: Type.Integer(),
  stepOrgId: S.Nullable(Type.Integer()),
  stepOrgName: S.Nullable(Type.String()),
  stepLevel: S.Nullable(Type.Integer()),
  amountFen: S.Nullable(Type.Integer()),
  feeFen: S.Nullable(Type.Integer()),
  choiceKey: S.Nullable(Type.String()),
  decision: DecisionSchema,
  intake: S.StrEnum(APPLICATION_INTAKES),
  note: S.Nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  decidedAt: S.Nullable(Timestamp),
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
  status: S.StrEnum(['unpaid', 'in_batch', 'paid', 'reversed'] as const),
  amountFen: Type.Integer(),
  batchId: S.Nullable(Type.Integer()),
  batchCreatedAt: S.Nullable(Timestamp),
  paidAt: S.Nullable(Timestamp),
});

export const ApplicationDetailSchema = Type.Object({
  ...ApplicationSchema.properties,
  requiredEvidence: Type.Array(Type.Object({ key: Type.String(), zh: Type.String(), en: Type.String() })),
  reviewChain: Type.Array(Type.Integer()),
  choiceTiers: S.Nullable(
    Type.Array(Type.Object({ key: Type.String(), label: S.Nullable(Type.String()), fen: Type.Integer() }), {
      description: 'the tiers the final approval chooses from, when the program pays by choice (else null)',
    }),
  ),
  /** For proposals (stored as a one-line summary): the full explanation, evaluated now from the records. */
  liveDecision: S.Nullable(DecisionSchema),
  files: Type.Array(FileInfoSchema),
  events: Type.Array(
    Type.Object({
      id: Type.Integer(),
      action: Type.String(),
      step: S.Nullable(Type.Integer()),
      orgId: S.Nullable(Type.Integer()),
      orgName: S.Nullable(Type.String()),
      reason: S.Nullable(Type.String()),
      data: Type.Unknown(),
      actorName: S.Nullable(Type.String({ description: 'who acted, by their display name' })),
      actorOrgName: S.Nullable(Type.String({ description: 'the union they acted for' })),
      at: Timestamp,
      effectiveOn: Type.String({
        description: 'the day it took effect (China time); before at when recorded later',
      }),
    }),
  ),
  payment: S.Nullable(PaymentOfApplicationSchema),
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
            reason: S.StrEnum(['no_reviewer', 'overdue'] as const),
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

export const ApplicationQuery = S.Obj({
  programId: Type.Optional(S.Id),
  status: Type.Optional(S.StrEnum(APPLICATION_STATUSES)),
  orgId: Type.Optional(S.Id),
  step: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
  intake: Type.Optional(
    S.StrEnum(APPLICATION_INTAKES, {
      description: 'how they came in (proposal: proposed from records; register: paid before the platform)',
    }),
  ),
  q: Type.Optional(S.Str(50)),
  mine: Type.Optional(Type.Boolean({ description: 'only what awaits my union at its current step' })),
  standIn: Type.Optional(
    Type.Boolean({
      description:
        'only what my union may take for a union below (代为审核): a step of a union without reviewers, or one ' +
        "left waiting past the program's working days",
    }),
  ),
  ...S.Page,
});

const Waivers = Type.Array(
  S.Obj({
    key: S.Str(40, { description: 'the evidence key of a required material' }),
    reason: S.Str(500, { description: 'why it is exempted (required, not blank)' }),
  }),
  {
    maxItems: 20,
    description:
      'On approval: required materials exempted (免提交), each with a reason, recorded in the history. ' +
      'The final approval needs every required material attached or waived (409 APPLICATION_MATERIALS_MISSING).',
  },
);
export const ReviewBody = S.Obj({
  reason: Type.Optional(S.Nullable(S.Str(1000))),
  choiceKey: Type.Optional(S.Nullable(S.Str(60))),
  waivers: Type.Optional(Waivers),
  effectiveOn: S.EffectiveOn,
});
export const BulkBody = S.Obj({
  ids: Type.Array(S.Id, { minItems: 1, maxItems: 500 }),
  action: S.StrEnum(['approve', 'reject', 'return'] as const),
  reason: Type.Optional(S.Nullable(S.Str(1000))),
  choiceKey: Type.Optional(S.Nullable(S.Str(60))),
  waivers: Type.Optional(Waivers),
  effectiveOn: S.EffectiveOn,
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

export const FileParams = S.Obj({ id: S.Id, fileId: S.Id });
export const WithdrawBody = S.Obj({ reason: Type.Optional(S.Nullable(S.Str(1000))) });

/** An evidence file sent inside JSON (phones that cannot send multipart). */
export const FileJson = S.Obj({
  key: S.Str(40, { minLength: 1 }),
  name: S.Str(200, { minLength: 1 }),
  mime: S.Str(100),
  dataBase64: Type.String({ maxLength: 14_000_000 }),
});
export const AttachJsonBody = S.Obj({ files: Type.Array(FileJson, { minItems: 1, maxItems: 10 }) });
