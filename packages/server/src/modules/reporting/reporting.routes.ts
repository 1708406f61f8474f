import { Type } from 'typebox';
import { Obj } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import type { ReportingService } from './reporting.service.ts';

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
  'activities',
] as const;

const YearsQuery = Obj({
  orgId: Type.Optional(Type.Integer({ minimum: 1 })),
  area: Type.Union(REPORTING_AREAS.map((a) => Type.Literal(a))),
});

export function reportingRoutes(app: App, { reporting }: { reporting: ReportingService }): void {
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
    async (req) => ({ years: await reporting.years(actorOf(req), req.query) }),
  );
}
