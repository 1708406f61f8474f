import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { findOrgById, type OrgRow } from '../org/index.ts';
import { COURSE, missing } from './learning.errors.ts';

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
  const { rows } = await sql.query<{ orgId: number; path: string }>(
    `select m.org_id as "orgId", o.path from memberships m join orgs o on o.id = m.org_id
     where m.person_id = $1 and m.status = 'active'`,
    [actor.personId],
  );
  if (!rows[0]) throw notAMember();
  return { personId: actor.personId, ...rows[0] };
}

export interface CourseHead {
  id: number;
  orgId: number;
  path: string;
  title: string;
  minutes: number;
  orgName: string;
}

export async function findCourseHead(sql: Sql, id: number): Promise<CourseHead | null> {
  const { rows } = await sql.query<CourseHead>(
    `select c.id, c.org_id as "orgId", o.path, c.title, c.minutes, o.name as "orgName"
     from learning_courses c join orgs o on o.id = c.org_id where c.id = $1`,
    [id],
  );
  return rows[0] ?? null;
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
