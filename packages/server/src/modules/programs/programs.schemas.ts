import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { IdNumberText } from '../people/index.ts';
import { RECORD_KINDS } from '../records/records.vocabulary.ts';
import { APPLICANT_TYPES, PERIOD_UNITS } from './programs.types.ts';
import { CATEGORIES, INTAKE_MODES, LIMIT_MODES, PROGRAM_STATUSES } from './programs.vocabulary.ts';
import { ALL_CMPS, AMOUNT_KINDS, AmountRuleRef, FIELD_TYPES, RuleRef, TIER_BYS } from './rules/index.ts';

/** A timestamp: services hand out Date objects, the serializer writes ISO 8601. */
export const Timestamp = Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' });
const Fen = Type.Integer({ minimum: 0, maximum: 1e13, description: 'money in fen (分)' });
export const Text = Type.Object({ zh: Type.String(), en: Type.String() });

/** Rules are recursive data, published as the shared schemas Rule and AmountRule (rules/rule-schemas.ts). */
export const RuleSchema = RuleRef;
export const AmountSchema = AmountRuleRef;

const Value = Type.Union([Type.String(), Type.Number(), Type.Boolean()]);
const CatalogueField = Type.Object({
  key: Type.String(),
  type: S.StrEnum(FIELD_TYPES),
  label: Text,
  cmps: Type.Array(Type.Object({ cmp: S.StrEnum(ALL_CMPS), label: Text })),
  values: S.Nullable(Type.Array(Type.Object({ value: Value, label: Text }))),
  min: S.Nullable(Type.Integer()),
  max: S.Nullable(Type.Number()),
  money: Type.Boolean({ description: 'money in fen (entered in yuan)' }),
});

/** The rule vocabulary the rule builder is driven by (GET /api/programs/rule-fields). */
export const RuleCatalogueSchema = Type.Object({
  person: Type.Array(CatalogueField),
  records: Type.Array(
    Type.Object({ kind: S.StrEnum(RECORD_KINDS), label: Text, fields: Type.Array(CatalogueField) }),
  ),
  unionLevel: CatalogueField,
  amountKinds: Type.Array(Type.Object({ kind: S.StrEnum(AMOUNT_KINDS), label: Text })),
  tierBy: Type.Array(
    Type.Object({
      by: S.StrEnum(TIER_BYS),
      label: Text,
      keys: S.Nullable(Type.Array(Type.Object({ value: Type.String(), label: Text }))),
    }),
  ),
});

export const DecisionSchema = Type.Object({
  eligible: Type.Boolean(),
  outcomes: Type.Array(
    Type.Object({ path: Type.String(), held: Type.Boolean(), seen: Type.Unknown(), text: Text }),
  ),
});

/** Which records count, by their date (rules/window.ts). */
export const EvidenceWindowSchema = Type.Union(
  [
    S.Obj({ kind: Type.Literal('period') }),
    S.Obj({ kind: Type.Literal('years'), before: Type.Integer({ minimum: 0, maximum: 10 }) }),
    S.Obj({ kind: Type.Literal('dates'), from: S.DateStr, to: S.DateStr }),
    S.Obj({ kind: Type.Literal('any') }),
  ],
  {
    description:
      'Evidence window: {kind:"period"} records dated within the application\'s period (default) | ' +
      '{kind:"years", before:n} the n years before and the period\'s years | {kind:"dates", from, to} | ' +
      '{kind:"any"} no bound',
  },
);

const Evidence = S.Obj({
  key: S.Str(40, { minLength: 1 }),
  zh: S.Name(100),
  en: S.Name(100),
});

const programFields = {
  presetKey: Type.Optional(S.Nullable(S.Str(60))),
  name: S.Name(200),
  description: Type.Optional(S.Nullable(S.Str(4000))),
  category: S.StrEnum(CATEGORIES),
  periodLabel: Type.Optional(S.Str(60)),
  periodStart: S.DateStr,
  periodEnd: S.DateStr,
  periodUnit: S.StrEnum(PERIOD_UNITS),
  evidenceWindow: Type.Optional(EvidenceWindowSchema),
  applicantType: Type.Optional(S.StrEnum(APPLICANT_TYPES)),
  intakeModes: Type.Array(S.StrEnum(INTAKE_MODES), { minItems: 1, maxItems: 5 }),
  limitMode: S.StrEnum(LIMIT_MODES),
  subjectKind: Type.Optional(S.Nullable(S.StrEnum(RECORD_KINDS))),
  quota: Type.Optional(S.Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000 }))),
  budgetFen: Type.Optional(S.Nullable(Fen)),
  standInDays: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 60,
      description: 'working days after which the union above may take a step left waiting (default 5)',
    }),
  ),
  reviewChain: Type.Array(Type.Integer({ minimum: 1, maximum: 5 }), { maxItems: 5 }),
  requiredEvidence: Type.Optional(Type.Array(Evidence, { maxItems: 20 })),
  prerequisiteProgramId: Type.Optional(S.Nullable(S.Id)),
  claimStartsAt: Type.Optional(S.Nullable(S.Str(40))),
  claimEndsAt: Type.Optional(S.Nullable(S.Str(40))),
  lottery: Type.Optional(Type.Boolean()),
  pickupPlace: Type.Optional(S.Nullable(S.Str(200))),
  pickupTime: Type.Optional(S.Nullable(S.Str(200))),
  rule: RuleSchema,
  amount: AmountSchema,
};

export const CreateProgramBody = S.Obj({ ownerOrgId: Type.Optional(S.Id), ...programFields });
export const PatchProgramBody = Type.Partial(S.Obj(programFields), { additionalProperties: false });

export const ProgramSchema = Type.Object({
  id: Type.Integer(),
  ownerOrgId: Type.Integer(),
  ownerOrgName: Type.String(),
  presetKey: S.Nullable(Type.String()),
  name: Type.String(),
  description: S.Nullable(Type.String()),
  category: S.StrEnum(CATEGORIES),
  periodLabel: Type.String(),
  periodStart: Type.String(),
  periodEnd: Type.String(),
  periodUnit: S.StrEnum(PERIOD_UNITS),
  evidenceWindow: EvidenceWindowSchema,
  applicantType: S.StrEnum(APPLICANT_TYPES),
  intakeModes: Type.Array(S.StrEnum(INTAKE_MODES)),
  limitMode: S.StrEnum(LIMIT_MODES),
  subjectKind: S.Nullable(S.StrEnum(RECORD_KINDS)),
  quota: S.Nullable(Type.Integer()),
  budgetFen: S.Nullable(Type.Integer()),
  standInDays: Type.Integer(),
  reviewChain: Type.Array(Type.Integer()),
  requiredEvidence: Type.Array(Type.Object({ key: Type.String(), zh: Type.String(), en: Type.String() })),
  prerequisiteProgramId: S.Nullable(Type.Integer()),
  status: S.StrEnum(PROGRAM_STATUSES),
  currentVersion: Type.Integer(),
  claimStartsAt: S.Nullable(Timestamp),
  claimEndsAt: S.Nullable(Timestamp),
  lottery: Type.Boolean(),
  pickupPlace: S.Nullable(Type.String()),
  pickupTime: S.Nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  publishedAt: S.Nullable(Timestamp),
  closedAt: S.Nullable(Timestamp),
});

export const ProgramDetailSchema = Type.Object({
  ...ProgramSchema.properties,
  rule: RuleSchema,
  amount: AmountSchema,
  usage: Type.Array(
    Type.Object({ periodKey: Type.String(), quotaUsed: Type.Integer(), budgetUsedFen: Type.Integer() }),
  ),
  counts: Type.Record(Type.String(), Type.Integer(), { description: 'applications by status' }),
  chainWithoutReviewers: Type.Object(
    {
      count: Type.Integer(),
      unions: Type.Array(Type.Object({ orgId: Type.Integer(), name: Type.String() }), {
        description: 'the first 50, by path',
      }),
    },
    {
      description:
        'unions of the review chain with no account that can review: the union above takes their step at once',
    },
  ),
  managed: Type.Boolean({
    description:
      'the caller may manage it (edit, publish, close, pay): its owner is their union or below it; ' +
      'a program owned above is seen, not managed',
  }),
});

export const ProgramListSchema = S.PagedList(ProgramSchema);

export const ProgramQuery = S.Obj({
  status: Type.Optional(S.StrEnum(PROGRAM_STATUSES)),
  category: Type.Optional(S.StrEnum(CATEGORIES)),
  q: Type.Optional(S.Str(50)),
  ...S.Page,
});

export const VersionSchema = Type.Object({
  programId: Type.Integer(),
  version: Type.Integer(),
  rule: RuleSchema,
  amount: AmountSchema,
  createdBy: S.Nullable(Type.Integer()),
  createdAt: Timestamp,
});

export const SimulateBody = S.Obj({
  rule: Type.Optional(RuleSchema),
  amount: Type.Optional(AmountSchema),
  evidenceWindow: Type.Optional(EvidenceWindowSchema),
  asOf: Type.Optional(S.DateStr),
});

export const SimulationSchema = Type.Object({
  applicantType: S.StrEnum(APPLICANT_TYPES),
  qualifying: Type.Integer(),
  people: Type.Integer(),
  costFen: Type.Integer(),
  costIsUpperBound: Type.Boolean(),
  quota: S.Nullable(Type.Integer()),
  budgetFen: S.Nullable(Type.Integer()),
  asOf: Type.String(),
  periodKey: Type.String(),
  evidenceWindow: EvidenceWindowSchema,
  window: S.Nullable(Type.Object({ from: Type.String(), to: Type.String() })),
  windowText: Text,
  excludedByWindow: Type.Object({
    count: Type.Integer(),
    examples: Type.Array(
      Type.Object({
        recordId: Type.Integer(),
        personName: Type.String(),
        orgName: Type.String(),
        kind: S.StrEnum(RECORD_KINDS),
        occurredOn: Type.String(),
        label: Type.String(),
        reason: Text,
      }),
    ),
  }),
  byUnion: Type.Array(
    Type.Object({
      orgId: Type.Integer(),
      name: Type.String(),
      qualifying: Type.Integer(),
      costFen: Type.Integer(),
    }),
  ),
  warnings: Type.Array(
    Type.Object({
      kind: S.StrEnum(RECORD_KINDS),
      field: Type.String(),
      value: Type.String(),
      closest: Type.Array(Type.String(), { description: 'Values on record closest to it, best first' }),
      zh: Type.String(),
      en: Type.String(),
    }),
    {
      description:
        'Text values the rule names (a course, an occupation …) that no record in the owner subtree has',
    },
  ),
});

export const ProposalsBody = S.Obj({ appliedOn: Type.Optional(S.DateStr) });

export const BatchBody = S.Obj({
  personIds: Type.Optional(Type.Array(S.Id, { maxItems: 5000 })),
  rows: Type.Optional(
    Type.Array(
      S.Obj({
        personId: Type.Optional(S.Id),
        idNumber: Type.Optional(IdNumberText()),
        orgId: Type.Optional(S.Id),
        subjectRecordId: Type.Optional(S.Id),
        claimedFen: Type.Optional(Fen),
        note: Type.Optional(S.Str(500)),
      }),
      { maxItems: 5000 },
    ),
  ),
  intake: Type.Optional(S.StrEnum(['batch', 'nomination'] as const)),
  appliedOn: Type.Optional(S.DateStr),
  mode: Type.Optional(S.StrEnum(['all_or_nothing', 'valid_only'] as const)),
});

export const BatchResultSchema = Type.Object({
  created: Type.Integer(),
  refused: Type.Integer(),
  committed: Type.Boolean({ description: 'false when a refused row rolled the batch back (all_or_nothing)' }),
  results: Type.Array(
    Type.Object({
      row: Type.Integer(),
      personId: S.Nullable(Type.Integer()),
      orgId: S.Nullable(Type.Integer()),
      ok: Type.Boolean(),
      applicationId: Type.Optional(Type.Integer()),
      amountFen: Type.Optional(S.Nullable(Type.Integer())),
      code: Type.Optional(Type.String()),
      message: Type.Optional(Text),
      details: Type.Optional(Type.Unknown()),
    }),
  ),
});
