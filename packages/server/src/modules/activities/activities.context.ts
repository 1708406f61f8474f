import { type Actor, canAccess, requireRecordAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { findPersonById, type IdProtector } from '../people/index.ts';
import { type ActivityRow, findActivity } from './activities.repository.ts';
import type { createSignups } from './activities.signup.ts';

/** What the activities use cases share: their dependencies, the not-found answer and the scope checks. */
export interface ActivitiesContext {
  db: Db;
  clock: () => Date;
  /** Today in China, by `clock`. */
  today: () => string;
  signups: ReturnType<typeof createSignups>;
  ids?: Pick<IdProtector, 'hash' | 'lookups'>;
}

export const ACTIVITY = { zh: '活动', en: 'Activity' };
export const err = (kind: 'invalid' | 'conflict', code: string, zh: string, en: string, field?: string) =>
  new AppError(kind, code, { zh, en }, field ? { field } : undefined);

/**
 * Whether an activity is over by `now`: its last session has ended; one brought in from the register of past
 * activities, whose hours were not kept (`dayOnly`), once its day has passed in China. Whatever its status: a
 * cancelled one says so by its status.
 */
export function hasEnded(a: Pick<ActivityRow, 'dayOnly' | 'sessions'>, now: Date): boolean {
  const last = a.sessions.at(-1);
  if (!last) return false;
  if (a.dayOnly) return todayInChina(new Date(last.startsAt)) < todayInChina(now);
  return Date.parse(last.endsAt) <= now.getTime();
}

/** An activity as the lists and its page answer it: with whether it is over by `now` (`ended`). */
export const withEnded =
  (now: Date) =>
  <A extends Pick<ActivityRow, 'dayOnly' | 'sessions'>>(a: A): A & { ended: boolean } => ({
    ...a,
    ended: hasEnded(a, now),
  });

export async function inScope(
  sql: Sql,
  actor: Actor,
  id: number,
  permission: 'activities.read' | 'activities.manage',
) {
  return requireRecordAccess(actor, permission, await findActivity(sql, id), ACTIVITY);
}

/**
 * A member staff act for (bulk sign-up, door check-in, walk-in): a member of a union in the actor's own subtree;
 * anyone else is answered as not found, so that staff learn nothing of other unions' members.
 */
export async function memberInScope(sql: Sql, actor: Actor, personId: number) {
  const person = await findPersonById(sql, personId);
  if (
    !person?.orgId ||
    !person.orgPath ||
    !canAccess(actor, 'activities.manage', { orgPath: person.orgPath })
  )
    throw notFound({ zh: '会员', en: 'Member' });
  return person;
}
