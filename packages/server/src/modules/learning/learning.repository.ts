import type { Sql } from '../../db/db.ts';

/**
 * The person's active membership: its union and the union's path.
 * Reads people's `memberships` (to move behind people's index when table ownership is settled).
 */
export async function findActiveMembership(
  sql: Sql,
  personId: number,
): Promise<{ orgId: number; path: string } | undefined> {
  const { rows } = await sql.query<{ orgId: number; path: string }>(
    `select m.org_id as "orgId", o.path from memberships m join orgs o on o.id = m.org_id
     where m.person_id = $1 and m.status = 'active'`,
    [personId],
  );
  return rows[0];
}

export interface CourseHead {
  id: number;
  orgId: number;
  path: string;
  title: string;
  minutes: number;
  orgName: string;
}

export async function findCourseHead(sql: Sql, id: number): Promise<CourseHead | null> {
  const { rows } = await sql.query<CourseHead>(
    `select c.id, c.org_id as "orgId", o.path, c.title, c.minutes, o.name as "orgName"
     from learning_courses c join orgs o on o.id = c.org_id where c.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export interface CompletedEnrolment {
  personId: number;
  orgId: number;
  courseId: number;
  siteId: number;
  title: string;
  minutes: number;
  organiser: string;
}

/**
 * Sets the enrolment's completion date to `on` when it has none and every lesson of its course is done; what
 * the training record and the counts need, or undefined when nothing was completed.
 */
export async function markEnrolmentCompleted(
  sql: Sql,
  enrolmentId: number,
  on: string,
): Promise<CompletedEnrolment | undefined> {
  const { rows } = await sql.query<CompletedEnrolment>(
    `update learning_enrolments e set completed_on = $2
     from learning_courses c, orgs o, learning_licences li
     where e.id = $1 and e.completed_on is null and c.id = e.course_id and o.id = c.org_id and li.id = e.licence_id
       and not exists (
         select 1 from learning_lessons l where l.course_id = e.course_id and not exists (
           select 1 from learning_progress p where p.enrolment_id = e.id and p.lesson_id = l.id and p.done_at is not null))
     returning e.person_id as "personId", e.org_id as "orgId", e.course_id as "courseId", li.site_id as "siteId",
       c.title, c.minutes, o.name as organiser`,
    [enrolmentId, on],
  );
  return rows[0];
}

async function namesOf(
  sql: Sql,
  table: 'learning_courses' | 'learning_sites' | 'orgs',
  column: 'title' | 'name',
  ids: number[],
): Promise<Map<number, string>> {
  const { rows } = await sql.query<{ id: number; name: string }>(
    `select id, ${column} as name from ${table} where id = any($1::bigint[])`,
    [ids],
  );
  return new Map(rows.map((r) => [Number(r.id), r.name]));
}

/** The titles of these courses, by id. */
export const listCourseTitles = (sql: Sql, ids: number[]) => namesOf(sql, 'learning_courses', 'title', ids);
/** The names of these sites, by id. */
export const listSiteNames = (sql: Sql, ids: number[]) => namesOf(sql, 'learning_sites', 'name', ids);
/** The names of these unions, by id. */
export const listOrgNames = (sql: Sql, ids: number[]) => namesOf(sql, 'orgs', 'name', ids);

/** The paths of these unions. */
export async function listOrgPaths(sql: Sql, ids: number[]): Promise<{ id: number; path: string }[]> {
  const { rows } = await sql.query<{ id: number; path: string }>(
    'select id, path from orgs where id = any($1::bigint[])',
    [ids],
  );
  return rows;
}
