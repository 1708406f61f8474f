import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { RuleRef } from '../programs/index.ts';
import { NOTICE_CAP } from './notice.repository.ts';
import { SELECTIONS_CAP } from './selections.repository.ts';
import { NOMINATION_MIMES, SELECTION_STATUSES } from './selections.vocabulary.ts';

export const SelectionStatusSchema = S.StrEnum(SELECTION_STATUSES);

const Places = Type.Integer({ minimum: 1, maximum: 10000 });

export const SelectionBody = S.Obj({
  organiserOrgId: S.Id,
  edition: S.Name(100, { description: 'The edition, e.g. 第二届通州工匠' }),
  title: S.Name(50, { description: 'The title conferred, e.g. 通州工匠 (the award record’s rank)' }),
  year: Type.Integer({ minimum: 1949, maximum: 2200 }),
  rule: Type.Optional(S.Nullable(RuleRef)),
  allowSelf: Type.Optional(Type.Boolean()),
  nominateFrom: S.DateStr,
  nominateUntil: S.DateStr,
  noticeDays: Type.Integer({ minimum: 1, maximum: 60, description: 'Days of public notice (公示)' }),
  categories: Type.Array(
    S.Obj({
      name: S.Name(50),
      title: Type.Optional(S.Nullable(S.Str(50))),
      criteria: Type.Optional(S.Nullable(S.Str(1000))),
      places: Places,
      quotaPerUnion: Type.Integer({
        minimum: 1,
        maximum: 10000,
        description: 'Nominations each nominating unit (the organiser’s child union) may make',
      }),
      nominationCap: Type.Optional(S.Nullable(Type.Integer({ minimum: 1, maximum: 100000 }))),
    }),
    { minItems: 1, maxItems: 30 },
  ),
  criteria: Type.Array(S.Obj({ name: S.Name(50), weight: Type.Integer({ minimum: 1, maximum: 100 }) }), {
    minItems: 1,
    maxItems: 20,
  }),
  tieCriterion: Type.Optional(S.Nullable(S.Str(50, { description: 'The criterion whose mean breaks ties' }))),
});

const Category = S.Obj({
  id: Type.Integer(),
  name: Type.String(),
  title: S.Nullable(Type.String()),
  criteria: S.Nullable(Type.String()),
  places: Type.Integer(),
  quotaPerUnion: Type.Integer(),
  nominationCap: S.Nullable(Type.Integer()),
  nominated: Type.Integer(),
});

const Criterion = S.Obj({ id: Type.Integer(), name: Type.String(), weight: Type.Integer() });

const SelectionFields = {
  id: Type.Integer(),
  organiserOrgId: Type.Integer(),
  organiserName: Type.String(),
  edition: Type.String(),
  title: Type.String(),
  year: Type.Integer(),
  allowSelf: Type.Boolean(),
  nominateFrom: S.Nullable(Type.String()),
  nominateUntil: S.Nullable(Type.String()),
  noticeDays: S.Nullable(Type.Integer()),
  tieCriterionId: S.Nullable(Type.Integer()),
  status: SelectionStatusSchema,
  noticeFrom: S.Nullable(Type.String()),
  noticeUntil: S.Nullable(Type.String()),
  finalisedOn: S.Nullable(Type.String({ description: 'The day the results became final (announced)' })),
  noticeRecordedAt: S.Nullable(
    Type.String({ format: 'date-time', description: 'When the notice was recorded' }),
  ),
  finalisedRecordedAt: S.Nullable(
    Type.String({ format: 'date-time', description: 'When the final results were recorded' }),
  ),
  nominationsClosedOn: S.Nullable(Type.String({ description: 'The day nominations closed (China time)' })),
  imported: Type.Boolean({
    description:
      'Brought in from a register of past results: final from its announcement day, with no nomination window, ' +
      'notice or panel on the platform (its window and notice fields are null)',
  }),
};

export const SelectionList = S.CappedList(S.Obj(SelectionFields), SELECTIONS_CAP);

export const SelectionDetail = S.Obj({
  ...SelectionFields,
  rule: S.Nullable(RuleRef),
  canManage: Type.Boolean(),
  categories: Type.Array(Category),
  criteria: Type.Array(Criterion),
  judges: Type.Array(
    S.Obj({
      id: Type.Integer(),
      userId: Type.Integer(),
      displayName: Type.String(),
      orgId: S.Nullable(Type.Integer()),
      orgName: S.Nullable(Type.String()),
    }),
  ),
  quotaUse: Type.Array(
    S.Obj({
      categoryId: Type.Integer(),
      orgId: Type.Integer(),
      orgName: Type.String(),
      used: Type.Integer(),
    }),
  ),
});

export const SelectionListQuery = S.Obj({ status: Type.Optional(SelectionStatusSchema) });

const Attachment = S.Obj({
  name: S.Name(100),
  mime: S.StrEnum(NOMINATION_MIMES),
  dataBase64: S.Str(2_800_000, { minLength: 1, description: 'The file, base64 (at most 2 MB)' }),
});

export const NominationBody = S.Obj({
  categoryId: S.Id,
  personId: S.Id,
  deed: S.Name(2000, { description: 'The deed (事迹) shown on the public notice' }),
  attachments: Type.Optional(Type.Array(Attachment, { maxItems: 3 })),
  effectiveOn: S.EffectiveOn,
});

export const SelfNominationBody = S.Obj({
  categoryId: S.Id,
  deed: S.Name(2000),
  attachments: Type.Optional(Type.Array(Attachment, { maxItems: 3 })),
});

export const Created = S.Obj({ id: Type.Integer() });

export const NominationStatusSchema = S.StrEnum([
  'nominated',
  'selected',
  'not_selected',
  'revoked',
] as const);

export const NominationList = S.Obj({
  items: Type.Array(
    S.Obj({
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
      score: S.Nullable(Type.Integer({ description: 'aggregate in hundredths of a point' })),
      rank: S.Nullable(Type.Integer()),
      attachments: Type.Array(S.Obj({ id: Type.Integer(), name: Type.String(), size: Type.Integer() })),
      createdAt: Type.String(),
    }),
  ),
});

export const SelfSelectionList = S.Obj({
  items: Type.Array(
    S.Obj({
      id: Type.Integer(),
      edition: Type.String(),
      title: Type.String(),
      nominateUntil: Type.String(),
      categories: Type.Array(S.Obj({ id: Type.Integer(), name: Type.String() })),
      nominated: Type.Boolean(),
    }),
  ),
});

export const JudgeBody = S.Obj({
  username: S.Str(64, { minLength: 3, pattern: '^[A-Za-z0-9_.-]+$' }),
  displayName: S.Name(50),
  password: S.Str(200, { minLength: 1 }),
  orgId: Type.Optional(S.Nullable(S.Id)),
});

export const PanelList = S.Obj({
  items: Type.Array(
    S.Obj({
      id: Type.Integer(),
      edition: Type.String(),
      organiserName: Type.String(),
      status: SelectionStatusSchema,
      toScore: Type.Integer(),
      scored: Type.Integer(),
    }),
  ),
});

const ScoreItem = S.Obj({ criterionId: S.Id, score: Type.Integer({ minimum: 0, maximum: 100 }) });

export const Panel = S.Obj({
  id: Type.Integer(),
  edition: Type.String(),
  organiserName: Type.String(),
  status: SelectionStatusSchema,
  criteria: Type.Array(Criterion),
  nominations: Type.Array(
    S.Obj({
      id: Type.Integer(),
      categoryName: Type.String(),
      personName: Type.String(),
      unit: Type.String(),
      deed: Type.String(),
      myScores: S.Nullable(Type.Array(S.Obj({ criterionId: Type.Integer(), score: Type.Integer() }))),
      myTotal: S.Nullable(Type.Integer()),
    }),
  ),
});

export const ScoreBody = S.Obj({ scores: Type.Array(ScoreItem, { minItems: 1, maxItems: 20 }) });
export const ScoreResult = S.Obj({ total: Type.Integer({ description: 'weighted total in hundredths' }) });

export const Ranking = S.Obj({
  id: Type.Integer(),
  status: SelectionStatusSchema,
  judges: Type.Integer(),
  tieCriterionId: S.Nullable(Type.Integer()),
  categories: Type.Array(
    S.Obj({
      id: Type.Integer(),
      name: Type.String(),
      title: Type.String(),
      places: Type.Integer(),
      nominations: Type.Array(
        S.Obj({
          id: Type.Integer(),
          personName: Type.String(),
          unit: Type.String(),
          status: NominationStatusSchema,
          score: S.Nullable(Type.Integer()),
          tie: S.Nullable(Type.Integer()),
          rank: Type.Integer(),
          selected: Type.Boolean(),
          judgesScored: Type.Integer(),
          judgesDue: Type.Integer(),
        }),
      ),
    }),
  ),
});

export const NoticeBody = S.Obj({
  from: Type.Optional({
    ...S.EffectiveOn,
    description:
      'the first day of the notice (China time), default today; not before nominations opened; a past day needs history.backdate',
  }),
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
});

export const ObjectionStatusSchema = S.StrEnum(['open', 'upheld', 'dismissed'] as const);

export const ObjectionList = S.Obj({
  items: Type.Array(
    S.Obj({
      id: Type.Integer(),
      nominationId: Type.Integer(),
      personName: Type.String(),
      categoryName: Type.String(),
      text: Type.String(),
      contactName: Type.String(),
      contactPhone: Type.String(),
      status: ObjectionStatusSchema,
      decision: S.Nullable(Type.String()),
      createdAt: Type.String(),
      decidedAt: S.Nullable(Type.String()),
      decidedRecordedAt: S.Nullable(Type.String({ description: 'when the decision was recorded' })),
    }),
  ),
});

export const DecideBody = S.Obj({
  outcome: S.StrEnum(['upheld', 'dismissed'] as const),
  decision: S.Name(1000),
  effectiveOn: S.EffectiveOn,
});

export const FinaliseBody = S.Obj({ effectiveOn: S.EffectiveOn });

export const NoticeList = S.CappedList(
  S.Obj({
    id: Type.Integer(),
    edition: Type.String(),
    organiserName: Type.String(),
    status: S.StrEnum(['notice', 'final'] as const),
    noticeFrom: Type.String(),
    noticeUntil: Type.String(),
  }),
  NOTICE_CAP,
);

export const Notice = S.Obj({
  id: Type.Integer(),
  edition: Type.String(),
  title: Type.String(),
  organiserName: Type.String(),
  status: S.StrEnum(['notice', 'final'] as const),
  noticeFrom: Type.String(),
  noticeUntil: Type.String(),
  entries: Type.Array(
    S.Obj({
      nominationId: Type.Integer(),
      categoryName: Type.String(),
      name: Type.String(),
      unit: Type.String(),
      deed: Type.String(),
    }),
  ),
});

export const ObjectionBody = S.Obj({
  nominationId: S.Id,
  text: S.Name(500),
  contactName: S.Name(50),
  contactPhone: S.Str(11, { minLength: 11, pattern: '^\\d{11}$' }),
});

export const ObjectionCreated = S.Obj({ id: Type.Integer(), status: Type.Literal('open') });

/** A selection is held in a year since 1949 (its table says so): statistics reach as far back, older than the house's range. */
export const StatsQuery = S.statsQuery({ year: Type.Optional(S.statsYear(1949)) });

export const Stats = S.Obj({
  org: S.Obj({ id: Type.Union([Type.Integer(), Type.Null()]), name: Type.String() }),
  ...S.PeriodAnswer,
  items: Type.Array(
    S.Obj({
      title: Type.String(),
      category: Type.String(),
      nominations: Type.Integer(),
      titles: Type.Integer(),
    }),
  ),
  nominations: Type.Integer(),
  titles: Type.Integer(),
  notes: S.FigureNotes,
});

export const SelectionImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  created: Type.Integer({
    description: 'winners (each with an award record), or on a dry run, that would be',
  }),
  selections: Type.Integer({ description: 'selections created final on their announcement day' }),
  categories: Type.Integer({ description: 'categories of those selections' }),
});
