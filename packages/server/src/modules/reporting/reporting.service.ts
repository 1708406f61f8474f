import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notYours } from '../../shared/errors.ts';
import { getOrgInScope } from '../org/index.ts';
import { listCountedYears } from './reporting.repository.ts';

/** The subtree asked about: the union named, else the actor's own, else (the administrator) the whole platform. */
async function subtreePath(db: Db, actor: Actor, orgId: number | undefined): Promise<string> {
  const id = orgId ?? actor.orgId ?? undefined;
  if (id !== undefined) {
    const org = await getOrgInScope(db, actor, id);
    requireAccess(actor, 'reports.read', { orgPath: org.path });
    return org.path;
  }
  if (canAccess(actor, 'reports.read', { orgPath: '/' })) return '/';
  throw notYours();
}

/** `clock`: the years offered end with the current one. */
export function createReportingService(db: Db, clock: Clock) {
  return {
    /** The years in which an area's statistics counted anything in the subtree, newest first, up to this one. */
    async years(actor: Actor, q: { area: string; orgId?: number }): Promise<number[]> {
      const path = await subtreePath(db, actor, q.orgId);
      return listCountedYears(db, { area: q.area, path, until: todayInChina(clock()) });
    },
  };
}

export type ReportingService = ReturnType<typeof createReportingService>;
