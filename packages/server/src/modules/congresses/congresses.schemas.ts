import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { CATEGORIES as PLEDGE_CATEGORIES } from '../pledges/pledges.vocabulary.ts';
import { LIST_CAP } from './congresses.repository.ts';
import {
  DELEGATE_CATEGORIES,
  DISCLOSURE_CATEGORIES,
  MOTION_KINDS,
  PROPOSAL_FILTERS,
  PROPOSAL_STATUSES,
  RATINGS,
} from './congresses.vocabulary.ts';

const Pct = Type.Integer({ minimum: 0, maximum: 100 });
export const Kind = S.StrEnum(['congress', 'assembly'] as const);
const Category = S.StrEnum(DELEGATE_CATEGORIES);
export const ProposalStatus = S.StrEnum(PROPOSAL_STATUSES);
export const Rating = S.StrEnum(RATINGS);
export const MotionKind = S.StrEnum(MOTION_KINDS);
export const Choice = S.StrEnum(['yes', 'no', 'abstain'] as const);
export const Result = S.StrEnum(['passed', 'failed', 'no_quorum'] as const);
const DisclosureCategory = S.StrEnum(DISCLOSURE_CATEGORIES);

const SettingsFields = {
  frontlineMinPct: Pct,
  managerMaxPct: Pct,
  cosignMin: Type.Integer({ minimum: 0, maximum: 50 }),
  answerDays: Type.Integer({ minimum: 1, maximum: 250 }),
};
export const SettingsBody = S.Obj(SettingsFields);
export const CongressBody = S.Obj({
  orgId: S.Id,
  name: S.Name(100),
  kind: Type.Optional(Kind),
  frontlineMinPct: Type.Optional(Pct),
  managerMaxPct: Type.Optional(Pct),
  cosignMin: Type.Optional(SettingsFields.cosignMin),
  answerDays: Type.Optional(SettingsFields.answerDays),
});
const CongressFields = {
  id: S.Id,
  orgId: S.Id,
  orgName: Type.String(),
  orgPath: Type.String(),
  name: Type.String(),
  kind: Kind,
  ...SettingsFields,
};
export const CongressListSchema = Type.Array(
  S.Obj({
    ...CongressFields,
    termNumber: S.Nullable(Type.Integer()),
    delegates: Type.Integer(),
    lastHeldOn: S.Nullable(S.DateStr),
  }),
);
const TermSchema = S.Obj({
  id: S.Id,
  congressId: S.Id,
  number: Type.Integer(),
  startsOn: S.DateStr,
  endsOn: S.DateStr,
});
const SessionFields = {
  id: S.Id,
  termId: S.Id,
  termNumber: Type.Integer(),
  congressId: S.Id,
  number: Type.Integer(),
  title: Type.String(),
  heldOn: S.DateStr,
  proposalsFrom: S.DateStr,
  proposalsUntil: S.DateStr,
  present: Type.Integer(),
};
export const CongressDetailSchema = S.Obj({
  ...CongressFields,
  terms: Type.Array(TermSchema),
  termId: S.Nullable(S.Id),
  delegations: Type.Array(
    S.Obj({
      id: S.Id,
      termId: S.Id,
      orgId: S.Id,
      orgName: Type.String(),
      orgPath: Type.String(),
      name: Type.String(),
    }),
  ),
  delegates: Type.Array(
    S.Obj({
      id: S.Id,
      termId: S.Id,
      delegationId: S.Id,
      personId: S.Id,
      name: Type.String(),
      orgId: S.Id,
      orgName: Type.String(),
      category: Category,
      isFemale: Type.Boolean(),
      electedOn: S.DateStr,
      endedOn: S.Nullable(S.DateStr),
      endReason: S.Nullable(Type.String()),
      replacedBy: S.Nullable(S.Id),
      replaces: S.Nullable(S.Id),
    }),
  ),
  proportions: S.Obj({
    total: Type.Integer(),
    frontline: Type.Integer(),
    managers: Type.Integer(),
    women: Type.Integer(),
    frontlinePct: Type.Number(),
    managerPct: Type.Number(),
    womenPct: Type.Number(),
    workforceWomenPct: S.Nullable(Type.Number()),
    warnings: Type.Array(S.Obj({ code: Type.String(), zh: Type.String(), en: Type.String() })),
  }),
  sessions: Type.Array(S.Obj(SessionFields)),
});
export const CongressQuery = S.Obj({ termId: Type.Optional(S.Id) });
export const OrgQuery = S.Obj({ orgId: Type.Optional(S.Id) });
export const IdResult = S.Obj({ id: S.Id });
export const MaybeIdResult = S.Obj({ id: S.Nullable(S.Id) });
/** What the congresses' register did (or, on a dry run, would do): sessions added, congresses and terms it set up. */
export const CongressImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  congresses: Type.Integer({ description: 'congresses set up for unions that had none' }),
  terms: Type.Integer({ description: 'terms added' }),
});
export const TermBody = S.Obj({
  number: Type.Integer({ minimum: 1, maximum: 1000 }),
  startsOn: S.DateStr,
  endsOn: S.DateStr,
});
export const DelegationBody = S.Obj({ orgId: S.Id, name: S.Name(100) });
export const ElectBody = S.Obj({
  delegates: Type.Array(S.Obj({ personId: S.Id, category: Category }), { minItems: 1, maxItems: 500 }),
  effectiveOn: S.EffectiveOn,
});
export const ElectResult = S.Obj({ ids: Type.Array(S.Id) });
export const ReplaceBody = S.Obj({
  reason: S.Name(200),
  personId: Type.Optional(S.Id),
  category: Type.Optional(Category),
  effectiveOn: S.EffectiveOn,
});
export const SessionBody = S.Obj({
  number: Type.Integer({ minimum: 1, maximum: 1000 }),
  title: S.Name(200),
  heldOn: S.DateStr,
  proposalsFrom: S.DateStr,
  proposalsUntil: S.DateStr,
});
const ProposalFields = {
  id: S.Id,
  sessionId: S.Id,
  congressId: S.Id,
  orgId: S.Id,
  orgName: Type.String(),
  orgPath: Type.String(),
  delegateId: S.Id,
  personId: S.Id,
  proposerName: Type.String(),
  title: Type.String(),
  body: Type.String(),
  status: ProposalStatus,
  filedOn: S.DateStr,
  decidedOn: S.Nullable(S.DateStr),
  decisionReason: S.Nullable(Type.String()),
  mergedInto: S.Nullable(S.Id),
  department: S.Nullable(Type.String()),
  assignedOn: S.Nullable(S.DateStr),
  dueOn: S.Nullable(S.DateStr),
  answer: S.Nullable(Type.String()),
  answeredOn: S.Nullable(S.DateStr),
  answers: Type.Integer(),
  rating: S.Nullable(Rating),
  firstRating: S.Nullable(Rating),
  ratedOn: S.Nullable(S.DateStr),
  cosigns: Type.Integer(),
  pledgeId: S.Nullable(S.Id),
  opinion: Type.Boolean({
    description: 'made an opinion (转为意见建议): answered, adopted or not, never rated',
  }),
  adopted: S.Nullable(Type.Boolean()),
};
export const ProposalListSchema = S.CappedList(S.Obj(ProposalFields), LIST_CAP.proposals);
export const ProposalDetailSchema = S.Obj({
  ...ProposalFields,
  sessionTitle: Type.String(),
  cosignMin: Type.Integer(),
  cosigners: Type.Array(S.Obj({ name: Type.String(), signedOn: S.DateStr })),
  mergedIntoTitle: S.Nullable(Type.String()),
});
/** A result's rule, said once (congresses.quorum.ts): the 赞成 votes needed of ALL delegates, and the words. */
export const MotionRuleFields = {
  majority: S.Nullable(
    Type.Integer({ description: 'the for-votes a carried motion needs: over half of ALL delegates' }),
  ),
  resultText: S.Nullable(
    S.Obj(
      { zh: Type.String(), en: Type.String() },
      {
        description:
          'the result with its rule, e.g. 赞成15票，未达到全体代表（30人）的过半数（16票），未通过',
      },
    ),
  ),
};
export const MotionSchema = S.Obj({
  id: S.Id,
  sessionId: S.Id,
  title: Type.String(),
  kind: MotionKind,
  status: S.StrEnum(['open', 'closed'] as const),
  openedOn: S.DateStr,
  closedOn: S.Nullable(S.DateStr),
  delegates: S.Nullable(Type.Integer()),
  present: S.Nullable(Type.Integer()),
  yes: Type.Integer(),
  no: Type.Integer(),
  abstain: Type.Integer(),
  result: S.Nullable(Result),
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
export const SessionDetailSchema = S.Obj({
  ...SessionFields,
  congressName: Type.String(),
  orgName: Type.String(),
  termStartsOn: S.DateStr,
  ...QuorumFields,
  attendance: Type.Array(S.Id),
  proposals: Type.Array(S.Obj(ProposalFields)),
  motions: Type.Array(MotionSchema),
});
export const AttendanceBody = S.Obj({ delegateIds: Type.Array(S.Id, { maxItems: 5000 }) });
export const AttendanceResult = S.Obj({
  present: Type.Integer(),
  delegates: Type.Integer(),
  quorum: Type.Boolean(),
});
export const ProposalQuery = S.Obj({
  orgId: Type.Optional(S.Id),
  congressId: Type.Optional(S.Id),
  sessionId: Type.Optional(S.Id),
  status: Type.Optional(
    S.StrEnum(PROPOSAL_FILTERS, {
      description:
        'One status, or to_assign: those waiting to be assigned (accepted proposals and opinions, 待交办)',
    }),
  ),
});
export const ExamineBody = S.Obj({
  decision: S.StrEnum(['accept', 'reject', 'merge', 'opinion'] as const, {
    description: 'accept (立案), reject (不立案, with a reason), merge (并案), or opinion (转为意见建议)',
  }),
  reason: Type.Optional(S.Str(1000)),
  mergeInto: Type.Optional(S.Id),
  effectiveOn: S.EffectiveOn,
});
export const StatusResult = S.Obj({ status: ProposalStatus });
export const AssignBody = S.Obj({ department: S.Name(100), effectiveOn: S.EffectiveOn });
export const AssignResult = S.Obj({ dueOn: S.DateStr });
export const AnswerBody = S.Obj({
  answer: S.Name(4000),
  adopted: Type.Optional(
    Type.Boolean({ description: "an opinion's answer: adopted (采纳) or not; required for an opinion" }),
  ),
  effectiveOn: S.EffectiveOn,
});
export const PledgeBody = S.Obj({
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  category: S.StrEnum(PLEDGE_CATEGORIES),
  budgetFen: Type.Integer({ minimum: 0, maximum: 1e13 }),
  department: Type.Optional(S.Name(100)),
  title: Type.Optional(S.Name(200)),
  effectiveOn: S.EffectiveOn,
});
export const PledgeResult = S.Obj({ pledgeId: S.Id });
export const PledgeParams = S.Obj({ pledgeId: S.Id });
export const PledgeLinkSchema = S.Obj({
  id: S.Id,
  title: Type.String(),
  sessionTitle: Type.String(),
  congressId: S.Id,
});
export const MotionBody = S.Obj({ title: S.Name(200), kind: MotionKind });
export const CloseBody = S.Obj({ effectiveOn: S.EffectiveOn });
export const CloseResult = S.Obj({
  result: Result,
  delegates: Type.Integer(),
  present: Type.Integer(),
  yes: Type.Integer(),
  no: Type.Integer(),
  abstain: Type.Integer(),
  ...MotionRuleFields,
});
export const DisclosureFields = {
  id: S.Id,
  orgId: S.Id,
  orgName: Type.String(),
  category: DisclosureCategory,
  title: Type.String(),
  body: Type.String(),
  publishedOn: S.DateStr,
  reads: Type.Integer(),
};
export const DisclosureBody = S.Obj({
  orgId: S.Id,
  category: DisclosureCategory,
  title: S.Name(200),
  body: S.Name(20000),
  effectiveOn: S.EffectiveOn,
});
export const DisclosureListSchema = S.CappedList(
  S.Obj({ ...DisclosureFields, orgPath: Type.String() }),
  LIST_CAP.disclosures,
);
export const DisclosureReadSchema = S.Obj({
  ...DisclosureFields,
  orgPath: Type.String(),
  read: Type.Boolean(),
});
