import type { Db } from '../../../db/db.ts';

/**
 * Statistics tests need activity on chosen days, but decisions, ledger entries and payments are stamped
 * with the time they happen. These helpers move what a test just did to the day it stands for (noon in
 * China). The ledger's append-only trigger is suspended for that one statement, inside the transaction.
 */
const noon = (day: string) => `${day}T12:00:00+08:00`;

async function restampLedger(db: Db, where: string, params: unknown[]): Promise<void> {
  await db.tx(async (sql) => {
    await sql.query('alter table ledger_entries disable trigger ledger_entries_no_change');
    await sql.query(`update ledger_entries set created_at = $1 where ${where}`, params);
    await sql.query('alter table ledger_entries enable trigger ledger_entries_no_change');
  });
}

/** The decisions on these applications, and their entitlements, happened on `day`. */
export async function decidedOn(db: Db, applicationIds: number[], day: string): Promise<void> {
  await db.query('update applications set decided_at = $1 where id = any($2::bigint[])', [
    noon(day),
    applicationIds,
  ]);
  await restampLedger(db, `kind = 'entitlement' and application_id = any($2::bigint[])`, [
    noon(day),
    applicationIds,
  ]);
}

/** These ledger entries (reversals) were written on `day`. */
export async function enteredOn(db: Db, entryIds: number[], day: string): Promise<void> {
  await restampLedger(db, 'id = any($2::bigint[])', [noon(day), entryIds]);
}

/** This batch was paid on `day`. */
export async function paidOn(db: Db, batchId: number, day: string): Promise<void> {
  await db.query('update payment_batches set paid_at = $1 where id = $2', [noon(day), batchId]);
}

/** The decisions on every decided application of these programs happened on `day`. */
export async function programsDecidedOn(db: Db, programIds: number[], day: string): Promise<void> {
  const { rows } = await db.query<{ id: number }>(
    `select id from applications where program_id = any($1::bigint[]) and status in ('approved', 'rejected')`,
    [programIds],
  );
  await decidedOn(
    db,
    rows.map((r) => Number(r.id)),
    day,
  );
}

/** The submitted applications of these programs, grouped by the union whose step they wait at. */
export async function listSubmittedByStep(db: Db, programIds: number[]) {
  const { rows } = await db.query<{ orgId: number; apps: number[] }>(
    `select step_org_id as "orgId", array_agg(id order by id) as apps from applications
      where program_id = any($1::bigint[]) and status = 'submitted' group by step_org_id`,
    [programIds],
  );
  return rows;
}
