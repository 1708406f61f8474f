import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { findPersonById, type IdProtector } from '../people/index.ts';
import { findActivity } from './activities.repository.ts';
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

export async function inScope(
  sql: Sql,
  actor: Actor,
  id: number,
  permission: 'activities.read' | 'activities.manage',
) {
  const a = await findActivity(sql, id);
  if (!a) throw notFound(ACTIVITY);
  requireAccess(actor, permission, { orgPath: a.orgPath });
  return a;
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
