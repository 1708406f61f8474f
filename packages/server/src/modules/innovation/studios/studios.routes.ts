import { registerImportRoutes } from '../../../http/register-routes.ts';
import { IdParams, Ok } from '../../../http/schema.ts';
import { type App, actorOf } from '../../../http/types.ts';
import { xlsxHeaders } from '../../jobs/index.ts';
import type { createStudioGrantImport } from './studios.grants.import.ts';
import type { createStudioImport } from './studios.import.ts';
import {
  Created,
  CreateStudioBody,
  DecideBody,
  DecisionBody,
  PatchStudioBody,
  ProposeBody,
  RecognitionList,
  RecognitionQuery,
  RecognitionSchema,
  ReevaluationBody,
  ReevaluationDetail,
  ReevaluationList,
  RejectBody,
  ReportBody,
  ReportParams,
  StatsQuery,
  StatsSchema,
  StudioDetail,
  StudioGrantBody,
  StudioGrantCreated,
  StudioGrantImportResult,
  StudioGrantList,
  StudioImportResult,
  StudioList,
  StudioQuery,
} from './studios.schemas.ts';
import { studioStatsWorkbook } from './studios.stats.ts';
import type { StudiosService } from './studios.use-cases.ts';

type StudioRegister = ReturnType<typeof createStudioImport>;
type GrantRegister = ReturnType<typeof createStudioGrantImport>;

const tags = ['innovation'];

/** Studios, their recognition and annual re-evaluation, and their statistics. */
export function studiosRoutes(
  app: App,
  {
    studios,
    register,
    grantRegister,
  }: { studios: StudiosService; register: StudioRegister; grantRegister: GrantRegister },
): void {
  registerImportRoutes(app, {
    path: '/api/innovation/studios/grants/import',
    listed: {
      key: 'studio-grants',
      name: { zh: '工作室项目与资助', en: 'Studio projects and support' },
      module: 'innovation',
    },
    permission: 'innovation.write',
    tags,
    templateFile: '创新工作室项目与资助台账导入模板.xlsx',
    what: "a register of studios' projects and grants (one row per project or grant, paid through the platform or outside it)",
    result: StudioGrantImportResult,
    register: grantRegister,
  });
  registerImportRoutes(app, {
    path: '/api/innovation/studios/import',
    listed: {
      key: 'studios',
      name: { zh: '创新工作室认定记录', en: 'Innovation studios and their levels' },
      module: 'innovation',
    },
    permission: 'innovation.write',
    tags,
    templateFile: '创新工作室台账导入模板.xlsx',
    what: 'a studios register with its level history (one row per studio and level, with the day)',
    result: StudioImportResult,
    register,
  });
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
  app.get(
    '/api/innovation/recognitions',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary: 'Recognition proposals for studios of my subtree; `mine` lists those awaiting my union',
        querystring: RecognitionQuery,
        response: { 200: RecognitionList },
      },
    },
    async (req) => studios.recognitions(actorOf(req), req.query),
  );
  app.post(
    '/api/innovation/recognitions/:id/approve',
    {
      config: { permission: 'innovation.review', errors: [409] },
      schema: {
        tags,
        summary:
          'Approve at my step: forwards to the next union, or (last step) recognises the studio from `decidedOn` and, at city level or above, opens its subsidy application once',
        params: IdParams,
        body: DecideBody,
        response: { 200: RecognitionSchema },
      },
    },
    async (req) => studios.review(actorOf(req), req.params.id, 'approve', req.body),
  );
  app.post(
    '/api/innovation/recognitions/:id/reject',
    {
      config: { permission: 'innovation.review', errors: [409] },
      schema: {
        tags,
        summary: 'Reject at my step, with a reason',
        params: IdParams,
        body: RejectBody,
        response: { 200: RecognitionSchema },
      },
    },
    async (req) => studios.review(actorOf(req), req.params.id, 'reject', req.body),
  );
  app.get(
    '/api/innovation/reevaluations',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary: 'Annual re-evaluations organised in my subtree or above it',
        response: { 200: ReevaluationList },
      },
    },
    async (req) => studios.reevaluations(actorOf(req)),
  );
  app.post(
    '/api/innovation/reevaluations',
    {
      config: { permission: 'innovation.review', errors: [409] },
      schema: {
        tags,
        summary: 'Open the re-evaluation of a year and level for a union of my subtree',
        body: ReevaluationBody,
        response: { 200: Created },
      },
    },
    async (req) => studios.createReevaluation(actorOf(req), req.body),
  );
  app.get(
    '/api/innovation/reevaluations/:id',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary:
          'A re-evaluation: the studios it covers in my subtree, their reports, decisions, and which are overdue',
        params: IdParams,
        response: { 200: ReevaluationDetail },
      },
    },
    async (req) => studios.reevaluation(actorOf(req), req.params.id),
  );
  app.put(
    '/api/innovation/reevaluations/:id/studios/:studioId/report',
    {
      config: { permission: 'innovation.write', errors: [409] },
      schema: {
        tags,
        summary:
          "File (or correct, until decided) a studio's yearly report: activities, people trained, achievements",
        params: ReportParams,
        body: ReportBody,
        response: { 200: Ok },
      },
    },
    async (req) => studios.fileReport(actorOf(req), req.params.id, req.params.studioId, req.body),
  );
  app.post(
    '/api/innovation/reevaluations/:id/studios/:studioId/decision',
    {
      config: { permission: 'innovation.review', errors: [409] },
      schema: {
        tags,
        summary:
          'Decide a yearly report: pass, rectify or revoke (a reason for the last two); revoking ends the level',
        params: ReportParams,
        body: DecisionBody,
        response: { 200: Ok },
      },
    },
    async (req) => studios.decide(actorOf(req), req.params.id, req.params.studioId, req.body),
  );
}
