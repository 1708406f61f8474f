import type { Sql } from '../../db/db.ts';

/** A work given back to its author on the review's day: one row per return (`calls.returned` counts each). */
export async function insertReturn(
  sql: Sql,
  work: { id: number; orgId: number },
  r: { day: string; at: Date; by: number | null; reason: string | null },
): Promise<void> {
  await sql.query(
    `insert into call_work_returns (work_id, org_id, returned_on, returned_at, returned_by, reason)
     values ($1, $2, $3, $4, $5, $6)`,
    [work.id, work.orgId, r.day, r.at, r.by, r.reason],
  );
}
