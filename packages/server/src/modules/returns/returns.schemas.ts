import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { FIGURE_KEYS } from './returns.figures.ts';
import { LIST_CAP } from './returns.repository.ts';
import { FIELD_TYPES } from './returns.vocabulary.ts';

const Key = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_]+$' });
const Bilingual = S.Obj({ zh: S.Str(300), en: S.Str(300) });
const FieldSchema = S.Obj({
  key: Key,
  label: S.Str(200),
  type: S.StrEnum(FIELD_TYPES),
  unit: Type.Optional(S.Str(20)),
  help: Type.Optional(S.Str(500)),
  required: Type.Optional(Type.Boolean()),
  min: Type.Optional(Type.Number({ minimum: -1e12, maximum: 1e12 })),
  max: Type.Optional(Type.Number({ minimum: -1e12, maximum: 1e12 })),
  choices: Type.Optional(Type.Array(S.Str(100), { maxItems: 50 })),
  figure: Type.Optional(S.StrEnum(FIGURE_KEYS)),
});
const TableSchema = S.Obj({
  key: Key,
  label: S.Str(200),
  rows: Type.Optional(
    Type.Array(
      S.Obj({
        key: Key,
        label: S.Str(200),
        figures: Type.Optional(
          Type.Record(Type.String({ pattern: '^[A-Za-z0-9_]+$' }), S.StrEnum(FIGURE_KEYS)),
        ),
      }),
      { maxItems: 200 },
    ),
  ),
  maxRows: Type.Optional(Type.Integer({ minimum: 1, maximum: 2000 })),
  columns: Type.Array(FieldSchema, { maxItems: 30 }),
});
export const FormSchema = S.Obj({
  sections: Type.Array(
    S.Obj({
      key: Key,
      title: S.Str(200),
      fields: Type.Array(FieldSchema, { maxItems: 400 }),
      tables: Type.Array(TableSchema, { maxItems: 20 }),
    }),
    { maxItems: 50 },
  ),
  rules: Type.Array(S.Obj({ expr: S.Str(300), message: Type.Optional(Bilingual) }), { maxItems: 100 }),
});

const PeriodKind = S.StrEnum(['year', 'survey_year', 'quarter', 'month', 'range'] as const);
const ReturnStatus = S.StrEnum(['draft', 'issued', 'closed'] as const);
const SubmissionStatus = S.StrEnum(['open', 'submitted', 'returned', 'accepted', 'not_reported'] as const);
const Source = S.StrEnum(['bound', 'typed', 'sheet', 'consolidation'] as const);

export const ReturnBody = S.Obj({
  orgId: Type.Optional(S.Id),
  title: S.Name(200),
  periodKind: PeriodKind,
  periodFrom: S.DateStr,
  periodTo: S.DateStr,
  targetLevel: Type.Integer({ minimum: 2, maximum: 5 }),
  deadline: S.DateStr,
  form: FormSchema,
  copiedFrom: Type.Optional(S.Nullable(S.Id)),
  formKey: Type.Optional(S.Nullable(S.StrEnum(['grassroots_annual', 'upper_annual'] as const))),
});

export const IdResult = S.Obj({ id: S.Id });
export const IssueResult = S.Obj({ id: S.Id, unions: Type.Integer(), fillers: Type.Integer() });

export const FiguresSchema = Type.Array(
  S.Obj({
    key: Type.String(),
    zh: Type.String(),
    en: Type.String(),
    type: Type.String(),
    unit: Type.String(),
    basisZh: Type.String(),
    basisEn: Type.String(),
  }),
);
export const ShippedFormsSchema = Type.Array(
  S.Obj({
    key: Type.String(),
    title: Type.String(),
    titleEn: Type.String(),
    targetLevel: Type.Integer(),
    periodKind: PeriodKind,
    form: FormSchema,
  }),
);
const MonthDay = Type.String({ minLength: 5, maxLength: 5, pattern: '^[0-9]{2}-[0-9]{2}$' });
export const SettingsQuery = S.Obj({ orgId: Type.Optional(S.Id) });
export const SettingsBody = S.Obj({ orgId: Type.Optional(S.Id), surveyYearStart: MonthDay });
export const SettingsSchema = S.Obj({
  orgId: S.Id,
  surveyYearStart: Type.String(),
  surveyYearEnd: Type.String(),
  setAt: S.Nullable(S.Obj({ orgId: S.Id, orgName: Type.String() })),
});
export const PeriodQuery = S.Obj({
  kind: S.StrEnum(['year', 'survey_year', 'quarter', 'month'] as const),
  year: Type.Integer({ minimum: 1990, maximum: 2200 }),
  part: Type.Optional(Type.Integer({ minimum: 1, maximum: 12 })),
  orgId: Type.Optional(S.Id),
});
export const PeriodSchema = S.Obj({ from: S.DateStr, to: S.DateStr });
export const DeadlineQuery = S.Obj({ workingDays: Type.Integer({ minimum: 1, maximum: 120 }) });
export const DeadlineSchema = S.Obj({ deadline: S.DateStr });

/** What a return asks for: its period, the level of unions that fill it, and by when. */
const Asked = {
  periodKind: PeriodKind,
  periodFrom: S.DateStr,
  periodTo: S.DateStr,
  targetLevel: Type.Integer(),
  deadline: S.DateStr,
};

export const ListQuery = S.Obj({ ...S.Page });
/** One of a union's own returns, to fill or reported: the return, its issuer, its period and the union's submission. */
const MySubmission = S.Obj({
  returnId: S.Id,
  title: Type.String(),
  issuerName: Type.String(),
  periodFrom: S.DateStr,
  periodTo: S.DateStr,
  deadline: S.DateStr,
  orgId: S.Id,
  status: SubmissionStatus,
  consolidates: Type.Boolean(),
  submittedAt: S.Nullable(Type.String()),
});

export const ReturnListSchema = S.Obj({
  issued: Type.Array(
    S.Obj({
      id: S.Id,
      orgId: S.Id,
      orgName: Type.String(),
      title: Type.String(),
      ...Asked,
      status: ReturnStatus,
      issuedAt: S.Nullable(Type.String()),
      unions: Type.Integer(),
      submitted: Type.Integer(),
      accepted: Type.Integer(),
    }),
  ),
  issuedTotal: Type.Integer(),
  toFill: Type.Array(MySubmission, { description: `at most the first ${LIST_CAP.toFill}` }),
  toFillTotal: Type.Integer({ minimum: 0, description: 'how many returns the union has to fill in all' }),
  reported: Type.Array(MySubmission, {
    description: `the union's submitted or accepted returns, the latest sent first; at most ${LIST_CAP.reported}`,
  }),
  reportedTotal: Type.Integer({ minimum: 0, description: 'how many returns the union has reported in all' }),
});
export const PreviousQuery = S.Obj({ orgId: Type.Optional(S.Id) });
export const PreviousSchema = S.CappedList(
  S.Obj({ id: S.Id, title: Type.String(), periodFrom: S.DateStr, periodTo: S.DateStr, status: ReturnStatus }),
  LIST_CAP.previous,
);

export const ReturnSchema = S.Obj({
  id: S.Id,
  orgId: S.Id,
  orgName: Type.String(),
  orgPath: Type.String(),
  orgLevel: Type.Integer(),
  title: Type.String(),
  ...Asked,
  form: FormSchema,
  status: ReturnStatus,
  copiedFrom: S.Nullable(S.Id),
  formKey: S.Nullable(Type.String()),
  createdAt: Type.String(),
  issuedAt: S.Nullable(Type.String()),
  isIssuer: Type.Boolean(),
  mine: S.Nullable(S.Obj({ orgId: S.Id, status: SubmissionStatus, consolidates: Type.Boolean() })),
});

export const UnionParams = S.Obj({ id: S.Id, orgId: S.Id });
export const ViewQuery = S.Obj({ orgId: Type.Optional(S.Id) });

const Problem = S.Obj({ key: Type.String(), zh: Type.String(), en: Type.String() });
export const SubmissionSchema = S.Obj({
  returnId: S.Id,
  title: Type.String(),
  issuerName: Type.String(),
  periodKind: PeriodKind,
  periodFrom: S.DateStr,
  periodTo: S.DateStr,
  deadline: S.DateStr,
  returnStatus: ReturnStatus,
  form: FormSchema,
  figures: Type.Record(
    Type.String(),
    S.Obj({ zh: Type.String(), en: Type.String(), basisZh: Type.String(), basisEn: Type.String() }),
  ),
  orgId: S.Id,
  orgName: Type.String(),
  reviewerOrgId: S.Id,
  reviewerName: Type.String(),
  status: SubmissionStatus,
  consolidates: Type.Boolean(),
  submittedAt: S.Nullable(Type.String()),
  timesReturned: Type.Integer(),
  returnNote: S.Nullable(Type.String()),
  notReportedReason: S.Nullable(Type.String()),
  version: Type.Integer(),
  values: Type.Record(
    Type.String(),
    S.Obj({
      text: Type.String(),
      bound: S.Nullable(Type.String()),
      source: Source,
      reason: S.Nullable(Type.String()),
      enteredBy: S.Nullable(Type.String()),
      enteredAt: Type.String(),
    }),
  ),
  totals: Type.Record(Type.String(), Type.String()),
  lastYear: Type.Record(Type.String(), Type.String()),
  children: Type.Array(
    S.Obj({ orgId: S.Id, orgName: Type.String(), status: SubmissionStatus, consolidates: Type.Boolean() }),
  ),
  comments: Type.Array(
    S.Obj({
      key: Type.String(),
      body: Type.String(),
      round: Type.Integer(),
      writtenBy: S.Nullable(Type.String()),
      writtenAt: Type.String(),
    }),
  ),
  problems: Type.Array(Problem),
  can: S.Obj({ edit: Type.Boolean(), review: Type.Boolean() }),
});

export const SaveBody = S.Obj({
  values: Type.Array(
    S.Obj({
      key: S.Str(120, { minLength: 1 }),
      value: S.Nullable(S.Str(2000)),
      reason: Type.Optional(S.Nullable(S.Str(500))),
    }),
    { maxItems: 20_000 },
  ),
  version: Type.Optional(Type.Integer({ minimum: 0 })),
});
export const SaveResult = S.Obj({ changed: Type.Integer(), version: Type.Integer() });
export const SheetResult = S.Obj({
  changed: Type.Integer(),
  version: Type.Integer(),
  rows: Type.Integer(),
  file: S.SheetFileSchema,
  warnings: S.SheetWarningsSchema,
  warningCount: Type.Integer(),
});
/** A form made from a sheet, with what the sheet was read as and the cells whose characters were lost. */
export const FormFromSheetResult = S.Obj({
  form: FormSchema,
  file: S.SheetFileSchema,
  warnings: S.SheetWarningsSchema,
  warningCount: Type.Integer(),
});
export const StatusResult = S.Obj({ status: SubmissionStatus });
/** A submission's day: a return handed in on paper on a past day is recorded on that day (ADR 40). */
export const SubmitBody = S.Obj({
  receivedOn: Type.Optional(
    Type.String({
      pattern: S.DATE_PATTERN,
      maxLength: 10,
      description:
        'the day the return was handed in (China time), default today; a past day needs history.backdate',
    }),
  ),
});
export const RefreshResult = S.Obj({ changed: Type.Integer() });
export const SendBackBody = S.Obj({
  note: Type.Optional(S.Nullable(S.Str(1000))),
  comments: Type.Optional(Type.Array(S.Obj({ key: S.Str(120), body: S.Str(1000) }), { maxItems: 500 })),
  effectiveOn: S.EffectiveOn,
});
export const NotReportedBody = S.Obj({ reason: S.Str(500), effectiveOn: S.EffectiveOn });
/** The day a return was issued, closed, a union's return accepted or reopened (ADR 40): default today. */
export const DayBody = S.Obj({ effectiveOn: S.EffectiveOn });

export const HistorySchema = S.CappedList(
  S.Obj({
    key: Type.String(),
    label: Type.String(),
    before: Type.String(),
    after: Type.String(),
    source: Source,
    reason: S.Nullable(Type.String()),
    changedBy: S.Nullable(Type.String()),
    changedAt: Type.String(),
  }),
  LIST_CAP.history,
);

export const ProgressSchema = S.Obj({
  returnId: S.Id,
  title: Type.String(),
  deadline: S.DateStr,
  orgId: S.Id,
  orgName: Type.String(),
  counts: S.Obj({
    unions: Type.Integer(),
    open: Type.Integer(),
    submitted: Type.Integer(),
    returned: Type.Integer(),
    accepted: Type.Integer(),
    notReported: Type.Integer(),
    onTime: Type.Integer(),
    late: Type.Integer(),
    overdue: Type.Integer(),
  }),
  unions: Type.Array(
    S.Obj({
      orgId: S.Id,
      orgName: Type.String(),
      path: Type.String(),
      level: Type.Integer(),
      parentOrgId: S.Nullable(S.Id),
      consolidates: Type.Boolean(),
      status: SubmissionStatus,
      firstSubmittedAt: S.Nullable(Type.String()),
      submittedAt: S.Nullable(Type.String()),
      timesReturned: Type.Integer(),
      notReportedReason: S.Nullable(Type.String()),
      below: S.Obj({
        unions: Type.Integer(),
        submitted: Type.Integer(),
        accepted: Type.Integer(),
        notReported: Type.Integer(),
      }),
      late: Type.Boolean(),
      canReview: Type.Boolean(),
    }),
  ),
});

export const ConsolidatedSchema = S.Obj({
  returnId: S.Id,
  title: Type.String(),
  periodFrom: S.DateStr,
  periodTo: S.DateStr,
  orgId: S.Id,
  orgName: Type.String(),
  hasLastYear: Type.Boolean(),
  columns: Type.Array(
    S.Obj({ orgId: S.Id, orgName: Type.String(), status: SubmissionStatus, consolidates: Type.Boolean() }),
  ),
  hasOwn: Type.Boolean(),
  rows: Type.Array(
    S.Obj({
      key: Type.String(),
      label: Type.String(),
      unit: Type.String(),
      type: Type.String(),
      total: S.Nullable(Type.String()),
      lastYear: S.Nullable(Type.String()),
      own: S.Nullable(Type.String()),
      cells: Type.Array(
        S.Obj({
          orgId: S.Id,
          text: S.Nullable(Type.String()),
          lastYear: S.Nullable(Type.String()),
          outlier: S.Nullable(Type.Union([Type.Literal('last_year'), Type.Literal('peers')])),
        }),
      ),
    }),
  ),
  lists: Type.Array(
    S.Obj({
      key: Type.String(),
      label: Type.String(),
      columns: Type.Array(S.Obj({ key: Type.String(), label: Type.String() })),
      rows: Type.Array(S.Obj({ orgName: Type.String(), cells: Type.Record(Type.String(), Type.String()) })),
    }),
  ),
  accepted: Type.Integer(),
  unions: Type.Integer(),
});
