import type { Sql } from '../../db/db.ts';
import { upsertSourcedRecords } from '../records/index.ts';
import { countCompletion } from './learning.counts.ts';

/** The training record a completed course writes names its enrolment. */
export const trainingRef = (enrolmentId: number) => `learning:enrolment:${enrolmentId}`;

/**
 * Completes an enrolment on `on` when every lesson of its course counts: sets the completion date, writes the
 * training record (kind training, course = the course title, result passed, fee 0, organiser = the provider
 * union) so training subsidies see it, and counts the completion. Returns the date, or null when lessons remain.
 */
export async function completeEnrolment(sql: Sql, enrolmentId: number, on: string): Promise<string | null> {
  const { rows } = await sql.query<{
    personId: number;
    orgId: number;
    courseId: number;
    siteId: number;
    title: string;
    minutes: number;
    organiser: string;
  }>(
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
  const done = rows[0];
  if (!done) return null;
  await upsertSourcedRecords(sql, [
    {
      kind: 'training',
      occurredOn: on,
      course: done.title,
      organiser: done.organiser,
      result: 'passed',
      feeFen: 0,
      grade: null,
      occupation: null,
      issuer: null,
      number: null,
      level: null,
      levelRank: null,
      rank: null,
      competition: null,
      patentType: null,
      patentNo: null,
      title: null,
      personId: done.personId,
      orgId: done.orgId,
      source: 'learning',
      sourceRef: trainingRef(enrolmentId),
    },
  ]);
  await countCompletion(sql, { ...done, on });
  return on;
}
