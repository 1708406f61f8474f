import { subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';

/** SQL the statistics read besides the reporting layer's counts: the congresses of a subtree, union names. */

/** The congresses of a subtree with the day each was set up (a state for the statistics: few rows). */
export async function congressesOf(sql: Sql, path: string) {
  const params: unknown[] = [];
  const { rows } = await sql.query<{ id: number; orgId: number; orgPath: string; since: string | null }>(
    `select c.id, c.org_id as "orgId", o.path as "orgPath",
            (select min(t.starts_on) from congress_terms t where t.congress_id = c.id) as since
       from congresses c join orgs o on o.id = c.org_id
      where ${subtreeCondition({ path }, 'o.path', params)}`,
    params,
  );
  return rows;
}

export async function orgNames(sql: Sql, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const { rows } = await sql.query<{ id: number; name: string }>(
    'select id, name from orgs where id = any($1::bigint[])',
    [ids],
  );
  return new Map(rows.map((r) => [Number(r.id), r.name]));
}
