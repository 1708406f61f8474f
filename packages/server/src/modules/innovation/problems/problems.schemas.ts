import { Type } from 'typebox';
import { DateStr, EffectiveOn, Id, Name, Nullable, Obj, Page, Str, StrEnum } from '../../../http/schema.ts';
import { FEED_CAP } from './problems.match.repository.ts';

export const ProblemStatusSchema = StrEnum([
  'submitted',
  'published',
  'rejected',
  'claimed',
  'closed',
] as const);
const StudioLevel = StrEnum(['grassroots', 'district', 'city', 'city_demonstration', 'national'] as const);

export const ProblemBody = Obj({
  orgId: Id,
  title: Name(100),
  description: Str(4000, { minLength: 1, pattern: '\\S' }),
  industry: Type.Optional(Str(50)),
  region: Type.Optional(Str(50)),
  poster: Name(100, { description: 'The enterprise or union that posts the problem' }),
  fundingFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000_000, description: 'fen' })),
  deadline: Type.Optional(DateStr),
  effectiveOn: EffectiveOn,
});

export const ProblemQuery = Obj({
  status: Type.Optional(ProblemStatusSchema),
  q: Type.Optional(Str(50)),
  ...Page,
});

const ProblemFields = {
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  title: Type.String(),
  description: Type.String(),
  industry: Nullable(Type.String()),
  region: Nullable(Type.String()),
  poster: Type.String(),
  source: StrEnum(['staff', 'public'] as const, {
    description: 'public: posted by an enterprise on the public page',
  }),
  fundingFen: Type.Integer(),
  deadline: Nullable(Type.String()),
  status: ProblemStatusSchema,
  reviewNote: Nullable(Type.String()),
  publishedOn: Nullable(Type.String()),
  claimedOn: Nullable(Type.String()),
  outcome: Nullable(Type.String()),
  closedOn: Nullable(Type.String()),
  achievementId: Nullable(Type.Integer()),
  createdAt: Type.String(),
};

export const ProblemSchema = Obj(ProblemFields);

export const ProblemList = Obj({
  items: Type.Array(Obj({ ...ProblemFields, teamSize: Type.Integer() })),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const ProblemDetail = Obj({
  ...ProblemFields,
  canReview: Type.Boolean(),
  contactName: Nullable(
    Type.String({ description: "The public poster's contact; only the receiving union sees it" }),
  ),
  contactPhone: Nullable(Type.String()),
  team: Type.Array(
    Obj({
      studioId: Type.Integer(),
      name: Type.String(),
      orgId: Nullable(Type.Integer()),
      unionName: Type.String(),
      role: StrEnum(['lead', 'partner'] as const),
      mine: Type.Boolean(),
    }),
  ),
  milestones: Type.Array(
    Obj({ id: Type.Integer(), reachedOn: Type.String(), title: Type.String(), note: Type.String() }),
  ),
});

export const RejectBody = Obj({
  reason: Str(500, { minLength: 1, pattern: '\\S' }),
  effectiveOn: EffectiveOn,
});
/** The day a problem was published (ADR 40); no body means today. */
export const PublishBody = Obj({ effectiveOn: EffectiveOn });

export const ClaimBody = Obj({
  leadStudioId: Id,
  partnerStudioIds: Type.Optional(Type.Array(Id, { maxItems: 9, description: 'Partners of a joint team' })),
  effectiveOn: EffectiveOn,
});

export const ClaimResult = Obj({
  id: Type.Integer(),
  status: Type.Literal('claimed'),
  claimedOn: Type.String(),
  team: Type.Array(Type.Integer()),
});

export const MilestoneBody = Obj({ reachedOn: DateStr, title: Name(100), note: Type.Optional(Str(1000)) });

export const MilestoneSchema = Obj({
  id: Type.Integer(),
  reachedOn: Type.String(),
  title: Type.String(),
  note: Type.String(),
});

export const CloseBody = Obj({
  closedOn: Type.Optional(DateStr),
  outcome: Str(4000, { minLength: 1, pattern: '\\S' }),
  achievementTitle: Type.Optional(Name(100)),
});

export const CloseResult = Obj({
  id: Type.Integer(),
  status: Type.Literal('closed'),
  closedOn: Type.String(),
  achievementId: Type.Integer(),
});

export const MatchList = Obj({
  words: Type.Array(Type.String(), { description: 'The problem words matched against achievements' }),
  items: Type.Array(
    Obj({
      studioId: Type.Integer(),
      name: Type.String(),
      unionName: Type.String(),
      industry: Nullable(Type.String()),
      score: Type.Number(),
      words: Type.Array(Type.String(), { description: 'The problem words found in the studio achievements' }),
      achievements: Type.Integer({ description: 'Achievements of the studio that matched' }),
    }),
  ),
});

export const StudioFeed = Obj({
  studio: Obj({ id: Type.Integer(), name: Type.String(), inAlliance: Type.Boolean() }),
  items: Type.Array(
    Obj({
      id: Type.Integer(),
      title: Type.String(),
      industry: Nullable(Type.String()),
      region: Nullable(Type.String()),
      poster: Type.String(),
      fundingFen: Type.Integer(),
      deadline: Nullable(Type.String()),
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
  field: Nullable(Type.String()),
  industry: Nullable(Type.String()),
  leaderPersonId: Nullable(Type.Integer()),
  leaderName: Nullable(Type.String()),
  inAlliance: Type.Boolean(),
};

export const StudioBriefSchema = Obj(StudioBriefFields);
export const StudioBriefList = Obj({ items: Type.Array(StudioBriefSchema) });

export const AllianceQuery = Obj({ industry: Type.Optional(Str(50)) });

export const AllianceList = Obj({
  items: Type.Array(
    Obj({
      id: Type.Integer(),
      name: Type.String(),
      unionName: Type.String(),
      level: StudioLevel,
      field: Nullable(Type.String()),
      industry: Nullable(Type.String()),
      joinedOn: Type.String(),
    }),
  ),
});

export const StudioIdBody = Obj({
  studioId: Id,
  joinedOn: Type.Optional(DateStr),
});
/** The day a studio left the alliance (ADR 40); no body means today. */
export const LeaveBody = Obj({ effectiveOn: EffectiveOn });

export const PublicProblemBody = Obj({
  orgId: Id,
  poster: Name(100, { description: 'The enterprise posting the problem' }),
  contactName: Name(50),
  contactPhone: Str(11, { minLength: 11, pattern: '^\\d{11}$' }),
  title: Name(100),
  description: Str(2000, { minLength: 1, pattern: '\\S' }),
  industry: Type.Optional(Str(50)),
  region: Type.Optional(Str(50)),
  fundingFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000_000 })),
  deadline: Type.Optional(DateStr),
});

export const PublicProblemCreated = Obj({
  id: Type.Integer(),
  status: Type.Literal('submitted'),
  orgName: Type.String(),
});

export const ReceivingUnions = Obj({ items: Type.Array(Obj({ id: Type.Integer(), name: Type.String() })) });
