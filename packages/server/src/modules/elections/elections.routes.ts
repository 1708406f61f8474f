import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import type { App } from '../../http/types.ts';
import { conflict, foundingsRoutes, read, tags, write } from './elections.foundings.routes.ts';
import {
  CommitteeHistorySchema,
  ElectionBody,
  ElectionDetailSchema,
  ElectionListSchema,
  IdResult,
  OrgQuery,
  SettingBody,
  SettingSchema,
  StatsQuery,
  StatsSchema,
  TermsQuery,
  TermsSchema,
} from './elections.schemas.ts';
import type { ElectionsService } from './elections.service.ts';

export function electionsRoutes(app: App, { elections }: { elections: ElectionsService }): void {
  const on = routeMould(app, tags);
  foundingsRoutes(app, { elections });

  // ------------------------------------------------------------------------------------------------- elections
  on.get('/api/elections/terms', {
    config: read,
    summary:
      'Committees of my subtree whose term ends within months (default 6) or has ended: elections due and overdue',
    querystring: TermsQuery,
    response: TermsSchema,
    use: elections.listTerms,
  });
  on.get('/api/elections/settings', {
    config: read,
    summary: "The term and majority rule that apply to a union (its own, or the nearest above's)",
    querystring: OrgQuery,
    response: SettingSchema,
    run: (actor, { query }) => elections.getSetting(actor, query.orgId),
  });
  on.put('/api/elections/settings', {
    config: write,
    summary: 'Set the term (3 or 5 years) and the majority rule for a union and the unions below it',
    body: SettingBody,
    response: Ok,
    use: elections.putSetting,
  });
  on.get('/api/elections/committees', {
    config: read,
    summary: "A union's committees, the sitting one first",
    querystring: OrgQuery,
    response: CommitteeHistorySchema,
    run: (actor, { query }) => elections.listHistory(actor, query.orgId),
  });
  statisticsRoutes(app, {
    path: '/api/elections/stats',
    permission: read.permission,
    tags,
    summary: 'Per year: unions founded and their members, elections held, terms ending, elections overdue',
    xlsxSummary: 'The statistics and the terms due or overdue as .xlsx',
    query: StatsQuery,
    result: StatsSchema,
    stats: elections.stats,
    xlsx: elections.statsXlsx,
  });
  on.get('/api/elections', {
    config: read,
    summary: 'Elections held by the unions of a subtree (default: mine)',
    querystring: OrgQuery,
    response: ElectionListSchema,
    run: (actor, { query }) => elections.listElections(actor, query.orgId),
  });
  on.post('/api/elections', {
    config: conflict,
    summary:
      "Record an election: candidates and votes; the committee elected replaces the union's on its day",
    body: ElectionBody,
    response: IdResult,
    use: elections.recordElection,
  });
  on.get('/api/elections/:id', {
    config: read,
    summary: 'An election and its candidates',
    params: IdParams,
    response: ElectionDetailSchema,
    use: elections.getElection,
  });
}
