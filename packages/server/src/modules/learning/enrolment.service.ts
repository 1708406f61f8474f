import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { completeEnrolment } from './completion.ts';
import { findLessonFile, LESSON_COLUMNS } from './courses.service.ts';
import { countEnrolment } from './learning.counts.ts';
import { isUniqueViolation } from './learning.db.ts';
import { COURSE, ENROLMENT, LESSON, learningError, missing } from './learning.errors.ts';
import { getCourseHead, getWorkerUnion } from './learning.lookup.ts';
import type { CatalogueRow, LessonProgressRow, MyEnrolmentRow } from './learning.schemas.ts';
import { findLicence } from './sites.service.ts';

const ENROLMENT_COLUMNS = `e.id, e.course_id as "courseId", c.title, s.name as "siteName",
  e.enrolled_on as "enrolledOn", e.completed_on as "completedOn",
  (select count(*) from learning_progress p where p.enrolment_id = e.id and p.done_at is not null)::int
    as "lessonsDone",
  (select count(*) from learning_lessons l where l.course_id = e.course_id)::int as "lessonCount"`;
const ENROLMENT_FROM = `learning_enrolments e join learning_courses c on c.id = e.course_id
  join learning_licences li on li.id = e.licence_id join learning_sites s on s.id = li.site_id`;

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
  const seat = await sql.query(
    `update learning_licences set seats_used = seats_used + 1 where id = $1 and seats_used < seats returning id`,
    [licence.id],
  );
  if (!seat.rows[0])
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
    const { rows } = await sql.query<{ id: number }>(
      `insert into learning_enrolments (person_id, course_id, licence_id, org_id, enrolled_on)
       values ($1, $2, $3, $4, $5) returning id`,
      [person.personId, course.id, licence.id, person.orgId, on],
    );
    id = rows[0].id;
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
  const { rows: lessons } = await sql.query<{
    kind: string;
    durationSeconds: number | null;
    courseId: number;
  }>(
    `select kind, duration_seconds as "durationSeconds", course_id as "courseId" from learning_lessons where id = $1`,
    [input.lessonId],
  );
  const lesson = lessons[0];
  if (!lesson) throw missing(LESSON, input.lessonId);
  const { rows: enrolments } = await sql.query<{ id: number; completedOn: string | null }>(
    `select id, completed_on as "completedOn" from learning_enrolments
     where person_id = $1 and course_id = $2 for update`,
    [personId, lesson.courseId],
  );
  const enrolment = enrolments[0];
  if (!enrolment) throw missing(ENROLMENT, lesson.courseId);
  const done =
    lesson.kind !== 'video' ||
    input.ended === true ||
    (lesson.durationSeconds !== null && input.positionSeconds >= lesson.durationSeconds);
  const { rows } = await sql.query<{ positionSeconds: number; done: boolean }>(
    `insert into learning_progress (enrolment_id, lesson_id, position_seconds, done_at)
     values ($1, $2, $3, case when $4 then now() end)
     on conflict (enrolment_id, lesson_id) do update set position_seconds = excluded.position_seconds,
       done_at = coalesce(learning_progress.done_at, excluded.done_at), updated_at = now()
     returning position_seconds as "positionSeconds", done_at is not null as done`,
    [enrolment.id, input.lessonId, input.positionSeconds, done],
  );
  let completedOn = enrolment.completedOn;
  if (!completedOn && rows[0].done) completedOn = await completeEnrolment(sql, enrolment.id, on);
  return { ...rows[0], completedOn };
}

export function createEnrolmentService(db: Db) {
  async function myEnrolmentRow(sql: Sql, personId: number, id: number) {
    const { rows } = await sql.query<MyEnrolmentRow>(
      `select ${ENROLMENT_COLUMNS} from ${ENROLMENT_FROM} where e.id = $1 and e.person_id = $2`,
      [id, personId],
    );
    if (!rows[0]) throw missing(ENROLMENT, id);
    return rows[0];
  }

  return {
    /** What the worker may enrol in (courses of licences in force with seats left, at sites offered to their union), their enrolments and hours. */
    async myLearning(actor: Actor) {
      const me = await getWorkerUnion(db, actor);
      const today = todayInChina();
      const { rows: catalogue } = await db.query<CatalogueRow>(
        `select distinct on (c.id) c.id as "courseId", c.title, c.kind, o.name as "orgName", c.minutes,
           (select count(*) from learning_lessons l where l.course_id = c.id)::int as "lessonCount",
           li.id as "licenceId", s.name as "siteName", (li.seats - li.seats_used) as "seatsLeft", li.ends_on as "endsOn"
         from learning_licences li join learning_sites s on s.id = li.site_id join orgs so on so.id = s.org_id
         join learning_licence_courses lc on lc.licence_id = li.id join learning_courses c on c.id = lc.course_id
         join orgs o on o.id = c.org_id
         where starts_with($1::text, so.path) and li.starts_on <= $2::date and li.ends_on >= $2::date
           and li.seats_used < li.seats
           and not exists (select 1 from learning_enrolments e where e.person_id = $3 and e.course_id = c.id)
         order by c.id, li.ends_on desc`,
        [me.path, today, me.personId],
      );
      const { rows: enrolments } = await db.query<MyEnrolmentRow>(
        `select ${ENROLMENT_COLUMNS} from ${ENROLMENT_FROM} where e.person_id = $1 order by e.id desc`,
        [me.personId],
      );
      const { rows: master } = await db.query('select 1 from learning_masters where person_id = $1', [
        me.personId,
      ]);
      return {
        catalogue,
        enrolments,
        hours: await learningHours(db, me.personId),
        isMaster: master.length > 0,
      };
    },

    async enrol(actor: Actor, input: { courseId: number; licenceId: number }) {
      return db.tx(async (sql) => {
        const me = await getWorkerUnion(sql, actor);
        const id = await enrolPerson(sql, me, input, todayInChina());
        return myEnrolmentRow(sql, me.personId, id);
      });
    },

    async getMyEnrolment(actor: Actor, id: number) {
      const me = await getWorkerUnion(db, actor);
      const enrolment = await myEnrolmentRow(db, me.personId, id);
      const { rows: lessons } = await db.query<LessonProgressRow>(
        `select ${LESSON_COLUMNS}, coalesce(p.position_seconds, 0) as "positionSeconds",
           (p.done_at is not null) as done
         from learning_lessons l left join learning_progress p on p.lesson_id = l.id and p.enrolment_id = $1
         where l.course_id = $2 order by l.position`,
        [id, enrolment.courseId],
      );
      return { enrolment, lessons };
    },

    async reportProgress(
      actor: Actor,
      input: { lessonId: number; positionSeconds: number; ended?: boolean },
    ) {
      return db.tx(async (sql) => {
        const me = await getWorkerUnion(sql, actor);
        return recordProgress(sql, me.personId, input, todayInChina());
      });
    },

    /** A lesson's file, for a worker enrolled in its course. */
    async getMyLessonFile(actor: Actor, lessonId: number) {
      const me = await getWorkerUnion(db, actor);
      const file = await findLessonFile(db, lessonId);
      const { rows } = await db.query(
        'select 1 from learning_enrolments where person_id = $1 and course_id = $2',
        [me.personId, file.courseId],
      );
      if (!rows[0]) throw missing(COURSE, file.courseId);
      return file;
    },
  };
}

/** A person's learning hours: completed courses and attended activities. */
export async function learningHours(sql: Sql, personId: number): Promise<number> {
  const { rows } = await sql.query<{ minutes: number }>(
    `select coalesce((select sum(c.minutes) from learning_enrolments e join learning_courses c on c.id = e.course_id
        where e.person_id = $1 and e.completed_on is not null), 0)
      + coalesce((select sum(a.minutes) from learning_signups g join learning_activities a on a.id = g.activity_id
        where g.person_id = $1 and g.attended), 0) as minutes`,
    [personId],
  );
  return Math.round((Number(rows[0].minutes) / 60) * 10) / 10;
}

export type EnrolmentService = ReturnType<typeof createEnrolmentService>;
