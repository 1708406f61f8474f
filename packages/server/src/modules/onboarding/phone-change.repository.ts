import type { Sql } from '../../db/db.ts';
import { addRow } from '../../db/insert.ts';
import { claimCodeGuess } from '../../shared/sms-code.ts';

/** SQL for a worker's change of phone number, proved by a code (phone-change.service.ts, ADR 147). */

/** Stores a code for the person's new number; it replaces the person's earlier codes not used. */
export async function replacePhoneChangeCode(
  sql: Sql,
  code: { personId: number; phone: string; codeHash: string; now: Date; expiresAt: Date },
): Promise<void> {
  await sql.query('delete from phone_change_codes where person_id = $1 and used_at is null', [code.personId]);
  await addRow(sql, 'phone_change_codes', 'person_id, phone, code_hash, created_at, expires_at', {
    ...code,
    createdAt: code.now,
  });
}

/** Counts one guess on the person's live code for this number (see `claimCodeGuess`). */
export const claimPhoneChangeCode = (
  sql: Sql,
  personId: number,
  phone: string,
  now: Date,
  maxAttempts: number,
) =>
  claimCodeGuess(
    sql,
    'phone_change_codes',
    'person_id = $1 and phone = $2 and expires_at > $3',
    [personId, phone, now],
    maxAttempts,
  );

/** Whether the person has a code for this number not used and not expired. */
export async function hasLivePhoneChangeCode(sql: Sql, personId: number, phone: string, now: Date) {
  const { rows } = await sql.query(
    `select 1 from phone_change_codes
      where person_id = $1 and phone = $2 and used_at is null and expires_at > $3`,
    [personId, phone, now],
  );
  return rows.length > 0;
}

/** Marks the code used, once; false when another request used it first. */
export async function usePhoneChangeCode(sql: Sql, id: number, now: Date): Promise<boolean> {
  const { rows } = await sql.query(
    'update phone_change_codes set used_at = $2 where id = $1 and used_at is null returning id',
    [id, now],
  );
  return rows.length > 0;
}
