import { Type } from 'typebox';
import * as S from '../../../http/schema.ts';
import { ACHIEVEMENT_STAGES, ACHIEVEMENT_TYPES } from '../innovation.vocabulary.ts';
import { PATENT_KINDS } from './achievements.schemas.ts';

export const CatalogueQuerySchema = S.Obj({
  q: Type.Optional(S.Str(100, { description: 'Words to search for (Chinese is segmented)' })),
  type: Type.Optional(S.StrEnum(ACHIEVEMENT_TYPES)),
  year: Type.Optional(Type.Integer({ minimum: 1949, maximum: 2100 })),
  industry: Type.Optional(S.Str(50)),
  region: Type.Optional(S.Id),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
});

const CatalogueFacet = Type.Array(
  Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer() }),
);

export const CatalogueResult = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      snippet: Type.String({
        description: 'HTML-escaped text of the abstract with the matched words in <mark>…</mark>',
      }),
      studio: S.Nullable(Type.String()),
      union: Type.String(),
      region: S.Nullable(Type.String()),
      year: Type.Integer(),
      type: S.StrEnum(ACHIEVEMENT_TYPES),
      industry: S.Nullable(Type.String()),
      picture: S.Nullable(Type.String({ description: "the first public picture's address" })),
    }),
  ),
  total: Type.Integer({ description: 'how many match; an estimate when `estimated`' }),
  estimated: Type.Boolean({
    description:
      'the total is estimated from a sample (a query matching thousands, even with the chosen facets)',
  }),
  facetsEstimated: Type.Boolean({
    description:
      'the facet counts are estimated from a sample (a query matching thousands before the facets)',
  }),
  browsable: Type.Integer({ description: 'how many of the matches the pages reach (all unless estimated)' }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  facets: Type.Object({
    type: CatalogueFacet,
    year: CatalogueFacet,
    industry: CatalogueFacet,
    region: CatalogueFacet,
  }),
});

export const PublicAchievement = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  type: S.StrEnum(ACHIEVEMENT_TYPES),
  year: Type.Integer(),
  industry: S.Nullable(Type.String()),
  stage: S.StrEnum(ACHIEVEMENT_STAGES),
  abstract: Type.String(),
  body: Type.String(),
  studio: S.Nullable(Type.String()),
  studioField: S.Nullable(Type.String()),
  union: Type.String(),
  region: S.Nullable(Type.String()),
  patentType: S.Nullable(S.StrEnum(PATENT_KINDS)),
  patentNo: S.Nullable(Type.String()),
  publishedAt: Type.String(),
  conversions: Type.Integer(),
  pictures: Type.Array(
    Type.Object({ id: Type.Integer(), url: Type.String({ description: 'the picture, without metadata' }) }),
    { description: 'the pictures staff made public, in order' },
  ),
});

/** Lengths are checked by the service, which names the field in both languages. */
export const LeadBody = S.Obj({
  organisation: S.Str(2000),
  contact: S.Str(2000),
  need: S.Str(20000),
});

export const LeadQuery = S.Obj({
  orgId: Type.Optional(S.Id),
  status: Type.Optional(S.StrEnum(['new', 'handled'] as const)),
  ...S.Page,
});

export const LeadList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      achievementId: Type.Integer(),
      achievementTitle: Type.String(),
      orgId: Type.Integer(),
      orgName: Type.String(),
      organisation: Type.String(),
      contact: Type.String(),
      need: Type.String(),
      status: S.StrEnum(['new', 'handled'] as const),
      createdAt: Type.String(),
      handledAt: S.Nullable(Type.String()),
    }),
  ),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
