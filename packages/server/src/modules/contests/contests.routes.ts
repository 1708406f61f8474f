import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import type { App } from '../../http/types.ts';
import type { ContestsService } from './contests.compose.ts';
import { contestEntriesRoutes } from './contests.entries.routes.ts';
import {
  CloseBody,
  ContestBody,
  ContestDetailSchema,
  ContestList,
  ContestQuery,
  EditContestBody,
  StatsQuery,
  StatsSchema,
} from './contests.schemas.ts';

const tags = ['contests'];

export function contestsRoutes(app: App, { contests }: { contests: ContestsService }): void {
  const on = routeMould(app, tags);
  on.get('/api/contests', {
    config: { permission: 'contests.read' },
    summary: 'Contests offered to my union: organised in my subtree or by a union above it, latest first',
    querystring: ContestQuery,
    response: ContestList,
    use: contests.listContests,
  });

  on.post('/api/contests', {
    config: { permission: 'contests.manage' },
    summary: 'Create a contest of a union of my subtree, with its events (trades), open for registration',
    body: ContestBody,
    response: ContestDetailSchema,
    use: contests.createContest,
  });

  statisticsRoutes(app, {
    path: '/api/contests/stats',
    permission: 'contests.read',
    tags,
    summary:
      'Contest statistics of a union subtree over a month range (by contest end date): participating unions, entries, persons, prizes by level and prize',
    xlsxSummary: 'The contest statistics as .xlsx (by level, and prizes)',
    query: StatsQuery,
    result: StatsSchema,
    stats: contests.getStats,
    xlsx: contests.exportStats,
  });

  on.get('/api/contests/:id', {
    config: { permission: 'contests.read' },
    summary: 'A contest with its events',
    params: IdParams,
    response: ContestDetailSchema,
    use: contests.getContest,
  });

  on.patch('/api/contests/:id', {
    config: { permission: 'contests.manage', errors: [409] },
    summary:
      "Correct a contest's name, level and dates before its results are published; each change in its history and the audit log",
    params: IdParams,
    body: EditContestBody,
    response: ContestDetailSchema,
    use: contests.editContest,
  });

  on.post('/api/contests/:id/close', {
    dated: true,
    config: { permission: 'contests.manage' },
    summary: 'Close registration (the organiser); results may then be entered',
    description:
      'On effectiveOn (default today); a past day needs history.backdate and may not precede the last entry.',
    params: IdParams,
    body: CloseBody,
    response: ContestDetailSchema,
    run: (actor, { params, body }) => contests.closeRegistration(actor, params.id, body.effectiveOn),
  });
  contestEntriesRoutes(app, { contests });
}
