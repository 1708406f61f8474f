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
  StrEnum,
} from '../../http/schema.ts';
import { ORG_KINDS } from '../org/index.ts';
import { LIST_CAP } from './elections.repository.ts';

const Person = Name(50);
const People = (max: number) => Type.Array(Person, { maxItems: max });
const Majority = StrEnum(['voting', 'present'] as const);
const Post = StrEnum(['chair', 'vice_chair', 'member', 'auditor', 'women'] as const);
const FoundingStatus = StrEnum(['applied', 'preparing', 'met', 'elected', 'approved', 'withdrawn'] as const);
const Count = Type.Integer({ minimum: 0, maximum: 10_000_000 });

export const IdResult = Obj({ id: Id });
export const OrgQuery = Obj({ orgId: Type.Optional(Id) });

// ---------------------------------------------------------------------------------------------------- settings
export const SettingBody = Obj({
  orgId: Id,
  termYears: Type.Union([Type.Literal(3), Type.Literal(5)], { description: 'a committee’s term in years' }),
  majority: {
    ...Majority,
    description: 'a candidate needs more than half of the ballots cast (voting) or of those present',
  },
});
export const SettingSchema = Obj({
  orgId: Id,
  termYears: Type.Integer(),
  majority: Majority,
  /** The union whose setting applies (this one, or the nearest above it); null: the default. */
  fromOrgId: Nullable(Id),
  fromOrgName: Nullable(Type.String()),
});

// ---------------------------------------------------------------------------------------------------- foundings
export const CommitteePeopleSchema = Obj({
  chair: Person,
  viceChairs: People(10),
  members: People(50),
  auditors: People(20),
  women: People(20),
});
export const FoundingBody = Obj({
  parentOrgId: { ...Id, description: 'the union above, which records and approves the founding' },
  name: Name(100, { minLength: 2 }),
  kind: Type.Optional(StrEnum(ORG_KINDS)),
  employerName: Name(200),
  uscc: Type.Optional(Nullable(Type.String({ pattern: '^[0-9A-Z]{18}$', maxLength: 18 }))),
  workerCount: Type.Optional(Nullable(Count)),
  applicants: Type.Array(Person, { minItems: 1, maxItems: 200, description: 'the workers who applied' }),
  effectiveOn: EffectiveOn,
});
export const PreparationBody = Obj({ leader: Person, members: People(30), effectiveOn: EffectiveOn });
export const MeetingBody = Obj({
  membersTotal: { ...Count, minimum: 1, description: 'members entitled to attend the founding meeting' },
  membersPresent: { ...Count, description: 'members who attended' },
  effectiveOn: EffectiveOn,
});
export const CommitteeBody = Obj({ ...CommitteePeopleSchema.properties, effectiveOn: EffectiveOn });
export const ApprovalBody = Obj({ effectiveOn: EffectiveOn });

export const FoundingSchema = Obj({
  id: Id,
  parentOrgId: Id,
  parentOrgName: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  employerName: Type.String(),
  uscc: Nullable(Type.String()),
  workerCount: Nullable(Type.Integer()),
  applicants: Type.Array(Type.String()),
  appliedOn: DateStr,
  status: FoundingStatus,
  prepLeader: Nullable(Type.String()),
  prepMembers: Type.Array(Type.String()),
  preparedOn: Nullable(DateStr),
  metOn: Nullable(DateStr),
  membersTotal: Nullable(Type.Integer()),
  membersPresent: Nullable(Type.Integer()),
  electedOn: Nullable(DateStr),
  committee: Nullable(CommitteePeopleSchema),
  approvedOn: Nullable(DateStr),
  withdrawnOn: Nullable(DateStr),
  orgId: Nullable(Id),
  steps: Type.Array(
    Obj({
      step: StrEnum(['applied', 'preparing', 'met', 'elected', 'approved'] as const),
      on: Nullable(DateStr),
    }),
  ),
});
export const FoundingListSchema = CappedList(FoundingSchema, LIST_CAP.foundings);

// ---------------------------------------------------------------------------------------------------- committees
const CommitteeFields = {
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  termNo: Type.Integer(),
  electedOn: DateStr,
  termYears: Type.Integer(),
  endsOn: DateStr,
  chair: Type.String(),
  viceChairs: Type.Array(Type.String()),
  members: Type.Array(Type.String()),
  auditors: Type.Array(Type.String()),
  women: Type.Array(Type.String()),
  foundingId: Nullable(Id),
  electionId: Nullable(Id),
  replacedOn: Nullable(DateStr),
};
export const CommitteeHistorySchema = Type.Array(Obj(CommitteeFields));
export const TermsQuery = Obj({
  orgId: Type.Optional(Id),
  months: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 24,
      description: 'terms ending within this many months (default 6)',
    }),
  ),
});
export const TermsSchema = Obj({
  asOf: DateStr,
  until: DateStr,
  terms: Type.Array(
    Obj({
      ...CommitteeFields,
      /** Days since the term ended (0 or less: not yet ended, the days left are its negative). */
      daysOverdue: Type.Integer(),
      overdue: Type.Boolean(),
    }),
    { description: `at most the first ${LIST_CAP.terms}` },
  ),
  total: Type.Integer({
    minimum: 0,
    description: 'how many terms there are in all; more than listed when cut',
  }),
});

// ---------------------------------------------------------------------------------------------------- elections
export const ElectionBody = Obj({
  orgId: Id,
  termNo: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100, description: 'default: the sitting term’s next' }),
  ),
  voters: { ...Count, minimum: 1, description: 'members (or delegates) entitled to vote' },
  present: { ...Count, description: 'those present' },
  ballots: { ...Count, description: 'ballots cast' },
  candidates: Type.Array(Obj({ name: Person, post: Post, votes: Count }), { minItems: 1, maxItems: 200 }),
  effectiveOn: EffectiveOn,
});
export const ElectionSchema = Obj({
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  heldOn: DateStr,
  termNo: Type.Integer(),
  voters: Type.Integer(),
  present: Type.Integer(),
  ballots: Type.Integer(),
  majority: Majority,
});
export const ElectionListSchema = CappedList(ElectionSchema, LIST_CAP.elections);
export const ElectionDetailSchema = Obj({
  ...ElectionSchema.properties,
  candidates: Type.Array(
    Obj({ name: Type.String(), post: Post, votes: Type.Integer(), elected: Type.Boolean() }),
  ),
});

// --------------------------------------------------------------------------------------------------- statistics
export const StatsQuery = Obj({
  orgId: Type.Optional(Id),
  year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
  fromYear: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
  toYear: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
  ...PeriodFields,
});
const YearRow = {
  founded: Type.Integer({ description: 'unions founded (by their founding day)' }),
  foundingMembers: Type.Integer({ description: 'members at their founding meetings' }),
  held: Type.Integer({ description: 'elections held' }),
  due: Type.Integer({ description: 'terms ending (elections falling due)' }),
};
export const StatsSchema = Obj({
  ...PeriodAnswer,
  orgName: Type.String(),
  years: Type.Array(
    Obj({
      year: Type.Integer(),
      ...YearRow,
      overdue: Type.Integer({ description: 'overdue on the year’s last day' }),
    }),
  ),
  total: Obj(YearRow),
  overdue: Type.Integer({ description: 'elections overdue on asOf' }),
  notes: FigureNotes,
});
