import { Type } from 'typebox';
import {
  DateStr,
  EffectiveOn,
  FigureNotes,
  Id,
  Name,
  Nullable,
  Obj,
  PeriodAnswer,
  PeriodFields,
  Str,
  StrEnum,
} from '../../http/schema.ts';

export const STATION_KINDS = ['home', 'outdoor', 'nursing', 'postal', 'other'] as const;
export const STATION_SERVICES = [
  'meal',
  'charge',
  'water',
  'rest',
  'toilet',
  'legal',
  'consult',
  'firstaid',
  'nursing',
] as const;
/** Beijing's 16 districts by their administrative code. */
export const DISTRICTS = [
  '110101',
  '110102',
  '110105',
  '110106',
  '110107',
  '110108',
  '110109',
  '110111',
  '110112',
  '110113',
  '110114',
  '110115',
  '110116',
  '110117',
  '110118',
  '110119',
] as const;

const Kind = StrEnum(STATION_KINDS);
const Service = StrEnum(STATION_SERVICES);
const District = StrEnum(DISTRICTS, { description: "the district's administrative code (110101 东城区 …)" });
const Status = StrEnum(['open', 'closed'] as const);
const Lng = Type.Number({ minimum: 73, maximum: 136, description: 'longitude, GCJ-02' });
const Lat = Type.Number({ minimum: 3, maximum: 54, description: 'latitude, GCJ-02' });
const Services = Type.Array(Service, { maxItems: STATION_SERVICES.length, uniqueItems: true });

const Editable = {
  orgId: Id,
  name: Name(100),
  kind: Kind,
  district: District,
  address: Name(300),
  lng: Lng,
  lat: Lat,
  openingHours: Type.Optional(Str(200)),
  services: Services,
  phone: Type.Optional(Str(40)),
  keeper: Type.Optional(Str(50)),
  note: Type.Optional(Str(2000)),
};
export const StationBody = Obj({ ...Editable, openedOn: EffectiveOn });
export const StationPatch = Obj({
  ...Editable,
  status: Status,
  effectiveOn: EffectiveOn,
});

const Public = {
  id: Id,
  name: Type.String(),
  kind: Kind,
  district: Type.String(),
  address: Type.String(),
  lng: Type.Number(),
  lat: Type.Number(),
  openingHours: Type.String(),
  services: Type.Array(Service),
  phone: Type.String(),
  stars: Nullable(Type.Integer()),
  orgName: Type.String(),
};
const Staff = {
  ...Public,
  orgId: Id,
  keeper: Type.String(),
  note: Type.String(),
  status: Status,
  openedOn: DateStr,
  lastInspectedOn: Nullable(DateStr),
  lastResult: Nullable(StrEnum(['stars', 'failed'] as const)),
  /** No inspection in the 12 months up to today. */
  uninspected: Type.Boolean(),
};
export const StationListQuery = Obj({
  orgId: Type.Optional(Id),
  kind: Type.Optional(Kind),
  service: Type.Optional(Service),
  status: Type.Optional(Status),
  district: Type.Optional(District),
  q: Type.Optional(Str(100)),
  uninspected: Type.Optional(Type.Boolean()),
});
export const StationListSchema = Type.Array(
  Obj({ ...Staff, visits: Type.Integer(), stockLeft: Type.Integer() }),
);
const Goods = Obj({ item: Type.String(), unit: Type.String(), quantity: Type.Integer() });
export const StationDetailSchema = Obj({
  ...Staff,
  token: Type.String({ description: 'the secret of the check-in address /s/<token> its QR code carries' }),
  photoIds: Type.Array(Id),
  visitsTotal: Type.Integer(),
  visitsThisMonth: Type.Integer(),
  stock: Type.Array(
    Obj({
      id: Id,
      item: Type.String(),
      unit: Type.String(),
      received: Type.Integer(),
      handedOut: Type.Integer(),
      left: Type.Integer(),
    }),
  ),
  visits: Type.Array(
    Obj({
      id: Id,
      via: StrEnum(['qr', 'staff'] as const),
      personName: Nullable(Type.String()),
      services: Type.Array(Service),
      visitedOn: DateStr,
      note: Type.String(),
      goods: Type.Array(Goods),
    }),
  ),
  inspections: Type.Array(
    Obj({
      id: Id,
      inspectedOn: DateStr,
      inspectors: Type.String(),
      checklist: Type.Array(Obj({ item: Type.String(), passed: Type.Boolean() })),
      result: StrEnum(['stars', 'failed'] as const),
      stars: Nullable(Type.Integer()),
      note: Type.String(),
      photoIds: Type.Array(Id),
    }),
  ),
});
export const IdResult = Obj({ id: Id });
export const StockBody = Obj({
  item: Name(50),
  unit: Name(10),
  quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  source: Type.Optional(Str(200)),
  effectiveOn: EffectiveOn,
});
export const ServiceBody = Obj({
  personId: Type.Optional(Nullable(Id)),
  services: Services,
  goods: Type.Array(Obj({ stockId: Id, quantity: Type.Integer({ minimum: 1, maximum: 10_000 }) }), {
    maxItems: 20,
  }),
  note: Type.Optional(Str(500)),
  effectiveOn: EffectiveOn,
});
export const InspectionBody = Obj({
  inspectors: Name(200),
  checklist: Type.Array(Obj({ item: Name(100), passed: Type.Boolean() }), { minItems: 1, maxItems: 40 }),
  result: StrEnum(['stars', 'failed'] as const, { description: 'stars: rated 1–5 (stars); failed: 不合格' }),
  stars: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 5 }))),
  note: Type.Optional(Str(2000)),
  effectiveOn: EffectiveOn,
});
export const PhotoQuery = Obj({ inspectionId: Type.Optional(Id) });
export const PhotoParams = Obj({ id: Id, photoId: Id });
export const ExportQuery = Obj({
  orgId: Type.Optional(Id),
  format: StrEnum(['xlsx', 'csv', 'geojson'] as const, {
    description:
      'xlsx/csv: name, address, lng, lat in GCJ-02 (what 高德/百度 mass import takes); geojson: WGS-84 (RFC 7946)',
  }),
});

export const PublicQuery = Obj({
  service: Type.Optional(Service),
  kind: Type.Optional(Kind),
  district: Type.Optional(District),
  lng: Type.Optional(Lng),
  lat: Type.Optional(Lat),
});
export const PublicListSchema = Obj({
  coordinateSystem: Type.Literal('GCJ-02'),
  stations: Type.Array(Obj({ ...Public, distanceM: Nullable(Type.Integer()) })),
});
export const TokenParams = Obj({
  token: Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }),
});
export const PublicStationSchema = Obj(Public);
export const CheckInResult = Obj({
  name: Type.String(),
  counted: Type.Boolean({
    description: 'false when this address checked in here within the last 30 minutes',
  }),
  signedIn: Type.Boolean(),
});

export const StatsQuery = Obj({
  orgId: Type.Optional(Id),
  year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
  ...PeriodFields,
});
const KindCounts = Object.fromEntries(STATION_KINDS.map((k) => [k, Type.Integer()])) as Record<
  (typeof STATION_KINDS)[number],
  ReturnType<typeof Type.Integer>
>;
export const StatsSchema = Obj({
  orgId: Id,
  orgName: Type.String(),
  ...PeriodAnswer,
  months: Type.Array(Type.String()),
  byKind: Type.Array(Obj({ kind: Kind, n: Type.Integer() })),
  byUnion: Type.Array(Obj({ orgId: Id, orgName: Type.String(), total: Type.Integer(), ...KindCounts })),
  visits: Type.Array(
    Obj({
      stationId: Id,
      name: Type.String(),
      orgName: Type.String(),
      byMonth: Type.Array(Type.Integer()),
      total: Type.Integer(),
    }),
  ),
  goods: Type.Array(Goods),
  totals: Obj({
    stations: Type.Integer(),
    uninspected: Type.Integer(),
    visits: Type.Integer(),
    qrVisits: Type.Integer(),
    staffVisits: Type.Integer(),
    registerVisits: Type.Integer({ description: 'people served by the services register (kept on paper)' }),
    goods: Type.Integer(),
    inspections: Type.Integer(),
  }),
  notes: FigureNotes,
});
