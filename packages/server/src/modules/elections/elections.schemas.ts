import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { ORG_KINDS } from '../org/index.ts';
import { LIST_CAP } from './elections.repository.ts';
import { FOUNDING_STEPS, POSTS } from './elections.vocabulary.ts';

const Person = S.Name(50);
const People = (max: number) => Type.Array(Person, { maxItems: max });
const Majority = S.StrEnum(['voting', 'present'] as const);
const Post = S.StrEnum(POSTS);
const FoundingStatus = S.StrEnum([
  'applied',
  'preparing',
  'met',
  'elected',
  'approved',
  'withdrawn',
] as const);
const Count = Type.Integer({ minimum: 0, maximum: 10_000_000 });

export const IdResult = S.Obj({ id: S.Id });
export const OrgQuery = S.Obj({ orgId: Type.Optional(S.Id) });

// ---------------------------------------------------------------------------------------------------- settings
export const SettingBody = S.Obj({
  orgId: S.Id,
  termYears: Type.Union([Type.Literal(3), Type.Literal(5)], { description: 'a committee’s term in years' }),
  majority: {
    ...Majority,
    description: 'a candidate needs more than half of the ballots cast (voting) or of those present',
  },
});
export const SettingSchema = S.Obj({
  orgId: S.Id,
  termYears: Type.Integer(),
  majority: Majority,
  /** The union whose setting applies (this one, or the nearest above it); null: the default. */
  fromOrgId: S.Nullable(S.Id),
  fromOrgName: S.Nullable(Type.String()),
});

// ---------------------------------------------------------------------------------------------------- foundings
export const CommitteePeopleSchema = S.Obj({
  chair: Person,
  viceChairs: People(10),
  members: People(50),
  auditors: People(20),
  women: People(20),
});
export const FoundingBody = S.Obj({
  parentOrgId: { ...S.Id, description: 'the union above, which records and approves the founding' },
  name: S.Name(100, { minLength: 2 }),
  kind: Type.Optional(S.StrEnum(ORG_KINDS)),
  employerName: S.Name(200),
  uscc: Type.Optional(S.Nullable(Type.String({ pattern: '^[0-9A-Z]{18}$', maxLength: 18 }))),
  workerCount: Type.Optional(S.Nullable(Count)),
  applicants: Type.Array(Person, { minItems: 1, maxItems: 200, description: 'the workers who applied' }),
  effectiveOn: S.EffectiveOn,
});
export const PreparationBody = S.Obj({ leader: Person, members: People(30), effectiveOn: S.EffectiveOn });
export const MeetingBody = S.Obj({
  membersTotal: { ...Count, minimum: 1, description: 'members entitled to attend the founding meeting' },
  membersPresent: { ...Count, description: 'members who attended' },
  effectiveOn: S.EffectiveOn,
});
export const CommitteeBody = S.Obj({ ...CommitteePeopleSchema.properties, effectiveOn: S.EffectiveOn });
export const ApprovalBody = S.Obj({ effectiveOn: S.EffectiveOn });

export const FoundingSchema = S.Obj({
  id: S.Id,
  parentOrgId: S.Id,
  parentOrgName: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  employerName: Type.String(),
  uscc: S.Nullable(Type.String()),
  workerCount: S.Nullable(Type.Integer()),
  applicants: Type.Array(Type.String()),
  appliedOn: S.DateStr,
  status: FoundingStatus,
  prepLeader: S.Nullable(Type.String()),
  prepMembers: Type.Array(Type.String()),
  preparedOn: S.Nullable(S.DateStr),
  metOn: S.Nullable(S.DateStr),
  membersTotal: S.Nullable(Type.Integer()),
  membersPresent: S.Nullable(Type.Integer()),
  electedOn: S.Nullable(S.DateStr),
  committee: S.Nullable(CommitteePeopleSchema),
  approvedOn: S.Nullable(S.DateStr),
  withdrawnOn: S.Nullable(S.DateStr),
  orgId: S.Nullable(S.Id),
  steps: Type.Array(
    S.Obj({
      step: S.StrEnum(FOUNDING_STEPS),
      on: S.Nullable(S.DateStr),
    }),
  ),
});
export const FoundingListSchema = S.CappedList(FoundingSchema, LIST_CAP.foundings);

// ---------------------------------------------------------------------------------------------------- committees
const CommitteeFields = {
  id: S.Id,
  orgId: S.Id,
  orgName: Type.String(),
  termNo: Type.Integer(),
  electedOn: S.DateStr,
  termYears: Type.Integer(),
  endsOn: S.DateStr,
  chair: Type.String(),
  viceChairs: Type.Array(Type.String()),
  members: Type.Array(Type.String()),
  auditors: Type.Array(Type.String()),
  women: Type.Array(Type.String()),
  foundingId: S.Nullable(S.Id),
  electionId: S.Nullable(S.Id),
  replacedOn: S.Nullable(S.DateStr),
};
export const CommitteeHistorySchema = Type.Array(S.Obj(CommitteeFields));
export const TermsQuery = S.Obj({
  orgId: Type.Optional(S.Id),
  months: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 24,
      description: 'terms ending within this many months (default 6)',
    }),
  ),
});
export const TermsSchema = S.Obj({
  asOf: S.DateStr,
  until: S.DateStr,
  terms: Type.Array(
    S.Obj({
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
export const ElectionBody = S.Obj({
  orgId: S.Id,
  termNo: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100, description: 'default: the sitting term’s next' }),
  ),
  voters: { ...Count, minimum: 1, description: 'members (or delegates) entitled to vote' },
  present: { ...Count, description: 'those present' },
  ballots: { ...Count, description: 'ballots cast' },
  candidates: Type.Array(S.Obj({ name: Person, post: Post, votes: Count }), { minItems: 1, maxItems: 200 }),
  effectiveOn: S.EffectiveOn,
});
export const ElectionSchema = S.Obj({
  id: S.Id,
  orgId: S.Id,
  orgName: Type.String(),
  heldOn: S.DateStr,
  termNo: Type.Integer(),
  voters: Type.Integer(),
  present: Type.Integer(),
  ballots: Type.Integer(),
  majority: Majority,
});
export const ElectionListSchema = S.CappedList(ElectionSchema, LIST_CAP.elections);
export const ElectionDetailSchema = S.Obj({
  ...ElectionSchema.properties,
  candidates: Type.Array(
    S.Obj({ name: Type.String(), post: Post, votes: Type.Integer(), elected: Type.Boolean() }),
  ),
});

// --------------------------------------------------------------------------------------------------- statistics
export const StatsQuery = S.statsQuery({ ...S.YearAsked, ...S.YearSpan });
const YearRow = {
  founded: Type.Integer({ description: 'unions founded (by their founding day)' }),
  foundingMembers: Type.Integer({ description: 'members at their founding meetings' }),
  held: Type.Integer({ description: 'elections held' }),
  due: Type.Integer({ description: 'terms ending (elections falling due)' }),
};
export const StatsSchema = S.Obj({
  ...S.StatsNamedHead,
  years: Type.Array(
    S.Obj({
      year: Type.Integer(),
      ...YearRow,
      overdue: Type.Integer({ description: 'overdue on the year’s last day' }),
    }),
  ),
  total: S.Obj(YearRow),
  overdue: Type.Integer({ description: 'elections overdue on asOf' }),
  notes: S.FigureNotes,
});
