import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { SOURCES } from './modelworkers.errors.ts';
import { HEALTH, KINDS, LEVELS, STATUSES } from './modelworkers.vocabulary.ts';

const Level = S.StrEnum(LEVELS, {
  description: 'national 全国, provincial 省部级, city 市级, district 区级',
});
const Kind = S.StrEnum(KINDS, {
  description: 'model 劳动模范, advanced 先进工作者, other 其他荣誉（工匠、最美劳动者…）',
});
const Health = S.StrEnum(HEALTH, { description: 'good 良好, fair 一般, poor 较差, critical 病重' });
const Gender = S.StrEnum(['male', 'female'] as const);
const Status = S.StrEnum(STATUSES, {
  description: 'active 在职, retired 退休, deceased 已故 (on the register, never among the living)',
});
const StatusOn = S.Nullable(S.DateStr);
const Phone = S.Str(30);
const Fen = Type.Number();

export const HonourBody = S.Obj({
  level: Level,
  kind: Kind,
  title: S.Name(100),
  year: Type.Integer({ minimum: 1950, maximum: 2100 }),
  awardedBy: Type.Optional(S.Nullable(S.Str(200))),
  source: Type.Optional(S.StrEnum(SOURCES)),
  recordId: Type.Optional(S.Nullable(S.Id)),
});
export const AddHonourBody = S.Obj({ honour: HonourBody, effectiveOn: S.EffectiveOn });

/** What staff may enter at registration and correct later: employer, contacts, health, studio, note. */
const Editable = {
  employer: Type.Optional(S.Nullable(S.Str(200))),
  phone: Type.Optional(S.Nullable(Phone)),
  contactName: Type.Optional(S.Nullable(S.Str(50))),
  contactPhone: Type.Optional(S.Nullable(Phone)),
  health: Type.Optional(Health),
  healthNote: Type.Optional(S.Nullable(S.Str(500))),
  studioId: Type.Optional(S.Nullable(S.Id)),
  note: Type.Optional(S.Nullable(S.Str(1000))),
};

export const RegisterBody = S.Obj({
  orgId: S.Id,
  name: S.Name(50),
  gender: Type.Optional(S.Nullable(Gender)),
  idNumber: Type.Optional(S.Nullable(S.Str(30))),
  personId: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 2 ** 53 - 1,
      description:
        "the member to link, by id (an active member of the caller's subtree, else 404): their ID number is taken from their record, so the clerk need not reveal and retype it; an idNumber given as well must be theirs",
    }),
  ),
  ...Editable,
  registeredOn: S.EffectiveOn,
  status: Type.Optional(Status),
  statusOn: Type.Optional(StatusOn),
  honours: Type.Array(HonourBody, { minItems: 1, maxItems: 30 }),
});

export const PatchBody = S.Obj({
  ...Editable,
  status: Type.Optional(Status),
  statusOn: Type.Optional(StatusOn),
});

export const ListQuery = S.Obj({
  orgId: Type.Optional(S.Id),
  level: Type.Optional(Level),
  health: Type.Optional(Health),
  status: Type.Optional(Status),
  q: Type.Optional(S.Str(50)),
  ...S.Page,
});
export const ExportQuery = S.Obj({
  orgId: Type.Optional(S.Id),
  full: Type.Optional(Type.Boolean({ description: 'full ID numbers (people.reveal_id), audited' })),
});
export const StudioQuery = S.Obj({ q: Type.Optional(S.Str(50)) });
/** Titles on the register date from 1950 (the first model workers named): statistics reach as far back, older than the house's range. */
const TitleYear = Type.Optional(S.statsYear(1950));
export const StatsQuery = S.statsQuery({ year: TitleYear, fromYear: TitleYear, toYear: TitleYear });

export const IdResult = S.Obj({ id: S.Id });
export const UpdateResult = S.Obj({ id: S.Id, changed: Type.Integer() });
export const HonourResult = S.Obj({ id: S.Id, level: Level });

const Core = {
  id: S.Id,
  orgId: S.Id,
  orgName: Type.String(),
  personId: S.Nullable(Type.Integer()),
  name: Type.String(),
  gender: S.Nullable(Gender),
  idMasked: S.Nullable(Type.String()),
  employer: S.Nullable(Type.String()),
  phone: S.Nullable(Type.String()),
  contactName: S.Nullable(Type.String()),
  contactPhone: S.Nullable(Type.String()),
  health: Health,
  healthNote: S.Nullable(Type.String()),
  level: Level,
  studioId: S.Nullable(Type.Integer()),
  note: S.Nullable(Type.String()),
  registeredOn: S.DateStr,
  status: Status,
  statusOn: S.Nullable(S.DateStr),
  statusRecordedOn: S.Nullable(S.DateStr),
  titles: Type.String(),
};

export const ListSchema = Type.Object({
  total: Type.Integer(),
  items: Type.Array(Type.Object({ ...Core, studio: S.Nullable(Type.String()) })),
});

export const DetailSchema = Type.Object({
  ...Core,
  honours: Type.Array(
    Type.Object({
      id: S.Id,
      level: Level,
      kind: Kind,
      title: Type.String(),
      year: Type.Integer(),
      awardedBy: S.Nullable(Type.String()),
      source: S.StrEnum(SOURCES),
      recordId: S.Nullable(Type.Integer()),
    }),
  ),
  studio: S.Nullable(
    Type.Object({ id: S.Id, name: Type.String(), level: Type.String(), orgName: Type.String() }),
  ),
  hardshipFile: S.Nullable(
    Type.Object({
      id: S.Id,
      personId: S.Id,
      level: Type.String(),
      status: Type.String(),
      expiresOn: S.Nullable(Type.String()),
    }),
  ),
  visits: Type.Array(
    Type.Object({
      id: S.Id,
      visitedOn: S.DateStr,
      campaign: S.Nullable(Type.String()),
      goods: Type.String(),
      grantFen: Fen,
    }),
  ),
  applications: Type.Array(
    Type.Object({
      applicationId: S.Id,
      programName: Type.String(),
      status: Type.String(),
      appliedOn: Type.String(),
      amountFen: S.Nullable(Fen),
      paidFen: Fen,
    }),
  ),
  selectionAwards: Type.Array(
    Type.Object({
      id: S.Id,
      title: Type.String(),
      issuer: S.Nullable(Type.String()),
      year: Type.Integer(),
      level: S.Nullable(Type.String()),
    }),
  ),
});

export const StudioChoicesSchema = Type.Array(
  Type.Object({ id: S.Id, name: Type.String(), level: Type.String(), orgName: Type.String() }),
);

const LevelCounts = {
  national: Type.Integer(),
  provincial: Type.Integer(),
  city: Type.Integer(),
  district: Type.Integer(),
  total: Type.Integer({ description: 'the living (active and retired)' }),
  retired: Type.Integer({ description: 'of the living, retired' }),
  deceased: Type.Integer({ description: 'on the register, never among the living' }),
};
export const StatsSchema = Type.Object({
  ...S.StatsAskedHead,
  byLevel: Type.Object(LevelCounts),
  byUnion: Type.Array(
    Type.Object({
      orgId: S.Nullable(Type.Integer()),
      orgName: S.Nullable(Type.String()),
      ...S.UnionDepth,
      ...LevelCounts,
    }),
  ),
  honours: Type.Array(Type.Object({ level: Level, kind: Kind, n: Type.Integer() })),
  studios: Type.Object({ cityTotal: Type.Integer(), cityLed: Type.Integer(), led: Type.Integer() }),
  visits: Type.Object({ visits: Type.Integer(), people: Type.Integer(), grantFen: Fen }),
  notes: S.FigureNotes,
});

export const ImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  updated: Type.Integer({
    description:
      'model workers already on the register that the rows change: titles they lacked, another status',
  }),
  unchanged: Type.Integer({
    description: 'model workers already on the register whose rows bring nothing new',
  }),
  honours: Type.Integer({ description: 'titles read' }),
});

export const UnlistedQuery = S.Obj({ orgId: Type.Optional(S.Id) });
export const UnlistedSchema = S.Obj({
  total: Type.Integer({ description: 'how many such members the subtree has' }),
  registered: Type.Integer({
    description:
      "how many model workers the subtree's register holds (every status): none, and the notice says so",
  }),
  items: Type.Array(
    S.Obj({
      personId: S.Id,
      name: Type.String(),
      idMasked: S.Nullable(Type.String()),
      level: Type.Union([Type.Literal('national'), Type.Literal('city'), Type.Literal('district')], {
        description: "the level on the member's record",
      }),
      orgId: S.Id,
      orgName: Type.String(),
    }),
    { description: 'the first 200, by name' },
  ),
});
