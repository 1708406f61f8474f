import type { Sql } from '../../db/db.ts';

/** SQL for reminding unions of returns due: the submissions not yet in and their unions' staff. */

export interface DueSubmission {
  id: number;
  returnId: number;
  orgId: number;
  title: string;
  issuerName: string;
  deadline: string;
}

/** Submissions not yet in (open or returned) of issued returns due on one of `days`, not reminded for that step. */
export async function dueSubmissions(sql: Sql, day: string, step: 'before' | 'on') {
  const flag = step === 'before' ? 'reminded_before' : 'reminded_on';
  const { rows } = await sql.query<DueSubmission>(
    `select s.id, s.return_id as "returnId", s.org_id as "orgId", r.title, o.name as "issuerName", r.deadline
       from return_submissions s join returns r on r.id = s.return_id join orgs o on o.id = r.org_id
      where r.status = 'issued' and r.deadline = $1::date and s.status in ('open', 'returned') and not s.${flag}
      limit 5000`,
    [day],
  );
  return rows;
}

export async function markReminded(sql: Sql, ids: number[], step: 'before' | 'on') {
  const flag = step === 'before' ? 'reminded_before' : 'reminded_on';
  await sql.query(`update return_submissions set ${flag} = true where id = any($1::bigint[])`, [ids]);
}
