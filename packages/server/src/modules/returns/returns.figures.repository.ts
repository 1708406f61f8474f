import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';

/** SQL for the Gonghui figures bound fields are pre-filled with (read-only: members and unions of a subtree). */

/** Members on the register on `day`, per union of a subtree. */
export async function memberFigures(sql: Sql, rootPath: string, day: string) {
  const { rows } = await sql.query<{
    path: string;
    total: number;
    women: number;
    new_employment: number;
    front_line: number;
  }>(
    `select o.path, count(*)::int as total,
            count(*) filter (where p.gender = 'female')::int as women,
            count(*) filter (where p.is_new_employment)::int as new_employment,
            count(*) filter (where p.is_front_line)::int as front_line
       from memberships m join orgs o on o.id = m.org_id join persons p on p.id = m.person_id
      where o.path like $1 and m.joined_on <= $2::date and (m.left_on is null or m.left_on > $2::date)
        and (m.status = 'active' or m.left_on is not null)
      group by o.path`,
    [subtreePattern(rootPath), day],
  );
  return rows;
}

/** Grassroots unions existing on `day` and the employer facts recorded on each union, per union of a subtree. */
export async function unionFigures(sql: Sql, rootPath: string, day: string) {
  const { rows } = await sql.query<{
    path: string;
    grassroots: number;
    workers: number | null;
    women_workers: number | null;
  }>(
    `select o.path,
            (o.kind = 'grassroots' and coalesce(o.founded_on, o.created_at::date) <= $2::date
              and (o.closed_on is null or o.closed_on > $2::date))::int as grassroots,
            case when o.status = 'active' then o.worker_count end as workers,
            case when o.status = 'active' then o.women_worker_count end as women_workers
       from orgs o where o.path like $1`,
    [subtreePattern(rootPath), day],
  );
  return rows;
}

/** The grassroots unions of a subtree existing on `day`, each with the credit code recorded for its employer. */
export async function grassrootsCodes(sql: Sql, rootPath: string, day: string) {
  const { rows } = await sql.query<{ path: string; uscc: string | null }>(
    `select o.path, o.uscc from orgs o
      where o.path like $1 and o.kind = 'grassroots' and coalesce(o.founded_on, o.created_at::date) <= $2::date
        and (o.closed_on is null or o.closed_on > $2::date)`,
    [subtreePattern(rootPath), day],
  );
  return rows;
}

export async function unionPaths(sql: Sql, rootPath: string, ids: number[]) {
  const { rows } = await sql.query<{ id: number; path: string }>(
    `select id, path from orgs where path like $1 and id = any($2::bigint[])`,
    [subtreePattern(rootPath), ids],
  );
  return rows;
}
