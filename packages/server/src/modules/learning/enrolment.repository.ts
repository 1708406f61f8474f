import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { LESSON_COLUMNS } from './courses.repository.ts';
import type { CatalogueRow, LessonProgressRow, MyEnrolmentRow } from './learning.schemas.ts';

const ENROLMENT_COLUMNS = `e.id, e.course_id as "courseId", c.title, s.name as "siteName",
  e.enrolled_on as "enrolledOn", e.completed_on as "completedOn",
  (select count(*) from learning_progress p where p.enrolment_id = e.id and p.done_at is not null)::int
    as "lessonsDone",
  (select count(*) from learning_lessons l where l.course_id = e.course_id)::int as "lessonCount"`;
const ENROLMENT_FROM = `learning_enrolments e join learning_courses c on c.id = e.course_id
  join learning_licences li on li.id = e.licence_id join learning_sites s on s.id = li.site_id`;

/** Takes a seat of the licence unless all are taken (one conditional update); whether one was taken. */
export async function takeLicenceSeat(sql: Sql, licenceId: number): Promise<boolean> {
  const { rows } = await sql.query(
    `update learning_licences set seats_used = seats_used + 1 where id = $1 and seats_used < seats returning id`,
    [licenceId],
  );
  return rows.length > 0;
}

/** Inserts an enrolment (a second one in the course raises the database's unique violation); its id. */
export async function insertEnrolment(
  sql: Sql,
  e: { personId: number; courseId: number; licenceId: number; orgId: number; enrolledOn: string },
): Promise<number> {
  return insertRow(sql, 'learning_enrolments', 'person_id, course_id, licence_id, org_id, enrolled_on', e);
}

/** What progress on a lesson depends on: its kind, its duration and its course. */
export async function findLessonForProgress(
  sql: Sql,
  lessonId: number,
): Promise<{ kind: string; durationSeconds: number | null; courseId: number } | undefined> {
  const { rows } = await sql.query<{ kind: string; durationSeconds: number | null; courseId: number }>(
    `select kind, duration_seconds as "durationSeconds", course_id as "courseId" from learning_lessons where id = $1`,
    [lessonId],
  );
  return rows[0];
}

/** The person's enrolment in the course, locked. */
export async function lockEnrolment(
  sql: Sql,
  personId: number,
  courseId: number,
): Promise<{ id: number; completedOn: string | null } | undefined> {
  const { rows } = await sql.query<{ id: number; completedOn: string | null }>(
    `select id, completed_on as "completedOn" from learning_enrolments
     where person_id = $1 and course_id = $2 for update`,
    [personId, courseId],
  );
  return rows[0];
}

/** Keeps the resume position of a lesson and marks it done (once) when `done`; the progress as it now stands. */
export async function upsertProgress(
  sql: Sql,
  p: { enrolmentId: number; lessonId: number; positionSeconds: number; done: boolean },
): Promise<{ positionSeconds: number; done: boolean }> {
  const { rows } = await sql.query<{ positionSeconds: number; done: boolean }>(
    `insert into learning_progress (enrolment_id, lesson_id, position_seconds, done_at)
     values ($1, $2, $3, case when $4 then now() end)
     on conflict (enrolment_id, lesson_id) do update set position_seconds = excluded.position_seconds,
       done_at = coalesce(learning_progress.done_at, excluded.done_at), updated_at = now()
     returning position_seconds as "positionSeconds", done_at is not null as done`,
    [p.enrolmentId, p.lessonId, p.positionSeconds, p.done],
  );
  return rows[0];
}

export async function findMyEnrolment(
  sql: Sql,
  personId: number,
  id: number,
): Promise<MyEnrolmentRow | undefined> {
  const { rows } = await sql.query<MyEnrolmentRow>(
    `select ${ENROLMENT_COLUMNS} from ${ENROLMENT_FROM} where e.id = $1 and e.person_id = $2`,
    [id, personId],
  );
  return rows[0];
}

/**
 * The courses a worker of the union at `path` may enrol in on `today`: granted by licences in force with seats
 * left, at sites of the union or above, and not enrolled in yet; one licence a course: the one ending last, and of
 * those the one with the most seats left (then the first made), so the site and seats shown stay put between reads.
 */
export async function listCatalogue(
  sql: Sql,
  path: string,
  today: string,
  personId: number,
): Promise<CatalogueRow[]> {
  const { rows } = await sql.query<CatalogueRow>(
    `select distinct on (c.id) c.id as "courseId", c.title, c.kind, o.name as "orgName", c.minutes,
       (select count(*) from learning_lessons l where l.course_id = c.id)::int as "lessonCount",
       li.id as "licenceId", s.name as "siteName", (li.seats - li.seats_used) as "seatsLeft", li.ends_on as "endsOn"
     from learning_licences li join learning_sites s on s.id = li.site_id join orgs so on so.id = s.org_id
     join learning_licence_courses lc on lc.licence_id = li.id join learning_courses c on c.id = lc.course_id
     join orgs o on o.id = c.org_id
     where starts_with($1::text, so.path) and li.starts_on <= $2::date and li.ends_on >= $2::date
       and li.seats_used < li.seats
       and not exists (select 1 from learning_enrolments e where e.person_id = $3 and e.course_id = c.id)
     order by c.id, li.ends_on desc, li.seats - li.seats_used desc, li.id`,
    [path, today, personId],
  );
  return rows;
}

/** The person's enrolments, newest first. */
export async function listMyEnrolments(sql: Sql, personId: number): Promise<MyEnrolmentRow[]> {
  const { rows } = await sql.query<MyEnrolmentRow>(
    `select ${ENROLMENT_COLUMNS} from ${ENROLMENT_FROM} where e.person_id = $1 order by e.id desc`,
    [personId],
  );
  return rows;
}

export async function isMaster(sql: Sql, personId: number): Promise<boolean> {
  const { rows } = await sql.query('select 1 from learning_masters where person_id = $1', [personId]);
  return rows.length > 0;
}

/** The lessons of a course with the enrolment's progress on each, in their order. */
export async function listLessonProgress(
  sql: Sql,
  enrolmentId: number,
  courseId: number,
): Promise<LessonProgressRow[]> {
  const { rows } = await sql.query<LessonProgressRow>(
    `select ${LESSON_COLUMNS}, coalesce(p.position_seconds, 0) as "positionSeconds",
       (p.done_at is not null) as done
     from learning_lessons l left join learning_progress p on p.lesson_id = l.id and p.enrolment_id = $1
     where l.course_id = $2 order by l.position`,
    [enrolmentId, courseId],
  );
  return rows;
}

export async function isEnrolled(sql: Sql, personId: number, courseId: number): Promise<boolean> {
  const { rows } = await sql.query(
    'select 1 from learning_enrolments where person_id = $1 and course_id = $2',
    [personId, courseId],
  );
  return rows.length > 0;
}

/** A person's learning minutes: of completed courses and attended activities. */
export async function sumLearningMinutes(sql: Sql, personId: number): Promise<number> {
  const { rows } = await sql.query<{ minutes: number }>(
    `select coalesce((select sum(c.minutes) from learning_enrolments e join learning_courses c on c.id = e.course_id
        where e.person_id = $1 and e.completed_on is not null), 0)
      + coalesce((select sum(a.minutes) from learning_signups g join learning_activities a on a.id = g.activity_id
        where g.person_id = $1 and g.attended), 0) as minutes`,
    [personId],
  );
  return Number(rows[0].minutes);
}
