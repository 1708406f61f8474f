import { type TProperties, type TSchema, type TString, Type } from 'typebox';

/** Shared schema pieces. Objects reject unknown fields; strings carry a length limit. */
export const Obj = <T extends Record<string, TSchema>>(props: T, options: { description?: string } = {}) =>
  Type.Object(props, { additionalProperties: false, ...options });

/** A string schema with its limits in its type, so a sheet's reader can refuse what the page would (users.import). */
export type LimitedString = TString & { readonly maxLength: number; readonly minLength?: number };

export const Str = (max = 200, options: Record<string, unknown> = {}) =>
  Type.String({ maxLength: max, ...options }) as LimitedString;

/**
 * A name must hold at least one character that is neither white space (JavaScript's \s: spaces of every
 * width, the ideographic space, BOM) nor invisible (zero-width spaces and joiners, bidi marks, soft hyphen,
 * Hangul fillers, variation selectors).
 */
export const NAME_PATTERN =
  '[^\\s\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0]';

/** A name-like field: required text with something visible in it (see NAME_PATTERN). */
export const Name = (max = 200, options: Record<string, unknown> = {}) =>
  Str(max, { minLength: 1, pattern: NAME_PATTERN, ...options });

export const Id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
export const IdParams = Obj({ id: Id });
/** The pattern of a calendar date; the validator also checks the day exists (http/validation.ts). */
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const DateStr = Type.String({ pattern: DATE_PATTERN, maxLength: 10 });
/**
 * A statistics period by days (issue 23, ADR 42), beside or instead of a year: flows counted over [from, to], states
 * as they stood on `to` (or today, when `to` is later). Days win over years.
 */
export const PeriodFields = {
  from: Type.Optional({
    ...DateStr,
    description: "the first day counted (default 1 January of the year asked, or of `to`'s year)",
  }),
  to: Type.Optional({
    ...DateStr,
    description: 'the last day counted; states are read as they stood on it (today, if it is later)',
  }),
};
/**
 * A statistics year: the house range, 1990 to 2200. A register whose records reach further back gives its first year
 * (`statsYear(1950)`), and says why.
 */
export const statsYear = (since = 1990) => Type.Integer({ minimum: since, maximum: 2200 });
export const StatsYear = statsYear();
/** A statistics year asked (`year`), and a span of years (`fromYear` to `toYear`, either end open). */
export const YearAsked = { year: Type.Optional(StatsYear) };
export const YearSpan = { fromYear: Type.Optional(StatsYear), toYear: Type.Optional(StatsYear) };
type DaysLeft<P> = Omit<typeof PeriodFields, keyof P>;
/**
 * The query of a statistics page (issue 46): the union whose subtree it counts (`orgId`, by default the caller's),
 * the page's own fields — its filters and the years it takes (`YearAsked`, `YearSpan`) — and the days (`from`, `to`:
 * `PeriodFields`), handed to `statsPeriod` (`shared/period.ts`) as they are. A page whose days mean something else
 * (months too, no default) declares its own `from` or `to`, which stands instead of the shared one.
 */
export function statsQuery<P extends TProperties>(own: P) {
  const days = Object.fromEntries(Object.entries(PeriodFields).filter(([k]) => !(k in own))) as DaysLeft<P>;
  return Obj({ orgId: Type.Optional(Id), ...own, ...days });
}
/** The period a statistic counted: flows over [from, to], states on `asOf`. */
export const PeriodAnswer = { from: DateStr, to: DateStr, asOf: DateStr };
/** The head of a statistics answer: the union counted, by id and name, and the period it counted. */
export const StatsRowHead = { orgId: Type.Integer(), orgName: Type.String(), ...PeriodAnswer };
/** The head of a statistics answer naming the union counted by name alone. */
export const StatsNamedHead = { ...PeriodAnswer, orgName: Type.String() };
/**
 * What each figure of a statistics answer counts and as of which day (issue 41: every figure names its rule), in
 * Chinese and English: the page shows them, the export writes the same in its 说明 sheet (shared/figure-notes.ts).
 */
export const FigureNotes = Type.Array(
  Obj({
    key: Type.String(),
    label: Obj({ zh: Type.String(), en: Type.String() }),
    note: Obj({ zh: Type.String(), en: Type.String() }),
  }),
  { description: 'what each figure counts and over which days, as the page and the export say it' },
);
/** The day a decision happened, China time (default today; a past day needs `history.backdate`, ADR 40). */
export const EffectiveOn = Type.Optional(
  Type.String({
    pattern: DATE_PATTERN,
    maxLength: 10,
    description: 'the day it happened (China time), default today; a past day needs history.backdate',
  }),
);
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

/**
 * A statistics row's union's depth in the tree (1 a root), null for the asked union's own row (本级): the page and
 * the .xlsx indent each union below the topmost listed (treeSteps).
 */
export const UnionDepth = {
  depth: Nullable(
    Type.Integer({
      minimum: 1,
      description: "the union's depth in the tree (1 a root), null for the asked union's own row (本级)",
    }),
  ),
};
/**
 * The head of a statistics answer that may count every union the caller sees: the period it counted and the union
 * asked for (its subtree), by name, or null for every union.
 */
export const StatsAskedHead = {
  ...PeriodAnswer,
  orgName: Nullable(
    Type.String({ description: 'the union counted (its subtree); null: every union the caller sees' }),
  ),
};

export const Page = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
};

/**
 * A list cut at a cap (issue 24): the first `cap` items and how many there are in all, so the page can say how
 * many are not shown. The same shape as a page of a paged list.
 */
export const CappedList = <T extends TSchema>(item: T, cap: number, options: { description?: string } = {}) =>
  Obj(
    {
      items: Type.Array(item, { description: `at most the first ${cap}` }),
      total: Type.Integer({
        minimum: 0,
        description: 'how many there are in all; more than the items when the list was cut',
      }),
    },
    options,
  );

/** A page of a paged list: its items, how many there are in all, and which page of what size it is. */
export const PagedList = <T extends TSchema>(item: T, options: { description?: string } = {}) =>
  Obj(
    {
      items: Type.Array(item),
      total: Type.Integer({ minimum: 0, description: 'how many there are in all' }),
      page: Type.Integer({ minimum: 1 }),
      pageSize: Type.Integer({ minimum: 1 }),
    },
    options,
  );

export const ErrorBody = Obj({
  error: Obj({
    code: Type.String(),
    message: Type.String(),
    messageZh: Type.String(),
    messageEn: Type.String(),
    details: Type.Optional(Type.Unknown()),
  }),
});

/** A file field of a multipart form (documented as a binary string; multipart is not schema-validated). */
export const FileField = Type.String({ format: 'binary' });

/** The multipart form of a spreadsheet upload: one file in the field `file`. */
export const SheetUploadForm = Obj({ file: FileField });

/** A multipart form of evidence files, each under its evidence key (e.g. `certificate_scan`), and text fields. */
export const EvidenceForm = <T extends Record<string, TSchema>>(fields: T) =>
  Type.Object(fields, {
    additionalProperties: FileField,
    description:
      'Each file under its evidence key (e.g. certificate_scan); a file sent as `files` is filed under `other`',
  });

export const Ok = Obj({ ok: Type.Literal(true) });

/**
 * A string that must be one of `values`, typed as their union; `title` is the field's Chinese name where the shared
 * dictionary (field-labels.a-l.ts, field-labels.m-z.ts) has none.
 */
export const StrEnum = <const T extends readonly string[]>(
  values: T,
  options: { title?: string; description?: string } = {},
) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/** Every object schema with properties that does not say otherwise refuses unknown fields. */
export function closeObjects<T>(schema: T): T {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      // property names are data, not schema keywords
      out[k] =
        k === 'properties' ? Object.fromEntries(Object.entries(v).map(([p, s]) => [p, visit(s)])) : visit(v);
    }
    if (out.type === 'object' && out.properties && out.additionalProperties === undefined)
      out.additionalProperties = false;
    return out;
  };
  return visit(schema) as T;
}

/** What an uploaded sheet was read as: the format found in its content, a text file's encoding, the sheet read. */
export const SheetFileSchema = Type.Object({
  format: StrEnum(['xlsx', 'xls', 'ods', 'csv'] as const),
  encoding: Nullable(StrEnum(['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const)),
  sheetName: Nullable(Type.String({ description: 'the sheet read (the first, when several were)' })),
  sheets: Type.Optional(
    Type.Array(Type.String(), {
      description: 'the sheets read, in order, when the rows came from more than one (ADR 152)',
    }),
  ),
  unreadColumns: Type.Optional(
    Type.Array(Type.String(), {
      description:
        "the header's columns the register has none of (a clerk's own column; a row number aside): their cells are not imported",
    }),
  ),
});

/** A row's sheet, beside its number, when the file was read from several sheets (ADR 152). */
const RowSheet = Type.Optional(Type.String({ description: "the row's sheet, when several were read" }));

/** Cells that lost characters on the way (王? from a GBK file), read as written and listed for checking. */
export const SheetWarningsSchema = Type.Array(
  Type.Object({
    rowNo: Type.Integer(),
    sheet: RowSheet,
    column: Type.String(),
    zh: Type.String(),
    en: Type.String(),
  }),
  { description: 'The first 200 cells holding characters that could not be read; warningCount counts all' },
);

/** Rows read as no data: a 合计 row, a bare row of the sums above it, a 填表说明 block. */
export const IgnoredRowsSchema = Type.Array(
  Type.Object({ rowNo: Type.Integer(), sheet: RowSheet, reason: StrEnum(['total', 'sum', 'note'] as const) }),
  {
    description:
      'rows read as no data: total (a 合计 row), sum (a row of the sums of the rows above it, without 合计), note (填表说明, 填表人)',
  },
);

/**
 * What a sheet import answers after its counts: the file read, the cells that lost characters, each refused row
 * (its number, the column, and why; `cell` adds what the row's answer says of the cell, such as its value).
 */
function sheetOutcome<P extends TProperties>(cell: P) {
  return {
    file: SheetFileSchema,
    warnings: SheetWarningsSchema,
    warningCount: Type.Integer(),
    errors: Type.Array(
      Type.Object({
        rowNo: Type.Integer(),
        sheet: RowSheet,
        column: Type.String(),
        ...cell,
        messageZh: Type.String(),
        messageEn: Type.String(),
      }),
    ),
  };
}
export const SheetImportOutcome = sheetOutcome({});

/** The answer of a register import (issue 23): its dry run (预检) or what it wrote. */
export const RegisterImportResult = Type.Object({
  dryRun: Type.Boolean(),
  total: Type.Integer({ description: 'data rows read' }),
  created: Type.Integer({ description: 'rows created (or, on a dry run, that would be)' }),
  onRecord: Type.Optional(
    Type.Integer({
      description:
        'records the file gives as they stand on the register already (a ledger sent again whole): skipped, not imported',
    }),
  ),
  ignoredRows: IgnoredRowsSchema,
  ...sheetOutcome({ value: Type.Optional(Type.String()) }),
});
export const DryRunQuery = Obj({
  dryRun: Type.Optional(Type.Boolean({ description: 'true: read and check only (预检), write nothing' })),
});
/** The query of a sheet that takes effect on a day (a roster's sign-ups, a batch's attendance; ADR 40). */
export const DatedImportQuery = Obj({ ...DryRunQuery.properties, effectiveOn: EffectiveOn });

/** A record's edits (ADR 60): when, by whom, and each changed field from → to as stored (the screen words them). */
export const EditHistorySchema = Type.Array(
  Type.Object({
    id: Type.Integer(),
    at: Type.String({ description: 'the moment the edit was entered' }),
    byName: Nullable(Type.String()),
    changes: Type.Array(
      Type.Object({
        field: Type.String(),
        from: Type.Unknown(),
        to: Type.Unknown(),
      }),
    ),
  }),
);
