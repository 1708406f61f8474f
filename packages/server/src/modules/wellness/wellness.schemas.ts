import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { RuleRef } from '../programs/index.ts';
import { LIST_CAP } from './wellness.repository.ts';

const Kind = S.StrEnum(['recuperation', 'checkup'] as const);
const InstitutionKind = S.StrEnum(['sanatorium', 'checkup_centre'] as const);
const Fen = Type.Integer({ minimum: 0, maximum: 1e9 });
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const Attendance = S.StrEnum(['attended', 'absent'] as const);

export const OrgQuery = S.Obj({ orgId: Type.Optional(S.Id) });
export const IdResult = S.Obj({ id: S.Id });

export const ProgramBody = S.Obj({
  orgId: S.Id,
  name: S.Name(200),
  kind: Kind,
  scheme: Type.Optional(S.Str(100)),
  targetPeople: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
  fromYear: Year,
  toYear: Year,
  placesPerYear: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  costFen: Fen,
  unionShareFen: Fen,
  enterpriseShareFen: Fen,
  workerShareFen: Fen,
  rule: Type.Optional(S.Nullable(RuleRef)),
  gapYears: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
});
const ProgramFields = {
  id: S.Id,
  orgId: S.Id,
  orgName: Type.String(),
  name: Type.String(),
  kind: Kind,
  scheme: Type.String(),
  targetPeople: Type.Integer(),
  fromYear: Type.Integer(),
  toYear: Type.Integer(),
  placesPerYear: Type.Integer(),
  costFen: Type.Integer(),
  unionShareFen: Type.Integer(),
  enterpriseShareFen: Type.Integer(),
  workerShareFen: Type.Integer(),
  rule: S.Nullable(RuleRef),
  gapYears: Type.Integer(),
  batches: Type.Integer(),
};
export const ProgramListSchema = S.CappedList(
  S.Obj({ ...ProgramFields, orgPath: Type.String() }),
  LIST_CAP.programs,
);
export const QuotaToFillListSchema = S.CappedList(
  S.Obj({
    id: S.Id,
    batchId: S.Id,
    batchTitle: Type.String(),
    programId: S.Id,
    programName: Type.String(),
    kind: Kind,
    institutionName: Type.String(),
    orgId: S.Id,
    orgName: Type.String(),
    quota: Type.Integer(),
    used: Type.Integer(),
    open: Type.Integer({ description: 'Places still to nominate: the quota less the nominees' }),
    startsOn: S.DateStr,
    closesOn: S.DateStr,
  }),
  LIST_CAP.quotas,
  { description: 'Quotas with places still to nominate, the batch closing soonest first' },
);

const BatchFields = {
  id: S.Id,
  programId: S.Id,
  programName: Type.String(),
  kind: Kind,
  orgId: S.Id,
  orgName: Type.String(),
  orgPath: Type.String(),
  institutionId: S.Id,
  institutionName: Type.String(),
  institutionAddress: Type.String(),
  title: Type.String(),
  startsOn: S.DateStr,
  endsOn: S.DateStr,
  closesOn: S.DateStr,
  places: Type.Integer(),
  allocated: Type.Integer(),
  nominated: Type.Integer(),
  attended: Type.Integer(),
  meeting: Type.String(),
  bring: Type.String(),
  status: S.StrEnum(['open', 'settled'] as const),
  settledOn: S.Nullable(S.DateStr),
  subsidyFen: S.Nullable(Type.Integer()),
  subsidyApplicationId: S.Nullable(Type.Integer()),
};
export const ProgramDetailSchema = S.Obj({
  ...ProgramFields,
  orgPath: Type.String(),
  manage: Type.Boolean(),
  batches: Type.Array(S.Obj(BatchFields)),
});

export const InstitutionBody = S.Obj({
  orgId: S.Id,
  name: S.Name(200),
  kind: InstitutionKind,
  address: Type.Optional(S.Str(300)),
  capacity: Type.Integer({ minimum: 1, maximum: 100_000 }),
});
export const InstitutionListSchema = S.CappedList(
  S.Obj({
    id: S.Id,
    orgId: S.Id,
    orgName: Type.String(),
    orgPath: Type.String(),
    name: Type.String(),
    kind: InstitutionKind,
    address: Type.String(),
    capacity: Type.Integer(),
  }),
  LIST_CAP.institutions,
);

export const BatchBody = S.Obj({
  programId: S.Id,
  institutionId: S.Id,
  title: S.Name(200),
  startsOn: S.DateStr,
  endsOn: S.DateStr,
  closesOn: S.DateStr,
  places: Type.Integer({ minimum: 1, maximum: 100_000 }),
  meeting: Type.Optional(S.Str(500)),
  bring: Type.Optional(S.Str(1000)),
});
/** A batch's or a period's nominations, each on its day (ADR 55): one function counts them for both. */
const NominationFigures = {
  nominated: Type.Integer({ description: 'nominations made (substitutes included), on the day made' }),
  substituted: Type.Integer({ description: 'nominees replaced by another worker, on the day replaced' }),
  withdrawn: Type.Integer({
    description: 'nominations withdrawn (the place given back), on the day withdrawn',
  }),
  attended: Type.Integer({ description: 'nominees who went, on the batch’s first day' }),
  noShows: Type.Integer({ description: 'nominees marked absent, on the batch’s first day' }),
};
export const BatchDetailSchema = S.Obj({
  ...BatchFields,
  manage: Type.Boolean(),
  open: Type.Boolean(),
  allocations: Type.Array(
    S.Obj({
      id: S.Id,
      batchId: S.Id,
      orgId: S.Id,
      orgName: Type.String(),
      quota: Type.Integer(),
      used: Type.Integer(),
      attended: Type.Integer(),
      recordedUsed: S.Nullable(Type.Integer()),
    }),
  ),
  nominations: Type.Array(
    S.Obj({
      id: S.Id,
      batchId: S.Id,
      allocationId: S.Id,
      orgId: S.Id,
      orgName: Type.String(),
      personId: S.Id,
      personName: Type.String(),
      idMasked: Type.String(),
      status: S.StrEnum(['nominated', 'replaced', 'withdrawn'] as const),
      nominatedOn: S.DateStr,
      replacedBy: S.Nullable(Type.Integer()),
      frontLine: Type.Boolean(),
      newEmployment: Type.Boolean(),
      attendance: S.Nullable(Attendance),
      attendanceOn: S.Nullable(S.DateStr),
    }),
  ),
  figures: S.Obj(NominationFigures, {
    description: 'the nominations of the unions shown, counted as the statistics count them (issue 41)',
  }),
});
export const AllocationBody = S.Obj({
  orgId: S.Id,
  quota: Type.Integer({ minimum: 0, maximum: 100_000 }),
  effectiveOn: S.EffectiveOn,
});
/** A nomination's, a substitution's or a withdrawal's day: on or before the batch's closing day (ADR 55, issue 42). */
export const NominationBody = S.Obj({ orgId: S.Id, personId: S.Id, effectiveOn: S.EffectiveOn });
export const EndNominationBody = S.Obj({ replaceWith: Type.Optional(S.Id), effectiveOn: S.EffectiveOn });
export const EndNominationResult = S.Obj({ id: S.Nullable(S.Id) });
export const AttendanceBody = S.Obj({
  marks: Type.Array(S.Obj({ nominationId: S.Id, attendance: Attendance }), { minItems: 1, maxItems: 5000 }),
  effectiveOn: S.EffectiveOn,
});
export const AttendanceResult = S.Obj({ changed: Type.Integer() });
export const AttendanceImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  attended: Type.Integer(),
  absent: Type.Integer(),
});
export const SettleBody = S.Obj({ effectiveOn: S.EffectiveOn });
export const SettleResult = S.Obj({
  attended: Type.Integer(),
  subsidyFen: Type.Integer(),
  applicationId: S.Nullable(Type.Integer()),
});

export const StatsQuery = S.statsQuery({ ...S.YearAsked, ...S.YearSpan });
const Figures = {
  offered: Type.Integer(),
  allocated: Type.Integer(),
  used: Type.Integer(),
  frontLine: Type.Integer(),
  newEmployment: Type.Integer(),
  ...NominationFigures,
};
export const StatsSchema = S.Obj({
  ...S.StatsAskedHead,
  byYear: Type.Array(S.Obj({ year: Type.Integer(), kind: Kind, ...Figures })),
  byUnion: Type.Array(
    S.Obj({
      orgId: S.Id,
      orgName: Type.String(),
      ...S.UnionDepth,
      ...Figures,
      recuperation: Type.Integer(),
      checkup: Type.Integer(),
    }),
  ),
  total: S.Obj(Figures),
  served: Type.Integer({
    description: 'distinct workers served in the period (the recorded years’ books included)',
  }),
  servedOnPlatform: Type.Integer(),
  schemes: Type.Array(
    S.Obj({
      scheme: Type.String(),
      targetPeople: Type.Integer(),
      fromYear: Type.Integer(),
      toYear: Type.Integer(),
    }),
  ),
  notes: S.FigureNotes,
});

export const MineSchema = S.CappedList(
  S.Obj({
    id: S.Id,
    nominationId: S.Id,
    title: Type.String(),
    kind: Kind,
    programName: Type.String(),
    orgName: Type.String(),
    institutionName: Type.String(),
    institutionAddress: Type.String(),
    startsOn: S.DateStr,
    endsOn: S.DateStr,
    meeting: Type.String(),
    bring: Type.String(),
    attendance: S.Nullable(Attendance),
    canCheckIn: Type.Boolean(),
    closesOn: S.DateStr,
    canDecline: Type.Boolean({
      description:
        'the place may be given back: on or before the closing day, not attended, the batch not settled',
    }),
  }),
  LIST_CAP.mine,
);

/** A worker giving their place back: why, if they say (the union's office is told). */
export const DeclineBody = S.Obj({ reason: Type.Optional(S.Str(200)) });

/** The 疗休养/体检 register's answer (issue 42): rows read and what they make, on a dry run what they would. */
export const WellnessRegisterResult = Type.Object({
  ...S.RegisterImportResult.properties,
  batches: Type.Integer({ description: 'batches created (those not on the platform yet)' }),
  substituted: Type.Integer({
    description: 'nominees replaced, each on the day its substitute was nominated',
  }),
  withdrawn: Type.Integer({ description: 'nominations withdrawn, each on its day' }),
  attended: Type.Integer({ description: 'nominees marked as having gone' }),
  absent: Type.Integer({ description: 'nominees marked as absent' }),
});
