import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { CONTEST_KINDS } from './contests.types.ts';
import { CONTEST_LEVELS, CONTEST_STATUSES, ENTRY_MODES } from './contests.vocabulary.ts';

const Level = S.StrEnum(CONTEST_LEVELS, {
  description:
    'national 国家级, city 市级, district 区级, industry 系统/行业 (recorded as district), enterprise 企业级',
});
const Kind = S.StrEnum(CONTEST_KINDS, {
  description: 'skills 技能竞赛 (trades), labour 劳动竞赛 (between units)',
});
const Status = S.StrEnum(CONTEST_STATUSES);
const Mode = S.StrEnum(ENTRY_MODES, {
  description: 'individual 个人, team 团队/班组, unit 单位 (no persons)',
});
const Limit = S.Nullable(Type.Integer({ minimum: 1, maximum: 100000 }));

export const EventSchema = S.Obj({
  id: Type.Integer(),
  name: Type.String(),
  mode: Mode,
  limitPerUnion: S.Nullable(Type.Integer()),
  teamSize: S.Nullable(Type.Integer()),
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
  limitPerUnion: S.Nullable(Type.Integer()),
  status: Status,
  publishedAt: S.Nullable(Type.String()),
  publishedOn: S.Nullable(Type.String({ description: 'the day the results were published (China time)' })),
  publishedRecordedAt: S.Nullable(
    Type.String({ format: 'date-time', description: 'when the last publication was recorded' }),
  ),
  registrationClosedOn: S.Nullable(Type.String({ description: 'the day registration closed (China time)' })),
  entryCount: Type.Integer(),
  hasUnpublishedChanges: Type.Boolean({ description: 'results corrected since the last publication' }),
};

export const ContestSchema = S.Obj(contestProps);
export const ContestDetailSchema = S.Obj({
  ...contestProps,
  events: Type.Array(EventSchema),
  edits: Type.Optional({ ...S.EditHistorySchema, description: "the contest's edits (on its page)" }),
  mayManage: Type.Boolean({
    description: "the caller may close entries, enter, import and publish results (the organiser's subtree)",
  }),
});
export const ContestList = S.PagedList(ContestSchema);

export const ContestBody = S.Obj({
  orgId: S.Id,
  name: S.Name(100),
  level: Level,
  kind: Kind,
  startsOn: S.DateStr,
  endsOn: S.DateStr,
  limitPerUnion: Type.Optional(Limit),
  events: Type.Array(
    S.Obj({
      name: S.Name(60),
      mode: Mode,
      limitPerUnion: Type.Optional(Limit),
      teamSize: Type.Optional(S.Nullable(Type.Integer({ minimum: 2, maximum: 50 }))),
    }),
    { minItems: 1, maxItems: 300 },
  ),
});

/** A correction of a contest before its results are published (ADR 60): the fields sent replace those on file. */
export const EditContestBody = S.Obj({
  name: Type.Optional(S.Name(100)),
  level: Type.Optional(Level),
  startsOn: Type.Optional(S.DateStr),
  endsOn: Type.Optional(S.DateStr),
});

export const ContestQuery = S.Obj({
  status: Type.Optional(Status),
  year: Type.Optional(Type.Integer({ minimum: 1949, maximum: 2100 })),
  ...S.Page,
});

export const EntrySchema = S.Obj({
  id: Type.Integer(),
  contestId: Type.Integer(),
  eventId: Type.Integer(),
  eventName: Type.String(),
  mode: Mode,
  enteredOn: Type.String({ description: 'the day it was registered (China time)' }),
  orgId: Type.Integer(),
  orgName: Type.String(),
  name: S.Nullable(Type.String()),
  members: Type.Array(S.Obj({ personId: Type.Integer(), name: Type.String(), idMasked: Type.String() })),
  rank: S.Nullable(Type.Integer()),
  score: S.Nullable(Type.Number()),
  prize: S.Nullable(Type.String()),
  publishedPrize: S.Nullable(Type.String({ description: 'the prize the last publication recorded' })),
});

export const EntryList = S.Obj({ items: Type.Array(EntrySchema) });
export const EntryQuery = S.Obj({ eventId: Type.Optional(S.Id) });

export const EntryBody = S.Obj({
  eventId: S.Id,
  orgId: S.Id,
  name: Type.Optional(
    S.Nullable(S.Str(100, { description: 'the team or unit name (team and unit events)' })),
  ),
  personIds: Type.Array(S.Id, { maxItems: 50 }),
  effectiveOn: S.EffectiveOn,
});

/** The day registration closed (ADR 40). */
export const CloseBody = S.Obj({ effectiveOn: S.EffectiveOn });

export const ResultBody = S.Obj({
  rank: Type.Optional(S.Nullable(Type.Integer({ minimum: 1, maximum: 999999 }))),
  score: Type.Optional(S.Nullable(Type.Number({ minimum: 0, maximum: 99999999.99 }))),
  prize: Type.Optional(
    S.Nullable(S.Str(50, { description: '金牌, 一等奖, 优胜奖, 岗位标兵 …; blank for none' })),
  ),
});

export const ResultImportSchema = S.Obj({
  total: Type.Integer(),
  file: S.SheetFileSchema,
  warnings: S.SheetWarningsSchema,
  warningCount: Type.Integer(),
  imported: Type.Integer({ description: 'rows applied; 0 when any row is wrong (nothing is half-imported)' }),
  errors: Type.Array(
    S.Obj({
      rowNo: Type.Integer(),
      column: Type.String(),
      messageZh: Type.String(),
      messageEn: Type.String(),
    }),
  ),
});

export const PublishBody = S.Obj({ publishedOn: S.EffectiveOn });

export const PublishSchema = S.Obj({
  contest: ContestDetailSchema,
  changedEntries: Type.Integer(),
  records: Type.Integer({ description: 'award records written or updated' }),
  recordsRemoved: Type.Integer({ description: 'award records removed because their prize was withdrawn' }),
});

const MonthOrDay = Type.String({
  pattern: '^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$',
  maxLength: 10,
});
/** Its days may be months, and none is assumed: without a period it counts every contest. */
export const StatsQuery = S.statsQuery({
  ...S.YearAsked,
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

export const StatsSchema = S.Obj({
  org: S.Obj({ id: S.Nullable(Type.Integer()), name: Type.String() }),
  from: S.Nullable(Type.String()),
  to: S.Nullable(Type.String()),
  asOf: Type.String({ description: 'the day the figures stand on (today at the latest)' }),
  totals: S.Obj(figures),
  byLevel: Type.Array(S.Obj({ level: Level, ...figures })),
  prizes: Type.Array(S.Obj({ level: Level, prize: Type.String(), n: Type.Integer() })),
  notes: S.FigureNotes,
});
