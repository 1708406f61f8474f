import type { Sql } from '../../db/db.ts';
import type { StationService } from './stations.vocabulary.ts';

// — stock —

export interface StockRow {
  id: number;
  item: string;
  unit: string;
  received: number;
  handedOut: number;
  left: number;
}

export async function listStock(sql: Sql, stationId: number) {
  const { rows } = await sql.query<StockRow>(
    `select id, item, unit, received::float8 as received, handed_out::float8 as "handedOut",
            (received - handed_out)::float8 as left
       from station_stock where station_id = $1 order by item, unit`,
    [stationId],
  );
  return rows;
}

/** Adds goods to a station's stock (its row made on first receipt); returns the stock row. */
export async function receiveStock(
  sql: Sql,
  s: {
    stationId: number;
    orgId: number;
    item: string;
    unit: string;
    quantity: number;
    on: string;
    source: string;
  },
) {
  const { rows } = await sql.query<{ id: number }>(
    `insert into station_stock as k (station_id, org_id, item, unit, received) values ($1, $2, $3, $4, $5)
     on conflict (station_id, item, unit) do update set received = k.received + excluded.received
     returning id`,
    [s.stationId, s.orgId, s.item, s.unit, s.quantity],
  );
  await sql.query(
    `insert into station_stock_moves (stock_id, station_id, org_id, kind, quantity, source, moved_on)
     values ($1, $2, $3, 'receipt', $4, $5, $6)`,
    [rows[0].id, s.stationId, s.orgId, s.quantity, s.source, s.on],
  );
  return rows[0].id;
}

/**
 * Hands goods out of a station's stock: one guarded update, so the stock never goes below zero, also when staff
 * hand out at the same moment. Returns the stock row's item and unit, or nothing when too little is left.
 */
export async function takeStock(sql: Sql, stationId: number, stockId: number, quantity: number) {
  const { rows } = await sql.query<{ item: string; unit: string }>(
    `update station_stock set handed_out = handed_out + $3
      where id = $1 and station_id = $2 and received - handed_out >= $3 returning item, unit`,
    [stockId, stationId, quantity],
  );
  return rows[0];
}

export async function findStock(sql: Sql, stationId: number, stockId: number) {
  const { rows } = await sql.query<StockRow>(
    `select id, item, unit, received::float8 as received, handed_out::float8 as "handedOut",
            (received - handed_out)::float8 as left
       from station_stock where id = $1 and station_id = $2`,
    [stockId, stationId],
  );
  return rows[0];
}

export async function insertHandout(
  sql: Sql,
  m: { stockId: number; stationId: number; orgId: number; quantity: number; visitId: number; on: string },
) {
  await sql.query(
    `insert into station_stock_moves (stock_id, station_id, org_id, kind, quantity, visit_id, moved_on)
     values ($1, $2, $3, 'handout', $4, $5, $6)`,
    [m.stockId, m.stationId, m.orgId, m.quantity, m.visitId, m.on],
  );
}

// — visits —

export async function insertVisit(
  sql: Sql,
  v: {
    stationId: number;
    orgId: number;
    via: 'qr' | 'staff';
    personId: number | null;
    services: StationService[];
    on: string;
    note: string;
    createdBy: number | null;
  },
) {
  const { rows } = await sql.query<{ id: number }>(
    `insert into station_visits (station_id, org_id, via, person_id, services, visited_on, note, created_by)
     values ($1, $2, $3, $4, $5::text[], $6, $7, $8) returning id`,
    [v.stationId, v.orgId, v.via, v.personId, v.services, v.on, v.note, v.createdBy],
  );
  return rows[0].id;
}

/** The newest visits of a station with the goods each handed out (the person's name for staff; never on a public page). */
export async function listVisits(sql: Sql, stationId: number, limit = 200) {
  const { rows } = await sql.query<{
    id: number;
    via: 'qr' | 'staff';
    personName: string | null;
    services: StationService[];
    visitedOn: string;
    note: string;
    goods: { item: string; unit: string; quantity: number }[];
  }>(
    `select v.id, v.via, p.name as "personName", v.services, v.visited_on as "visitedOn", v.note,
            coalesce((select json_agg(json_build_object('item', k.item, 'unit', k.unit, 'quantity', m.quantity::float8)
                                      order by m.id)
                        from station_stock_moves m join station_stock k on k.id = m.stock_id
                       where m.visit_id = v.id), '[]') as goods
       from station_visits v left join persons p on p.id = v.person_id
      where v.station_id = $1
      order by v.visited_on desc, v.id desc limit $2`,
    [stationId, limit],
  );
  return rows;
}

/**
 * The visits of the station `station` (an SQL expression) as the statistics count them (`stations.visits`): the
 * visits recorded (QR sign-ins and services staff entered) and the people served in the services register, on or
 * after the day `since` (an SQL expression) when given. The list, the station's page and the statistics say one
 * number.
 */
export function visitsOf(station: string, since?: string): string {
  const after = (day: string) => (since ? ` and ${day} >= ${since}` : '');
  return `((select count(*) from station_visits v where v.station_id = ${station}${after('v.visited_on')})
      + (select coalesce(sum(c.people), 0) from station_service_counts c
          where c.station_id = ${station}${after('c.served_on')}))::int`;
}

/** A station's visits in all and this month, as `visitsOf` counts them. */
export async function countVisits(sql: Sql, stationId: number) {
  const month = `date_trunc('month', now() at time zone 'Asia/Shanghai')::date`;
  const { rows } = await sql.query<{ total: number; month: number }>(
    `select ${visitsOf('$1::bigint')} as total, ${visitsOf('$1::bigint', month)} as month`,
    [stationId],
  );
  return rows[0];
}
