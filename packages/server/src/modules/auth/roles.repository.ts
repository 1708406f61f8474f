import type { Sql } from '../../db/db.ts';

/** One permission withdrawn from a role (ADR 85). */
export interface Withdrawal {
  role: string;
  permission: string;
}

/** Every withdrawal, by role then permission. */
export async function listWithdrawals(sql: Sql): Promise<Withdrawal[]> {
  const { rows } = await sql.query<Withdrawal>(
    'select role, permission from role_withdrawals order by role, permission',
  );
  return rows;
}

/**
 * The permissions withdrawn from `role`, the table locked against another change until the transaction ends (two
 * security administrators saving at once: the second reads what the first wrote, so its audit row is true).
 */
export async function lockWithdrawalsOf(sql: Sql, role: string): Promise<string[]> {
  await sql.query('lock table role_withdrawals in share row exclusive mode');
  const { rows } = await sql.query<{ permission: string }>(
    'select permission from role_withdrawals where role = $1 order by permission',
    [role],
  );
  return rows.map((r) => r.permission);
}

/** Makes `permissions` the role's withdrawals: the others are restored. */
export async function replaceWithdrawalsOf(
  sql: Sql,
  role: string,
  permissions: string[],
  at: Date,
): Promise<void> {
  await sql.query('delete from role_withdrawals where role = $1 and permission <> all($2::text[])', [
    role,
    permissions,
  ]);
  await sql.query(
    `insert into role_withdrawals (role, permission, withdrawn_at)
     select $1, p, $3 from unnest($2::text[]) as p
     on conflict (role, permission) do nothing`,
    [role, permissions, at],
  );
}
