import type { Sql } from '../../db/db.ts';
import { addRow } from '../../db/insert.ts';

/** A work given back to its author on the review's day: one row per return (`calls.returned` counts each). */
export async function insertReturn(
  sql: Sql,
  work: { id: number; orgId: number },
  r: { day: string; at: Date; by: number | null; reason: string | null },
): Promise<void> {
  await addRow(sql, 'call_work_returns', 'work_id, org_id, returned_on, returned_at, returned_by, reason', {
    workId: work.id,
    orgId: work.orgId,
    returnedOn: r.day,
    returnedAt: r.at,
    returnedBy: r.by,
    reason: r.reason,
  });
}
