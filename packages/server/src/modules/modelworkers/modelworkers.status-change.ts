import type { CountDelta } from '../reporting/index.ts';
import type { ModelWorkerRow } from './modelworkers.repository.ts';
import { checkStatusDay, statusCountsFrom, statusMove } from './modelworkers.status.ts';
import type { Status } from './modelworkers.vocabulary.ts';

/**
 * A change of a model worker's status on the record (issue 41): the columns to write, what they were, and the
 * counts that move — on the day it changed (not before the day the current status counts from), or, the day not
 * given, on the day the register is told (today). Giving only a day corrects the day of the current status.
 * Nothing when nothing changes.
 */
export function changeStatus(
  m: ModelWorkerRow,
  status: Status | undefined,
  statusOn: string | null | undefined,
  today: string,
): { after: Record<string, unknown>; before: Record<string, unknown>; deltas: CountDelta[] } | null {
  const to = status ?? m.status;
  const sameStatus = to === m.status;
  if (sameStatus && (statusOn === undefined || statusOn === m.statusOn)) return null;
  const before = { status: m.status, statusOn: m.statusOn };
  const countedFrom = m.status === 'active' && !m.statusRecordedOn ? null : statusCountsFrom(m);
  if (sameStatus) {
    // the day of the current status corrected: its counts move from the old day to the new
    const day = checkStatusDay(statusOn, today, null);
    const next = { ...m, statusOn: day, statusRecordedOn: m.statusRecordedOn ?? today };
    const from = statusCountsFrom(next);
    const prior = m.previousStatus ?? 'active';
    const deltas =
      countedFrom === null || countedFrom === from
        ? []
        : [
            ...statusMove(m.orgId, m.level, m.status, prior, countedFrom),
            ...statusMove(m.orgId, m.level, prior, m.status, from),
          ];
    return { after: { statusOn: day, statusRecordedOn: next.statusRecordedOn }, before, deltas };
  }
  const day = checkStatusDay(statusOn, today, countedFrom);
  const from = statusCountsFrom({ registeredOn: m.registeredOn, statusOn: day, statusRecordedOn: today });
  return {
    after: { status: to, statusOn: day, statusRecordedOn: today, previousStatus: m.status },
    before,
    deltas: statusMove(m.orgId, m.level, m.status, to, from),
  };
}
