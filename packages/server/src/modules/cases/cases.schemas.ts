import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { EVENT_KINDS, STATUSES, WORKER_CHANNELS } from './cases.types.ts';
import { CHANNELS } from './cases.vocabulary.ts';

const Channel = S.StrEnum(CHANNELS, {
  description:
    'mailbox 工会主席信箱, hotline 职工维权热线, wechat 维权微信号, reception 接待日, forum 恳谈会, congress 职代会/职工大会, committee 民主管理委员会, app 手机应用',
});
const Category = Type.String({
  pattern: '^[a-z][a-z0-9_]{0,39}$',
  maxLength: 40,
  description:
    'A category code from GET /api/cases/categories (shipped: wages, contract, social_insurance, safety, mental_health, hardship, suggestion, democratic_management, rest_leave, women_rights, welfare, training, other; and those the federation adds)',
});
const Status = S.StrEnum(STATUSES, {
  description: 'submitted (to accept), accepted (being handled), answered, closed',
});
const Text = (max: number) => S.Str(max, { minLength: 1 });
const MonthOrDay = Type.String({
  pattern: '^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$',
  maxLength: 10,
});

const Attachment = S.Obj({
  fileName: S.Str(200, { minLength: 1 }),
  contentBase64: Type.String({ minLength: 1, maxLength: 7_000_000, description: 'At most 5 MB' }),
});

export const FileOwnBody = S.Obj({
  channel: S.StrEnum(WORKER_CHANNELS, { description: 'app 手机应用, mailbox 工会主席信箱' }),
  category: Category,
  description: Text(4000),
  anonymous: Type.Boolean(),
  files: Type.Optional(Type.Array(Attachment, { maxItems: 3, description: 'Photos or PDF, at most three' })),
});

/** A time of day in China, 'HH:MM'. */
export const HourMinute = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5 });
/** When a request came in, in China: 'HH:MM' or, to the second, 'HH:MM:SS'. */
export const TimeOfDay = Type.String({
  pattern: '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$',
  maxLength: 8,
  description:
    "'HH:MM' or 'HH:MM:SS' (China time); after the cut-off, to the second, it counts from the next working day",
});
export const SettingsSchema = S.Obj({
  afterHours: HourMinute,
});
/** A year's holidays and make-up working days, pasted from the State Council's notice. */
export const CalendarPasteBody = S.Obj({
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  text: Type.String({ minLength: 1, maxLength: 20_000 }),
  dryRun: Type.Optional(Type.Boolean()),
});
export const CalendarPasteResult = Type.Object({
  year: Type.Integer(),
  dryRun: Type.Boolean(),
  days: Type.Array(Type.Object({ day: Type.String(), working: Type.Boolean(), name: Type.String() })),
  added: Type.Integer(),
  changed: Type.Integer(),
  removed: Type.Integer(),
  removedDays: Type.Array(Type.Object({ day: Type.String(), working: Type.Boolean(), name: Type.String() }), {
    description:
      "the days of the year's calendar the notice does not list, as the calendar holds them: the paste replaces the year, so they go",
  }),
});

export const HolidaysImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  year: Type.Integer({ description: 'the year the sheet sets (0: no day read)' }),
  days: Type.Array(Type.Object({ day: Type.String(), working: Type.Boolean(), name: Type.String() })),
  changed: Type.Integer({ description: 'days already listed whose kind or name changes' }),
  removed: Type.Integer({ description: "days of the year's calendar the sheet no longer lists" }),
  removedDays: Type.Array(Type.Object({ day: Type.String(), working: Type.Boolean(), name: Type.String() }), {
    description:
      "those days, as the calendar holds them: the sheet replaces the year's, so the import removes them",
  }),
});

export const CaseImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  answered: Type.Integer({ description: 'answered, not closed' }),
  closed: Type.Integer(),
  open: Type.Integer({ description: 'neither answered nor closed' }),
});

export const EnterBody = S.Obj({
  channel: Channel,
  category: Category,
  description: Text(4000),
  personId: Type.Optional(S.Nullable(S.Id)),
  orgId: Type.Optional(S.Nullable(S.Id)),
  anonymous: Type.Optional(Type.Boolean()),
  receivedOn: Type.Optional(S.DateStr),
  receivedTime: Type.Optional(S.Nullable(TimeOfDay)),
});

export const TextBody = S.Obj({ text: Text(4000), effectiveOn: S.EffectiveOn });
export const NoteBody = S.Obj({ note: Type.Optional(S.Nullable(S.Str(1000))), effectiveOn: S.EffectiveOn });
export const AcceptBody = S.Obj({ effectiveOn: S.EffectiveOn });
/** The worker's own reply: always today. */
export const WorkerTextBody = S.Obj({ text: Text(4000) });
export const AssignBody = S.Obj({ userId: S.Id, effectiveOn: S.EffectiveOn });
export const TransferBody = S.Obj({
  orgId: S.Id,
  note: Type.Optional(S.Nullable(S.Str(1000))),
  effectiveOn: S.EffectiveOn,
});
export const RateBody = S.Obj({
  rating: Type.Integer({ minimum: 1, maximum: 5 }),
  comment: Type.Optional(S.Nullable(S.Str(1000))),
});
export const ReopenBody = S.Obj({ reason: Text(1000) });

const common = {
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  filedOrgId: Type.Integer(),
  filedOrgName: Type.String(),
  channel: Channel,
  category: Category,
  categoryName: Type.Object({ zh: Type.String(), en: Type.String() }),
  description: Type.String(),
  anonymous: Type.Boolean(),
  status: Status,
  filedOn: Type.String(),
  receivedTime: S.Nullable(
    Type.String({ description: "'HH:MM' or 'HH:MM:SS' when the time it came in was told" }),
  ),
  countedFrom: Type.String({
    description:
      'the working day the deadlines count from (the next one when it came on a rest day or after hours)',
  }),
  ackDue: Type.String(),
  answerDue: Type.String(),
  acceptedOn: S.Nullable(Type.String()),
  answeredOn: S.Nullable(Type.String()),
  closedOn: S.Nullable(Type.String()),
  overdue: Type.Boolean(),
  onTime: S.Nullable(Type.Boolean()),
  rating: S.Nullable(Type.Integer()),
  ratingComment: S.Nullable(Type.String()),
  reopened: Type.Boolean(),
};

export const MyCaseSchema = Type.Object(common);
export const StaffCaseSchema = Type.Object({
  ...common,
  handlerUserId: S.Nullable(Type.Integer()),
  handlerName: S.Nullable(Type.String()),
  identity: S.StrEnum(['shown', 'hidden', 'anonymous', 'unnamed'] as const, {
    description:
      'shown to the handling chain; hidden from unions the request has left; anonymous for all; unnamed when staff entered it without naming a worker',
  }),
  worker: S.Nullable(
    Type.Object({ personId: Type.Integer(), name: Type.String(), phone: S.Nullable(Type.String()) }),
  ),
  inChain: Type.Boolean(),
});

const EventSchema = Type.Object({
  id: Type.Integer(),
  kind: S.StrEnum(EVENT_KINDS),
  orgName: Type.String(),
  toOrgName: S.Nullable(Type.String()),
  actorName: S.Nullable(Type.String()),
  body: S.Nullable(Type.String()),
  visible: Type.Boolean(),
  at: Type.String(),
});
const FileSchema = Type.Object({
  id: Type.Integer(),
  fileName: Type.String(),
  mime: Type.String(),
  size: Type.Integer({ description: 'Bytes' }),
  uploadedAt: Type.String({ description: "When it was sent, China time: 'YYYY-MM-DD HH:MM'" }),
});

export const MyCaseList = Type.Object({ items: Type.Array(MyCaseSchema), total: Type.Integer() });
export const MyCaseDetail = Type.Object({
  case: MyCaseSchema,
  events: Type.Array(EventSchema),
  files: Type.Array(FileSchema),
  canRate: Type.Boolean(),
  canReopen: Type.Boolean(),
});
export const CaseList = S.PagedList(StaffCaseSchema);
export const CaseDetail = Type.Object({
  case: StaffCaseSchema,
  events: Type.Array(EventSchema),
  files: Type.Array(FileSchema),
  canHandle: Type.Boolean(),
  handlers: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })),
  unionAbove: S.Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
});

const listFilters = {
  orgId: Type.Optional(S.Id),
  status: Type.Optional(S.StrEnum([...STATUSES, 'open'] as const)),
  channel: Type.Optional(Channel),
  category: Type.Optional(Category),
  overdue: Type.Optional(Type.Boolean()),
  mine: Type.Optional(
    Type.Boolean({
      description:
        'only the requests my own union handles (to accept or answer): the rows of its desk cards (待办)',
    }),
  ),
  q: Type.Optional(S.Str(100)),
  from: Type.Optional(S.DateStr),
  to: Type.Optional(S.DateStr),
};
export const CaseQuery = S.Obj({ ...listFilters, ...S.Page });
export const CaseExportQuery = S.Obj(listFilters);

export const FileParams = S.Obj({ id: S.Id, fileId: S.Id });

/** Its days may be months and are required, and `asOf` reads open cases on another day. */
export const StatsQuery = S.statsQuery({
  from: { ...MonthOrDay, description: 'the first day (or month) counted' },
  to: {
    ...MonthOrDay,
    description: 'the last day (or month) counted; open and overdue as of it unless asOf',
  },
  asOf: Type.Optional({
    ...S.DateStr,
    description:
      'a day: open and overdue as they stood on it, from the recorded steps (default the end of `to`)',
  }),
});
export const StatsSchema = Type.Object({
  orgId: Type.Integer(),
  orgName: Type.String(),
  from: Type.String(),
  to: Type.String(),
  statesOn: Type.String({ description: 'the day open and overdue are counted at' }),
  filed: Type.Integer(),
  byChannel: Type.Array(Type.Object({ channel: Channel, n: Type.Integer() })),
  byCategory: Type.Array(
    Type.Object({
      category: Category,
      name: Type.Object({ zh: Type.String(), en: Type.String() }),
      n: Type.Integer(),
    }),
    { description: 'every offered category, and a retired one when it has requests in the period' },
  ),
  answered: Type.Integer(),
  onTime: Type.Integer(),
  onTimeRate: S.Nullable(Type.Number()),
  rated: Type.Integer(),
  ratingAverage: S.Nullable(Type.Number()),
  open: Type.Integer(),
  overdue: Type.Integer(),
  byUnion: Type.Array(
    Type.Object({
      orgId: Type.Integer(),
      orgName: Type.String(),
      own: Type.Boolean({ description: "the union's own requests (本级), not a union below it" }),
      ...S.UnionDepth,
      filed: Type.Integer(),
      answered: Type.Integer(),
      onTime: Type.Integer(),
      open: Type.Integer(),
      overdue: Type.Integer(),
    }),
  ),
  notes: S.FigureNotes,
});

export const CalendarQuery = S.Obj({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });
export const CalendarSchema = Type.Object({
  year: Type.Integer(),
  days: Type.Array(Type.Object({ day: Type.String(), working: Type.Boolean(), name: Type.String() })),
});
export const DayParams = S.Obj({ day: S.DateStr });
export const DayBody = S.Obj({ working: Type.Boolean(), name: Text(50) });
export const CategoryParams = S.Obj({ code: Category });
export const CategoryBody = S.Obj({
  nameZh: S.Str(20, { minLength: 1 }),
  nameEn: S.Str(60, { minLength: 1 }),
  ackDays: Type.Integer({ minimum: 1, maximum: 60, description: 'working days to accept' }),
  answerDays: Type.Integer({ minimum: 1, maximum: 120, description: 'working days to answer' }),
  active: Type.Boolean({ description: 'offered for new requests (false: retired)' }),
});
/** The categories a worker may file a request under, as named now. */
export const OfferedCategories = Type.Array(
  Type.Object({ code: Category, nameZh: Type.String(), nameEn: Type.String() }),
);
export const CategoryList = Type.Array(
  Type.Object({
    code: Category,
    nameZh: Type.String(),
    nameEn: Type.String(),
    ackDays: Type.Integer(),
    answerDays: Type.Integer(),
    active: Type.Boolean(),
  }),
);
export const EscalationRunBody = S.Obj({ now: Type.String({ format: 'date-time', maxLength: 40 }) });
export const EscalationRunResult = Type.Object({ escalated: Type.Array(Type.Integer()) });
