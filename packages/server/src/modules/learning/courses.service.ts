import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { recordAudit } from '../audit/index.ts';
import {
  findCourse,
  findLessonFileRow,
  findResource,
  insertCourse,
  insertLessonRow,
  insertResource,
  listCourseRows,
  listLessons,
  listResourceRows,
} from './courses.repository.ts';
import { invalidField, LESSON, missing } from './learning.errors.ts';
import { getCourseHead, getCourseVisible, getOrgToWrite } from './learning.lookup.ts';
import type { CourseRow, CreateCourseInput, CreateResourceInput, LessonRow } from './learning.schemas.ts';
import type { LessonInput } from './lesson-file.ts';

export type { LessonInput };

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
  return insertLessonRow(sql, courseId, {
    title: l.title.trim(),
    kind: l.kind,
    url: l.url ?? null,
    durationSeconds: l.durationSeconds ?? null,
    file: l.file ?? null,
  });
}

export async function findLessonFile(
  sql: Sql,
  lessonId: number,
): Promise<{ courseId: number; name: string; mime: string; data: Buffer }> {
  const row = await findLessonFileRow(sql, lessonId);
  if (!row) throw missing(LESSON, lessonId);
  return { ...row, data: Buffer.from(row.data) };
}

export function createCoursesService(db: Db) {
  return {
    /** The courses the actor sees, newest first: at most the first 500, and how many there are in all. */
    async listCourses(actor: Actor) {
      requireAccess(actor, 'learning.read');
      return listCourseRows(db, actor);
    },

    async getCourse(actor: Actor, id: number) {
      const head = await getCourseVisible(db, actor, id);
      return {
        course: await findCourse(db, id),
        lessons: await listLessons(db, id),
        // as addLesson decides: a course offered from above is seen, its lessons added by its provider's staff
        mayAddLessons: canAccess(actor, 'learning.write', { orgPath: head.path }),
      };
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

    /** The resources the actor sees, newest first: at most the first 500, and how many there are in all. */
    async listResources(actor: Actor) {
      requireAccess(actor, 'learning.read');
      return listResourceRows(db, actor);
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
        return findResource(sql, id);
      });
    },
  };
}

export type CoursesService = ReturnType<typeof createCoursesService>;
