import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import type { NewWork, WorkStatus } from './calls.repository.ts';
import type { WorkResult } from './calls.vocabulary.ts';

/** Members of a union's subtree (the demo's authors), in a stable order. */
export async function membersIn(sql: Sql, path: string, limit: number) {
  const { rows } = await sql.query<{ id: number; name: string; orgId: number }>(
    `select p.id, p.name, m.org_id as "orgId" from persons p
       join memberships m on m.person_id = p.id and m.status = 'active' join orgs o on o.id = m.org_id
      where o.path like $1 order by p.id limit $2`,
    [subtreePattern(path), limit],
  );
  return rows;
}

/** The demo's works, already reviewed and judged, in one statement; their per-worker counts in another. */
export async function insertDemoWorks(
  sql: Sql,
  callId: number,
  works: (Pick<NewWork, 'categoryId' | 'personId' | 'orgId' | 'authorName' | 'title' | 'body'> & {
    status: WorkStatus;
    submittedOn: string;
    reviewedOn: string | null;
    result: WorkResult | null;
    resultOn: string | null;
  })[],
) {
  const col = <K extends keyof (typeof works)[number]>(k: K) => works.map((w) => w[k]);
  await sql.query(
    `insert into call_works (call_id, category_id, person_id, org_id, author_name, title, body, status, submitted_on,
                             submitted_at, reviewed_on, reviewed_at, result, result_on, result_at)
     select $1, x.k, x.p, x.o, x.a, x.t, x.b, x.s, x.sd::date, (x.sd || ' 10:00+08')::timestamptz,
            x.rd::date, (x.rd || ' 10:00+08')::timestamptz, x.r, x.jd::date, (x.jd || ' 10:00+08')::timestamptz
       from unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::text[], $10::text[], $11::text[], $12::text[]) as x(k, p, o, a, t, b, s, sd, rd, r, jd)`,
    [
      callId,
      col('categoryId'),
      col('personId'),
      col('orgId'),
      col('authorName'),
      col('title'),
      col('body'),
      col('status'),
      col('submittedOn'),
      col('reviewedOn'),
      col('result'),
      col('resultOn'),
    ],
  );
  await sql.query(
    `insert into call_quota_use (category_id, person_id, org_id, used)
     select category_id, person_id, min(org_id), count(*) from call_works where call_id = $1
      group by category_id, person_id`,
    [callId],
  );
}
