import { Type } from 'typebox';
import { Id, Nullable, Obj, Page, Str, StrEnum } from '../../../http/schema.ts';
import { ACHIEVEMENT_STAGES, ACHIEVEMENT_TYPES, PATENT_KINDS } from './achievements.schemas.ts';

export const CatalogueQuerySchema = Obj({
  q: Type.Optional(Str(100, { description: 'Words to search for (Chinese is segmented)' })),
  type: Type.Optional(StrEnum(ACHIEVEMENT_TYPES)),
  year: Type.Optional(Type.Integer({ minimum: 1949, maximum: 2100 })),
  industry: Type.Optional(Str(50)),
  region: Type.Optional(Id),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
});

const Facet = Type.Array(Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer() }));

export const CatalogueResult = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      snippet: Type.String({
        description: 'HTML-escaped text of the abstract with the matched words in <mark>…</mark>',
      }),
      studio: Nullable(Type.String()),
      union: Type.String(),
      region: Nullable(Type.String()),
      year: Type.Integer(),
      type: StrEnum(ACHIEVEMENT_TYPES),
      industry: Nullable(Type.String()),
      picture: Nullable(Type.String({ description: "the first public picture's address" })),
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
  facets: Type.Object({ type: Facet, year: Facet, industry: Facet, region: Facet }),
});

export const PublicAchievement = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  type: StrEnum(ACHIEVEMENT_TYPES),
  year: Type.Integer(),
  industry: Nullable(Type.String()),
  stage: StrEnum(ACHIEVEMENT_STAGES),
  abstract: Type.String(),
  body: Type.String(),
  studio: Nullable(Type.String()),
  studioField: Nullable(Type.String()),
  union: Type.String(),
  region: Nullable(Type.String()),
  patentType: Nullable(StrEnum(PATENT_KINDS)),
  patentNo: Nullable(Type.String()),
  publishedAt: Type.String(),
  conversions: Type.Integer(),
  pictures: Type.Array(
    Type.Object({ id: Type.Integer(), url: Type.String({ description: 'the picture, without metadata' }) }),
    { description: 'the pictures staff made public, in order' },
  ),
});

/** Lengths are checked by the service, which names the field in both languages. */
export const LeadBody = Obj({
  organisation: Str(2000),
  contact: Str(2000),
  need: Str(20000),
});

export const LeadQuery = Obj({
  orgId: Type.Optional(Id),
  status: Type.Optional(StrEnum(['new', 'handled'] as const)),
  ...Page,
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
      status: StrEnum(['new', 'handled'] as const),
      createdAt: Type.String(),
      handledAt: Nullable(Type.String()),
    }),
  ),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
