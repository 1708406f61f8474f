import { listRoutes } from '../../http/list-routes.ts';
import { routeMould } from '../../http/route-mould.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import type { App } from '../../http/types.ts';
import {
  CaseDetail,
  CaseExportQuery,
  CaseList,
  CaseQuery,
  EnterBody,
  StatsQuery,
  StatsSchema,
} from './cases.schemas.ts';
import type { CasesService } from './cases.service.ts';

const tags = ['cases'];
const read = { permission: 'cases.read' } as const;
const handle = { permission: 'cases.handle' } as const;

/** The requests of a subtree: listed, exported, entered by staff, and their statistics. */
export function casesListRoutes(app: App, { cases }: { cases: CasesService }): void {
  const on = routeMould(app, tags);
  listRoutes(app, {
    path: '/api/cases',
    exportPath: '/api/cases.xlsx',
    permission: read.permission,
    tags,
    summary: 'Requests handled in or filed with the unions of my subtree (each read is audited)',
    exportSummary: 'The requests list as filtered, as .xlsx (every matching request; audited)',
    query: CaseQuery,
    exportQuery: CaseExportQuery,
    result: CaseList,
    list: (actor, query) => cases.list(actor, query),
    export: (actor, query) => cases.exportList(actor, query),
  });
  on.post('/api/cases', {
    config: handle,
    summary: 'Enter a request taken by phone, at a reception day or a meeting, naming the channel and worker',
    body: EnterBody,
    response: CaseDetail,
    run: (actor, { body }) => cases.enter(actor, body),
  });
  statisticsRoutes(app, {
    path: '/api/cases/stats',
    permission: read.permission,
    tags,
    summary: 'Requests of a union subtree over a period: by channel, category and union, on time, rating',
    xlsxSummary: 'The same statistics as .xlsx',
    query: StatsQuery,
    result: StatsSchema,
    stats: (actor, query) => cases.stats(actor, query),
    xlsx: (actor, query) => cases.statsXlsx(actor, query),
  });
}
