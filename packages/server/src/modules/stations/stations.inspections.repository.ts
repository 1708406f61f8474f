import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';

// — inspections —

export async function insertInspection(
  sql: Sql,
  i: {
    stationId: number;
    orgId: number;
    on: string;
    inspectors: string;
    checklist: { item: string; passed: boolean }[];
    result: 'stars' | 'failed';
    stars: number | null;
    note: string;
    createdBy: number | null;
  },
) {
  return insertRow(
    sql,
    'station_inspections',
    'station_id, org_id, inspected_on, inspectors, checklist, result, stars, note, created_by',
    { ...i, inspectedOn: i.on, checklist: JSON.stringify(i.checklist) },
  );
}

export async function listInspections(sql: Sql, stationId: number) {
  const { rows } = await sql.query<{
    id: number;
    inspectedOn: string;
    inspectors: string;
    checklist: { item: string; passed: boolean }[];
    result: 'stars' | 'failed';
    stars: number | null;
    note: string;
    photoIds: number[];
  }>(
    `select i.id, i.inspected_on as "inspectedOn", i.inspectors, i.checklist, i.result, i.stars, i.note,
            coalesce((select array_agg(p.id order by p.id) from station_photos p where p.inspection_id = i.id), '{}')
              as "photoIds"
       from station_inspections i where i.station_id = $1 order by i.inspected_on desc, i.id desc`,
    [stationId],
  );
  return rows.map((r) => ({ ...r, photoIds: r.photoIds.map(Number) }));
}

export async function findInspection(sql: Sql, stationId: number, id: number) {
  const { rows } = await sql.query<{ id: number }>(
    `select id from station_inspections where id = $1 and station_id = $2`,
    [id, stationId],
  );
  return rows[0];
}

/** Stations of a subtree open now and opened by `asOf`, with no inspection in [`since`, `asOf`]. */
export async function countUninspected(sql: Sql, path: string, since: string, asOf: string) {
  const { rows } = await sql.query<{ n: number }>(
    `select count(*)::int as n from stations s join orgs o on o.id = s.org_id
      where o.path like $1 and s.opened_on <= $3::date and s.status = 'open'
        and not exists (select 1 from station_inspections i
                         where i.station_id = s.id and i.inspected_on >= $2::date and i.inspected_on <= $3::date)`,
    [subtreePattern(path), since, asOf],
  );
  return rows[0].n;
}
