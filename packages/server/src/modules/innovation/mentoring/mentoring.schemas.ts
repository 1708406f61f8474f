import { Type } from 'typebox';
import * as S from '../../../http/schema.ts';
import { SESSION_KINDS } from '../innovation.vocabulary.ts';
import { MENTORING_CAP } from './mentoring.repository.ts';

const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const ApprenticeKind = S.StrEnum(['professional', 'skilled'] as const, {
  description: 'professional: 专业技术人员; skilled: 技能人才',
});
const PairStatus = S.StrEnum(['invited', 'accepted', 'declined'] as const);
const SessionKind = S.StrEnum(SESSION_KINDS, {
  description: 'training 培训, on_site 现场指导, exchange 交流研讨, other 其他',
});

/** A mentoring session as the lists show it. */
const SessionFields = {
  id: Type.Integer(),
  heldOn: Type.String(),
  hours: Type.Number(),
  kind: SessionKind,
  topic: Type.String(),
};

export const InviteBody = S.Obj({
  studioId: S.Id,
  apprenticePersonId: S.Id,
  apprenticeKind: ApprenticeKind,
  year: Type.Optional(Year),
  effectiveOn: S.EffectiveOn,
});

export const InviteResult = S.Obj({
  id: Type.Integer(),
  status: Type.Literal('invited'),
  year: Type.Integer(),
});

export const AnswerResult = S.Obj({ id: Type.Integer(), status: PairStatus });

export const SessionBody = S.Obj({
  studioId: S.Id,
  heldOn: S.DateStr,
  // more than 0 in half hours: at least 0.5 (a numeric exclusiveMinimum is not OpenAPI 3.0)
  hours: Type.Number({ minimum: 0.5, maximum: 24, multipleOf: 0.5 }),
  kind: SessionKind,
  topic: S.Name(100),
  pairIds: Type.Array(S.Id, { minItems: 1, maxItems: 4, description: 'The attending apprentices (pairs)' }),
});

export const SessionCreated = S.Obj({
  id: Type.Integer(),
  heldOn: Type.String(),
  pairIds: Type.Array(Type.Integer()),
});

export const ConfirmResult = S.Obj({ id: Type.Integer(), confirmed: Type.Literal(true) });

export const YearQuery = S.Obj({ year: Type.Optional(Year) });
export const MentoringQuery = S.Obj({ year: Type.Optional(Year), orgId: Type.Optional(S.Id) });
export const ProposalBody = S.Obj({
  year: Year,
  appliedOn: Type.Optional(S.DateStr),
});

const MasterYear = S.Obj({
  studioId: Type.Integer(),
  studioName: Type.String(),
  level: Type.String(),
  orgId: Type.Integer(),
  unionName: Type.String(),
  masterPersonId: Type.Integer(),
  masterName: Type.String(),
  year: Type.Integer(),
  expected: Type.Integer({ description: 'Confirmed sessions due by today (0 before 1 July)' }),
  pairs: Type.Array(
    S.Obj({
      id: Type.Integer(),
      apprenticePersonId: Type.Integer(),
      apprenticeName: Type.String(),
      apprenticeKind: ApprenticeKind,
      status: PairStatus,
      invitedOn: Type.String(),
      confirmed: Type.Integer(),
      attended: Type.Integer(),
      behind: Type.Boolean(),
    }),
  ),
  fewApprentices: Type.Boolean(),
  behindPairs: Type.Integer(),
  qualifies: Type.Boolean(),
});

export const MentoringList = S.Obj({
  year: Type.Integer(),
  sessionsAYear: Type.Integer(),
  items: Type.Array(MasterYear, { description: `at most the first ${MENTORING_CAP.masters}` }),
  total: Type.Integer({
    minimum: 0,
    description: 'how many masters there are in all; more than the items when the list was cut',
  }),
  flagged: Type.Integer({ description: 'how many of the masters listed are flagged' }),
});

export const StudioMentoring = S.Obj({
  studio: S.Obj({
    id: Type.Integer(),
    name: Type.String(),
    level: Type.String(),
    leaderName: S.Nullable(Type.String()),
    eligible: Type.Boolean({ description: 'City level or above with a leader: the leader may be a master' }),
  }),
  year: Type.Integer(),
  master: S.Nullable(MasterYear),
  sessions: Type.Array(
    S.Obj({
      ...SessionFields,
      attendees: Type.Integer(),
      confirmed: Type.Integer(),
    }),
  ),
});

export const MyMentoring = S.Obj({
  pairs: Type.Array(
    S.Obj({
      id: Type.Integer(),
      year: Type.Integer(),
      status: PairStatus,
      apprenticeKind: ApprenticeKind,
      invitedOn: Type.String(),
      studioName: Type.String(),
      masterName: Type.String(),
      unionName: Type.String(),
    }),
  ),
  sessions: Type.Array(
    S.Obj({
      ...SessionFields,
      masterName: Type.String(),
      confirmed: Type.Boolean(),
    }),
    { description: `at most the latest ${MENTORING_CAP.apprenticeSessions}` },
  ),
  sessionsTotal: Type.Integer({ minimum: 0, description: 'how many sessions there are in all' }),
});

const Bilingual = S.Obj({ zh: Type.String(), en: Type.String() });

export const ProposalResult = S.Obj({
  programId: Type.Integer(),
  programName: Type.String(),
  qualifying: Type.Integer(),
  created: Type.Integer(),
  skipped: Type.Integer(),
  refused: Type.Array(S.Obj({ personId: Type.Integer(), message: Bilingual })),
});
