import type { Sql } from '../../db/db.ts';

/*
 * The demo reads members from people's `memberships` (to move behind people's index when table ownership is
 * settled).
 */

/** The union of the person's active membership. */
export async function findMemberUnionId(sql: Sql, personId: number): Promise<number> {
  const { rows } = await sql.query<{ orgId: number }>(
    `select org_id as "orgId" from memberships where person_id = $1 and status = 'active'`,
    [personId],
  );
  return rows[0].orgId;
}

/** Up to 40 active members in the subtree of `path`, by person id, with their union and its path. */
export async function listDemoLearners(
  sql: Sql,
  path: string,
): Promise<{ personId: number; orgId: number; path: string }[]> {
  const { rows } = await sql.query<{ personId: number; orgId: number; path: string }>(
    `select m.person_id as "personId", m.org_id as "orgId", o.path from memberships m join orgs o on o.id = m.org_id
     where m.status = 'active' and o.path like $1 order by m.person_id limit 40`,
    [`${path}%`],
  );
  return rows;
}

/** The ids of a course's lessons in their order. */
export async function listLessonIds(sql: Sql, courseId: number): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    'select id from learning_lessons where course_id = $1 order by position',
    [courseId],
  );
  return rows.map((r) => r.id);
}
