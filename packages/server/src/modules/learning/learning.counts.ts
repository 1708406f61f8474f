import type { Sql } from '../../db/db.ts';
import { addCounts } from '../reporting/index.ts';

/**
 * The learning statistics kept in the reporting layer (subjects, what they count, on which date):
 * - learning.enrolments — enrolments, on the day of enrolment;
 * - learning.completions — completed courses, on the day of completion;
 * - learning.course_minutes — the credited minutes of completed courses, on the day of completion;
 * - learning.activity_minutes — minutes of attended offline activities, on the day the activity was held.
 * The union is the worker's union at enrolment (sign-up); dim is the course (activity) id, dim2 the site id.
 */
export const LEARNING_SUBJECTS = {
  enrolments: 'learning.enrolments',
  completions: 'learning.completions',
  courseMinutes: 'learning.course_minutes',
  activityMinutes: 'learning.activity_minutes',
} as const;

interface CourseFact {
  orgId: number;
  courseId: number;
  siteId: number;
  on: string;
}

const dims = (f: CourseFact) => ({
  orgId: f.orgId,
  on: f.on,
  dim: String(f.courseId),
  dim2: String(f.siteId),
});

export const countEnrolment = (sql: Sql, f: CourseFact) =>
  addCounts(sql, [{ subject: LEARNING_SUBJECTS.enrolments, ...dims(f), n: 1 }]);

export const countCompletion = (sql: Sql, f: CourseFact & { minutes: number }) =>
  addCounts(sql, [
    { subject: LEARNING_SUBJECTS.completions, ...dims(f), n: 1 },
    { subject: LEARNING_SUBJECTS.courseMinutes, ...dims(f), n: f.minutes },
  ]);

export const countAttendance = (
  sql: Sql,
  rows: { orgId: number; activityId: number; on: string; minutes: number }[],
) =>
  addCounts(
    sql,
    rows.map((r) => ({
      subject: LEARNING_SUBJECTS.activityMinutes,
      orgId: r.orgId,
      on: r.on,
      dim: String(r.activityId),
      n: r.minutes,
    })),
  );
