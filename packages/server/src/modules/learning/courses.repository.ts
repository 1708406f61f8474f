import { type Actor, offeredCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { CATALOGUE_CAP } from './learning.caps.ts';
import type {
  CourseRow,
  CreateCourseInput,
  CreateResourceInput,
  LessonRow,
  ResourceRow,
} from './learning.schemas.ts';

const COURSE_COLUMNS = `c.id, c.org_id as "orgId", o.name as "orgName", c.title, c.kind, c.description, c.minutes,
  (select count(*) from learning_lessons l where l.course_id = c.id)::int as "lessonCount",
  (select count(*) from learning_enrolments e where e.course_id = c.id)::int as enrolments,
  (select count(*) from learning_enrolments e where e.course_id = c.id and e.completed_on is not null)::int
    as completions`;

export const LESSON_COLUMNS = `l.id, l.course_id as "courseId", l.position, l.title, l.kind, l.url,
  l.duration_seconds as "durationSeconds", l.file_name as "fileName", l.mime, l.size`;

export async function findCourse(sql: Sql, id: number): Promise<CourseRow> {
  const { rows } = await sql.query<CourseRow>(
    `select ${COURSE_COLUMNS} from learning_courses c join orgs o on o.id = c.org_id where c.id = $1`,
    [id],
  );
  return rows[0];
}

export async function listLessons(sql: Sql, courseId: number): Promise<LessonRow[]> {
  const { rows } = await sql.query<LessonRow>(
    `select ${LESSON_COLUMNS} from learning_lessons l where l.course_id = $1 order by l.position`,
    [courseId],
  );
  return rows;
}

/** Inserts a course (no access check: the caller has made it); its id. */
export async function insertCourse(sql: Sql, input: CreateCourseInput, userId: number | null) {
  return insertRow(sql, 'learning_courses', 'org_id, title, kind, description, minutes, created_by', {
    ...input,
    title: input.title.trim(),
    description: input.description ?? null,
    createdBy: userId,
  });
}

/** Appends a lesson to a course, after its last; its id. */
export async function insertLessonRow(
  sql: Sql,
  courseId: number,
  l: {
    title: string;
    kind: 'video' | 'document' | 'link';
    url: string | null;
    durationSeconds: number | null;
    file: { name: string; mime: string; data: Buffer } | null;
  },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into learning_lessons (course_id, position, title, kind, url, duration_seconds, file_name, mime, size, data)
     values ($1, (select coalesce(max(position), 0) + 1 from learning_lessons where course_id = $1),
             $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [
      courseId,
      l.title,
      l.kind,
      l.url,
      l.durationSeconds,
      l.file?.name ?? null,
      l.file?.mime ?? null,
      l.file?.data.length ?? null,
      l.file?.data ?? null,
    ],
  );
  return rows[0].id;
}

/** A lesson's stored file, when it has one. */
export async function findLessonFileRow(
  sql: Sql,
  lessonId: number,
): Promise<{ courseId: number; name: string; mime: string; data: Buffer | Uint8Array } | undefined> {
  const { rows } = await sql.query<{
    courseId: number;
    name: string;
    mime: string;
    data: Buffer | Uint8Array;
  }>(
    `select course_id as "courseId", file_name as name, mime, data from learning_lessons
     where id = $1 and data is not null`,
    [lessonId],
  );
  return rows[0];
}

/** The courses the actor sees (its subtree's and those offered from above), newest first, up to `cap`. */
export async function listCourseRows(sql: Sql, actor: Actor, cap: number = CATALOGUE_CAP.courses) {
  const params: unknown[] = [];
  const { rows } = await sql.query<CourseRow & { countAll: number }>(
    `select ${COURSE_COLUMNS}, ${COUNT_ALL} from learning_courses c join orgs o on o.id = c.org_id
     where ${offeredCondition(actor, 'o.path', params)} order by c.id desc limit ${Number(cap)}`,
    params,
  );
  return capped(rows);
}

const RESOURCE_COLUMNS = `r.id, r.org_id as "orgId", o.name as "orgName", r.title, r.kind, r.url, r.terms`;

/** The resources the actor sees (its subtree's and those offered from above), newest first. */
export async function listResourceRows(sql: Sql, actor: Actor) {
  const params: unknown[] = [];
  const { rows } = await sql.query<ResourceRow & { countAll: number }>(
    `select ${RESOURCE_COLUMNS}, ${COUNT_ALL}
     from learning_resources r join orgs o on o.id = r.org_id
     where ${offeredCondition(actor, 'o.path', params)} order by r.id desc limit ${CATALOGUE_CAP.resources}`,
    params,
  );
  return capped(rows);
}

export async function findResource(sql: Sql, id: number): Promise<ResourceRow> {
  const { rows } = await sql.query<ResourceRow>(
    `select ${RESOURCE_COLUMNS}
     from learning_resources r join orgs o on o.id = r.org_id where r.id = $1`,
    [id],
  );
  return rows[0];
}

export async function insertResource(sql: Sql, input: CreateResourceInput, userId: number | null) {
  return insertRow(sql, 'learning_resources', 'org_id, title, kind, url, terms, created_by', {
    ...input,
    title: input.title.trim(),
    url: input.url ?? null,
    terms: input.terms.trim(),
    createdBy: userId,
  });
}
