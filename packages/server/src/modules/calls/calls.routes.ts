import { routeMould } from '../../http/route-mould.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import type { App } from '../../http/types.ts';
import {
  CallBody,
  CallListQuery,
  CallListSchema,
  IdResult,
  StatsQuery,
  StatsSchema,
} from './calls.schemas.ts';
import type { CallsService } from './calls.service.ts';
import { callsWorkerRoutes } from './calls.worker.routes.ts';
import { callWorksRoutes } from './calls.works.routes.ts';

const tags = ['calls'];
const read = { permission: 'calls.read' } as const;
const manage = { permission: 'calls.manage' } as const;
/** Calls live under the activities' address (issue 26) though they are a module of their own (ADR 63). */
const BASE = '/api/activities/calls';

export function callsRoutes(app: App, { calls }: { calls: CallsService }): void {
  const on = routeMould(app, tags);
  on.get(BASE, {
    config: read,
    summary:
      "Calls for works organised in a union's subtree or offered to it (default: mine), with its works counted; `awaiting`: only those holding works still to review",
    querystring: CallListQuery,
    response: CallListSchema,
    run: (actor, { query }) => calls.list(actor, query),
  });
  on.post(BASE, {
    config: manage,
    summary:
      'Open a call for works to my subtree: categories (text, image, file), window, count per worker, gallery',
    body: CallBody,
    response: IdResult,
    use: calls.create,
  });
  statisticsRoutes(app, {
    path: `${BASE}/stats`,
    permission: read.permission,
    tags,
    summary: 'Works sent in, passed, returned and chosen by category, branch and result over a period',
    xlsxSummary: 'The statistics as .xlsx',
    query: StatsQuery,
    result: StatsSchema,
    stats: calls.stats,
    xlsx: calls.statsXlsx,
  });
  callWorksRoutes(app, { calls });
  callsWorkerRoutes(app, { calls });
}
