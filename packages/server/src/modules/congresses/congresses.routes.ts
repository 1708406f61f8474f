import { registerRouteGroup } from '../../http/register-routes.ts';
import { routeMould } from '../../http/route-mould.ts';
import type { App } from '../../http/types.ts';
import { congressesDisclosuresRoutes } from './congresses.disclosures.routes.ts';
import { congressesMeRoutes } from './congresses.me.routes.ts';
import { congressesProposalsRoutes } from './congresses.proposals.routes.ts';
import {
  CongressBody,
  CongressImportResult,
  CongressListSchema,
  IdResult,
  OrgQuery,
} from './congresses.schemas.ts';
import type { CongressesService } from './congresses.service.ts';
import { congressesSessionsRoutes } from './congresses.sessions.routes.ts';
import { StatsQuery, StatsSchema } from './congresses.stats.schemas.ts';
import { congressesTermsRoutes } from './congresses.terms.routes.ts';

const tags = ['congresses'];
const read = { permission: 'congresses.read' } as const;
const manage = { permission: 'congresses.manage' } as const;

/**
 * The congresses' routes, in the API document's order: the list, a congress set up and the statistics here; then
 * proposals, 厂务公开, sessions, a congress's make-up and the delegate's own side, each in its own file.
 */
export function congressesRoutes(app: App, s: { congresses: CongressesService }): void {
  const { congresses } = s;
  const on = routeMould(app, tags);
  on.get('/api/congresses', {
    config: read,
    summary: "Congresses of a union's subtree (default: mine)",
    querystring: OrgQuery,
    response: CongressListSchema,
    run: (actor, { query }) => congresses.listCongresses(actor, query.orgId),
  });
  on.post('/api/congresses', {
    config: manage,
    summary: "Set up an enterprise union's congress (职代会, or 职工大会) with its settings",
    body: CongressBody,
    response: IdResult,
    use: congresses.createCongress,
  });
  registerRouteGroup(app, {
    tags,
    import: {
      path: '/api/congresses/import',
      permission: manage.permission,
      what:
        "the congresses' past: one row per session held, with its congress's union, term (届次, first and last " +
        'day) and session (会次, day held); congresses and terms set up as the rows need them',
      result: CongressImportResult,
      register: congresses.register,
      listed: { key: 'congresses', module: 'congresses' },
    },
    stats: {
      path: '/api/congresses/stats',
      permission: read.permission,
      summary:
        'Congresses held on time, proposals filed, accepted, answered in time and rated, by year and union',
      xlsxSummary: 'The statistics as .xlsx (by year, by union)',
      query: StatsQuery,
      result: StatsSchema,
      stats: congresses.congressStats,
      xlsx: congresses.congressStatsXlsx,
    },
  });
  congressesProposalsRoutes(app, s);
  congressesDisclosuresRoutes(app, s);
  congressesSessionsRoutes(app, s);
  congressesTermsRoutes(app, s);
  congressesMeRoutes(app, s);
}
