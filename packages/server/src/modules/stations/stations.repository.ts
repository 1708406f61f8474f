import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { conditions, selectFrom } from '../../db/select.ts';
import { visitsOf } from './stations.visits.repository.ts';
import type { StationKind, StationService } from './stations.vocabulary.ts';

/**
 * SQL for stations, station_photos, station_stock, station_stock_moves, station_visits and station_inspections only
 * (a station's visits counted through `visitsOf`, with the services register's).
 */

export interface StationFields {
  name: string;
  kind: StationKind;
  district: string;
  address: string;
  lng: number;
  lat: number;
  openingHours: string;
  services: StationService[];
  phone: string;
  keeper: string;
  note: string;
}

export interface StationRow extends StationFields {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  status: 'open' | 'closed';
  openedOn: string;
  stars: number | null;
  lastInspectedOn: string | null;
  lastResult: 'stars' | 'failed' | null;
  token: string;
  updatedAt: string;
}

const COLUMNS = `s.id, s.org_id as "orgId", o.name as "orgName", o.path as "orgPath", s.name, s.kind, s.district,
  s.address, s.lng::float8 as lng, s.lat::float8 as lat, s.opening_hours as "openingHours", s.services, s.phone,
  s.keeper, s.note, s.status, s.opened_on as "openedOn", s.stars, s.last_inspected_on as "lastInspectedOn",
  s.last_result as "lastResult", s.token, s.updated_at as "updatedAt"`;

/** A station's union and fields as parameters, in the column order both writes use. */
const fieldParams = (s: StationFields & { orgId: number }) => [
  s.orgId,
  s.name,
  s.kind,
  s.district,
  s.address,
  s.lng,
  s.lat,
  s.openingHours,
  s.services,
  s.phone,
  s.keeper,
  s.note,
];

export async function insertStation(
  sql: Sql,
  s: StationFields & { orgId: number; openedOn: string; token: string; createdBy: number | null },
) {
  const { rows } = await sql.query<{ id: number }>(
    `insert into stations (org_id, name, kind, district, address, lng, lat, opening_hours, services, phone, keeper,
                           note, opened_on, token, created_by, opened_org_id, opened_kind)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[], $10, $11, $12, $13, $14, $15, $1, $3) returning id`,
    [...fieldParams(s), s.openedOn, s.token, s.createdBy],
  );
  return rows[0].id;
}

export async function updateStation(
  sql: Sql,
  id: number,
  s: StationFields & { orgId: number; status: 'open' | 'closed'; openedOn: string },
) {
  await sql.query(
    `update stations set org_id = $2, name = $3, kind = $4, district = $5, address = $6, lng = $7, lat = $8,
            opening_hours = $9, services = $10::text[], phone = $11, keeper = $12, note = $13, status = $14,
            opened_on = $15, updated_at = now()
      where id = $1`,
    [id, ...fieldParams(s), s.status, s.openedOn],
  );
}

const stationRows = selectFrom<StationRow>(`${COLUMNS} from stations s join orgs o on o.id = s.org_id`);

export const findStation = (sql: Sql, id: number, lock = false) =>
  stationRows.one(sql, `s.id = $1 ${lock ? 'for update of s' : ''}`, [id]);

export async function findStationByToken(sql: Sql, token: string): Promise<StationRow | undefined> {
  const { rows } = await sql.query<StationRow>(
    `select ${COLUMNS} from stations s join orgs o on o.id = s.org_id where s.token = $1`,
    [token],
  );
  return rows[0];
}

export interface StationFilter {
  kind?: StationKind;
  service?: StationService;
  status?: 'open' | 'closed';
  district?: string;
  q?: string;
  /** Only stations with no inspection on or after this day. */
  uninspectedSince?: string;
}

function filterClauses(f: StationFilter, params: unknown[]) {
  const { where, add } = conditions(params);
  if (f.kind) add('s.kind = ?', f.kind);
  if (f.service) add('? = any(s.services)', f.service);
  if (f.status) add('s.status = ?', f.status);
  if (f.district) add('s.district = ?', f.district);
  if (f.q?.trim()) add(`(strpos(s.name, ?) > 0 or strpos(s.address, ?) > 0)`, f.q.trim());
  if (f.uninspectedSince)
    add('(s.last_inspected_on is null or s.last_inspected_on < ?::date)', f.uninspectedSince);
  return where;
}

/** Stations of a subtree (staff), by union and name, with visits and stock left. */
export async function listStations(sql: Sql, path: string, f: StationFilter, limit = 2000) {
  const params: unknown[] = [subtreePattern(path)];
  const where = ['o.path like $1', ...filterClauses(f, params)];
  params.push(limit);
  const { rows } = await sql.query<
    StationRow & { visits: number; stockLeft: number; photoId: number | null }
  >(
    `select ${COLUMNS},
            ${visitsOf('s.id')} as visits,
            (select coalesce(sum(k.received - k.handed_out), 0)::float8 from station_stock k where k.station_id = s.id)
              as "stockLeft",
            null::bigint as "photoId"
       from stations s join orgs o on o.id = s.org_id
      where ${where.join(' and ')}
      order by o.path, s.name, s.id limit $${params.length}`,
    params,
  );
  return rows;
}

/**
 * Open stations for the public page: nearest first from a point (GCJ-02) when one is given, else by district and
 * name. The distance is the equirectangular approximation, metres (good to well under 1% across a city).
 */
export async function listOpenStations(
  sql: Sql,
  f: Pick<StationFilter, 'kind' | 'service' | 'district'>,
  near: { lng: number; lat: number } | null,
  limit: number,
) {
  const params: unknown[] = [];
  const where = [`s.status = 'open'`, ...filterClauses(f, params)];
  let distance = 'null::float8';
  if (near) {
    params.push(near.lng, near.lat);
    const [x, y] = [`$${params.length - 1}::float8`, `$${params.length}::float8`];
    distance = `6371008.8 * sqrt(power(radians(s.lat::float8 - ${y}), 2)
      + power(radians(s.lng::float8 - ${x}) * cos(radians((s.lat::float8 + ${y}) / 2)), 2))`;
  }
  params.push(limit);
  const { rows } = await sql.query<StationRow & { distanceM: number | null }>(
    `select ${COLUMNS}, ${distance} as "distanceM"
       from stations s join orgs o on o.id = s.org_id
      where ${where.join(' and ')}
      order by ${near ? '"distanceM"' : 's.district, s.name'}, s.id limit $${params.length}`,
    params,
  );
  return rows;
}

/** Sets the result of the newest inspection on the station (an older inspection entered later changes nothing). */
export async function applyInspection(
  sql: Sql,
  id: number,
  r: { on: string; result: 'stars' | 'failed'; stars: number | null },
) {
  await sql.query(
    `update stations set stars = $3, last_result = $4, last_inspected_on = $2
      where id = $1 and (last_inspected_on is null or last_inspected_on <= $2::date)`,
    [id, r.on, r.stars, r.result],
  );
}

export async function tokenOf(sql: Sql, id: number) {
  const { rows } = await sql.query<{ token: string }>(`select token from stations where id = $1`, [id]);
  return rows[0].token;
}

export async function setToken(sql: Sql, id: number, token: string) {
  await sql.query(`update stations set token = $2 where id = $1`, [id, token]);
}

// — photos —

export async function insertPhoto(
  sql: Sql,
  p: {
    stationId: number;
    inspectionId: number | null;
    orgId: number;
    name: string;
    mime: string;
    data: Buffer;
  },
) {
  return insertRow(sql, 'station_photos', 'station_id, inspection_id, org_id, file_name, mime, data', {
    ...p,
    fileName: p.name,
  });
}

export async function listPhotoIds(sql: Sql, stationId: number) {
  const { rows } = await sql.query<{ id: number }>(
    `select id from station_photos where station_id = $1 and inspection_id is null order by id`,
    [stationId],
  );
  return rows.map((r) => Number(r.id));
}

export async function findPhoto(sql: Sql, stationId: number, photoId: number) {
  const { rows } = await sql.query<{ mime: string; data: Buffer }>(
    `select mime, data from station_photos where id = $1 and station_id = $2`,
    [photoId, stationId],
  );
  return rows[0];
}

/** Names of stations by id, within a subtree (the statistics name the stations they count). */
export async function stationNames(sql: Sql, path: string, ids: number[]) {
  const { rows } = await sql.query<{ id: number; name: string; orgName: string }>(
    `select s.id, s.name, o.name as "orgName" from stations s join orgs o on o.id = s.org_id
      where s.id = any($1::bigint[]) and o.path like $2`,
    [ids, subtreePattern(path)],
  );
  return new Map(rows.map((r) => [Number(r.id), r]));
}
