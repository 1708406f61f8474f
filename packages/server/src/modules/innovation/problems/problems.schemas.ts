import { Type } from 'typebox';
import * as S from '../../../http/schema.ts';
import { PROBLEM_STATUSES, STUDIO_LEVELS } from '../innovation.vocabulary.ts';
import { FEED_CAP } from './problems.match.repository.ts';

export const ProblemStatusSchema = S.StrEnum(PROBLEM_STATUSES);
const StudioLevel = S.StrEnum(STUDIO_LEVELS);

export const ProblemBody = S.Obj({
  orgId: S.Id,
  title: S.Name(100),
  description: S.Str(4000, { minLength: 1, pattern: '\\S' }),
  industry: Type.Optional(S.Str(50)),
  region: Type.Optional(S.Str(50)),
  poster: S.Name(100, { description: 'The enterprise or union that posts the problem' }),
  fundingFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000_000, description: 'fen' })),
  deadline: Type.Optional(S.DateStr),
  effectiveOn: S.EffectiveOn,
});

export const ProblemQuery = S.Obj({
  status: Type.Optional(ProblemStatusSchema),
  q: Type.Optional(S.Str(50)),
  ...S.Page,
});

const ProblemFields = {
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  title: Type.String(),
  description: Type.String(),
  industry: S.Nullable(Type.String()),
  region: S.Nullable(Type.String()),
  poster: Type.String(),
  source: S.StrEnum(['staff', 'public'] as const, {
    description: 'public: posted by an enterprise on the public page',
  }),
  fundingFen: S.Nullable(Type.Integer({ description: 'fen; null where the posting gave none' })),
  deadline: S.Nullable(Type.String()),
  status: ProblemStatusSchema,
  reviewNote: S.Nullable(Type.String()),
  publishedOn: S.Nullable(Type.String()),
  rejectedOn: S.Nullable(Type.String({ description: 'The day it was sent back, while it stands rejected' })),
  claimedOn: S.Nullable(Type.String()),
  outcome: S.Nullable(Type.String()),
  closedOn: S.Nullable(Type.String()),
  achievementId: S.Nullable(Type.Integer()),
  createdAt: Type.String(),
};

export const ProblemSchema = S.Obj(ProblemFields);

export const ProblemList = S.PagedList(S.Obj({ ...ProblemFields, teamSize: Type.Integer() }));

export const ProblemDetail = S.Obj({
  ...ProblemFields,
  canReview: Type.Boolean(),
  contactName: S.Nullable(
    Type.String({ description: "The public poster's contact; only the receiving union sees it" }),
  ),
  contactPhone: S.Nullable(Type.String()),
  team: Type.Array(
    S.Obj({
      studioId: Type.Integer(),
      name: Type.String(),
      orgId: S.Nullable(Type.Integer()),
      unionName: Type.String(),
      role: S.StrEnum(['lead', 'partner'] as const),
      mine: Type.Boolean(),
    }),
  ),
  milestones: Type.Array(
    S.Obj({ id: Type.Integer(), reachedOn: Type.String(), title: Type.String(), note: Type.String() }),
  ),
});

export const RejectBody = S.Obj({
  reason: S.Str(500, { minLength: 1, pattern: '\\S' }),
  effectiveOn: S.EffectiveOn,
});
/** The day a problem was published (ADR 40); no body means today. */
export const PublishBody = S.Obj({ effectiveOn: S.EffectiveOn });

export const ClaimBody = S.Obj({
  leadStudioId: S.Id,
  partnerStudioIds: Type.Optional(Type.Array(S.Id, { maxItems: 9, description: 'Partners of a joint team' })),
  effectiveOn: S.EffectiveOn,
});

export const ClaimResult = S.Obj({
  id: Type.Integer(),
  status: Type.Literal('claimed'),
  claimedOn: Type.String(),
  team: Type.Array(Type.Integer()),
});

export const MilestoneBody = S.Obj({
  reachedOn: S.DateStr,
  title: S.Name(100),
  note: Type.Optional(S.Str(1000)),
});

export const MilestoneSchema = S.Obj({
  id: Type.Integer(),
  reachedOn: Type.String(),
  title: Type.String(),
  note: Type.String(),
});

export const CloseBody = S.Obj({
  closedOn: Type.Optional(S.DateStr),
  outcome: S.Str(4000, { minLength: 1, pattern: '\\S' }),
  achievementTitle: Type.Optional(S.Name(100)),
});

export const CloseResult = S.Obj({
  id: Type.Integer(),
  status: Type.Literal('closed'),
  closedOn: Type.String(),
  achievementId: Type.Integer(),
});

export const MatchList = S.Obj({
  words: Type.Array(Type.String(), { description: 'The problem words matched against achievements' }),
  items: Type.Array(
    S.Obj({
      studioId: Type.Integer(),
      name: Type.String(),
      unionName: Type.String(),
      industry: S.Nullable(Type.String()),
      score: Type.Number(),
      words: Type.Array(Type.String(), { description: 'The problem words found in the studio achievements' }),
      achievements: Type.Integer({ description: 'Achievements of the studio that matched' }),
    }),
  ),
});

export const StudioFeed = S.Obj({
  studio: S.Obj({ id: Type.Integer(), name: Type.String(), inAlliance: Type.Boolean() }),
  items: Type.Array(
    S.Obj({
      id: Type.Integer(),
      title: Type.String(),
      industry: S.Nullable(Type.String()),
      region: S.Nullable(Type.String()),
      poster: Type.String(),
      fundingFen: S.Nullable(Type.Integer()),
      deadline: S.Nullable(Type.String()),
      unionName: Type.String(),
      score: Type.Number(),
      words: Type.Array(Type.String()),
    }),
    { description: `the best ${FEED_CAP} matches at most` },
  ),
  total: Type.Integer({
    minimum: 0,
    description: 'how many open problems match in all; more than the items when only the best are listed',
  }),
});

const StudioBriefFields = {
  id: Type.Integer(),
  name: Type.String(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  level: StudioLevel,
  status: Type.String(),
  field: S.Nullable(Type.String()),
  industry: S.Nullable(Type.String()),
  leaderPersonId: S.Nullable(Type.Integer()),
  leaderName: S.Nullable(Type.String()),
  inAlliance: Type.Boolean(),
};

export const StudioBriefSchema = S.Obj(StudioBriefFields);
export const StudioBriefList = S.Obj({ items: Type.Array(StudioBriefSchema) });

export const AllianceQuery = S.Obj({ industry: Type.Optional(S.Str(50)) });

export const AllianceList = S.Obj({
  items: Type.Array(
    S.Obj({
      id: Type.Integer(),
      name: Type.String(),
      unionName: Type.String(),
      level: StudioLevel,
      field: S.Nullable(Type.String()),
      industry: S.Nullable(Type.String()),
      joinedOn: Type.String(),
    }),
  ),
});

export const StudioIdBody = S.Obj({
  studioId: S.Id,
  joinedOn: Type.Optional(S.DateStr),
});
/** The day a studio left the alliance (ADR 40); no body means today. */
export const LeaveBody = S.Obj({ effectiveOn: S.EffectiveOn });

export const PublicProblemBody = S.Obj({
  orgId: S.Id,
  poster: S.Name(100, { description: 'The enterprise posting the problem' }),
  contactName: S.Name(50),
  contactPhone: S.Str(11, { minLength: 11, pattern: '^\\d{11}$' }),
  title: S.Name(100),
  description: S.Str(2000, { minLength: 1, pattern: '\\S' }),
  industry: Type.Optional(S.Str(50)),
  region: Type.Optional(S.Str(50)),
  fundingFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000_000 })),
  deadline: Type.Optional(S.DateStr),
});

export const PublicProblemCreated = S.Obj({
  id: Type.Integer(),
  status: Type.Literal('submitted'),
  orgName: Type.String(),
});

export const ReceivingUnions = S.Obj({
  items: Type.Array(S.Obj({ id: Type.Integer(), name: Type.String() })),
});
