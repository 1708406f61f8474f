import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { LIST_CAP } from './calls.repository.ts';
import { WORK_KINDS, WORK_RESULTS } from './calls.vocabulary.ts';

const Kind = S.StrEnum(WORK_KINDS);
const Status = S.StrEnum(['submitted', 'returned', 'passed'] as const);
const Result = S.StrEnum(WORK_RESULTS);
const GalleryKind = S.StrEnum(['public', 'members'] as const);

export const CallBody = S.Obj({
  orgId: S.Id,
  title: S.Name(200),
  description: Type.Optional(S.Str(4000)),
  opensOn: S.DateStr,
  closesOn: S.DateStr,
  perWorker: Type.Integer({ minimum: 1, maximum: 100 }),
  gallery: GalleryKind,
  categories: Type.Array(S.Obj({ name: S.Name(50), kind: Kind }), { minItems: 1, maxItems: 20 }),
});
const Category = S.Obj({ id: S.Id, name: Type.String(), kind: Kind });
const CallFields = {
  id: S.Id,
  orgId: S.Id,
  orgName: Type.String(),
  title: Type.String(),
  description: Type.String(),
  opensOn: S.DateStr,
  closesOn: S.DateStr,
  perWorker: Type.Integer(),
  gallery: GalleryKind,
  publishedOn: S.Nullable(S.DateStr),
  categories: Type.Array(Category),
};
export const CallListSchema = S.CappedList(
  S.Obj({
    ...CallFields,
    submitted: Type.Integer(),
    passed: Type.Integer(),
    chosen: Type.Integer(),
    awaiting: Type.Integer({
      description: "works of the union's subtree sent in and still to pass or return",
    }),
  }),
  LIST_CAP.calls,
);
export const CallDetailSchema = S.Obj({
  ...CallFields,
  open: Type.Boolean(),
  canJudge: Type.Boolean(),
  canReview: Type.Boolean(),
});
export const WorkListSchema = S.CappedList(
  S.Obj({
    id: S.Id,
    callId: S.Id,
    categoryId: S.Id,
    categoryName: Type.String(),
    kind: Kind,
    personId: S.Id,
    orgId: S.Id,
    orgName: Type.String(),
    authorName: Type.String(),
    title: Type.String(),
    body: Type.String(),
    status: Status,
    byStaff: Type.Boolean(),
    submittedOn: S.DateStr,
    reviewedOn: S.Nullable(S.DateStr),
    returnReason: S.Nullable(Type.String()),
    result: S.Nullable(Result),
    score: S.Nullable(Type.Number()),
    resultOn: S.Nullable(S.DateStr),
    hasFile: Type.Boolean(),
  }),
  LIST_CAP.works,
);
export const WorksQuery = S.Obj({ status: Type.Optional(Status), categoryId: Type.Optional(S.Id) });
export const CallListQuery = S.Obj({
  orgId: Type.Optional(S.Id),
  awaiting: Type.Optional(
    Type.Boolean({
      description: "Only calls holding works of the subtree still to review (the desk's card)",
    }),
  ),
});
export const IdResult = S.Obj({ id: S.Id });

const WorkFields = {
  categoryId: S.Id,
  title: Type.Optional(S.Str(200)),
  workId: Type.Optional(S.Id),
};
/** A text work (or a fixed title of a returned work) as JSON. */
export const SelfWorkBody = S.Obj({ ...WorkFields, body: Type.Optional(S.Str(2000)) });
export const StaffWorkBody = S.Obj({
  personId: S.Id,
  ...WorkFields,
  body: Type.Optional(S.Str(2000)),
  effectiveOn: S.EffectiveOn,
});
/** A picture or a file: the fields in the query, the file as multipart field `file`. */
export const SelfFileQuery = S.Obj(WorkFields);
export const StaffFileQuery = S.Obj({ personId: S.Id, ...WorkFields, effectiveOn: S.EffectiveOn });
export const SubmitResult = S.Obj({ id: S.Id, status: Type.Literal('submitted') });

export const ReviewBody = S.Obj({
  decision: S.StrEnum(['pass', 'return'] as const),
  reason: Type.Optional(S.Str(500)),
  effectiveOn: S.EffectiveOn,
});
export const ReviewResult = S.Obj({ status: S.StrEnum(['passed', 'returned'] as const) });
export const DecideBody = S.Obj({
  result: S.Nullable(Result),
  score: Type.Optional(S.Nullable(Type.Number({ minimum: 0, maximum: 100, multipleOf: 0.1 }))),
  effectiveOn: S.EffectiveOn,
});
export const DecideResult = S.Obj({ result: S.Nullable(Result), score: S.Nullable(Type.Number()) });
export const PublishBody = S.Obj({ effectiveOn: S.EffectiveOn });
export const WorkParams = S.Obj({ workId: S.Id });
export const CallWorkParams = S.Obj({ id: S.Id, workId: S.Id });

export const MineSchema = S.CappedList(
  S.Obj({
    ...CallFields,
    open: Type.Boolean(),
    works: Type.Array(
      S.Obj({
        id: S.Id,
        categoryId: S.Id,
        title: Type.String(),
        body: Type.String(),
        status: Status,
        returnReason: S.Nullable(Type.String()),
        result: S.Nullable(Result),
        hasFile: Type.Boolean(),
      }),
    ),
  }),
  LIST_CAP.offered,
);
export const PublicCallListSchema = S.CappedList(S.Obj(CallFields), LIST_CAP.publicCalls);
export const GallerySchema = S.Obj({
  ...CallFields,
  works: Type.Array(
    S.Obj({
      id: S.Id,
      categoryId: S.Id,
      categoryName: Type.String(),
      kind: Kind,
      title: Type.String(),
      body: Type.String(),
      authorName: Type.String(),
      orgName: Type.String(),
      result: Result,
      hasFile: Type.Boolean(),
    }),
    { description: `at most the first ${LIST_CAP.chosen}` },
  ),
  worksTotal: Type.Integer({ minimum: 0, description: 'how many works were chosen in all' }),
});

export const StatsQuery = S.statsQuery({ callId: Type.Optional(S.Id), ...S.YearAsked });
const Counts = {
  submitted: Type.Integer(),
  passed: Type.Integer(),
  returned: Type.Integer(),
  chosen: Type.Integer(),
};
export const StatsSchema = S.Obj({
  ...S.StatsNamedHead,
  byCategory: Type.Array(
    S.Obj({
      callId: S.Id,
      callTitle: Type.String(),
      categoryId: S.Id,
      category: Type.String(),
      kind: Kind,
      ...Counts,
      results: S.Obj({
        first: Type.Integer(),
        second: Type.Integer(),
        third: Type.Integer(),
        merit: Type.Integer(),
        exhibit: Type.Integer(),
      }),
    }),
  ),
  byBranch: Type.Array(
    S.Obj({ orgId: S.Nullable(S.Id), orgName: Type.String(), ...S.UnionDepth, ...Counts }),
  ),
  byResult: Type.Array(S.Obj({ result: Result, n: Type.Integer() })),
  total: S.Obj(Counts),
  notes: Type.Array(
    S.Obj({
      key: Type.String(),
      label: S.Obj({ zh: Type.String(), en: Type.String() }),
      note: S.Obj({ zh: Type.String(), en: Type.String() }),
    }),
    { description: 'what each figure counts and over which days, as the page and the export say it' },
  ),
});
