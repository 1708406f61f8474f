import { Type } from 'typebox';
import {
  DATE_PATTERN,
  DateStr,
  EffectiveOn,
  FigureNotes,
  Id,
  Name,
  Nullable,
  Obj,
  Page,
  PeriodAnswer,
  PeriodFields,
  RegisterImportResult,
  Str,
  StrEnum,
} from '../../../http/schema.ts';
import { GRANT_KINDS } from './studios.grant-kinds.ts';
import { RECOGNISABLE } from './studios.recognition.ts';
import { OUTCOMES } from './studios.reevaluation.ts';
import { MEMBER_ROLES, STUDIO_LEVELS } from './studios.repository.ts';

export const LevelSchema = StrEnum(STUDIO_LEVELS);
const Role = StrEnum(MEMBER_ROLES);
const Money = Type.Number({ description: 'fen' });
/** The moment a decision was recorded on the platform, beside the day it happened (ADR 40). */
const Recorded = (description: string) =>
  Type.Unsafe<Date | string>({ type: 'string', format: 'date-time', description });

const MemberInput = Obj({ personId: Id, role: Role, joinedOn: Type.Optional(Nullable(DateStr)) });

const StudioFields = {
  name: Name(100),
  employer: Type.Optional(Nullable(Str(100))),
  field: Type.Optional(Nullable(Str(100))),
  industry: Type.Optional(Nullable(Str(50))),
  leaderPersonId: Type.Optional(Nullable(Id)),
  foundedOn: Type.Optional(Nullable(DateStr)),
  description: Type.Optional(Str(2000)),
  members: Type.Optional(Type.Array(MemberInput, { maxItems: 200 })),
};

export const CreateStudioBody = Obj({ orgId: Id, ...StudioFields });
export const PatchStudioBody = Type.Partial(Obj(StudioFields), {
  additionalProperties: false,
  minProperties: 1,
});

export const StudioQuery = Obj({
  orgId: Type.Optional(Id),
  level: Type.Optional(LevelSchema),
  status: Type.Optional(StrEnum(['active', 'revoked', 'closed'] as const)),
  q: Type.Optional(Str(50)),
  ...Page,
});

const StudioSummary = {
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  name: Type.String(),
  employer: Nullable(Type.String()),
  field: Nullable(Type.String()),
  industry: Nullable(Type.String()),
  leaderPersonId: Nullable(Type.Integer()),
  leaderName: Nullable(Type.String()),
  leaderModelWorkerLevel: Nullable(Type.String()),
  foundedOn: Nullable(Type.String()),
  description: Type.String(),
  level: LevelSchema,
  levelSince: Nullable(Type.String()),
  status: Type.String(),
  memberCount: Type.Integer(),
};

export const StudioList = Obj({
  items: Type.Array(Obj(StudioSummary)),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const RecognitionSchema = Obj({
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
  status: StrEnum(['submitted', 'approved', 'rejected'] as const),
  step: Type.Integer(),
  steps: Type.Integer(),
  stepOrgId: Type.Integer(),
  stepOrgName: Type.String(),
  decidedOn: Nullable(Type.String()),
  decidedRecordedAt: Nullable(Recorded('when the decision was recorded (null while under review)')),
  reason: Nullable(Type.String()),
  createdAt: Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' }),
  /** On the final approval: the recognition stands but its subsidy could not be opened, and why. */
  subsidyRefused: Type.Optional(Obj({ zh: Type.String(), en: Type.String() })),
});

export const StudioDetail = Obj({
  ...StudioSummary,
  leaderIsCityModelWorker: Type.Boolean(),
  canEdit: Type.Boolean(),
  members: Type.Array(
    Obj({
      personId: Type.Integer(),
      name: Type.String(),
      role: Role,
      joinedOn: Nullable(Type.String()),
      modelWorkerLevel: Nullable(Type.String()),
    }),
  ),
  levels: Type.Array(
    Obj({
      id: Type.Integer(),
      level: LevelSchema,
      fromOn: Type.String(),
      toOn: Nullable(Type.String()),
      reason: Nullable(Type.String()),
      recordedAt: Recorded('when the level was recorded'),
    }),
  ),
  subsidies: Type.Array(
    Obj({
      applicationId: Type.Integer(),
      subjectKey: Type.String(),
      programName: Type.String(),
      presetKey: Nullable(Type.String()),
      status: Type.String(),
      appliedOn: Type.String(),
      amountFen: Nullable(Money),
      paidFen: Money,
    }),
  ),
  recognitions: Type.Array(RecognitionSchema),
});

export const Created = Obj({ id: Type.Integer() });

export const ProposeBody = Obj({
  level: StrEnum(RECOGNISABLE),
  note: Type.Optional(Str(1000)),
  effectiveOn: EffectiveOn,
});

export const RecognitionQuery = Obj({
  status: Type.Optional(StrEnum(['submitted', 'approved', 'rejected'] as const)),
  mine: Type.Optional(Type.Boolean({ description: 'Only what awaits my union' })),
  ...Page,
});

export const RecognitionList = Obj({
  items: Type.Array(RecognitionSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const DecideBody = Obj({
  reason: Type.Optional(Nullable(Str(1000))),
  decidedOn: EffectiveOn,
});

export const RejectBody = Obj({ reason: Str(1000, { minLength: 1 }), decidedOn: EffectiveOn });

export const ReevaluationBody = Obj({
  orgId: Id,
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  level: StrEnum(['district', 'city', 'city_demonstration', 'national'] as const),
  dueOn: DateStr,
});

const Campaign = {
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  year: Type.Integer(),
  level: LevelSchema,
  dueOn: Type.String(),
};

export const ReevaluationList = Obj({
  items: Type.Array(Obj({ ...Campaign, filed: Type.Integer(), decided: Type.Integer() })),
});

export const ReevaluationDetail = Obj({
  ...Campaign,
  canDecide: Type.Boolean(),
  overdue: Type.Integer(),
  studios: Type.Array(
    Obj({
      studioId: Type.Integer(),
      studioName: Type.String(),
      orgId: Type.Integer(),
      orgName: Type.String(),
      leaderName: Nullable(Type.String()),
      status: Type.String(),
      reportId: Nullable(Type.Integer()),
      activities: Nullable(Type.String()),
      peopleTrained: Nullable(Type.Integer()),
      achievementIds: Nullable(Type.Array(Type.Integer())),
      filedOn: Nullable(Type.String()),
      filedRecordedAt: Nullable(Recorded('when the report was recorded')),
      outcome: Nullable(StrEnum(OUTCOMES)),
      reason: Nullable(Type.String()),
      decidedOn: Nullable(Type.String()),
      decidedRecordedAt: Nullable(Recorded('when the decision was recorded')),
      overdue: Type.Boolean(),
      achievements: Type.Array(Obj({ id: Type.Integer(), title: Type.String(), year: Type.Integer() })),
    }),
  ),
});

export const ReportParams = Obj({ id: Id, studioId: Id });

export const ReportBody = Obj({
  activities: Str(4000, { minLength: 1, pattern: '\\S' }),
  peopleTrained: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  achievementIds: Type.Optional(Type.Array(Id, { maxItems: 200 })),
  filedOn: EffectiveOn,
});

export const DecisionBody = Obj({
  outcome: StrEnum(OUTCOMES),
  reason: Type.Optional(Nullable(Str(1000))),
  decidedOn: EffectiveOn,
});

export const StatsQuery = Obj({
  orgId: Type.Optional(Id),
  fromYear: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  toYear: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  ...PeriodFields,
});

export const StatsSchema = Obj({
  org: Obj({ id: Type.Integer(), name: Type.String() }),
  ...PeriodAnswer,
  levels: Type.Array(Obj({ level: LevelSchema, n: Type.Integer(), modelWorkerLed: Type.Integer() })),
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
    Obj({
      presetKey: Nullable(Type.String()),
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
  notes: FigureNotes,
});

export const StudioImportResult = Type.Object({
  ...RegisterImportResult.properties,
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

const GrantKindSchema = StrEnum(GRANT_KINDS);

export const StudioGrantBody = Obj({
  kind: GrantKindSchema,
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  amountFen: Type.Integer({ minimum: 1, maximum: 100_000_000_000, description: 'fen' }),
  approvedOn: Type.String({
    pattern: DATE_PATTERN,
    maxLength: 10,
    description: 'the day it was approved (in the year); a past day needs history.backdate',
  }),
  outside: Type.Boolean({
    description:
      'paid outside the platform (已在平台外发放, give paidOn); false: an application of the program, approved on approvedOn, paid by a payment batch',
  }),
  paidOn: Type.Optional(Nullable(DateStr)),
  note: Type.Optional(Nullable(Str(500))),
});

export const StudioGrantCreated = Obj({
  grantId: Nullable(Type.Integer({ description: 'the grant paid outside the platform' })),
  applicationId: Nullable(Type.Integer({ description: 'the application paid through the platform' })),
});

const GrantTermsSchema = Type.Union([
  Obj({
    kind: Type.Literal('tiers'),
    tiers: Type.Array(Obj({ key: Type.String(), fen: Money, label: Nullable(Type.String()) })),
  }),
  Obj({ kind: Type.Literal('fixed'), fen: Money }),
  Obj({ kind: Type.Literal('claimed'), percent: Type.Number(), capFen: Nullable(Money) }),
  Obj({ kind: Type.Literal('other') }),
]);

export const StudioGrantList = Obj({
  items: Type.Array(
    Obj({
      applicationId: Nullable(Type.Integer()),
      grantId: Nullable(Type.Integer()),
      kind: Nullable(GrantKindSchema),
      programName: Type.String(),
      year: Type.Integer(),
      amountFen: Nullable(Money),
      status: Type.String({ description: "the application's status, or paid_outside" }),
      approvedOn: Nullable(Type.String()),
      paidFen: Money,
      paidOn: Nullable(Type.String()),
      outside: Type.Boolean(),
      note: Nullable(Type.String()),
    }),
  ),
  kinds: Type.Array(
    Obj({
      kind: GrantKindSchema,
      presetKey: Type.String(),
      program: Nullable(
        Obj({
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
  ...RegisterImportResult.properties,
  outside: Type.Integer({ description: 'grants paid outside the platform' }),
  onPlatform: Type.Integer({ description: 'grants recorded as applications approved on their day' }),
  amountFen: Type.Number({ description: 'fen: the amount of every row' }),
});
