import { Type } from 'typebox';
import {
  DateStr,
  EffectiveOn,
  FigureNotes,
  Id,
  Name,
  Nullable,
  Obj,
  Page,
  PeriodAnswer,
  PeriodFields,
  RegisterImportResult,
  Str,
  StrEnum,
} from '../../http/schema.ts';
import { HEALTH, KINDS, LEVELS, SOURCES, STATUSES } from './modelworkers.errors.ts';

const Level = StrEnum(LEVELS, { description: 'national 全国, provincial 省部级, city 市级, district 区级' });
const Kind = StrEnum(KINDS, {
  description: 'model 劳动模范, advanced 先进工作者, other 其他荣誉（工匠、最美劳动者…）',
});
const Health = StrEnum(HEALTH, { description: 'good 良好, fair 一般, poor 较差, critical 病重' });
const Gender = StrEnum(['male', 'female'] as const);
const Status = StrEnum(STATUSES, {
  description: 'active 在职, retired 退休, deceased 已故 (on the register, never among the living)',
});
const StatusOn = Nullable(DateStr);
const Phone = Str(30);
const Fen = Type.Number();

export const HonourBody = Obj({
  level: Level,
  kind: Kind,
  title: Name(100),
  year: Type.Integer({ minimum: 1950, maximum: 2100 }),
  awardedBy: Type.Optional(Nullable(Str(200))),
  source: Type.Optional(StrEnum(SOURCES)),
  recordId: Type.Optional(Nullable(Id)),
});
export const AddHonourBody = Obj({ honour: HonourBody, effectiveOn: EffectiveOn });

export const RegisterBody = Obj({
  orgId: Id,
  name: Name(50),
  gender: Type.Optional(Nullable(Gender)),
  idNumber: Type.Optional(Nullable(Str(30))),
  employer: Type.Optional(Nullable(Str(200))),
  phone: Type.Optional(Nullable(Phone)),
  contactName: Type.Optional(Nullable(Str(50))),
  contactPhone: Type.Optional(Nullable(Phone)),
  health: Type.Optional(Health),
  healthNote: Type.Optional(Nullable(Str(500))),
  studioId: Type.Optional(Nullable(Id)),
  note: Type.Optional(Nullable(Str(1000))),
  registeredOn: EffectiveOn,
  status: Type.Optional(Status),
  statusOn: Type.Optional(StatusOn),
  honours: Type.Array(HonourBody, { minItems: 1, maxItems: 30 }),
});

export const PatchBody = Obj({
  employer: Type.Optional(Nullable(Str(200))),
  phone: Type.Optional(Nullable(Phone)),
  contactName: Type.Optional(Nullable(Str(50))),
  contactPhone: Type.Optional(Nullable(Phone)),
  health: Type.Optional(Health),
  healthNote: Type.Optional(Nullable(Str(500))),
  studioId: Type.Optional(Nullable(Id)),
  note: Type.Optional(Nullable(Str(1000))),
  status: Type.Optional(Status),
  statusOn: Type.Optional(StatusOn),
});

export const ListQuery = Obj({
  orgId: Type.Optional(Id),
  level: Type.Optional(Level),
  health: Type.Optional(Health),
  status: Type.Optional(Status),
  q: Type.Optional(Str(50)),
  ...Page,
});
export const ExportQuery = Obj({
  orgId: Type.Optional(Id),
  full: Type.Optional(Type.Boolean({ description: 'full ID numbers (people.reveal_id), audited' })),
});
export const StudioQuery = Obj({ q: Type.Optional(Str(50)) });
export const StatsQuery = Obj({
  orgId: Type.Optional(Id),
  year: Type.Optional(Type.Integer({ minimum: 1950, maximum: 2200 })),
  fromYear: Type.Optional(Type.Integer({ minimum: 1950, maximum: 2200 })),
  toYear: Type.Optional(Type.Integer({ minimum: 1950, maximum: 2200 })),
  ...PeriodFields,
});

export const IdResult = Obj({ id: Id });
export const UpdateResult = Obj({ id: Id, changed: Type.Integer() });
export const HonourResult = Obj({ id: Id, level: Level });

const Core = {
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  personId: Nullable(Type.Integer()),
  name: Type.String(),
  gender: Nullable(Gender),
  idMasked: Nullable(Type.String()),
  employer: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  contactName: Nullable(Type.String()),
  contactPhone: Nullable(Type.String()),
  health: Health,
  healthNote: Nullable(Type.String()),
  level: Level,
  studioId: Nullable(Type.Integer()),
  note: Nullable(Type.String()),
  registeredOn: DateStr,
  status: Status,
  statusOn: Nullable(DateStr),
  statusRecordedOn: Nullable(DateStr),
  titles: Type.String(),
};

export const ListSchema = Type.Object({
  total: Type.Integer(),
  items: Type.Array(Type.Object({ ...Core, studio: Nullable(Type.String()) })),
});

export const DetailSchema = Type.Object({
  ...Core,
  honours: Type.Array(
    Type.Object({
      id: Id,
      level: Level,
      kind: Kind,
      title: Type.String(),
      year: Type.Integer(),
      awardedBy: Nullable(Type.String()),
      source: StrEnum(SOURCES),
      recordId: Nullable(Type.Integer()),
    }),
  ),
  studio: Nullable(
    Type.Object({ id: Id, name: Type.String(), level: Type.String(), orgName: Type.String() }),
  ),
  hardshipFile: Nullable(
    Type.Object({
      id: Id,
      personId: Id,
      level: Type.String(),
      status: Type.String(),
      expiresOn: Nullable(Type.String()),
    }),
  ),
  visits: Type.Array(
    Type.Object({
      id: Id,
      visitedOn: DateStr,
      campaign: Nullable(Type.String()),
      goods: Type.String(),
      grantFen: Fen,
    }),
  ),
  applications: Type.Array(
    Type.Object({
      applicationId: Id,
      programName: Type.String(),
      status: Type.String(),
      appliedOn: Type.String(),
      amountFen: Nullable(Fen),
      paidFen: Fen,
    }),
  ),
  selectionAwards: Type.Array(
    Type.Object({
      id: Id,
      title: Type.String(),
      issuer: Nullable(Type.String()),
      year: Type.Integer(),
      level: Nullable(Type.String()),
    }),
  ),
});

export const StudioChoicesSchema = Type.Array(
  Type.Object({ id: Id, name: Type.String(), level: Type.String(), orgName: Type.String() }),
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
  ...PeriodAnswer,
  byLevel: Type.Object(LevelCounts),
  byUnion: Type.Array(
    Type.Object({ orgId: Nullable(Type.Integer()), orgName: Nullable(Type.String()), ...LevelCounts }),
  ),
  honours: Type.Array(Type.Object({ level: Level, kind: Kind, n: Type.Integer() })),
  studios: Type.Object({ cityTotal: Type.Integer(), cityLed: Type.Integer(), led: Type.Integer() }),
  visits: Type.Object({ visits: Type.Integer(), people: Type.Integer(), grantFen: Fen }),
  notes: FigureNotes,
});

export const ImportResult = Type.Object({
  ...RegisterImportResult.properties,
  updated: Type.Integer({
    description: 'model workers already on the register, given the titles they lacked',
  }),
  honours: Type.Integer({ description: 'titles read' }),
});
