import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { findOrgById, type OrgRow } from '../org/index.ts';
import { COURSE, missing } from './learning.errors.ts';
import { type CourseHead, findActiveMembership, findCourseHead } from './learning.repository.ts';

export type { CourseHead };

/** A union the actor may write learning data for (its subtree). */
export async function getOrgToWrite(sql: Sql, actor: Actor, orgId: number): Promise<OrgRow> {
  const org = await findOrgById(sql, orgId);
  if (!org) throw missing({ zh: '工会', en: 'Union' }, orgId);
  requireAccess(actor, 'learning.write', { orgPath: org.path });
  return org;
}

const notAMember = () => notFound({ zh: '您的会员身份', en: 'Your union membership' });

/** The worker's current union (active membership): what the community offers them is seen from there. */
export async function getWorkerUnion(
  sql: Sql,
  actor: Actor,
): Promise<{ personId: number; orgId: number; path: string }> {
  if (actor.personId === null) throw notAMember();
  const membership = await findActiveMembership(sql, actor.personId);
  if (!membership) throw notAMember();
  return { personId: actor.personId, ...membership };
}

export async function getCourseHead(sql: Sql, id: number): Promise<CourseHead> {
  const c = await findCourseHead(sql, id);
  if (!c) throw missing(COURSE, id);
  return c;
}

/** Staff reach a course their subtree provides, or one offered from above (like a program). */
export async function getCourseVisible(sql: Sql, actor: Actor, id: number): Promise<CourseHead> {
  const c = await getCourseHead(sql, id);
  requireAccess(actor, 'learning.read', { offeredBy: c.path });
  return c;
}
