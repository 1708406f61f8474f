import { Type } from 'typebox';
import {
  DateStr,
  EditHistorySchema,
  EffectiveOn,
  FigureNotes,
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
import { CONTEST_KINDS, CONTEST_LEVELS, CONTEST_STATUSES, ENTRY_MODES } from './contests.types.ts';

const Level = StrEnum(CONTEST_LEVELS, {
  description:
    'national 国家级, city 市级, district 区级, industry 系统/行业 (recorded as district), enterprise 企业级',
});
const Kind = StrEnum(CONTEST_KINDS, {
  description: 'skills 技能竞赛 (trades), labour 劳动竞赛 (between units)',
});
const Status = StrEnum(CONTEST_STATUSES);
const Mode = StrEnum(ENTRY_MODES, { description: 'individual 个人, team 团队/班组, unit 单位 (no persons)' });
const Limit = Nullable(Type.Integer({ minimum: 1, maximum: 100000 }));

export const EventSchema = Obj({
  id: Type.Integer(),
  name: Type.String(),
  mode: Mode,
  limitPerUnion: Nullable(Type.Integer()),
  teamSize: Nullable(Type.Integer()),
});

const contestProps = {
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  name: Type.String(),
  level: Level,
  kind: Kind,
  startsOn: Type.String(),
  endsOn: Type.String(),
  limitPerUnion: Nullable(Type.Integer()),
  status: Status,
  publishedAt: Nullable(Type.String()),
  publishedOn: Nullable(Type.String({ description: 'the day the results were published (China time)' })),
  publishedRecordedAt: Nullable(
    Type.String({ format: 'date-time', description: 'when the last publication was recorded' }),
  ),
  registrationClosedOn: Nullable(Type.String({ description: 'the day registration closed (China time)' })),
  entryCount: Type.Integer(),
  hasUnpublishedChanges: Type.Boolean({ description: 'results corrected since the last publication' }),
};

export const ContestSchema = Obj(contestProps);
export const ContestDetailSchema = Obj({
  ...contestProps,
  events: Type.Array(EventSchema),
  edits: Type.Optional({ ...EditHistorySchema, description: "the contest's edits (on its page)" }),
  mayManage: Type.Boolean({
    description: "the caller may close entries, enter, import and publish results (the organiser's subtree)",
  }),
});
export const ContestList = Obj({
  items: Type.Array(ContestSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const ContestBody = Obj({
  orgId: Id,
  name: Name(100),
  level: Level,
  kind: Kind,
  startsOn: DateStr,
  endsOn: DateStr,
  limitPerUnion: Type.Optional(Limit),
  events: Type.Array(
    Obj({
      name: Name(60),
      mode: Mode,
      limitPerUnion: Type.Optional(Limit),
      teamSize: Type.Optional(Nullable(Type.Integer({ minimum: 2, maximum: 50 }))),
    }),
    { minItems: 1, maxItems: 300 },
  ),
});

/** A correction of a contest before its results are published (ADR 60): the fields sent replace those on file. */
export const EditContestBody = Obj({
  name: Type.Optional(Name(100)),
  level: Type.Optional(Level),
  startsOn: Type.Optional(DateStr),
  endsOn: Type.Optional(DateStr),
});

export const ContestQuery = Obj({
  status: Type.Optional(Status),
  year: Type.Optional(Type.Integer({ minimum: 1949, maximum: 2100 })),
  ...Page,
});

export const EntrySchema = Obj({
  id: Type.Integer(),
  contestId: Type.Integer(),
  eventId: Type.Integer(),
  eventName: Type.String(),
  mode: Mode,
  enteredOn: Type.String({ description: 'the day it was registered (China time)' }),
  orgId: Type.Integer(),
  orgName: Type.String(),
  name: Nullable(Type.String()),
  members: Type.Array(Obj({ personId: Type.Integer(), name: Type.String(), idMasked: Type.String() })),
  rank: Nullable(Type.Integer()),
  score: Nullable(Type.Number()),
  prize: Nullable(Type.String()),
  publishedPrize: Nullable(Type.String({ description: 'the prize the last publication recorded' })),
});

export const EntryList = Obj({ items: Type.Array(EntrySchema) });
export const EntryQuery = Obj({ eventId: Type.Optional(Id) });

export const EntryBody = Obj({
  eventId: Id,
  orgId: Id,
  name: Type.Optional(Nullable(Str(100, { description: 'the team or unit name (team and unit events)' }))),
  personIds: Type.Array(Id, { maxItems: 50 }),
  effectiveOn: EffectiveOn,
});

/** The day registration closed (ADR 40). */
export const CloseBody = Obj({ effectiveOn: EffectiveOn });

export const ResultBody = Obj({
  rank: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 999999 }))),
  score: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 99999999.99 }))),
  prize: Type.Optional(
    Nullable(Str(50, { description: '金牌, 一等奖, 优胜奖, 岗位标兵 …; blank for none' })),
  ),
});

export const ResultImportSchema = Obj({
  total: Type.Integer(),
  file: SheetFileSchema,
  warnings: SheetWarningsSchema,
  warningCount: Type.Integer(),
  imported: Type.Integer({ description: 'rows applied; 0 when any row is wrong (nothing is half-imported)' }),
  errors: Type.Array(
    Obj({ rowNo: Type.Integer(), column: Type.String(), messageZh: Type.String(), messageEn: Type.String() }),
  ),
});

export const PublishBody = Obj({ publishedOn: EffectiveOn });

export const PublishSchema = Obj({
  contest: ContestDetailSchema,
  changedEntries: Type.Integer(),
  records: Type.Integer({ description: 'award records written or updated' }),
  recordsRemoved: Type.Integer({ description: 'award records removed because their prize was withdrawn' }),
});

const MonthOrDay = Type.String({
  pattern: '^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$',
  maxLength: 10,
});
export const StatsQuery = Obj({
  orgId: Type.Optional(Id),
  year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
  from: Type.Optional({ ...MonthOrDay, description: 'the first day (or month) counted' }),
  to: Type.Optional({ ...MonthOrDay, description: 'the last day (or month) counted' }),
});

const figures = {
  units: Type.Integer({ description: 'unions taking part (registered at least one entry)' }),
  individuals: Type.Integer({ description: 'individual entries' }),
  teams: Type.Integer({ description: 'team entries' }),
  unitEntries: Type.Integer({ description: 'unit entries' }),
  people: Type.Integer({ description: 'persons entered, individuals and team members' }),
  prizes: Type.Integer({ description: 'prizes published' }),
};

export const StatsSchema = Obj({
  org: Obj({ id: Nullable(Type.Integer()), name: Type.String() }),
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
  asOf: Type.String({ description: 'the day the figures stand on (today at the latest)' }),
  totals: Obj(figures),
  byLevel: Type.Array(Obj({ level: Level, ...figures })),
  prizes: Type.Array(Obj({ level: Level, prize: Type.String(), n: Type.Integer() })),
  notes: FigureNotes,
});
