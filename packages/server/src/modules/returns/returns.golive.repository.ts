import type { Sql } from '../../db/db.ts';

/** The returns issued by the unions of a subtree (the go-live checklist's last step), and the first one's day. */
export async function summariseIssuedReturns(
  sql: Sql,
  subtreePattern: string,
): Promise<{ n: number; firstOn: string | null }> {
  const { rows } = await sql.query<{ n: string; first_on: string | null }>(
    `select count(*) as n, min((r.issued_at at time zone 'Asia/Shanghai')::date)::text as first_on
       from returns r join orgs o on o.id = r.org_id
      where o.path like $1 and r.status in ('issued', 'closed')`,
    [subtreePattern],
  );
  return { n: Number(rows[0].n), firstOn: rows[0].first_on };
}
