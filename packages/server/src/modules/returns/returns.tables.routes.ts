import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { ConsolidatedSchema, ProgressSchema, ViewQuery } from './returns.schemas.ts';
import type { ReturnTablesService } from './returns.table.ts';

const tags = ['returns'];
const review = { permission: 'returns.review' } as const;

/** What a union above reads of a return: who has reported, and the consolidated table (on screen and as .xlsx). */
export function returnsTablesRoutes(app: App, { tables }: { tables: ReturnTablesService }): void {
  const on = routeMould(app, tags);
  on.get('/api/returns/:id/progress', {
    config: review,
    summary:
      'Completeness and timeliness over the subtree of a union in the return (default: mine, or the issuer)',
    params: IdParams,
    querystring: ViewQuery,
    response: ProgressSchema,
    run: (actor, { params, query }) => tables.progress(actor, params.id, query.orgId),
  });
  on.get('/api/returns/:id/table', {
    config: review,
    summary:
      'The consolidated table at a union: each union below as a column, the total of the accepted ones, last year, outliers',
    params: IdParams,
    querystring: ViewQuery,
    response: ConsolidatedSchema,
    run: (actor, { params, query }) => tables.table(actor, params.id, query.orgId),
  });
  on.workbook('/api/returns/:id/table.xlsx', {
    config: review,
    summary: "The consolidated table as .xlsx in the form's layout",
    params: IdParams,
    querystring: ViewQuery,
    run: (actor, { params, query }) => tables.tableXlsx(actor, params.id, query.orgId),
  });
}
