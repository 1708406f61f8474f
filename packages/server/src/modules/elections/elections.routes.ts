import { IdParams, Ok } from '../../http/schema.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import { type App, actorOf } from '../../http/types.ts';
import { foundingsRoutes } from './elections.foundings.routes.ts';
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

const tags = ['elections'];
const read = { permission: 'elections.read' } as const;
const write = { permission: 'elections.write' } as const;
/** A step out of order, or an election not after the sitting committee's. */
const conflict = { ...write, errors: [409] };

export function electionsRoutes(app: App, { elections }: { elections: ElectionsService }): void {
  foundingsRoutes(app, { elections });

  // ------------------------------------------------------------------------------------------------- elections
  app.get(
    '/api/elections/terms',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Committees of my subtree whose term ends within months (default 6) or has ended: elections due and overdue',
        querystring: TermsQuery,
        response: { 200: TermsSchema },
      },
    },
    async (req) => elections.listTerms(actorOf(req), req.query),
  );
  app.get(
    '/api/elections/settings',
    {
      config: read,
      schema: {
        tags,
        summary: "The term and majority rule that apply to a union (its own, or the nearest above's)",
        querystring: OrgQuery,
        response: { 200: SettingSchema },
      },
    },
    async (req) => elections.getSetting(actorOf(req), req.query.orgId),
  );
  app.put(
    '/api/elections/settings',
    {
      config: write,
      schema: {
        tags,
        summary: 'Set the term (3 or 5 years) and the majority rule for a union and the unions below it',
        body: SettingBody,
        response: { 200: Ok },
      },
    },
    async (req) => elections.putSetting(actorOf(req), req.body),
  );
  app.get(
    '/api/elections/committees',
    {
      config: read,
      schema: {
        tags,
        summary: "A union's committees, the sitting one first",
        querystring: OrgQuery,
        response: { 200: CommitteeHistorySchema },
      },
    },
    async (req) => elections.listHistory(actorOf(req), req.query.orgId),
  );
  statisticsRoutes(app, {
    path: '/api/elections/stats',
    permission: read.permission,
    tags,
    summary: 'Per year: unions founded and their members, elections held, terms ending, elections overdue',
    xlsxSummary: 'The statistics and the terms due or overdue as .xlsx',
    query: StatsQuery,
    result: StatsSchema,
    stats: (actor, query) => elections.stats(actor, query),
    xlsx: (actor, query) => elections.statsXlsx(actor, query),
  });
  app.get(
    '/api/elections',
    {
      config: read,
      schema: {
        tags,
        summary: 'Elections held by the unions of a subtree (default: mine)',
        querystring: OrgQuery,
        response: { 200: ElectionListSchema },
      },
    },
    async (req) => elections.listElections(actorOf(req), req.query.orgId),
  );
  app.post(
    '/api/elections',
    {
      config: conflict,
      schema: {
        tags,
        summary:
          "Record an election: candidates and votes; the committee elected replaces the union's on its day",
        body: ElectionBody,
        response: { 200: IdResult },
      },
    },
    async (req) => elections.recordElection(actorOf(req), req.body),
  );
  app.get(
    '/api/elections/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'An election and its candidates',
        params: IdParams,
        response: { 200: ElectionDetailSchema },
      },
    },
    async (req) => elections.getElection(actorOf(req), req.params.id),
  );
}
