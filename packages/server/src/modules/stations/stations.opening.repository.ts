import type { Sql } from '../../db/db.ts';
import type { StationKind } from './stations.vocabulary.ts';

/** SQL for a station's opening (stations) and the earliest of what was recorded at it (its own tables only). */

/** What a station's opening day may be moved within: the union and kind it opened with, and its earliest records. */
export interface StationOpening {
  /** The union and kind the opening counted for (+1 in `stations.stations` on the opening day). */
  orgId: number;
  kind: StationKind;
  /** The day of its first change of union, kind or status; null when none. */
  changedOn: string | null;
  /** The earliest day of each kind of record at the station; null when it has none. */
  visit: string | null;
  register: string | null;
  stock: string | null;
  inspection: string | null;
}

export async function findStationOpening(sql: Sql, id: number): Promise<StationOpening | undefined> {
  const { rows } = await sql.query<StationOpening>(
    `select s.opened_org_id as "orgId", s.opened_kind as kind, s.changed_on::text as "changedOn",
            (select min(v.visited_on)::text from station_visits v where v.station_id = s.id) as visit,
            (select min(c.served_on)::text from station_service_counts c where c.station_id = s.id) as register,
            (select min(m.moved_on)::text from station_stock k join station_stock_moves m on m.stock_id = k.id
              where k.station_id = s.id) as stock,
            (select min(i.inspected_on)::text from station_inspections i where i.station_id = s.id) as inspection
       from stations s where s.id = $1`,
    [id],
  );
  return rows[0];
}

/** A change of union, kind or status on `day`: the earliest such day is kept. */
export async function markStationChanged(sql: Sql, id: number, day: string): Promise<void> {
  await sql.query('update stations set changed_on = least(changed_on, $2::date) where id = $1', [id, day]);
}
