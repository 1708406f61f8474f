import { Type } from 'typebox';
import {
  CappedList,
  DateStr,
  EffectiveOn,
  FigureNotes,
  Id,
  Name,
  Nullable,
  Obj,
  PeriodAnswer,
  PeriodFields,
  RegisterImportResult,
  Str,
  StrEnum,
} from '../../http/schema.ts';
import { RuleRef } from '../programs/index.ts';
import { NOTICE_CAP } from './notice.repository.ts';
import { SELECTIONS_CAP } from './selections.repository.ts';

export const SelectionStatusSchema = StrEnum(['nominating', 'judging', 'notice', 'final'] as const);

const Places = Type.Integer({ minimum: 1, maximum: 10000 });

export const SelectionBody = Obj({
  organiserOrgId: Id,
  edition: Name(100, { description: 'The edition, e.g. 第二届通州工匠' }),
  title: Name(50, { description: 'The title conferred, e.g. 通州工匠 (the award record’s rank)' }),
  year: Type.Integer({ minimum: 1949, maximum: 2200 }),
  rule: Type.Optional(Nullable(RuleRef)),
  allowSelf: Type.Optional(Type.Boolean()),
  nominateFrom: DateStr,
  nominateUntil: DateStr,
  noticeDays: Type.Integer({ minimum: 1, maximum: 60, description: 'Days of public notice (公示)' }),
  categories: Type.Array(
    Obj({
      name: Name(50),
      title: Type.Optional(Nullable(Str(50))),
      criteria: Type.Optional(Nullable(Str(1000))),
      places: Places,
      quotaPerUnion: Type.Integer({
        minimum: 1,
        maximum: 10000,
        description: 'Nominations each nominating unit (the organiser’s child union) may make',
      }),
      nominationCap: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100000 }))),
    }),
    { minItems: 1, maxItems: 30 },
  ),
  criteria: Type.Array(Obj({ name: Name(50), weight: Type.Integer({ minimum: 1, maximum: 100 }) }), {
    minItems: 1,
    maxItems: 20,
  }),
  tieCriterion: Type.Optional(Nullable(Str(50, { description: 'The criterion whose mean breaks ties' }))),
});

const Category = Obj({
  id: Type.Integer(),
  name: Type.String(),
  title: Nullable(Type.String()),
  criteria: Nullable(Type.String()),
  places: Type.Integer(),
  quotaPerUnion: Type.Integer(),
  nominationCap: Nullable(Type.Integer()),
  nominated: Type.Integer(),
});

const Criterion = Obj({ id: Type.Integer(), name: Type.String(), weight: Type.Integer() });

const SelectionFields = {
  id: Type.Integer(),
  organiserOrgId: Type.Integer(),
  organiserName: Type.String(),
  edition: Type.String(),
  title: Type.String(),
  year: Type.Integer(),
  allowSelf: Type.Boolean(),
  nominateFrom: Nullable(Type.String()),
  nominateUntil: Nullable(Type.String()),
  noticeDays: Nullable(Type.Integer()),
  tieCriterionId: Nullable(Type.Integer()),
  status: SelectionStatusSchema,
  noticeFrom: Nullable(Type.String()),
  noticeUntil: Nullable(Type.String()),
  finalisedOn: Nullable(Type.String({ description: 'The day the results became final (announced)' })),
  noticeRecordedAt: Nullable(
    Type.String({ format: 'date-time', description: 'When the notice was recorded' }),
  ),
  finalisedRecordedAt: Nullable(
    Type.String({ format: 'date-time', description: 'When the final results were recorded' }),
  ),
  nominationsClosedOn: Nullable(Type.String({ description: 'The day nominations closed (China time)' })),
  imported: Type.Boolean({
    description:
      'Brought in from a register of past results: final from its announcement day, with no nomination window, ' +
      'notice or panel on the platform (its window and notice fields are null)',
  }),
};

export const SelectionList = CappedList(Obj(SelectionFields), SELECTIONS_CAP);

export const SelectionDetail = Obj({
  ...SelectionFields,
  rule: Nullable(RuleRef),
  canManage: Type.Boolean(),
  categories: Type.Array(Category),
  criteria: Type.Array(Criterion),
  judges: Type.Array(
    Obj({
      id: Type.Integer(),
      userId: Type.Integer(),
      displayName: Type.String(),
      orgId: Nullable(Type.Integer()),
      orgName: Nullable(Type.String()),
    }),
  ),
  quotaUse: Type.Array(
    Obj({ categoryId: Type.Integer(), orgId: Type.Integer(), orgName: Type.String(), used: Type.Integer() }),
  ),
});

export const SelectionListQuery = Obj({ status: Type.Optional(SelectionStatusSchema) });

const Attachment = Obj({
  name: Name(100),
  mime: StrEnum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const),
  dataBase64: Str(2_800_000, { minLength: 1, description: 'The file, base64 (at most 2 MB)' }),
});

export const NominationBody = Obj({
  categoryId: Id,
  personId: Id,
  deed: Name(2000, { description: 'The deed (事迹) shown on the public notice' }),
  attachments: Type.Optional(Type.Array(Attachment, { maxItems: 3 })),
  effectiveOn: EffectiveOn,
});

export const SelfNominationBody = Obj({
  categoryId: Id,
  deed: Name(2000),
  attachments: Type.Optional(Type.Array(Attachment, { maxItems: 3 })),
});

export const Created = Obj({ id: Type.Integer() });

export const NominationStatusSchema = StrEnum(['nominated', 'selected', 'not_selected', 'revoked'] as const);

export const NominationList = Obj({
  items: Type.Array(
    Obj({
      id: Type.Integer(),
      selectionId: Type.Integer(),
      categoryId: Type.Integer(),
      categoryName: Type.String(),
      personId: Type.Integer(),
      personName: Type.String(),
      orgId: Type.Integer(),
      orgName: Type.String(),
      personOrgId: Type.Integer(),
      unit: Type.String(),
      deed: Type.String(),
      selfNominated: Type.Boolean(),
      status: NominationStatusSchema,
      score: Nullable(Type.Integer({ description: 'aggregate in hundredths of a point' })),
      rank: Nullable(Type.Integer()),
      attachments: Type.Array(Obj({ id: Type.Integer(), name: Type.String(), size: Type.Integer() })),
      createdAt: Type.String(),
    }),
  ),
});

export const SelfSelectionList = Obj({
  items: Type.Array(
    Obj({
      id: Type.Integer(),
      edition: Type.String(),
      title: Type.String(),
      nominateUntil: Type.String(),
      categories: Type.Array(Obj({ id: Type.Integer(), name: Type.String() })),
      nominated: Type.Boolean(),
    }),
  ),
});

export const JudgeBody = Obj({
  username: Str(64, { minLength: 3, pattern: '^[A-Za-z0-9_.-]+$' }),
  displayName: Name(50),
  password: Str(200, { minLength: 1 }),
  orgId: Type.Optional(Nullable(Id)),
});

export const PanelList = Obj({
  items: Type.Array(
    Obj({
      id: Type.Integer(),
      edition: Type.String(),
      organiserName: Type.String(),
      status: SelectionStatusSchema,
      toScore: Type.Integer(),
      scored: Type.Integer(),
    }),
  ),
});

const ScoreItem = Obj({ criterionId: Id, score: Type.Integer({ minimum: 0, maximum: 100 }) });

export const Panel = Obj({
  id: Type.Integer(),
  edition: Type.String(),
  organiserName: Type.String(),
  status: SelectionStatusSchema,
  criteria: Type.Array(Criterion),
  nominations: Type.Array(
    Obj({
      id: Type.Integer(),
      categoryName: Type.String(),
      personName: Type.String(),
      unit: Type.String(),
      deed: Type.String(),
      myScores: Nullable(Type.Array(Obj({ criterionId: Type.Integer(), score: Type.Integer() }))),
      myTotal: Nullable(Type.Integer()),
    }),
  ),
});

export const ScoreBody = Obj({ scores: Type.Array(ScoreItem, { minItems: 1, maxItems: 20 }) });
export const ScoreResult = Obj({ total: Type.Integer({ description: 'weighted total in hundredths' }) });

export const Ranking = Obj({
  id: Type.Integer(),
  status: SelectionStatusSchema,
  judges: Type.Integer(),
  tieCriterionId: Nullable(Type.Integer()),
  categories: Type.Array(
    Obj({
      id: Type.Integer(),
      name: Type.String(),
      title: Type.String(),
      places: Type.Integer(),
      nominations: Type.Array(
        Obj({
          id: Type.Integer(),
          personName: Type.String(),
          unit: Type.String(),
          status: NominationStatusSchema,
          score: Nullable(Type.Integer()),
          tie: Nullable(Type.Integer()),
          rank: Type.Integer(),
          selected: Type.Boolean(),
          judgesScored: Type.Integer(),
          judgesDue: Type.Integer(),
        }),
      ),
    }),
  ),
});

export const NoticeBody = Obj({
  from: Type.Optional({
    ...EffectiveOn,
    description:
      'the first day of the notice (China time), default today; not before nominations opened; a past day needs history.backdate',
  }),
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
});

export const ObjectionStatusSchema = StrEnum(['open', 'upheld', 'dismissed'] as const);

export const ObjectionList = Obj({
  items: Type.Array(
    Obj({
      id: Type.Integer(),
      nominationId: Type.Integer(),
      personName: Type.String(),
      categoryName: Type.String(),
      text: Type.String(),
      contactName: Type.String(),
      contactPhone: Type.String(),
      status: ObjectionStatusSchema,
      decision: Nullable(Type.String()),
      createdAt: Type.String(),
      decidedAt: Nullable(Type.String()),
      decidedRecordedAt: Nullable(Type.String({ description: 'when the decision was recorded' })),
    }),
  ),
});

export const DecideBody = Obj({
  outcome: StrEnum(['upheld', 'dismissed'] as const),
  decision: Name(1000),
  effectiveOn: EffectiveOn,
});

export const FinaliseBody = Obj({ effectiveOn: EffectiveOn });

export const NoticeList = CappedList(
  Obj({
    id: Type.Integer(),
    edition: Type.String(),
    organiserName: Type.String(),
    status: StrEnum(['notice', 'final'] as const),
    noticeFrom: Type.String(),
    noticeUntil: Type.String(),
  }),
  NOTICE_CAP,
);

export const Notice = Obj({
  id: Type.Integer(),
  edition: Type.String(),
  title: Type.String(),
  organiserName: Type.String(),
  status: StrEnum(['notice', 'final'] as const),
  noticeFrom: Type.String(),
  noticeUntil: Type.String(),
  entries: Type.Array(
    Obj({
      nominationId: Type.Integer(),
      categoryName: Type.String(),
      name: Type.String(),
      unit: Type.String(),
      deed: Type.String(),
    }),
  ),
});

export const ObjectionBody = Obj({
  nominationId: Id,
  text: Name(500),
  contactName: Name(50),
  contactPhone: Str(11, { minLength: 11, pattern: '^\\d{11}$' }),
});

export const ObjectionCreated = Obj({ id: Type.Integer(), status: Type.Literal('open') });

export const StatsQuery = Obj({
  orgId: Type.Optional(Id),
  year: Type.Optional(Type.Integer({ minimum: 1949, maximum: 2200 })),
  ...PeriodFields,
});

export const Stats = Obj({
  org: Obj({ id: Type.Union([Type.Integer(), Type.Null()]), name: Type.String() }),
  ...PeriodAnswer,
  items: Type.Array(
    Obj({
      title: Type.String(),
      category: Type.String(),
      nominations: Type.Integer(),
      titles: Type.Integer(),
    }),
  ),
  nominations: Type.Integer(),
  titles: Type.Integer(),
  notes: FigureNotes,
});

export const SelectionImportResult = Type.Object({
  ...RegisterImportResult.properties,
  created: Type.Integer({
    description: 'winners (each with an award record), or on a dry run, that would be',
  }),
  selections: Type.Integer({ description: 'selections created final on their announcement day' }),
  categories: Type.Integer({ description: 'categories of those selections' }),
});
