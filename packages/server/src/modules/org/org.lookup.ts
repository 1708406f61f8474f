import type { Sql } from '../../db/db.ts';

/** Active unions in a subtree by unified social credit code (upper-cased): code → { id, path }. */
export async function resolveOrgCodes(sql: Sql, scopePath: string, codes: string[]) {
  const { rows } = await sql.query<{ id: number; uscc: string; path: string }>(
    `select id, uscc, path from orgs
      where path like $1 and status = 'active' and uscc = any($2::text[])`,
    [`${scopePath.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`, codes],
  );
  return new Map(rows.map((r) => [r.uscc, { id: r.id, path: r.path }]));
}
