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
import { LIST_CAP } from './calls.repository.ts';

const Kind = StrEnum(['text', 'image', 'file'] as const);
const Status = StrEnum(['submitted', 'returned', 'passed'] as const);
const Result = StrEnum(['first', 'second', 'third', 'merit', 'exhibit'] as const);
const GalleryKind = StrEnum(['public', 'members'] as const);

export const CallBody = Obj({
  orgId: Id,
  title: Name(200),
  description: Type.Optional(Str(4000)),
  opensOn: DateStr,
  closesOn: DateStr,
  perWorker: Type.Integer({ minimum: 1, maximum: 100 }),
  gallery: GalleryKind,
  categories: Type.Array(Obj({ name: Name(50), kind: Kind }), { minItems: 1, maxItems: 20 }),
});
const Category = Obj({ id: Id, name: Type.String(), kind: Kind });
const CallFields = {
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  title: Type.String(),
  description: Type.String(),
  opensOn: DateStr,
  closesOn: DateStr,
  perWorker: Type.Integer(),
  gallery: GalleryKind,
  publishedOn: Nullable(DateStr),
  categories: Type.Array(Category),
};
export const CallListSchema = CappedList(
  Obj({ ...CallFields, submitted: Type.Integer(), passed: Type.Integer(), chosen: Type.Integer() }),
  LIST_CAP.calls,
);
export const CallDetailSchema = Obj({
  ...CallFields,
  open: Type.Boolean(),
  canJudge: Type.Boolean(),
  canReview: Type.Boolean(),
});
export const WorkListSchema = CappedList(
  Obj({
    id: Id,
    callId: Id,
    categoryId: Id,
    categoryName: Type.String(),
    kind: Kind,
    personId: Id,
    orgId: Id,
    orgName: Type.String(),
    authorName: Type.String(),
    title: Type.String(),
    body: Type.String(),
    status: Status,
    byStaff: Type.Boolean(),
    submittedOn: DateStr,
    reviewedOn: Nullable(DateStr),
    returnReason: Nullable(Type.String()),
    result: Nullable(Result),
    score: Nullable(Type.Number()),
    resultOn: Nullable(DateStr),
    hasFile: Type.Boolean(),
  }),
  LIST_CAP.works,
);
export const WorksQuery = Obj({ status: Type.Optional(Status), categoryId: Type.Optional(Id) });
export const OrgQuery = Obj({ orgId: Type.Optional(Id) });
export const IdResult = Obj({ id: Id });

const WorkFields = {
  categoryId: Id,
  title: Type.Optional(Str(200)),
  workId: Type.Optional(Id),
};
/** A text work (or a fixed title of a returned work) as JSON. */
export const SelfWorkBody = Obj({ ...WorkFields, body: Type.Optional(Str(2000)) });
export const StaffWorkBody = Obj({
  personId: Id,
  ...WorkFields,
  body: Type.Optional(Str(2000)),
  effectiveOn: EffectiveOn,
});
/** A picture or a file: the fields in the query, the file as multipart field `file`. */
export const SelfFileQuery = Obj(WorkFields);
export const StaffFileQuery = Obj({ personId: Id, ...WorkFields, effectiveOn: EffectiveOn });
export const SubmitResult = Obj({ id: Id, status: Type.Literal('submitted') });

export const ReviewBody = Obj({
  decision: StrEnum(['pass', 'return'] as const),
  reason: Type.Optional(Str(500)),
  effectiveOn: EffectiveOn,
});
export const ReviewResult = Obj({ status: StrEnum(['passed', 'returned'] as const) });
export const DecideBody = Obj({
  result: Nullable(Result),
  score: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 100, multipleOf: 0.1 }))),
  effectiveOn: EffectiveOn,
});
export const DecideResult = Obj({ result: Nullable(Result), score: Nullable(Type.Number()) });
export const PublishBody = Obj({ effectiveOn: EffectiveOn });
export const WorkParams = Obj({ workId: Id });
export const CallWorkParams = Obj({ id: Id, workId: Id });

export const MineSchema = CappedList(
  Obj({
    ...CallFields,
    open: Type.Boolean(),
    works: Type.Array(
      Obj({
        id: Id,
        categoryId: Id,
        title: Type.String(),
        body: Type.String(),
        status: Status,
        returnReason: Nullable(Type.String()),
        result: Nullable(Result),
        hasFile: Type.Boolean(),
      }),
    ),
  }),
  LIST_CAP.offered,
);
export const PublicCallListSchema = CappedList(Obj(CallFields), LIST_CAP.publicCalls);
export const GallerySchema = Obj({
  ...CallFields,
  works: Type.Array(
    Obj({
      id: Id,
      categoryId: Id,
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

export const StatsQuery = Obj({
  orgId: Type.Optional(Id),
  callId: Type.Optional(Id),
  year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
  ...PeriodFields,
});
const Counts = {
  submitted: Type.Integer(),
  passed: Type.Integer(),
  returned: Type.Integer(),
  chosen: Type.Integer(),
};
export const StatsSchema = Obj({
  ...PeriodAnswer,
  orgName: Type.String(),
  byCategory: Type.Array(
    Obj({
      callId: Id,
      callTitle: Type.String(),
      categoryId: Id,
      category: Type.String(),
      kind: Kind,
      ...Counts,
      results: Obj({
        first: Type.Integer(),
        second: Type.Integer(),
        third: Type.Integer(),
        merit: Type.Integer(),
        exhibit: Type.Integer(),
      }),
    }),
  ),
  byBranch: Type.Array(Obj({ orgId: Nullable(Id), orgName: Type.String(), ...Counts })),
  byResult: Type.Array(Obj({ result: Result, n: Type.Integer() })),
  total: Obj(Counts),
  notes: Type.Array(
    Obj({
      key: Type.String(),
      label: Obj({ zh: Type.String(), en: Type.String() }),
      note: Obj({ zh: Type.String(), en: Type.String() }),
    }),
    { description: 'what each figure counts and over which days, as the page and the export say it' },
  ),
});
