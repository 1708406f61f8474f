import { Type } from 'typebox';
import * as S from '../../../http/schema.ts';
import {
  RECOGNISABLE_LEVELS,
  REEVALUATED_LEVELS,
  REEVALUATION_OUTCOMES,
  STUDIO_LEVELS,
} from '../innovation.vocabulary.ts';
import { GRANT_KINDS } from './studios.grant-kinds.ts';
import { MEMBER_ROLES } from './studios.repository.ts';

export const LevelSchema = S.StrEnum(STUDIO_LEVELS);
const Role = S.StrEnum(MEMBER_ROLES);
const Money = Type.Number({ description: 'fen' });
/** The moment a decision was recorded on the platform, beside the day it happened (ADR 40). */
const Recorded = (description: string) =>
  Type.Unsafe<Date | string>({ type: 'string', format: 'date-time', description });

const MemberInput = S.Obj({ personId: S.Id, role: Role, joinedOn: Type.Optional(S.Nullable(S.DateStr)) });

const StudioFields = {
  name: S.Name(100),
  employer: Type.Optional(S.Nullable(S.Str(100))),
  field: Type.Optional(S.Nullable(S.Str(100))),
  industry: Type.Optional(S.Nullable(S.Str(50))),
  leaderPersonId: Type.Optional(S.Nullable(S.Id)),
  foundedOn: Type.Optional(S.Nullable(S.DateStr)),
  description: Type.Optional(S.Str(2000)),
  members: Type.Optional(Type.Array(MemberInput, { maxItems: 200 })),
};

export const CreateStudioBody = S.Obj({ orgId: S.Id, ...StudioFields });
export const PatchStudioBody = Type.Partial(S.Obj(StudioFields), {
  additionalProperties: false,
  minProperties: 1,
});

export const StudioQuery = S.Obj({
  orgId: Type.Optional(S.Id),
  level: Type.Optional(LevelSchema),
  status: Type.Optional(S.StrEnum(['active', 'revoked', 'closed'] as const)),
  q: Type.Optional(S.Str(50)),
  ...S.Page,
});

const StudioSummary = {
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  name: Type.String(),
  employer: S.Nullable(Type.String()),
  field: S.Nullable(Type.String()),
  industry: S.Nullable(Type.String()),
  leaderPersonId: S.Nullable(Type.Integer()),
  leaderName: S.Nullable(Type.String()),
  leaderModelWorkerLevel: S.Nullable(Type.String()),
  foundedOn: S.Nullable(Type.String()),
  description: Type.String(),
  level: LevelSchema,
  levelSince: S.Nullable(Type.String()),
  status: Type.String(),
  memberCount: Type.Integer(),
};

export const StudioList = S.PagedList(S.Obj(StudioSummary));

export const RecognitionSchema = S.Obj({
  id: Type.Integer(),
  studioId: Type.Integer(),
  studioName: Type.String(),
  studioOrgId: Type.Integer(),
  studioOrgName: Type.String(),
  proposedByOrgId: Type.Integer(),
  proposedByOrgName: Type.String(),
  fromLevel: LevelSchema,
  level: LevelSchema,
  note: Type.String(),
  status: S.StrEnum(['submitted', 'approved', 'rejected'] as const),
  step: Type.Integer(),
  steps: Type.Integer(),
  stepOrgId: Type.Integer(),
  stepOrgName: Type.String(),
  decidedOn: S.Nullable(Type.String()),
  decidedRecordedAt: S.Nullable(Recorded('when the decision was recorded (null while under review)')),
  reason: S.Nullable(Type.String()),
  createdAt: Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' }),
  /** On the final approval: the recognition stands but its subsidy could not be opened, and why. */
  subsidyRefused: Type.Optional(S.Obj({ zh: Type.String(), en: Type.String() })),
});

export const StudioDetail = S.Obj({
  ...StudioSummary,
  leaderIsCityModelWorker: Type.Boolean(),
  canEdit: Type.Boolean(),
  members: Type.Array(
    S.Obj({
      personId: Type.Integer(),
      name: Type.String(),
      role: Role,
      joinedOn: S.Nullable(Type.String()),
      modelWorkerLevel: S.Nullable(Type.String()),
    }),
  ),
  levels: Type.Array(
    S.Obj({
      id: Type.Integer(),
      level: LevelSchema,
      fromOn: Type.String(),
      toOn: S.Nullable(Type.String()),
      reason: S.Nullable(Type.String()),
      recordedAt: Recorded('when the level was recorded'),
    }),
  ),
  subsidies: Type.Array(
    S.Obj({
      applicationId: Type.Integer(),
      subjectKey: Type.String(),
      programName: Type.String(),
      presetKey: S.Nullable(Type.String()),
      status: Type.String(),
      appliedOn: Type.String(),
      amountFen: S.Nullable(Money),
      paidFen: Money,
    }),
  ),
  recognitions: Type.Array(RecognitionSchema),
});

export const Created = S.Obj({ id: Type.Integer() });

export const ProposeBody = S.Obj({
  level: S.StrEnum(RECOGNISABLE_LEVELS),
  note: Type.Optional(S.Str(1000)),
  effectiveOn: S.EffectiveOn,
});

export const RecognitionQuery = S.Obj({
  status: Type.Optional(S.StrEnum(['submitted', 'approved', 'rejected'] as const)),
  mine: Type.Optional(Type.Boolean({ description: 'Only what awaits my union' })),
  ...S.Page,
});

export const RecognitionList = S.PagedList(RecognitionSchema);

export const DecideBody = S.Obj({
  reason: Type.Optional(S.Nullable(S.Str(1000))),
  decidedOn: S.EffectiveOn,
});

export const RejectBody = S.Obj({ reason: S.Str(1000, { minLength: 1 }), decidedOn: S.EffectiveOn });

export const ReevaluationBody = S.Obj({
  orgId: S.Id,
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  level: S.StrEnum(REEVALUATED_LEVELS),
  dueOn: S.DateStr,
});

const Campaign = {
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  year: Type.Integer(),
  level: LevelSchema,
  dueOn: Type.String(),
};

export const ReevaluationList = S.Obj({
  items: Type.Array(S.Obj({ ...Campaign, filed: Type.Integer(), decided: Type.Integer() })),
});

export const ReevaluationDetail = S.Obj({
  ...Campaign,
  canDecide: Type.Boolean(),
  overdue: Type.Integer(),
  studios: Type.Array(
    S.Obj({
      studioId: Type.Integer(),
      studioName: Type.String(),
      orgId: Type.Integer(),
      orgName: Type.String(),
      leaderName: S.Nullable(Type.String()),
      status: Type.String(),
      reportId: S.Nullable(Type.Integer()),
      activities: S.Nullable(Type.String()),
      peopleTrained: S.Nullable(Type.Integer()),
      achievementIds: S.Nullable(Type.Array(Type.Integer())),
      filedOn: S.Nullable(Type.String()),
      filedRecordedAt: S.Nullable(Recorded('when the report was recorded')),
      outcome: S.Nullable(S.StrEnum(REEVALUATION_OUTCOMES)),
      reason: S.Nullable(Type.String()),
      decidedOn: S.Nullable(Type.String()),
      decidedRecordedAt: S.Nullable(Recorded('when the decision was recorded')),
      overdue: Type.Boolean(),
      achievements: Type.Array(S.Obj({ id: Type.Integer(), title: Type.String(), year: Type.Integer() })),
    }),
  ),
});

export const ReportParams = S.Obj({ id: S.Id, studioId: S.Id });

export const ReportBody = S.Obj({
  activities: S.Str(4000, { minLength: 1, pattern: '\\S' }),
  peopleTrained: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  achievementIds: Type.Optional(Type.Array(S.Id, { maxItems: 200 })),
  filedOn: S.EffectiveOn,
});

export const DecisionBody = S.Obj({
  outcome: S.StrEnum(REEVALUATION_OUTCOMES),
  reason: Type.Optional(S.Nullable(S.Str(1000))),
  decidedOn: S.EffectiveOn,
});

export const StatsQuery = S.statsQuery(S.YearSpan);

export const StatsSchema = S.Obj({
  org: S.Obj({ id: Type.Union([Type.Integer(), Type.Null()]), name: Type.String() }),
  ...S.PeriodAnswer,
  levels: Type.Array(S.Obj({ level: LevelSchema, n: Type.Integer(), modelWorkerLed: Type.Integer() })),
  districtAndAbove: Type.Integer(),
  cityAndAbove: Type.Integer(),
  cityAndAboveModelWorkerLed: Type.Integer(),
  promoted: Type.Integer(),
  promotedToCity: Type.Integer(),
  revoked: Type.Integer(),
  achievements: Type.Integer(),
  conversions: Type.Integer(),
  conversionFen: Money,
  patents: Type.Integer(),
  inventionPatents: Type.Integer(),
  projects: Type.Integer(),
  subsidies: Type.Array(
    S.Obj({
      presetKey: S.Nullable(Type.String()),
      programName: Type.String(),
      approved: Type.Integer({
        description: 'approved in the period, including those paid outside the platform',
      }),
      paidFen: Money,
      paidOutsideFen: Type.Number({ description: 'fen: of paidFen, paid outside the platform' }),
    }),
  ),
  subsidiesPaidFen: Money,
  subsidiesPaidOutsideFen: Type.Number({
    description: 'fen: of subsidiesPaidFen, paid outside the platform',
  }),
  notes: S.FigureNotes,
});

export const StudioImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  studios: Type.Integer({ description: 'new studios' }),
  existing: Type.Integer({ description: 'studios on record raised to new levels' }),
  levels: Type.Integer({ description: 'levels recorded' }),
  subsidiesRefused: Type.Array(
    Type.Object({
      name: Type.String(),
      level: Type.String(),
      on: Type.String(),
      reason: Type.Object({ zh: Type.String(), en: Type.String() }),
    }),
    { description: 'levels that stand but whose subsidy the program refused, and why' },
  ),
});

const GrantKindSchema = S.StrEnum(GRANT_KINDS);

export const StudioGrantBody = S.Obj({
  kind: GrantKindSchema,
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  amountFen: Type.Integer({ minimum: 1, maximum: 100_000_000_000, description: 'fen' }),
  approvedOn: Type.String({
    pattern: S.DATE_PATTERN,
    maxLength: 10,
    description: 'the day it was approved (in the year); a past day needs history.backdate',
  }),
  outside: Type.Boolean({
    description:
      'paid outside the platform (已在平台外发放, give paidOn); false: an application of the program, approved on approvedOn, paid by a payment batch',
  }),
  paidOn: Type.Optional(S.Nullable(S.DateStr)),
  note: Type.Optional(S.Nullable(S.Str(500))),
});

export const StudioGrantCreated = S.Obj({
  grantId: S.Nullable(Type.Integer({ description: 'the grant paid outside the platform' })),
  applicationId: S.Nullable(Type.Integer({ description: 'the application paid through the platform' })),
});

const GrantTermsSchema = Type.Union([
  S.Obj({
    kind: Type.Literal('tiers'),
    tiers: Type.Array(S.Obj({ key: Type.String(), fen: Money, label: S.Nullable(Type.String()) })),
  }),
  S.Obj({ kind: Type.Literal('fixed'), fen: Money }),
  S.Obj({ kind: Type.Literal('claimed'), percent: Type.Number(), capFen: S.Nullable(Money) }),
  S.Obj({ kind: Type.Literal('other') }),
]);

export const StudioGrantList = S.Obj({
  items: Type.Array(
    S.Obj({
      applicationId: S.Nullable(Type.Integer()),
      grantId: S.Nullable(Type.Integer()),
      kind: S.Nullable(GrantKindSchema),
      programName: Type.String(),
      year: Type.Integer(),
      amountFen: S.Nullable(Money),
      status: Type.String({ description: "the application's status, or paid_outside" }),
      approvedOn: S.Nullable(Type.String()),
      paidFen: Money,
      paidOn: S.Nullable(Type.String()),
      outside: Type.Boolean(),
      note: S.Nullable(Type.String()),
    }),
  ),
  kinds: Type.Array(
    S.Obj({
      kind: GrantKindSchema,
      presetKey: Type.String(),
      program: S.Nullable(
        S.Obj({
          name: Type.String(),
          ownerOrgName: Type.String(),
          periodStart: Type.String(),
          periodEnd: Type.String(),
          terms: GrantTermsSchema,
          canRecord: Type.Boolean({ description: 'the actor may record one paid through this program' }),
        }),
      ),
    }),
  ),
  canRecord: Type.Boolean(),
});

export const StudioGrantImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  outside: Type.Integer({ description: 'grants paid outside the platform' }),
  onPlatform: Type.Integer({ description: 'grants recorded as applications approved on their day' }),
  amountFen: Type.Number({ description: 'fen: the amount of every row' }),
});
