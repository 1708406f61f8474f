import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notYours } from '../../shared/errors.ts';
import { getOrgInScope } from '../org/index.ts';
import { listCountedYears } from './reporting.repository.ts';
import { listSourceYears, type YearsSource } from './reporting.years.repository.ts';

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

/**
 * `clock`: the years offered end with the current one, which is offered once anything is counted in it, on a day
 * past or still to come (a batch next month). `sources`: every module's manifest's `countedYears` (the kernel's
 * `yearsSources`), for the figures a module reads from its own rows.
 */
export function createReportingService(db: Db, clock: Clock, sources: readonly YearsSource[] = []) {
  return {
    /** The years in which an area's statistics counted anything in the subtree, newest first, up to this one. */
    async years(actor: Actor, q: { area: string; orgId?: number }): Promise<number[]> {
      const path = await subtreePath(db, actor, q.orgId);
      const until = `${todayInChina(clock()).slice(0, 4)}-12-31`;
      const years = new Set(await listCountedYears(db, { area: q.area, path, until }));
      for (const s of sources.filter((s) => s.area === q.area))
        for (const y of await listSourceYears(db, s, { path, until })) years.add(y);
      return [...years].sort((a, b) => b - a);
    },
  };
}

export type ReportingService = ReturnType<typeof createReportingService>;
