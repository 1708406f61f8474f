import { Type } from 'typebox';
import {
  CappedList,
  DATE_PATTERN,
  DateStr,
  EffectiveOn,
  Id,
  Name,
  Nullable,
  Obj,
  Page,
  SheetFileSchema,
  SheetWarningsSchema,
  Str,
  StrEnum,
} from '../../http/schema.ts';
import { FIGURE_KEYS } from './returns.figures.ts';
import { FIELD_TYPES } from './returns.form.ts';
import { LIST_CAP } from './returns.repository.ts';

const Key = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_]+$' });
const Bilingual = Obj({ zh: Str(300), en: Str(300) });
const FieldSchema = Obj({
  key: Key,
  label: Str(200),
  type: StrEnum(FIELD_TYPES),
  unit: Type.Optional(Str(20)),
  help: Type.Optional(Str(500)),
  required: Type.Optional(Type.Boolean()),
  min: Type.Optional(Type.Number({ minimum: -1e12, maximum: 1e12 })),
  max: Type.Optional(Type.Number({ minimum: -1e12, maximum: 1e12 })),
  choices: Type.Optional(Type.Array(Str(100), { maxItems: 50 })),
  figure: Type.Optional(StrEnum(FIGURE_KEYS)),
});
const TableSchema = Obj({
  key: Key,
  label: Str(200),
  rows: Type.Optional(
    Type.Array(
      Obj({
        key: Key,
        label: Str(200),
        figures: Type.Optional(
          Type.Record(Type.String({ pattern: '^[A-Za-z0-9_]+$' }), StrEnum(FIGURE_KEYS)),
        ),
      }),
      { maxItems: 200 },
    ),
  ),
  maxRows: Type.Optional(Type.Integer({ minimum: 1, maximum: 2000 })),
  columns: Type.Array(FieldSchema, { maxItems: 30 }),
});
export const FormSchema = Obj({
  sections: Type.Array(
    Obj({
      key: Key,
      title: Str(200),
      fields: Type.Array(FieldSchema, { maxItems: 400 }),
      tables: Type.Array(TableSchema, { maxItems: 20 }),
    }),
    { maxItems: 50 },
  ),
  rules: Type.Array(Obj({ expr: Str(300), message: Type.Optional(Bilingual) }), { maxItems: 100 }),
});

const PeriodKind = StrEnum(['year', 'survey_year', 'quarter', 'month', 'range'] as const);
const ReturnStatus = StrEnum(['draft', 'issued', 'closed'] as const);
const SubmissionStatus = StrEnum(['open', 'submitted', 'returned', 'accepted', 'not_reported'] as const);
const Source = StrEnum(['bound', 'typed', 'sheet', 'consolidation'] as const);

export const ReturnBody = Obj({
  orgId: Type.Optional(Id),
  title: Name(200),
  periodKind: PeriodKind,
  periodFrom: DateStr,
  periodTo: DateStr,
  targetLevel: Type.Integer({ minimum: 2, maximum: 5 }),
  deadline: DateStr,
  form: FormSchema,
  copiedFrom: Type.Optional(Nullable(Id)),
  formKey: Type.Optional(Nullable(StrEnum(['grassroots_annual', 'upper_annual'] as const))),
});

export const IdResult = Obj({ id: Id });
export const IssueResult = Obj({ id: Id, unions: Type.Integer(), fillers: Type.Integer() });

export const FiguresSchema = Type.Array(
  Obj({
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
  Obj({
    key: Type.String(),
    title: Type.String(),
    titleEn: Type.String(),
    targetLevel: Type.Integer(),
    periodKind: PeriodKind,
    form: FormSchema,
  }),
);
const MonthDay = Type.String({ minLength: 5, maxLength: 5, pattern: '^[0-9]{2}-[0-9]{2}$' });
export const SettingsQuery = Obj({ orgId: Type.Optional(Id) });
export const SettingsBody = Obj({ orgId: Type.Optional(Id), surveyYearStart: MonthDay });
export const SettingsSchema = Obj({
  orgId: Id,
  surveyYearStart: Type.String(),
  surveyYearEnd: Type.String(),
  setAt: Nullable(Obj({ orgId: Id, orgName: Type.String() })),
});
export const PeriodQuery = Obj({
  kind: StrEnum(['year', 'survey_year', 'quarter', 'month'] as const),
  year: Type.Integer({ minimum: 1990, maximum: 2200 }),
  part: Type.Optional(Type.Integer({ minimum: 1, maximum: 12 })),
  orgId: Type.Optional(Id),
});
export const PeriodSchema = Obj({ from: DateStr, to: DateStr });
export const DeadlineQuery = Obj({ workingDays: Type.Integer({ minimum: 1, maximum: 120 }) });
export const DeadlineSchema = Obj({ deadline: DateStr });

export const ListQuery = Obj({ ...Page });
export const ReturnListSchema = Obj({
  issued: Type.Array(
    Obj({
      id: Id,
      orgId: Id,
      orgName: Type.String(),
      title: Type.String(),
      periodKind: PeriodKind,
      periodFrom: DateStr,
      periodTo: DateStr,
      targetLevel: Type.Integer(),
      deadline: DateStr,
      status: ReturnStatus,
      issuedAt: Nullable(Type.String()),
      unions: Type.Integer(),
      submitted: Type.Integer(),
      accepted: Type.Integer(),
    }),
  ),
  issuedTotal: Type.Integer(),
  toFill: Type.Array(
    Obj({
      returnId: Id,
      title: Type.String(),
      issuerName: Type.String(),
      periodFrom: DateStr,
      periodTo: DateStr,
      deadline: DateStr,
      orgId: Id,
      status: SubmissionStatus,
      consolidates: Type.Boolean(),
      submittedAt: Nullable(Type.String()),
    }),
    { description: `at most the first ${LIST_CAP.toFill}` },
  ),
  toFillTotal: Type.Integer({ minimum: 0, description: 'how many returns the union has to fill in all' }),
});
export const PreviousQuery = Obj({ orgId: Type.Optional(Id) });
export const PreviousSchema = CappedList(
  Obj({ id: Id, title: Type.String(), periodFrom: DateStr, periodTo: DateStr, status: ReturnStatus }),
  LIST_CAP.previous,
);

export const ReturnSchema = Obj({
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  orgPath: Type.String(),
  orgLevel: Type.Integer(),
  title: Type.String(),
  periodKind: PeriodKind,
  periodFrom: DateStr,
  periodTo: DateStr,
  targetLevel: Type.Integer(),
  deadline: DateStr,
  form: FormSchema,
  status: ReturnStatus,
  copiedFrom: Nullable(Id),
  formKey: Nullable(Type.String()),
  createdAt: Type.String(),
  issuedAt: Nullable(Type.String()),
  isIssuer: Type.Boolean(),
  mine: Nullable(Obj({ orgId: Id, status: SubmissionStatus, consolidates: Type.Boolean() })),
});

export const UnionParams = Obj({ id: Id, orgId: Id });
export const ViewQuery = Obj({ orgId: Type.Optional(Id) });

const Problem = Obj({ key: Type.String(), zh: Type.String(), en: Type.String() });
export const SubmissionSchema = Obj({
  returnId: Id,
  title: Type.String(),
  issuerName: Type.String(),
  periodKind: PeriodKind,
  periodFrom: DateStr,
  periodTo: DateStr,
  deadline: DateStr,
  returnStatus: ReturnStatus,
  form: FormSchema,
  figures: Type.Record(
    Type.String(),
    Obj({ zh: Type.String(), en: Type.String(), basisZh: Type.String(), basisEn: Type.String() }),
  ),
  orgId: Id,
  orgName: Type.String(),
  reviewerOrgId: Id,
  reviewerName: Type.String(),
  status: SubmissionStatus,
  consolidates: Type.Boolean(),
  submittedAt: Nullable(Type.String()),
  timesReturned: Type.Integer(),
  returnNote: Nullable(Type.String()),
  notReportedReason: Nullable(Type.String()),
  version: Type.Integer(),
  values: Type.Record(
    Type.String(),
    Obj({
      text: Type.String(),
      bound: Nullable(Type.String()),
      source: Source,
      reason: Nullable(Type.String()),
      enteredBy: Nullable(Type.String()),
      enteredAt: Type.String(),
    }),
  ),
  totals: Type.Record(Type.String(), Type.String()),
  lastYear: Type.Record(Type.String(), Type.String()),
  children: Type.Array(
    Obj({ orgId: Id, orgName: Type.String(), status: SubmissionStatus, consolidates: Type.Boolean() }),
  ),
  comments: Type.Array(
    Obj({
      key: Type.String(),
      body: Type.String(),
      round: Type.Integer(),
      writtenBy: Nullable(Type.String()),
      writtenAt: Type.String(),
    }),
  ),
  problems: Type.Array(Problem),
  can: Obj({ edit: Type.Boolean(), review: Type.Boolean() }),
});

export const SaveBody = Obj({
  values: Type.Array(
    Obj({
      key: Str(120, { minLength: 1 }),
      value: Nullable(Str(2000)),
      reason: Type.Optional(Nullable(Str(500))),
    }),
    { maxItems: 20_000 },
  ),
  version: Type.Optional(Type.Integer({ minimum: 0 })),
});
export const SaveResult = Obj({ changed: Type.Integer(), version: Type.Integer() });
export const SheetResult = Obj({
  changed: Type.Integer(),
  version: Type.Integer(),
  rows: Type.Integer(),
  file: SheetFileSchema,
  warnings: SheetWarningsSchema,
  warningCount: Type.Integer(),
});
/** A form made from a sheet, with what the sheet was read as and the cells whose characters were lost. */
export const FormFromSheetResult = Obj({
  form: FormSchema,
  file: SheetFileSchema,
  warnings: SheetWarningsSchema,
  warningCount: Type.Integer(),
});
export const StatusResult = Obj({ status: SubmissionStatus });
/** A submission's day: a return handed in on paper on a past day is recorded on that day (ADR 40). */
export const SubmitBody = Obj({
  receivedOn: Type.Optional(
    Type.String({
      pattern: DATE_PATTERN,
      maxLength: 10,
      description:
        'the day the return was handed in (China time), default today; a past day needs history.backdate',
    }),
  ),
});
export const RefreshResult = Obj({ changed: Type.Integer() });
export const SendBackBody = Obj({
  note: Type.Optional(Nullable(Str(1000))),
  comments: Type.Optional(Type.Array(Obj({ key: Str(120), body: Str(1000) }), { maxItems: 500 })),
  effectiveOn: EffectiveOn,
});
export const NotReportedBody = Obj({ reason: Str(500), effectiveOn: EffectiveOn });
/** The day a return was issued, closed, a union's return accepted or reopened (ADR 40): default today. */
export const DayBody = Obj({ effectiveOn: EffectiveOn });

export const HistorySchema = CappedList(
  Obj({
    key: Type.String(),
    label: Type.String(),
    before: Type.String(),
    after: Type.String(),
    source: Source,
    reason: Nullable(Type.String()),
    changedBy: Nullable(Type.String()),
    changedAt: Type.String(),
  }),
  LIST_CAP.history,
);

export const ProgressSchema = Obj({
  returnId: Id,
  title: Type.String(),
  deadline: DateStr,
  orgId: Id,
  orgName: Type.String(),
  counts: Obj({
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
    Obj({
      orgId: Id,
      orgName: Type.String(),
      path: Type.String(),
      level: Type.Integer(),
      parentOrgId: Nullable(Id),
      consolidates: Type.Boolean(),
      status: SubmissionStatus,
      firstSubmittedAt: Nullable(Type.String()),
      submittedAt: Nullable(Type.String()),
      timesReturned: Type.Integer(),
      notReportedReason: Nullable(Type.String()),
      below: Obj({
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

export const ConsolidatedSchema = Obj({
  returnId: Id,
  title: Type.String(),
  periodFrom: DateStr,
  periodTo: DateStr,
  orgId: Id,
  orgName: Type.String(),
  hasLastYear: Type.Boolean(),
  columns: Type.Array(
    Obj({ orgId: Id, orgName: Type.String(), status: SubmissionStatus, consolidates: Type.Boolean() }),
  ),
  hasOwn: Type.Boolean(),
  rows: Type.Array(
    Obj({
      key: Type.String(),
      label: Type.String(),
      unit: Type.String(),
      type: Type.String(),
      total: Nullable(Type.String()),
      lastYear: Nullable(Type.String()),
      own: Nullable(Type.String()),
      cells: Type.Array(
        Obj({
          orgId: Id,
          text: Nullable(Type.String()),
          lastYear: Nullable(Type.String()),
          outlier: Nullable(Type.Union([Type.Literal('last_year'), Type.Literal('peers')])),
        }),
      ),
    }),
  ),
  lists: Type.Array(
    Obj({
      key: Type.String(),
      label: Type.String(),
      columns: Type.Array(Obj({ key: Type.String(), label: Type.String() })),
      rows: Type.Array(Obj({ orgName: Type.String(), cells: Type.Record(Type.String(), Type.String()) })),
    }),
  ),
  accepted: Type.Integer(),
  unions: Type.Integer(),
});
