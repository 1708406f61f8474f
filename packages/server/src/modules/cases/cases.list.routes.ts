import { registerRouteGroup } from '../../http/register-routes.ts';
import { routeMould } from '../../http/route-mould.ts';
import type { App } from '../../http/types.ts';
import {
  CaseDetail,
  CaseExportQuery,
  CaseImportResult,
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

/** The requests of a subtree: listed, exported, brought in from a register, entered by staff, and their statistics. */
export function casesListRoutes(app: App, { cases }: { cases: CasesService }): void {
  const on = routeMould(app, tags);
  registerRouteGroup(app, {
    tags,
    list: {
      path: '/api/cases',
      permission: read.permission,
      summary: 'Requests handled in or filed with the unions of my subtree (each read is audited)',
      query: CaseQuery,
      result: CaseList,
      run: cases.list,
      export: {
        summary: 'The requests list as filtered, as .xlsx (every matching request; audited)',
        query: CaseExportQuery,
        run: cases.exportList,
      },
    },
    import: {
      path: '/api/cases/import',
      listed: { key: 'cases', module: 'cases' },
      permission: handle.permission,
      what:
        'a requests register: each row a request with the day and time it came in and the days it was accepted, ' +
        'answered, closed',
      result: CaseImportResult,
      register: cases.register,
    },
    stats: {
      path: '/api/cases/stats',
      permission: read.permission,
      summary: 'Requests of a union subtree over a period: by channel, category and union, on time, rating',
      query: StatsQuery,
      result: StatsSchema,
      stats: cases.stats,
      xlsx: cases.statsXlsx,
    },
  });
  on.post('/api/cases', {
    config: handle,
    summary: 'Enter a request taken by phone, at a reception day or a meeting, naming the channel and worker',
    body: EnterBody,
    response: CaseDetail,
    use: cases.enter,
  });
}
