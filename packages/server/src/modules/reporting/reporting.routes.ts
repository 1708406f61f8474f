import { Type } from 'typebox';
import { routeMould } from '../../http/route-mould.ts';
import { Obj } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { MODULE_VOCABULARIES } from '../../vocabulary.gen.ts';
import { areasOf, type ReportingAreaOf } from '../../vocabulary.ts';
import type { ReportingService } from './reporting.service.ts';

/**
 * The areas whose statistics read the reporting layer, as each module declares them in its vocabulary (ADR 92); a
 * statistics page asks which years hold figures.
 */
export type ReportingArea = ReportingAreaOf<(typeof MODULE_VOCABULARIES)[number]>;
export const REPORTING_AREAS = areasOf(MODULE_VOCABULARIES) as readonly ReportingArea[];

const YearsQuery = Obj({
  orgId: Type.Optional(Type.Integer({ minimum: 1 })),
  area: Type.Union(REPORTING_AREAS.map((a) => Type.Literal(a))),
});

export function reportingRoutes(app: App, { reporting }: { reporting: ReportingService }): void {
  const on = routeMould(app, ['reports']);
  on.get('/api/reports/years', {
    config: { permission: 'reports.read' },
    summary:
      "The years in which an area's statistics counted anything in a union's subtree (default: one's own union; the administrator: all), newest first, so a statistics page opens on a year with figures",
    querystring: YearsQuery,
    response: Obj({ years: Type.Array(Type.Integer()) }),
    run: async (actor, { query }) => ({ years: await reporting.years(actor, query) }),
  });
}
