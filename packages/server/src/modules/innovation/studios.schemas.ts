import { Type } from 'typebox';
import {
  DateStr,
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
} from '../../http/schema.ts';
import { RECOGNISABLE } from './studios.recognition.ts';
import { OUTCOMES } from './studios.reevaluation.ts';
import { MEMBER_ROLES, STUDIO_LEVELS } from './studios.repository.ts';

export const LevelSchema = StrEnum(STUDIO_LEVELS);
const Role = StrEnum(MEMBER_ROLES);
const Money = Type.Number({ description: 'fen' });

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

export const ProposeBody = Obj({ level: StrEnum(RECOGNISABLE), note: Type.Optional(Str(1000)) });

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
  decidedOn: Type.Optional(DateStr),
});

export const RejectBody = Obj({ reason: Str(1000, { minLength: 1 }), decidedOn: Type.Optional(DateStr) });

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
      outcome: Nullable(StrEnum(OUTCOMES)),
      reason: Nullable(Type.String()),
      decidedOn: Nullable(Type.String()),
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
});

export const DecisionBody = Obj({
  outcome: StrEnum(OUTCOMES),
  reason: Type.Optional(Nullable(Str(1000))),
  decidedOn: Type.Optional(DateStr),
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
      approved: Type.Integer(),
      paidFen: Money,
    }),
  ),
  subsidiesPaidFen: Money,
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
