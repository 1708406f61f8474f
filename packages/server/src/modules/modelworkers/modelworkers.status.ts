import type { CountDelta } from '../reporting/index.ts';
import { err } from './modelworkers.errors.ts';
import type { HonourKind, Level, Status } from './modelworkers.vocabulary.ts';

/**
 * A model worker's status (在职, 退休, 已故; issue 41, ADR 66) and the counts it moves. `modelworkers.workers` is a
 * state by level (dim) and status (dim2: '' active — the rows counted before statuses existed are active —,
 * 'retired', 'deceased'). A status counts from the day it changed, or, where that day is not known, from the day
 * the register was told; never before the model worker was registered (the register did not hold them before).
 */
export const statusDim = (s: Status) => (s === 'active' ? '' : s);

/** The day a status counts from: the day it changed, else the day recorded; not before the registration. */
export function statusCountsFrom(m: {
  registeredOn: string;
  statusOn: string | null;
  statusRecordedOn: string | null;
}): string {
  const day = m.statusOn ?? m.statusRecordedOn ?? m.registeredOn;
  // days as 'YYYY-MM-DD' sort as text: the later of the two
  return [day, m.registeredOn].sort()[1];
}

export interface StatusInput {
  status: Status;
  /** The day it changed, where known. */
  statusOn: string | null;
  /** The day the register was told (the registration, the edit or the import). */
  statusRecordedOn: string;
}

interface Honoured {
  level: Level;
  kind: HonourKind;
  year: number;
}

/** The counts a new model worker makes: active from the registration day, moved to their status on its day. */
export function registerCounts(
  orgId: number,
  on: string,
  level: Level,
  honours: Honoured[],
  status: StatusInput = { status: 'active', statusOn: null, statusRecordedOn: on },
): CountDelta[] {
  const deltas: CountDelta[] = [{ subject: 'modelworkers.workers', orgId, on, dim: level, n: 1 }];
  if (status.status !== 'active') {
    const from = statusCountsFrom({ registeredOn: on, ...status });
    deltas.push(...statusMove(orgId, level, 'active', status.status, from));
  }
  for (const h of honours) deltas.push(honourCount(orgId, h));
  return deltas;
}

/** A title held, counted on 1 January of its year at the holder's union (dim its level, dim2 its kind). */
export const honourCount = (orgId: number, h: Honoured): CountDelta => ({
  subject: 'modelworkers.honours',
  orgId,
  on: `${h.year}-01-01`,
  dim: h.level,
  dim2: h.kind,
  n: 1,
});

/** A model worker moving from one status to another on a day (their level unchanged). */
export function statusMove(orgId: number, level: Level, from: Status, to: Status, on: string): CountDelta[] {
  if (from === to) return [];
  return [
    { subject: 'modelworkers.workers', orgId, on, dim: level, dim2: statusDim(from), n: -1 },
    { subject: 'modelworkers.workers', orgId, on, dim: level, dim2: statusDim(to), n: 1 },
  ];
}

/** A model worker moving to a higher level on a day (their status unchanged). */
export function levelMove(orgId: number, from: Level, to: Level, status: Status, on: string): CountDelta[] {
  if (from === to) return [];
  const dim2 = statusDim(status);
  return [
    { subject: 'modelworkers.workers', orgId, on, dim: from, dim2, n: -1 },
    { subject: 'modelworkers.workers', orgId, on, dim: to, dim2, n: 1 },
  ];
}

/**
 * The day a status changed, as a clerk gives it: a real day, not after today, and not before the day the current
 * status counts from (a history read in order). A deceased model worker's day of death is a fact reported, not a
 * decision of the union, so a past day needs no backdating right.
 */
export function checkStatusDay(day: string | null | undefined, today: string, notBefore: string | null) {
  if (!day) return null;
  if (day > today)
    throw err(
      'invalid',
      'MODELWORKER_STATUS_DAY',
      `状态变化日期 ${day} 晚于今天（${today}）`,
      `The status date ${day} is after today (${today})`,
      'statusOn',
    );
  if (notBefore && day < notBefore)
    throw err(
      'invalid',
      'MODELWORKER_STATUS_DAY',
      `状态变化日期 ${day} 早于现有状态的日期 ${notBefore}`,
      `The status date ${day} is before the current status's date ${notBefore}`,
      'statusOn',
    );
  return day;
}
