import type { Sql } from '../../db/db.ts';

/** SQL the selections demo needs beyond the module's other repositories. */

/** A union by its exact name, with its employer's name. */
export async function findOrgByName(sql: Sql, name: string) {
  const { rows } = await sql.query<{ id: number; employer: string | null }>(
    'select id, employer_name as employer from orgs where name = $1',
    [name],
  );
  return rows[0];
}

/** The user account sitting on a panel as this judge. */
export async function findJudgeUserId(sql: Sql, judgeId: number): Promise<number> {
  const { rows } = await sql.query<{ userId: number }>(
    'select user_id as "userId" from selection_judges where id = $1',
    [judgeId],
  );
  return rows[0].userId;
}
