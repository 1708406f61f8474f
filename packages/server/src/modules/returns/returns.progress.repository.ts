import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import type { SubmissionStatus } from './returns.repository.ts';

/** SQL for where a return stands: its submissions counted over the tree. */

export interface ProgressRow {
  orgId: number;
  orgName: string;
  path: string;
  level: number;
  parentOrgId: number | null;
  consolidates: boolean;
  status: SubmissionStatus;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  timesReturned: number;
  notReportedReason: string | null;
  /** The returns in the union's subtree (itself included) and how many are in: submitted or accepted, accepted. */
  below: { unions: number; submitted: number; accepted: number; notReported: number };
}

/**
 * The returns a union reviews (those whose parent is its own, or the issuer's with no parent), in tree order, each
 * with the counts of its own subtree so the page can show a level and drill down.
 */
export async function progressRows(sql: Sql, returnId: number, parentId: number | null) {
  const { rows } = await sql.query<ProgressRow>(
    `with kids as (
       select s.id, s.org_id, s.parent_id, s.consolidates, s.status, s.first_submitted_at, s.submitted_at,
              s.times_returned, s.not_reported_reason, o.name, o.path, o.level
         from return_submissions s join orgs o on o.id = s.org_id
        where s.return_id = $1 and ${parentId === null ? 's.parent_id is null' : 's.parent_id = $2'}
     ), below as (
       select k.id, count(*)::int as unions,
              count(*) filter (where d.status in ('submitted', 'accepted'))::int as submitted,
              count(*) filter (where d.status = 'accepted')::int as accepted,
              count(*) filter (where d.status = 'not_reported')::int as not_reported
         from return_submissions d join orgs od on od.id = d.org_id join kids k on starts_with(od.path, k.path)
        where d.return_id = $1
        group by k.id
     )
     select k.org_id as "orgId", k.name as "orgName", k.path, k.level, p.org_id as "parentOrgId", k.consolidates,
            k.status, k.first_submitted_at as "firstSubmittedAt", k.submitted_at as "submittedAt",
            k.times_returned as "timesReturned", k.not_reported_reason as "notReportedReason",
            json_build_object('unions', b.unions, 'submitted', b.submitted, 'accepted', b.accepted,
                              'notReported', b.not_reported) as below
       from kids k join below b on b.id = k.id left join return_submissions p on p.id = k.parent_id
      order by k.path`,
    parentId === null ? [returnId] : [returnId, parentId],
  );
  return rows;
}

/** Counts by state over a subtree: how many unions, submitted on time, late, returned, not yet. */
export async function completeness(sql: Sql, returnId: number, path: string, deadlineEnd: Date, now: Date) {
  const { rows } = await sql.query<{
    unions: number;
    open: number;
    submitted: number;
    returned: number;
    accepted: number;
    notReported: number;
    onTime: number;
    late: number;
    overdue: number;
  }>(
    `select count(*)::int as unions,
            count(*) filter (where s.status = 'open')::int as open,
            count(*) filter (where s.status = 'submitted')::int as submitted,
            count(*) filter (where s.status = 'returned')::int as returned,
            count(*) filter (where s.status = 'accepted')::int as accepted,
            count(*) filter (where s.status = 'not_reported')::int as "notReported",
            count(*) filter (where s.first_submitted_at <= $3)::int as "onTime",
            count(*) filter (where s.first_submitted_at > $3)::int as late,
            count(*) filter (where s.first_submitted_at is null and s.status <> 'not_reported' and $4 > $3)::int as overdue
       from return_submissions s join orgs o on o.id = s.org_id
      where s.return_id = $1 and o.path like $2`,
    [returnId, subtreePattern(path), deadlineEnd, now],
  );
  return rows[0];
}
