import { IdParams } from '../../http/schema.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import { type App, actorOf, noBodyIsEmpty } from '../../http/types.ts';
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
  app.get(
    '/api/contests',
    {
      config: { permission: 'contests.read' },
      schema: {
        tags,
        summary: 'Contests offered to my union: organised in my subtree or by a union above it, latest first',
        querystring: ContestQuery,
        response: { 200: ContestList },
      },
    },
    async (req) => contests.listContests(actorOf(req), req.query),
  );

  app.post(
    '/api/contests',
    {
      config: { permission: 'contests.manage' },
      schema: {
        tags,
        summary: 'Create a contest of a union of my subtree, with its events (trades), open for registration',
        body: ContestBody,
        response: { 200: ContestDetailSchema },
      },
    },
    async (req) => contests.createContest(actorOf(req), req.body),
  );

  statisticsRoutes(app, {
    path: '/api/contests/stats',
    permission: 'contests.read',
    tags,
    summary:
      'Contest statistics of a union subtree over a month range (by contest end date): participating unions, entries, persons, prizes by level and prize',
    xlsxSummary: 'The contest statistics as .xlsx (by level, and prizes)',
    query: StatsQuery,
    result: StatsSchema,
    stats: (actor, query) => contests.getStats(actor, query),
    xlsx: (actor, query) => contests.exportStats(actor, query),
  });

  app.get(
    '/api/contests/:id',
    {
      config: { permission: 'contests.read' },
      schema: {
        tags,
        summary: 'A contest with its events',
        params: IdParams,
        response: { 200: ContestDetailSchema },
      },
    },
    async (req) => contests.getContest(actorOf(req), req.params.id),
  );

  app.patch(
    '/api/contests/:id',
    {
      config: { permission: 'contests.manage', errors: [409] },
      schema: {
        tags,
        summary:
          "Correct a contest's name, level and dates before its results are published; each change in its history and the audit log",
        params: IdParams,
        body: EditContestBody,
        response: { 200: ContestDetailSchema },
      },
    },
    async (req) => contests.editContest(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/contests/:id/close',
    {
      preValidation: noBodyIsEmpty,
      config: { permission: 'contests.manage' },
      schema: {
        tags,
        summary: 'Close registration (the organiser); results may then be entered',
        description:
          'On effectiveOn (default today); a past day needs history.backdate and may not precede the last entry.',
        params: IdParams,
        body: CloseBody,
        response: { 200: ContestDetailSchema },
      },
    },
    async (req) => contests.closeRegistration(actorOf(req), req.params.id, req.body.effectiveOn),
  );
  contestEntriesRoutes(app, { contests });
}
