import { Type } from 'typebox';
import {
  CappedList,
  DateStr,
  EffectiveOn,
  Id,
  Name,
  Nullable,
  Obj,
  Str,
  StrEnum,
} from '../../http/schema.ts';
import { LIST_CAP } from './congresses.repository.ts';

const Pct = Type.Integer({ minimum: 0, maximum: 100 });
export const Kind = StrEnum(['congress', 'assembly'] as const);
const Category = StrEnum(['frontline', 'technician', 'manager', 'other'] as const);
export const ProposalStatus = StrEnum([
  'filed',
  'accepted',
  'rejected',
  'merged',
  'opinion',
  'assigned',
  'answered',
  'closed',
] as const);
export const Rating = StrEnum(['satisfied', 'basic', 'dissatisfied'] as const);
export const MotionKind = StrEnum(['resolution', 'agreement', 'welfare', 'other'] as const);
export const Choice = StrEnum(['yes', 'no', 'abstain'] as const);
export const Result = StrEnum(['passed', 'failed', 'no_quorum'] as const);
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
  opinion: Type.Boolean({
    description: 'made an opinion (转为意见建议): answered, adopted or not, never rated',
  }),
  adopted: Nullable(Type.Boolean()),
};
export const ProposalListSchema = CappedList(Obj(ProposalFields), LIST_CAP.proposals);
export const ProposalDetailSchema = Obj({
  ...ProposalFields,
  sessionTitle: Type.String(),
  cosignMin: Type.Integer(),
  cosigners: Type.Array(Obj({ name: Type.String(), signedOn: DateStr })),
  mergedIntoTitle: Nullable(Type.String()),
});
/** A result's rule, said once (congresses.quorum.ts): the 赞成 votes needed of ALL delegates, and the words. */
export const MotionRuleFields = {
  majority: Nullable(
    Type.Integer({ description: 'the for-votes a carried motion needs: over half of ALL delegates' }),
  ),
  resultText: Nullable(
    Obj(
      { zh: Type.String(), en: Type.String() },
      {
        description:
          'the result with its rule, e.g. 赞成15票，未达到全体代表（30人）的过半数（16票），未通过',
      },
    ),
  ),
};
export const MotionSchema = Obj({
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
  ...MotionRuleFields,
});
/** Where a session stands against its quorum: two thirds of ALL delegates seated on its day. */
export const QuorumFields = {
  delegates: Type.Integer({ description: 'delegates seated on the session day' }),
  present: Type.Integer(),
  quorum: Type.Integer({ description: 'delegates who must be present: two thirds of all, rounded up' }),
  quorumMet: Type.Boolean({ description: 'whether votes may be opened and cast' }),
};
export const SessionDetailSchema = Obj({
  ...SessionFields,
  congressName: Type.String(),
  orgName: Type.String(),
  termStartsOn: DateStr,
  ...QuorumFields,
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
  decision: StrEnum(['accept', 'reject', 'merge', 'opinion'] as const, {
    description: 'accept (立案), reject (不立案, with a reason), merge (并案), or opinion (转为意见建议)',
  }),
  reason: Type.Optional(Str(1000)),
  mergeInto: Type.Optional(Id),
  effectiveOn: EffectiveOn,
});
export const StatusResult = Obj({ status: ProposalStatus });
export const AssignBody = Obj({ department: Name(100), effectiveOn: EffectiveOn });
export const AssignResult = Obj({ dueOn: DateStr });
export const AnswerBody = Obj({
  answer: Name(4000),
  adopted: Type.Optional(
    Type.Boolean({ description: "an opinion's answer: adopted (采纳) or not; required for an opinion" }),
  ),
  effectiveOn: EffectiveOn,
});
export const PledgeBody = Obj({
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  category: StrEnum(['skills', 'conditions', 'relief', 'welfare', 'special_groups'] as const),
  budgetFen: Type.Integer({ minimum: 0, maximum: 1e13 }),
  department: Type.Optional(Name(100)),
  title: Type.Optional(Name(200)),
  effectiveOn: EffectiveOn,
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
  ...MotionRuleFields,
});
export const DisclosureFields = {
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
