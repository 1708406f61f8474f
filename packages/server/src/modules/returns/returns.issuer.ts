import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { getOrgInScope } from '../org/index.ts';
import { returnErrors } from './returns.errors.ts';
import { findReturn, type ReturnRow } from './returns.repository.ts';

/** The union a return is issued by (the actor's own unless given), for staff who may issue there. */
export async function issuerOf(sql: Sql, actor: Actor, orgId: number | undefined) {
  const id = orgId ?? actor.orgId;
  if (id === null || id === undefined) throw returnErrors.noUnion();
  const org = await getOrgInScope(sql, actor, id);
  requireAccess(actor, 'returns.issue', { orgPath: org.path });
  return org;
}

/** A return, for staff who may issue at its union. */
export async function ownReturn(sql: Sql, actor: Actor, id: number, lock = false): Promise<ReturnRow> {
  const r = await findReturn(sql, id, lock);
  if (!r) throw returnErrors.notFound();
  requireAccess(actor, 'returns.issue', { orgPath: r.orgPath });
  return r;
}
