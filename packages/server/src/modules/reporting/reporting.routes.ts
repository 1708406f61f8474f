import { Type } from 'typebox';
import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { Obj } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { systemClock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { forbidden } from '../../shared/errors.ts';
import { getOrgInScope } from '../org/index.ts';
import { listCountedYears } from './reporting.repository.ts';

/** The areas whose statistics read the reporting layer; a statistics page asks which years hold figures. */
export const REPORTING_AREAS = [
  'programs',
  'innovation',
  'contests',
  'selections',
  'learning',
  'agreements',
  'hardship',
  'pledges',
  'donations',
  'cases',
  'care',
  'counselling',
  'stations',
  'wellness',
  'calls',
  'insurance',
  'elections',
  'modelworkers',
  'congresses',
] as const;

const YearsQuery = Obj({
  orgId: Type.Optional(Type.Integer({ minimum: 1 })),
  area: Type.Union(REPORTING_AREAS.map((a) => Type.Literal(a))),
});

/** The subtree asked about: the union named, else the actor's own, else (the administrator) the whole platform. */
async function subtreePath(db: Db, actor: Actor, orgId: number | undefined): Promise<string> {
  const id = orgId ?? actor.orgId ?? undefined;
  if (id !== undefined) {
    const org = await getOrgInScope(db, actor, id);
    requireAccess(actor, 'reports.read', { orgPath: org.path });
    return org.path;
  }
  if (canAccess(actor, 'reports.read', { orgPath: '/' })) return '/';
  throw forbidden();
}

export function reportingRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/reports/years',
    {
      config: { permission: 'reports.read' },
      schema: {
        tags: ['reports'],
        summary:
          "The years in which an area's statistics counted anything in a union's subtree (default: one's own union; the administrator: all), newest first, so a statistics page opens on a year with figures",
        querystring: YearsQuery,
        response: { 200: Obj({ years: Type.Array(Type.Integer()) }) },
      },
    },
    async (req) => {
      const path = await subtreePath(db, actorOf(req), req.query.orgId);
      return {
        years: await listCountedYears(db, { area: req.query.area, path, until: todayInChina(systemClock()) }),
      };
    },
  );
}
