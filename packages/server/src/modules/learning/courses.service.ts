import { type Actor, offeredCondition, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { recordAudit } from '../audit/index.ts';
import { invalidField, LESSON, missing } from './learning.errors.ts';
import { getCourseHead, getCourseVisible, getOrgToWrite } from './learning.lookup.ts';
import type {
  CourseRow,
  CreateCourseInput,
  CreateResourceInput,
  LessonRow,
  ResourceRow,
} from './learning.schemas.ts';
import type { LessonFile } from './lesson-file.ts';

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

/** Inserts a course (no access check: the caller has made it). */
export async function insertCourse(sql: Sql, input: CreateCourseInput, userId: number | null) {
  const { rows } = await sql.query<{ id: number }>(
    `insert into learning_courses (org_id, title, kind, description, minutes, created_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [input.orgId, input.title.trim(), input.kind, input.description ?? null, input.minutes, userId],
  );
  return rows[0].id;
}

export interface LessonInput {
  title: string;
  kind: 'video' | 'document' | 'link';
  url?: string;
  durationSeconds?: number;
  file?: LessonFile;
}

function checkLesson(l: LessonInput): void {
  if (l.kind === 'link' && !l.url)
    throw invalidField('url', { zh: '链接课时须填写网址', en: 'A link lesson needs its address' });
  if (l.kind !== 'link' && !l.file && !l.url)
    throw invalidField('file', {
      zh: '视频或文档课时须上传文件或填写网址',
      en: 'A video or document lesson needs an uploaded file or an address',
    });
  if (l.kind === 'link' && l.file)
    throw invalidField('file', { zh: '链接课时不上传文件', en: 'A link lesson takes no file' });
}

/** Appends a lesson to a course (no access check: the caller has made it). */
export async function insertLesson(sql: Sql, courseId: number, l: LessonInput): Promise<number> {
  checkLesson(l);
  const { rows } = await sql.query<{ id: number }>(
    `insert into learning_lessons (course_id, position, title, kind, url, duration_seconds, file_name, mime, size, data)
     values ($1, (select coalesce(max(position), 0) + 1 from learning_lessons where course_id = $1),
             $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [
      courseId,
      l.title.trim(),
      l.kind,
      l.url ?? null,
      l.durationSeconds ?? null,
      l.file?.name ?? null,
      l.file?.mime ?? null,
      l.file?.data.length ?? null,
      l.file?.data ?? null,
    ],
  );
  return rows[0].id;
}

export async function findLessonFile(
  sql: Sql,
  lessonId: number,
): Promise<{ courseId: number; name: string; mime: string; data: Buffer }> {
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
  if (!rows[0]) throw missing(LESSON, lessonId);
  return { ...rows[0], data: Buffer.from(rows[0].data) };
}

export function createCoursesService(db: Db) {
  return {
    async listCourses(actor: Actor): Promise<CourseRow[]> {
      requireAccess(actor, 'learning.read');
      const params: unknown[] = [];
      const { rows } = await db.query<CourseRow>(
        `select ${COURSE_COLUMNS} from learning_courses c join orgs o on o.id = c.org_id
         where ${offeredCondition(actor, 'o.path', params)} order by c.id desc limit 500`,
        params,
      );
      return rows;
    },

    async getCourse(actor: Actor, id: number) {
      await getCourseVisible(db, actor, id);
      return { course: await findCourse(db, id), lessons: await listLessons(db, id) };
    },

    async createCourse(actor: Actor, input: CreateCourseInput): Promise<CourseRow> {
      return db.tx(async (sql) => {
        await getOrgToWrite(sql, actor, input.orgId);
        const id = await insertCourse(sql, input, actor.userId || null);
        const after = await findCourse(sql, id);
        await recordAudit(sql, actor, {
          action: 'learning.course.create',
          entity: 'course',
          entityId: id,
          orgId: input.orgId,
          after,
        });
        return after;
      });
    },

    async addLesson(actor: Actor, courseId: number, input: LessonInput): Promise<LessonRow> {
      return db.tx(async (sql) => {
        const course = await getCourseHead(sql, courseId);
        requireAccess(actor, 'learning.write', { orgPath: course.path });
        const id = await insertLesson(sql, courseId, input);
        const lesson = (await listLessons(sql, courseId)).find((l) => l.id === id) as LessonRow;
        await recordAudit(sql, actor, {
          action: 'learning.lesson.create',
          entity: 'lesson',
          entityId: id,
          orgId: course.orgId,
          after: lesson,
        });
        return lesson;
      });
    },

    async getLessonFile(actor: Actor, lessonId: number) {
      const file = await findLessonFile(db, lessonId);
      await getCourseVisible(db, actor, file.courseId);
      return file;
    },

    async listResources(actor: Actor) {
      requireAccess(actor, 'learning.read');
      const params: unknown[] = [];
      const { rows } = await db.query<ResourceRow>(
        `select r.id, r.org_id as "orgId", o.name as "orgName", r.title, r.kind, r.url, r.terms
         from learning_resources r join orgs o on o.id = r.org_id
         where ${offeredCondition(actor, 'o.path', params)} order by r.id desc limit 500`,
        params,
      );
      return rows;
    },

    async createResource(actor: Actor, input: CreateResourceInput) {
      return db.tx(async (sql) => {
        await getOrgToWrite(sql, actor, input.orgId);
        const id = await insertResource(sql, input, actor.userId || null);
        await recordAudit(sql, actor, {
          action: 'learning.resource.create',
          entity: 'learning_resource',
          entityId: id,
          orgId: input.orgId,
          after: input,
        });
        const { rows } = await sql.query<ResourceRow>(
          `select r.id, r.org_id as "orgId", o.name as "orgName", r.title, r.kind, r.url, r.terms
           from learning_resources r join orgs o on o.id = r.org_id where r.id = $1`,
          [id],
        );
        return rows[0];
      });
    },
  };
}

export async function insertResource(sql: Sql, input: CreateResourceInput, userId: number | null) {
  const { rows } = await sql.query<{ id: number }>(
    `insert into learning_resources (org_id, title, kind, url, terms, created_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [input.orgId, input.title.trim(), input.kind, input.url ?? null, input.terms.trim(), userId],
  );
  return rows[0].id;
}

export type CoursesService = ReturnType<typeof createCoursesService>;
