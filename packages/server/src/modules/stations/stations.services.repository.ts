import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import type { StationService } from './stations.vocabulary.ts';

/** SQL for station_service_counts only (and the stations a register's rows name). */

/** A line of the station services register: the people served at a station on a day by a kind of service. */
export interface ServiceCountLine {
  stationId: number;
  orgId: number;
  servedOn: string;
  service: StationService;
  people: number;
}

/**
 * The stations of a subtree with their union and opening day: what a register's rows name, matched by their names as
 * a clerk reads them (a straight quote for a curly one, a space more or less), which SQL's equality would not.
 */
export async function listSubtreeStations(
  sql: Sql,
  path: string,
): Promise<{ id: number; name: string; orgId: number; orgPath: string; openedOn: string }[]> {
  const { rows } = await sql.query<{
    id: number;
    name: string;
    orgId: number;
    orgPath: string;
    openedOn: string;
  }>(
    `select s.id, s.name, s.org_id as "orgId", o.path as "orgPath", s.opened_on::text as "openedOn"
       from stations s join orgs o on o.id = s.org_id
      where o.path like $1 order by s.name, o.path`,
    [subtreePattern(path)],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), orgId: Number(r.orgId) }));
}

/** The station, day and service of these lines already brought in, as `stationId|day|service`. */
export async function findStoredServiceCounts(
  sql: Sql,
  lines: Pick<ServiceCountLine, 'stationId' | 'servedOn' | 'service'>[],
): Promise<Map<string, Pick<ServiceCountLine, 'people'>>> {
  if (!lines.length) return new Map();
  const { rows } = await sql.query<{ stationId: number; day: string; service: string; people: number }>(
    `select station_id as "stationId", served_on::text as day, service, people from station_service_counts
      where (station_id, served_on, service) in (select * from unnest($1::bigint[], $2::date[], $3::text[]))`,
    [lines.map((l) => l.stationId), lines.map((l) => l.servedOn), lines.map((l) => l.service)],
  );
  return new Map(rows.map((r) => [`${Number(r.stationId)}|${r.day}|${r.service}`, { people: r.people }]));
}

/** The lines in one statement. */
export async function insertServiceCounts(
  sql: Sql,
  lines: ServiceCountLine[],
  by: { userId: number | null; on: string },
): Promise<void> {
  if (!lines.length) return;
  const col = <K extends keyof ServiceCountLine>(k: K) => lines.map((l) => l[k]);
  await sql.query(
    `insert into station_service_counts (station_id, org_id, served_on, service, people, entered_by, entered_on)
     select u.station_id, u.org_id, u.served_on, u.service, u.people, $6, $7
       from unnest($1::bigint[], $2::bigint[], $3::date[], $4::text[], $5::int[])
         as u(station_id, org_id, served_on, service, people)`,
    [col('stationId'), col('orgId'), col('servedOn'), col('service'), col('people'), by.userId, by.on],
  );
}
