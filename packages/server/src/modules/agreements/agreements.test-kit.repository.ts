import type { Sql } from '../../db/db.ts';

/**
 * The test oracle: coverage on a day counted straight from the raw rows (agreements in force on `on` whose union
 * lies in the subtree; each enterprise once, with the largest figures any of them lists).
 */
export async function countCoverageFromRows(sql: Sql, q: { path: string; kind: string; on: string }) {
  const { rows } = await sql.query<{ enterprises: number; workers: number; women: number; inForce: number }>(
    `with live as (
       select a.id from agreements a join orgs o on o.id = a.org_id
        where o.path like $1 || '%' and a.kind = $2 and a.effective_on <= $3::date and coalesce(a.ended_on, a.expires_on) >= $3::date
     ), firms as (
       select c.uscc, max(c.workers) as workers, max(c.women_workers) as women
         from agreement_coverage c where c.agreement_id in (select id from live) group by c.uscc
     )
     select (select count(*)::int from firms) as enterprises,
            (select coalesce(sum(workers), 0)::int from firms) as workers,
            (select coalesce(sum(women), 0)::int from firms) as women,
            (select count(*)::int from live) as "inForce"`,
    [q.path, q.kind, q.on],
  );
  const r = rows[0];
  return { enterprises: r.enterprises, workers: r.workers, womenWorkers: r.women, inForce: r.inForce };
}
