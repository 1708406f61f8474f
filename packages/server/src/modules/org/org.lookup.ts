import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';

/** Active unions in a subtree by unified social credit code (upper-cased): code → { id, path }. */
export async function resolveOrgCodes(sql: Sql, scope: Subtree, codes: string[]) {
  const params: unknown[] = [codes];
  const { rows } = await sql.query<{ id: number; uscc: string; path: string }>(
    `select id, uscc, path from orgs
      where ${subtreeCondition(scope, 'path', params)} and status = 'active' and uscc = any($1::text[])`,
    params,
  );
  return new Map(rows.map((r) => [r.uscc, { id: r.id, path: r.path }]));
}
