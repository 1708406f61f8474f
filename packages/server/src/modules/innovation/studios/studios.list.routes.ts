import { IdParams } from '../../../http/schema.ts';
import { type App, actorOf } from '../../../http/types.ts';
import { xlsxHeaders } from '../../jobs/index.ts';
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
  StudioList,
  StudioQuery,
} from './studios.schemas.ts';
import { studioStatsWorkbook } from './studios.stats.ts';
import type { StudiosService } from './studios.use-cases.ts';

const tags = ['innovation'];

/** Studios of a subtree: listed, created, their statistics, one studio, its grants and recognitions. */
export function studiosListRoutes(app: App, { studios }: { studios: StudiosService }): void {
  app.get(
    '/api/innovation/studios',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary: 'Studios hosted by unions of my subtree',
        querystring: StudioQuery,
        response: { 200: StudioList },
      },
    },
    async (req) => studios.list(actorOf(req), req.query),
  );
  app.post(
    '/api/innovation/studios',
    {
      config: { permission: 'innovation.write', errors: [409] },
      schema: {
        tags,
        summary:
          'Create a studio (at grassroots level) for a union of my subtree, with its leader and members',
        body: CreateStudioBody,
        response: { 200: Created },
      },
    },
    async (req) => studios.create(actorOf(req), req.body),
  );
  app.get(
    '/api/innovation/studios/stats',
    {
      config: { permission: 'reports.read' },
      schema: {
        tags,
        summary:
          'Studios by level at the end of the period (and led by a model worker of city level or above), promoted and revoked, achievements, conversions, patents, projects and subsidies paid in the period',
        querystring: StatsQuery,
        response: { 200: StatsSchema },
      },
    },
    async (req) => studios.stats(actorOf(req), req.query),
  );
  app.get(
    '/api/innovation/studios/stats/export.xlsx',
    {
      config: { permission: 'reports.read' },
      schema: { tags, summary: 'The studio statistics as .xlsx', querystring: StatsQuery },
    },
    async (req, reply) => {
      const { fileName, buffer } = studioStatsWorkbook(await studios.stats(actorOf(req), req.query));
      return reply.headers(xlsxHeaders(fileName)).send(buffer);
    },
  );
  app.get(
    '/api/innovation/studios/:id',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary:
          'A studio: members, level history, recognitions and the subsidies they opened (with what was paid)',
        params: IdParams,
        response: { 200: StudioDetail },
      },
    },
    async (req) => studios.get(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/innovation/studios/:id',
    {
      config: { permission: 'innovation.write', errors: [409] },
      schema: {
        tags,
        summary: 'Edit a studio; `members` replaces the member list (the leader is always a member)',
        params: IdParams,
        body: PatchStudioBody,
        response: { 200: Created },
      },
    },
    async (req) => studios.update(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/innovation/studios/:id/grants',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary:
          "A studio's projects and grants (项目与资助): applications about it with what was paid, and grants paid outside the platform; the kinds it may receive and the program offered for each",
        params: IdParams,
        response: { 200: StudioGrantList },
      },
    },
    async (req) => studios.grants(actorOf(req), req.params.id),
  );
  app.post(
    '/api/innovation/studios/:id/grants',
    {
      config: { permission: 'innovation.write' },
      schema: {
        tags,
        summary:
          "Record a studio's project or grant: paid through the platform (an application of the program, approved on approvedOn, paid by a payment batch; recorded by the program owner's staff) or outside it (已在平台外发放, with paidOn), counted in the statistics of the year approved",
        params: IdParams,
        body: StudioGrantBody,
        response: { 200: StudioGrantCreated },
      },
    },
    async (req) => studios.recordGrant(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/innovation/studios/:id/recognitions',
    {
      config: { permission: 'innovation.write', errors: [409] },
      schema: {
        tags,
        summary:
          'Propose the studio for a higher level (认定/晋升); review climbs the chain to the deciding union',
        params: IdParams,
        body: ProposeBody,
        response: { 200: Created },
      },
    },
    async (req) => studios.propose(actorOf(req), req.params.id, req.body),
  );
}
