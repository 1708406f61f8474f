import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { DISTRICT_ZH, type DistrictCode } from './stations.labels.ts';
import { STATION_KINDS, STATION_SERVICES } from './stations.vocabulary.ts';

/** Beijing's 16 districts by their administrative code (110101 东城区 …), in the order of their codes. */
export const DISTRICTS = Object.keys(DISTRICT_ZH) as DistrictCode[];

const Kind = S.StrEnum(STATION_KINDS);
const Service = S.StrEnum(STATION_SERVICES);
const District = S.StrEnum(DISTRICTS, {
  description: "the district's administrative code (110101 东城区 …)",
});
const Status = S.StrEnum(['open', 'closed'] as const);
const Lng = Type.Number({ minimum: 73, maximum: 136, description: 'longitude, GCJ-02' });
const Lat = Type.Number({ minimum: 3, maximum: 54, description: 'latitude, GCJ-02' });
const Services = Type.Array(Service, { maxItems: STATION_SERVICES.length, uniqueItems: true });

const Editable = {
  orgId: S.Id,
  name: S.Name(100),
  kind: Kind,
  district: District,
  address: S.Name(300),
  lng: Lng,
  lat: Lat,
  openingHours: Type.Optional(S.Str(200)),
  services: Services,
  phone: Type.Optional(S.Str(40)),
  keeper: Type.Optional(S.Str(50)),
  note: Type.Optional(S.Str(2000)),
};
export const StationBody = S.Obj({ ...Editable, openedOn: S.EffectiveOn });
export const StationPatch = S.Obj({
  ...Editable,
  status: Status,
  effectiveOn: S.EffectiveOn,
  openedOn: Type.Optional(
    Type.String({
      pattern: S.DATE_PATTERN,
      maxLength: 10,
      description:
        "the opening day corrected (ADR 40's rules, as at creation): absent, it stays; not after the station's earliest record",
    }),
  ),
});

const Public = {
  id: S.Id,
  name: Type.String(),
  kind: Kind,
  district: Type.String(),
  address: Type.String(),
  lng: Type.Number(),
  lat: Type.Number(),
  openingHours: Type.String(),
  services: Type.Array(Service),
  phone: Type.String(),
  stars: S.Nullable(Type.Integer()),
  orgName: Type.String(),
};
const Staff = {
  ...Public,
  orgId: S.Id,
  keeper: Type.String(),
  note: Type.String(),
  status: Status,
  openedOn: S.DateStr,
  lastInspectedOn: S.Nullable(S.DateStr),
  lastResult: S.Nullable(S.StrEnum(['stars', 'failed'] as const)),
  /** No inspection in the 12 months up to today. */
  uninspected: Type.Boolean(),
};
export const StationListQuery = S.Obj({
  orgId: Type.Optional(S.Id),
  kind: Type.Optional(Kind),
  service: Type.Optional(Service),
  status: Type.Optional(Status),
  district: Type.Optional(District),
  q: Type.Optional(S.Str(100)),
  uninspected: Type.Optional(Type.Boolean()),
});
export const StationListSchema = Type.Array(
  S.Obj({ ...Staff, visits: Type.Integer(), stockLeft: Type.Integer() }),
);
const Goods = S.Obj({ item: Type.String(), unit: Type.String(), quantity: Type.Integer() });
export const StationDetailSchema = S.Obj({
  ...Staff,
  token: Type.String({ description: 'the secret of the check-in address /s/<token> its QR code carries' }),
  photoIds: Type.Array(S.Id),
  visitsTotal: Type.Integer(),
  visitsThisMonth: Type.Integer(),
  stock: Type.Array(
    S.Obj({
      id: S.Id,
      item: Type.String(),
      unit: Type.String(),
      received: Type.Integer(),
      handedOut: Type.Integer(),
      left: Type.Integer(),
    }),
  ),
  visits: Type.Array(
    S.Obj({
      id: S.Id,
      via: S.StrEnum(['qr', 'staff'] as const),
      personName: S.Nullable(Type.String()),
      services: Type.Array(Service),
      visitedOn: S.DateStr,
      note: Type.String(),
      goods: Type.Array(Goods),
    }),
  ),
  inspections: Type.Array(
    S.Obj({
      id: S.Id,
      inspectedOn: S.DateStr,
      inspectors: Type.String(),
      checklist: Type.Array(S.Obj({ item: Type.String(), passed: Type.Boolean() })),
      result: S.StrEnum(['stars', 'failed'] as const),
      stars: S.Nullable(Type.Integer()),
      note: Type.String(),
      photoIds: Type.Array(S.Id),
    }),
  ),
});
export const IdResult = S.Obj({ id: S.Id });
export const StockBody = S.Obj({
  item: S.Name(50),
  unit: S.Name(10),
  quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  source: Type.Optional(S.Str(200)),
  effectiveOn: S.EffectiveOn,
});
export const ServiceBody = S.Obj({
  personId: Type.Optional(S.Nullable(S.Id)),
  services: Services,
  goods: Type.Array(S.Obj({ stockId: S.Id, quantity: Type.Integer({ minimum: 1, maximum: 10_000 }) }), {
    maxItems: 20,
  }),
  note: Type.Optional(S.Str(500)),
  effectiveOn: S.EffectiveOn,
});
export const InspectionBody = S.Obj({
  inspectors: S.Name(200),
  checklist: Type.Array(S.Obj({ item: S.Name(100), passed: Type.Boolean() }), { minItems: 1, maxItems: 40 }),
  result: S.StrEnum(['stars', 'failed'] as const, {
    description: 'stars: rated 1–5 (stars); failed: 不合格',
  }),
  stars: Type.Optional(S.Nullable(Type.Integer({ minimum: 1, maximum: 5 }))),
  note: Type.Optional(S.Str(2000)),
  effectiveOn: S.EffectiveOn,
});
export const PhotoQuery = S.Obj({ inspectionId: Type.Optional(S.Id) });
export const PhotoParams = S.Obj({ id: S.Id, photoId: S.Id });
export const ExportQuery = S.Obj({
  orgId: Type.Optional(S.Id),
  format: S.StrEnum(['xlsx', 'csv', 'geojson'] as const, {
    description:
      'xlsx/csv: name, address, lng, lat in GCJ-02 (what 高德/百度 mass import takes); geojson: WGS-84 (RFC 7946)',
  }),
});

export const PublicQuery = S.Obj({
  service: Type.Optional(Service),
  kind: Type.Optional(Kind),
  district: Type.Optional(District),
  lng: Type.Optional(Lng),
  lat: Type.Optional(Lat),
});
export const PublicListSchema = S.Obj({
  coordinateSystem: Type.Literal('GCJ-02'),
  stations: Type.Array(S.Obj({ ...Public, distanceM: S.Nullable(Type.Integer()) })),
});
export const TokenParams = S.Obj({
  token: Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }),
});
export const PublicStationSchema = S.Obj(Public);
export const CheckInResult = S.Obj({
  name: Type.String(),
  counted: Type.Boolean({
    description: 'false when this address checked in here within the last 30 minutes',
  }),
  signedIn: Type.Boolean(),
});

export const StatsQuery = S.statsQuery(S.YearAsked);
const KindCounts = Object.fromEntries(STATION_KINDS.map((k) => [k, Type.Integer()])) as Record<
  (typeof STATION_KINDS)[number],
  ReturnType<typeof Type.Integer>
>;
export const StatsSchema = S.Obj({
  ...S.StatsRowHead,
  months: Type.Array(Type.String()),
  byKind: Type.Array(S.Obj({ kind: Kind, n: Type.Integer() })),
  byUnion: Type.Array(
    S.Obj({ orgId: S.Id, orgName: Type.String(), ...S.UnionDepth, total: Type.Integer(), ...KindCounts }),
  ),
  visits: Type.Array(
    S.Obj({
      stationId: S.Id,
      name: Type.String(),
      orgName: Type.String(),
      byMonth: Type.Array(Type.Integer()),
      total: Type.Integer(),
    }),
  ),
  goods: Type.Array(Goods),
  totals: S.Obj({
    stations: Type.Integer(),
    uninspected: Type.Integer(),
    visits: Type.Integer(),
    qrVisits: Type.Integer(),
    staffVisits: Type.Integer(),
    registerVisits: Type.Integer({ description: 'people served by the services register (kept on paper)' }),
    goodsByUnit: Type.Array(S.Obj({ unit: Type.String(), quantity: Type.Integer() }), {
      description: 'goods handed out, one total per unit (份 and 箱 are not added together)',
    }),
    inspections: Type.Integer(),
  }),
  notes: S.FigureNotes,
});
