import { Type } from 'typebox';
import {
  CappedList,
  DateStr,
  EffectiveOn,
  Id,
  Name,
  Nullable,
  Obj,
  PeriodAnswer,
  PeriodFields,
  Str,
  StrEnum,
} from '../../http/schema.ts';
import { LIST_CAP } from './congresses.repository.ts';

const Pct = Type.Integer({ minimum: 0, maximum: 100 });
const Kind = StrEnum(['congress', 'assembly'] as const);
const Category = StrEnum(['frontline', 'technician', 'manager', 'other'] as const);
const ProposalStatus = StrEnum([
  'filed',
  'accepted',
  'rejected',
  'merged',
  'assigned',
  'answered',
  'closed',
] as const);
const Rating = StrEnum(['satisfied', 'basic', 'dissatisfied'] as const);
const MotionKind = StrEnum(['resolution', 'agreement', 'welfare', 'other'] as const);
const Choice = StrEnum(['yes', 'no', 'abstain'] as const);
const Result = StrEnum(['passed', 'failed', 'no_quorum'] as const);
const DisclosureCategory = StrEnum([
  'finance',
  'welfare',
  'safety',
  'performance',
  'wages',
  'other',
] as const);

const SettingsFields = {
  frontlineMinPct: Pct,
  managerMaxPct: Pct,
  cosignMin: Type.Integer({ minimum: 0, maximum: 50 }),
  answerDays: Type.Integer({ minimum: 1, maximum: 250 }),
};
export const SettingsBody = Obj(SettingsFields);
export const CongressBody = Obj({
  orgId: Id,
  name: Name(100),
  kind: Type.Optional(Kind),
  frontlineMinPct: Type.Optional(Pct),
  managerMaxPct: Type.Optional(Pct),
  cosignMin: Type.Optional(SettingsFields.cosignMin),
  answerDays: Type.Optional(SettingsFields.answerDays),
});
const CongressFields = {
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  orgPath: Type.String(),
  name: Type.String(),
  kind: Kind,
  ...SettingsFields,
};
export const CongressListSchema = Type.Array(
  Obj({
    ...CongressFields,
    termNumber: Nullable(Type.Integer()),
    delegates: Type.Integer(),
    lastHeldOn: Nullable(DateStr),
  }),
);
const TermSchema = Obj({
  id: Id,
  congressId: Id,
  number: Type.Integer(),
  startsOn: DateStr,
  endsOn: DateStr,
});
const SessionFields = {
  id: Id,
  termId: Id,
  termNumber: Type.Integer(),
  congressId: Id,
  number: Type.Integer(),
  title: Type.String(),
  heldOn: DateStr,
  proposalsFrom: DateStr,
  proposalsUntil: DateStr,
  present: Type.Integer(),
};
export const CongressDetailSchema = Obj({
  ...CongressFields,
  terms: Type.Array(TermSchema),
  termId: Nullable(Id),
  delegations: Type.Array(
    Obj({
      id: Id,
      termId: Id,
      orgId: Id,
      orgName: Type.String(),
      orgPath: Type.String(),
      name: Type.String(),
    }),
  ),
  delegates: Type.Array(
    Obj({
      id: Id,
      termId: Id,
      delegationId: Id,
      personId: Id,
      name: Type.String(),
      orgId: Id,
      orgName: Type.String(),
      category: Category,
      isFemale: Type.Boolean(),
      electedOn: DateStr,
      endedOn: Nullable(DateStr),
      endReason: Nullable(Type.String()),
      replacedBy: Nullable(Id),
      replaces: Nullable(Id),
    }),
  ),
  proportions: Obj({
    total: Type.Integer(),
    frontline: Type.Integer(),
    managers: Type.Integer(),
    women: Type.Integer(),
    frontlinePct: Type.Number(),
    managerPct: Type.Number(),
    womenPct: Type.Number(),
    workforceWomenPct: Nullable(Type.Number()),
    warnings: Type.Array(Obj({ code: Type.String(), zh: Type.String(), en: Type.String() })),
  }),
  sessions: Type.Array(Obj(SessionFields)),
});
export const CongressQuery = Obj({ termId: Type.Optional(Id) });
export const OrgQuery = Obj({ orgId: Type.Optional(Id) });
export const IdResult = Obj({ id: Id });
export const MaybeIdResult = Obj({ id: Nullable(Id) });
export const TermBody = Obj({
  number: Type.Integer({ minimum: 1, maximum: 1000 }),
  startsOn: DateStr,
  endsOn: DateStr,
});
export const DelegationBody = Obj({ orgId: Id, name: Name(100) });
export const ElectBody = Obj({
  delegates: Type.Array(Obj({ personId: Id, category: Category }), { minItems: 1, maxItems: 500 }),
  effectiveOn: EffectiveOn,
});
export const ElectResult = Obj({ ids: Type.Array(Id) });
export const ReplaceBody = Obj({
  reason: Name(200),
  personId: Type.Optional(Id),
  category: Type.Optional(Category),
  effectiveOn: EffectiveOn,
});
export const SessionBody = Obj({
  number: Type.Integer({ minimum: 1, maximum: 1000 }),
  title: Name(200),
  heldOn: DateStr,
  proposalsFrom: DateStr,
  proposalsUntil: DateStr,
});
const ProposalFields = {
  id: Id,
  sessionId: Id,
  congressId: Id,
  orgId: Id,
  orgName: Type.String(),
  orgPath: Type.String(),
  delegateId: Id,
  personId: Id,
  proposerName: Type.String(),
  title: Type.String(),
  body: Type.String(),
  status: ProposalStatus,
  filedOn: DateStr,
  decidedOn: Nullable(DateStr),
  decisionReason: Nullable(Type.String()),
  mergedInto: Nullable(Id),
  department: Nullable(Type.String()),
  assignedOn: Nullable(DateStr),
  dueOn: Nullable(DateStr),
  answer: Nullable(Type.String()),
  answeredOn: Nullable(DateStr),
  answers: Type.Integer(),
  rating: Nullable(Rating),
  firstRating: Nullable(Rating),
  ratedOn: Nullable(DateStr),
  cosigns: Type.Integer(),
  pledgeId: Nullable(Id),
};
export const ProposalListSchema = CappedList(Obj(ProposalFields), LIST_CAP.proposals);
export const ProposalDetailSchema = Obj({
  ...ProposalFields,
  sessionTitle: Type.String(),
  cosignMin: Type.Integer(),
  cosigners: Type.Array(Obj({ name: Type.String(), signedOn: DateStr })),
  mergedIntoTitle: Nullable(Type.String()),
});
const MotionSchema = Obj({
  id: Id,
  sessionId: Id,
  title: Type.String(),
  kind: MotionKind,
  status: StrEnum(['open', 'closed'] as const),
  openedOn: DateStr,
  closedOn: Nullable(DateStr),
  delegates: Nullable(Type.Integer()),
  present: Nullable(Type.Integer()),
  yes: Type.Integer(),
  no: Type.Integer(),
  abstain: Type.Integer(),
  result: Nullable(Result),
  ballots: Type.Integer(),
});
export const SessionDetailSchema = Obj({
  ...SessionFields,
  congressName: Type.String(),
  orgName: Type.String(),
  termStartsOn: DateStr,
  delegates: Type.Integer(),
  quorum: Type.Integer(),
  attendance: Type.Array(Id),
  proposals: Type.Array(Obj(ProposalFields)),
  motions: Type.Array(MotionSchema),
});
export const AttendanceBody = Obj({ delegateIds: Type.Array(Id, { maxItems: 5000 }) });
export const AttendanceResult = Obj({
  present: Type.Integer(),
  delegates: Type.Integer(),
  quorum: Type.Boolean(),
});
export const ProposalQuery = Obj({
  orgId: Type.Optional(Id),
  congressId: Type.Optional(Id),
  sessionId: Type.Optional(Id),
  status: Type.Optional(ProposalStatus),
});
export const ExamineBody = Obj({
  decision: StrEnum(['accept', 'reject', 'merge'] as const),
  reason: Type.Optional(Str(1000)),
  mergeInto: Type.Optional(Id),
  effectiveOn: EffectiveOn,
});
export const StatusResult = Obj({ status: ProposalStatus });
export const AssignBody = Obj({ department: Name(100), effectiveOn: EffectiveOn });
export const AssignResult = Obj({ dueOn: DateStr });
export const AnswerBody = Obj({ answer: Name(4000), effectiveOn: EffectiveOn });
export const PledgeBody = Obj({
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  category: StrEnum(['skills', 'conditions', 'relief', 'welfare', 'special_groups'] as const),
  budgetFen: Type.Integer({ minimum: 0, maximum: 1e13 }),
  department: Type.Optional(Name(100)),
  title: Type.Optional(Name(200)),
});
export const PledgeResult = Obj({ pledgeId: Id });
export const PledgeParams = Obj({ pledgeId: Id });
export const PledgeLinkSchema = Obj({
  id: Id,
  title: Type.String(),
  sessionTitle: Type.String(),
  congressId: Id,
});
export const MotionBody = Obj({ title: Name(200), kind: MotionKind });
export const CloseBody = Obj({ effectiveOn: EffectiveOn });
export const CloseResult = Obj({
  result: Result,
  delegates: Type.Integer(),
  present: Type.Integer(),
  yes: Type.Integer(),
  no: Type.Integer(),
  abstain: Type.Integer(),
});
const DisclosureFields = {
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  category: DisclosureCategory,
  title: Type.String(),
  body: Type.String(),
  publishedOn: DateStr,
  reads: Type.Integer(),
};
export const DisclosureBody = Obj({
  orgId: Id,
  category: DisclosureCategory,
  title: Name(200),
  body: Name(20000),
  effectiveOn: EffectiveOn,
});
export const DisclosureListSchema = CappedList(
  Obj({ ...DisclosureFields, orgPath: Type.String() }),
  LIST_CAP.disclosures,
);
export const DisclosureReadSchema = Obj({
  ...DisclosureFields,
  orgPath: Type.String(),
  read: Type.Boolean(),
});
export const StatsQuery = Obj({
  orgId: Type.Optional(Id),
  year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
  fromYear: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
  toYear: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
  ...PeriodFields,
});
const StatsRow = {
  congresses: Type.Integer(),
  heldOnTime: Type.Integer({
    description: 'congresses with a session in each year of the period they existed',
  }),
  sessions: Type.Integer(),
  filed: Type.Integer(),
  accepted: Type.Integer(),
  answered: Type.Integer(),
  answeredInTime: Type.Integer(),
  rated: Type.Integer(),
  satisfied: Type.Integer(),
  basic: Type.Integer(),
  dissatisfied: Type.Integer(),
  disclosures: Type.Integer(),
};
export const StatsSchema = Obj({
  ...PeriodAnswer,
  orgName: Type.String(),
  years: Type.Array(Obj({ year: Type.Integer(), ...StatsRow })),
  unions: Type.Array(Obj({ orgId: Nullable(Id), orgName: Type.String(), own: Type.Boolean(), ...StatsRow })),
  total: Obj(StatsRow),
});
export const FileBody = Obj({ sessionId: Id, title: Name(200), body: Name(4000) });
export const CosignResult = Obj({ cosigns: Type.Integer() });
export const RateBody = Obj({ rating: Rating });
export const VoteBody = Obj({ choice: Choice });
export const MineSchema = Obj({
  congresses: Type.Array(
    Obj({
      id: Id,
      name: Type.String(),
      orgName: Type.String(),
      kind: Kind,
      cosignMin: Type.Integer(),
      termNumber: Type.Integer(),
      seat: Nullable(Obj({ delegateId: Id, delegation: Type.String(), present: Type.Boolean() })),
      session: Nullable(
        Obj({
          id: Id,
          number: Type.Integer(),
          title: Type.String(),
          heldOn: DateStr,
          proposalsFrom: DateStr,
          proposalsUntil: DateStr,
          open: Type.Boolean(),
        }),
      ),
      proposals: Type.Array(
        Obj({
          id: Id,
          title: Type.String(),
          body: Type.String(),
          proposerName: Type.String(),
          status: ProposalStatus,
          cosigns: Type.Integer(),
          mine: Type.Boolean(),
          cosigned: Type.Boolean(),
          department: Nullable(Type.String()),
          dueOn: Nullable(DateStr),
          answer: Nullable(Type.String()),
          answeredOn: Nullable(DateStr),
          answers: Type.Integer(),
          rating: Nullable(Rating),
          decisionReason: Nullable(Type.String()),
          pledgeId: Nullable(Id),
        }),
        { description: `the session's proposals, for a delegate: at most the latest ${LIST_CAP.proposals}` },
      ),
      proposalsTotal: Type.Integer({
        minimum: 0,
        description: "how many of the session's proposals there are in all; more than listed when cut",
      }),
      motions: Type.Array(
        Obj({
          id: Id,
          title: Type.String(),
          kind: MotionKind,
          status: StrEnum(['open', 'closed'] as const),
          result: Nullable(Result),
          yes: Type.Integer(),
          no: Type.Integer(),
          abstain: Type.Integer(),
          delegates: Nullable(Type.Integer()),
          present: Nullable(Type.Integer()),
          myVote: Nullable(Choice),
        }),
      ),
    }),
  ),
  disclosures: Type.Array(Obj({ ...DisclosureFields, read: Type.Boolean() }), {
    description: `at most the latest ${LIST_CAP.disclosuresForMember}`,
  }),
  disclosuresTotal: Type.Integer({ minimum: 0, description: 'how many disclosures there are in all' }),
});
