import type { Actor } from '../../access/access.ts';
import { type Db, isUniqueViolation, type Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { completeEnrolment } from './completion.ts';
import { findLessonFile } from './courses.service.ts';
import {
  findLessonForProgress,
  findMyEnrolment,
  insertEnrolment,
  isEnrolled,
  isMaster,
  listCatalogue,
  listLessonProgress,
  listMyEnrolments,
  lockEnrolment,
  sumLearningMinutes,
  takeLicenceSeat,
  upsertProgress,
} from './enrolment.repository.ts';
import { countEnrolment } from './learning.counts.ts';
import { COURSE, ENROLMENT, LESSON, learningError, missing } from './learning.errors.ts';
import { getCourseHead, getWorkerUnion } from './learning.lookup.ts';
import { findLicence } from './sites.service.ts';

/**
 * Enrols a person in a course through a licence, dated `on`: the licence must grant the course, be in force
 * that day and have a seat left. The seat is taken by one conditional update, so concurrent enrolments never
 * exceed the seats. `unionPath` is the person's union: the site must offer to it (its union at or above).
 */
export async function enrolPerson(
  sql: Sql,
  person: { personId: number; orgId: number; path: string },
  input: { courseId: number; licenceId: number },
  on: string,
): Promise<number> {
  const licence = await findLicence(sql, input.licenceId, on);
  if (!person.path.startsWith(licence.path)) throw missing({ zh: '授权', en: 'Licence' }, input.licenceId);
  const course = await getCourseHead(sql, input.courseId);
  if (!licence.courses.some((c) => c.id === course.id))
    throw learningError(
      'LEARNING_NOT_LICENSED',
      {
        zh: `示范点「${licence.siteName}」的授权不含课程「${course.title}」`,
        en: `The licence of ${licence.siteName} does not include the course ${course.title}`,
      },
      { field: 'courseId' },
    );
  if (!licence.active)
    throw learningError(
      'LEARNING_LICENCE_EXPIRED',
      {
        zh: `示范点「${licence.siteName}」的授权不在有效期内（${licence.startsOn} 至 ${licence.endsOn}），不能报名`,
        en: `The licence of ${licence.siteName} is not in force (${licence.startsOn} to ${licence.endsOn}); enrolment is closed`,
      },
      { licenceId: licence.id },
    );
  const seat = await takeLicenceSeat(sql, licence.id);
  if (!seat)
    throw learningError(
      'LEARNING_SEATS_EXHAUSTED',
      {
        zh: `示范点「${licence.siteName}」的授权名额（${licence.seats}）已用完`,
        en: `The ${licence.seats} seats of the licence of ${licence.siteName} are taken`,
      },
      { licenceId: licence.id },
    );
  let id: number;
  try {
    id = await insertEnrolment(sql, {
      personId: person.personId,
      courseId: course.id,
      licenceId: licence.id,
      orgId: person.orgId,
      enrolledOn: on,
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw learningError(
        'LEARNING_ALREADY_ENROLLED',
        { zh: `已报名课程「${course.title}」`, en: `Already enrolled in ${course.title}` },
        { field: 'courseId' },
      );
    throw e;
  }
  await countEnrolment(sql, { orgId: person.orgId, courseId: course.id, siteId: licence.siteId, on });
  return id;
}

/**
 * Records progress on a lesson, dated `on`. A video counts when it played to its end (or the position reached
 * its duration), a document or link when it was opened; the resume position is kept. When the last lesson
 * counts, the course is completed (training record, statistics).
 */
export async function recordProgress(
  sql: Sql,
  personId: number,
  input: { lessonId: number; positionSeconds: number; ended?: boolean },
  on: string,
) {
  const lesson = await findLessonForProgress(sql, input.lessonId);
  if (!lesson) throw missing(LESSON, input.lessonId);
  const enrolment = await lockEnrolment(sql, personId, lesson.courseId);
  if (!enrolment) throw missing(ENROLMENT, lesson.courseId);
  const done =
    lesson.kind !== 'video' ||
    input.ended === true ||
    (lesson.durationSeconds !== null && input.positionSeconds >= lesson.durationSeconds);
  const progress = await upsertProgress(sql, {
    enrolmentId: enrolment.id,
    lessonId: input.lessonId,
    positionSeconds: input.positionSeconds,
    done,
  });
  let completedOn = enrolment.completedOn;
  if (!completedOn && progress.done) completedOn = await completeEnrolment(sql, enrolment.id, on);
  return { ...progress, completedOn };
}

export function createEnrolmentService(db: Db, clock: Clock) {
  const today = () => todayInChina(clock());
  async function myEnrolmentRow(sql: Sql, personId: number, id: number) {
    const row = await findMyEnrolment(sql, personId, id);
    if (!row) throw missing(ENROLMENT, id);
    return row;
  }

  return {
    /** What the worker may enrol in (courses of licences in force with seats left, at sites offered to their union), their enrolments and hours. */
    async myLearning(actor: Actor) {
      const me = await getWorkerUnion(db, actor);
      const on = today();
      const catalogue = await listCatalogue(db, me.path, on, me.personId);
      const enrolments = await listMyEnrolments(db, me.personId);
      const master = await isMaster(db, me.personId);
      return {
        catalogue,
        enrolments,
        hours: await learningHours(db, me.personId),
        isMaster: master,
      };
    },

    async enrol(actor: Actor, input: { courseId: number; licenceId: number }) {
      return db.tx(async (sql) => {
        const me = await getWorkerUnion(sql, actor);
        const id = await enrolPerson(sql, me, input, today());
        return myEnrolmentRow(sql, me.personId, id);
      });
    },

    async getMyEnrolment(actor: Actor, id: number) {
      const me = await getWorkerUnion(db, actor);
      const enrolment = await myEnrolmentRow(db, me.personId, id);
      const lessons = await listLessonProgress(db, id, enrolment.courseId);
      return { enrolment, lessons };
    },

    async reportProgress(
      actor: Actor,
      input: { lessonId: number; positionSeconds: number; ended?: boolean },
    ) {
      return db.tx(async (sql) => {
        const me = await getWorkerUnion(sql, actor);
        return recordProgress(sql, me.personId, input, today());
      });
    },

    /** A lesson's file, for a worker enrolled in its course. */
    async getMyLessonFile(actor: Actor, lessonId: number) {
      const me = await getWorkerUnion(db, actor);
      const file = await findLessonFile(db, lessonId);
      if (!(await isEnrolled(db, me.personId, file.courseId))) throw missing(COURSE, file.courseId);
      return file;
    },
  };
}

/** A person's learning hours: completed courses and attended activities. */
export async function learningHours(sql: Sql, personId: number): Promise<number> {
  return Math.round(((await sumLearningMinutes(sql, personId)) / 60) * 10) / 10;
}

export type EnrolmentService = ReturnType<typeof createEnrolmentService>;
