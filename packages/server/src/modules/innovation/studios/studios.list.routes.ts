import { routeMould } from '../../../http/route-mould.ts';
import { IdParams } from '../../../http/schema.ts';
import { statisticsRoutes } from '../../../http/stats-routes.ts';
import type { App } from '../../../http/types.ts';
import {
  Created,
  CreateStudioBody,
  PatchStudioBody,
  ProposeBody,
  StatsQuery,
  StatsSchema,
  StudioDetail,
  StudioGrantBody,
  StudioGrantCreated,
  StudioGrantList,
} from './studios.schemas.ts';
import { studioStatsWorkbook } from './studios.stats.ts';
import type { StudiosService } from './studios.use-cases.ts';

const tags = ['innovation'];

/** Studios of a subtree: created, their statistics, one studio, its grants and recognitions. */
export function studiosListRoutes(app: App, { studios }: { studios: StudiosService }): void {
  const on = routeMould(app, tags);
  on.post('/api/innovation/studios', {
    config: { permission: 'innovation.write', errors: [409] },
    summary: 'Create a studio (at grassroots level) for a union of my subtree, with its leader and members',
    body: CreateStudioBody,
    response: Created,
    use: studios.create,
  });
  statisticsRoutes(app, {
    path: '/api/innovation/studios/stats',
    xlsxPath: '/api/innovation/studios/stats/export.xlsx',
    permission: 'reports.read',
    tags,
    summary:
      'Studios by level at the end of the period (and led by a model worker of city level or above), promoted and revoked, achievements, conversions, patents, projects and subsidies paid in the period',
    xlsxSummary: 'The studio statistics as .xlsx',
    query: StatsQuery,
    result: StatsSchema,
    stats: studios.stats,
    xlsx: async (actor, query) => studioStatsWorkbook(await studios.stats(actor, query)),
  });
  on.get('/api/innovation/studios/:id', {
    config: { permission: 'innovation.read' },
    summary:
      'A studio: members, level history, recognitions and the subsidies they opened (with what was paid)',
    params: IdParams,
    response: StudioDetail,
    use: studios.get,
  });
  on.patch('/api/innovation/studios/:id', {
    config: { permission: 'innovation.write', errors: [409] },
    summary: 'Edit a studio; `members` replaces the member list (the leader is always a member)',
    params: IdParams,
    body: PatchStudioBody,
    response: Created,
    use: studios.update,
  });
  on.get('/api/innovation/studios/:id/grants', {
    config: { permission: 'innovation.read' },
    summary:
      "A studio's projects and grants (项目与资助): applications about it with what was paid, and grants paid outside the platform; the kinds it may receive and the program offered for each",
    params: IdParams,
    response: StudioGrantList,
    use: studios.grants,
  });
  on.post('/api/innovation/studios/:id/grants', {
    config: { permission: 'innovation.write' },
    summary:
      "Record a studio's project or grant: paid through the platform (an application of the program, approved on approvedOn, paid by a payment batch; recorded by the program owner's staff) or outside it (已在平台外发放, with paidOn), counted in the statistics of the year approved",
    params: IdParams,
    body: StudioGrantBody,
    response: StudioGrantCreated,
    use: studios.recordGrant,
  });
  on.post('/api/innovation/studios/:id/recognitions', {
    config: { permission: 'innovation.write', errors: [409] },
    summary:
      'Propose the studio for a higher level (认定/晋升); review climbs the chain to the deciding union',
    params: IdParams,
    body: ProposeBody,
    response: Created,
    use: studios.propose,
  });
}
