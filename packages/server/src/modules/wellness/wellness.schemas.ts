import { Type } from 'typebox';
import {
  CappedList,
  DateStr,
  EffectiveOn,
  FigureNotes,
  Id,
  Name,
  Nullable,
  Obj,
  PeriodAnswer,
  PeriodFields,
  RegisterImportResult,
  Str,
  StrEnum,
} from '../../http/schema.ts';
import { RuleRef } from '../programs/index.ts';
import { LIST_CAP } from './wellness.repository.ts';

const Kind = StrEnum(['recuperation', 'checkup'] as const);
const InstitutionKind = StrEnum(['sanatorium', 'checkup_centre'] as const);
const Fen = Type.Integer({ minimum: 0, maximum: 1e9 });
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const Attendance = StrEnum(['attended', 'absent'] as const);

export const OrgQuery = Obj({ orgId: Type.Optional(Id) });
export const IdResult = Obj({ id: Id });

export const ProgramBody = Obj({
  orgId: Id,
  name: Name(200),
  kind: Kind,
  scheme: Type.Optional(Str(100)),
  targetPeople: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
  fromYear: Year,
  toYear: Year,
  placesPerYear: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  costFen: Fen,
  unionShareFen: Fen,
  enterpriseShareFen: Fen,
  workerShareFen: Fen,
  rule: Type.Optional(Nullable(RuleRef)),
  gapYears: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
});
const ProgramFields = {
  id: Id,
  orgId: Id,
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
  rule: Nullable(RuleRef),
  gapYears: Type.Integer(),
  batches: Type.Integer(),
};
export const ProgramListSchema = CappedList(
  Obj({ ...ProgramFields, orgPath: Type.String() }),
  LIST_CAP.programs,
);

const BatchFields = {
  id: Id,
  programId: Id,
  programName: Type.String(),
  kind: Kind,
  orgId: Id,
  orgName: Type.String(),
  orgPath: Type.String(),
  institutionId: Id,
  institutionName: Type.String(),
  institutionAddress: Type.String(),
  title: Type.String(),
  startsOn: DateStr,
  endsOn: DateStr,
  closesOn: DateStr,
  places: Type.Integer(),
  allocated: Type.Integer(),
  nominated: Type.Integer(),
  attended: Type.Integer(),
  meeting: Type.String(),
  bring: Type.String(),
  status: StrEnum(['open', 'settled'] as const),
  settledOn: Nullable(DateStr),
  subsidyFen: Nullable(Type.Integer()),
  subsidyApplicationId: Nullable(Type.Integer()),
};
export const ProgramDetailSchema = Obj({
  ...ProgramFields,
  orgPath: Type.String(),
  manage: Type.Boolean(),
  batches: Type.Array(Obj(BatchFields)),
});

export const InstitutionBody = Obj({
  orgId: Id,
  name: Name(200),
  kind: InstitutionKind,
  address: Type.Optional(Str(300)),
  capacity: Type.Integer({ minimum: 1, maximum: 100_000 }),
});
export const InstitutionListSchema = CappedList(
  Obj({
    id: Id,
    orgId: Id,
    orgName: Type.String(),
    orgPath: Type.String(),
    name: Type.String(),
    kind: InstitutionKind,
    address: Type.String(),
    capacity: Type.Integer(),
  }),
  LIST_CAP.institutions,
);

export const BatchBody = Obj({
  programId: Id,
  institutionId: Id,
  title: Name(200),
  startsOn: DateStr,
  endsOn: DateStr,
  closesOn: DateStr,
  places: Type.Integer({ minimum: 1, maximum: 100_000 }),
  meeting: Type.Optional(Str(500)),
  bring: Type.Optional(Str(1000)),
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
export const BatchDetailSchema = Obj({
  ...BatchFields,
  manage: Type.Boolean(),
  open: Type.Boolean(),
  allocations: Type.Array(
    Obj({
      id: Id,
      batchId: Id,
      orgId: Id,
      orgName: Type.String(),
      quota: Type.Integer(),
      used: Type.Integer(),
      attended: Type.Integer(),
      recordedUsed: Nullable(Type.Integer()),
    }),
  ),
  nominations: Type.Array(
    Obj({
      id: Id,
      batchId: Id,
      allocationId: Id,
      orgId: Id,
      orgName: Type.String(),
      personId: Id,
      personName: Type.String(),
      idMasked: Type.String(),
      status: StrEnum(['nominated', 'replaced', 'withdrawn'] as const),
      nominatedOn: DateStr,
      replacedBy: Nullable(Type.Integer()),
      frontLine: Type.Boolean(),
      newEmployment: Type.Boolean(),
      attendance: Nullable(Attendance),
      attendanceOn: Nullable(DateStr),
    }),
  ),
  figures: Obj(NominationFigures, {
    description: 'the nominations of the unions shown, counted as the statistics count them (issue 41)',
  }),
});
export const AllocationBody = Obj({
  orgId: Id,
  quota: Type.Integer({ minimum: 0, maximum: 100_000 }),
  effectiveOn: EffectiveOn,
});
/** A nomination's, a substitution's or a withdrawal's day: on or before the batch's closing day (ADR 55, issue 42). */
export const NominationBody = Obj({ orgId: Id, personId: Id, effectiveOn: EffectiveOn });
export const EndNominationBody = Obj({ replaceWith: Type.Optional(Id), effectiveOn: EffectiveOn });
export const EndNominationResult = Obj({ id: Nullable(Id) });
export const AttendanceBody = Obj({
  marks: Type.Array(Obj({ nominationId: Id, attendance: Attendance }), { minItems: 1, maxItems: 5000 }),
  effectiveOn: EffectiveOn,
});
export const AttendanceResult = Obj({ changed: Type.Integer() });
export const AttendanceImportQuery = Obj({
  dryRun: Type.Optional(Type.Boolean({ description: 'true: read and check only (预检), write nothing' })),
  effectiveOn: EffectiveOn,
});
export const AttendanceImportResult = Type.Object({
  ...RegisterImportResult.properties,
  attended: Type.Integer(),
  absent: Type.Integer(),
});
export const SettleBody = Obj({ effectiveOn: EffectiveOn });
export const SettleResult = Obj({
  attended: Type.Integer(),
  subsidyFen: Type.Integer(),
  applicationId: Nullable(Type.Integer()),
});

export const StatsQuery = Obj({
  orgId: Type.Optional(Id),
  year: Type.Optional(Year),
  fromYear: Type.Optional(Year),
  toYear: Type.Optional(Year),
  ...PeriodFields,
});
const Figures = {
  offered: Type.Integer(),
  allocated: Type.Integer(),
  used: Type.Integer(),
  frontLine: Type.Integer(),
  newEmployment: Type.Integer(),
  ...NominationFigures,
};
export const StatsSchema = Obj({
  ...PeriodAnswer,
  byYear: Type.Array(Obj({ year: Type.Integer(), kind: Kind, ...Figures })),
  byUnion: Type.Array(
    Obj({
      orgId: Id,
      orgName: Type.String(),
      ...Figures,
      recuperation: Type.Integer(),
      checkup: Type.Integer(),
    }),
  ),
  total: Obj(Figures),
  served: Type.Integer({
    description: 'distinct workers served in the period (the recorded years’ books included)',
  }),
  servedOnPlatform: Type.Integer(),
  schemes: Type.Array(
    Obj({
      scheme: Type.String(),
      targetPeople: Type.Integer(),
      fromYear: Type.Integer(),
      toYear: Type.Integer(),
    }),
  ),
  notes: FigureNotes,
});

export const MineSchema = CappedList(
  Obj({
    id: Id,
    nominationId: Id,
    title: Type.String(),
    kind: Kind,
    programName: Type.String(),
    orgName: Type.String(),
    institutionName: Type.String(),
    institutionAddress: Type.String(),
    startsOn: DateStr,
    endsOn: DateStr,
    meeting: Type.String(),
    bring: Type.String(),
    attendance: Nullable(Attendance),
    canCheckIn: Type.Boolean(),
  }),
  LIST_CAP.mine,
);

/** The 疗休养/体检 register's answer (issue 42): rows read and what they make, on a dry run what they would. */
export const WellnessRegisterResult = Type.Object({
  ...RegisterImportResult.properties,
  batches: Type.Integer({ description: 'batches created (those not on the platform yet)' }),
  substituted: Type.Integer({
    description: 'nominees replaced, each on the day its substitute was nominated',
  }),
  withdrawn: Type.Integer({ description: 'nominations withdrawn, each on its day' }),
  attended: Type.Integer({ description: 'nominees marked as having gone' }),
  absent: Type.Integer({ description: 'nominees marked as absent' }),
});
