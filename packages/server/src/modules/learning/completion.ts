import type { Sql } from '../../db/db.ts';
import { NO_DETAILS, upsertSourcedRecords } from '../records/index.ts';
import { countCompletion } from './learning.counts.ts';
import { markEnrolmentCompleted } from './learning.repository.ts';

/** The training record a completed course writes names its enrolment. */
export const trainingRef = (enrolmentId: number) => `learning:enrolment:${enrolmentId}`;

/**
 * Completes an enrolment on `on` when every lesson of its course counts: sets the completion date, writes the
 * training record (kind training, course = the course title, result passed, fee 0, organiser = the provider
 * union) so training subsidies see it, and counts the completion. Returns the date, or null when lessons remain.
 */
export async function completeEnrolment(sql: Sql, enrolmentId: number, on: string): Promise<string | null> {
  const done = await markEnrolmentCompleted(sql, enrolmentId, on);
  if (!done) return null;
  await upsertSourcedRecords(sql, [
    {
      kind: 'training',
      occurredOn: on,
      ...NO_DETAILS,
      course: done.title,
      organiser: done.organiser,
      result: 'passed',
      feeFen: 0,
      personId: done.personId,
      orgId: done.orgId,
      source: 'learning',
      sourceRef: trainingRef(enrolmentId),
    },
  ]);
  await countCompletion(sql, { ...done, on });
  return on;
}
