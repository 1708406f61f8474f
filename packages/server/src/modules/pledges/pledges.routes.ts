import { registerImportRoutes } from '../../http/register-routes.ts';
import { FileField, IdParams, Obj } from '../../http/schema.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import { type App, actorOf } from '../../http/types.ts';
import { readEvidence } from './pledges.evidence.ts';
import {
  CancelBody,
  CompleteBody,
  CreatePledgeBody,
  EditPledgeBody,
  EvidenceParams,
  EvidenceSchema,
  MilestoneBody,
  MilestoneParams,
  MyPledgesSchema,
  PledgeDetailSchema,
  PledgeImportResult,
  PledgeListSchema,
  PledgeQuery,
  PledgeSchema,
  StatsQuery,
  StatsSchema,
} from './pledges.schemas.ts';
import type { PledgesService } from './pledges.service.ts';

const tags = ['pledges'];

export function pledgesRoutes(app: App, { pledges }: { pledges: PledgesService }): void {
  app.get(
    '/api/pledges',
    {
      config: { permission: 'pledges.read' },
      schema: {
        tags,
        summary: '办实事 projects of the unions in my subtree, over a range of years',
        querystring: PledgeQuery,
        response: { 200: PledgeListSchema },
      },
    },
    async (req) => pledges.listPledges(actorOf(req), req.query),
  );
  app.post(
    '/api/pledges',
    {
      config: { permission: 'pledges.write' },
      schema: {
        tags,
        summary: 'Promise a project for a year, with its milestones',
        body: CreatePledgeBody,
        response: { 200: PledgeSchema },
      },
    },
    async (req) => pledges.createPledge(actorOf(req), req.body),
  );
  registerImportRoutes(app, {
    path: '/api/pledges/import',
    listed: {
      key: 'pledges',
      name: { zh: '办实事项目', en: 'Practical projects pledged' },
      module: 'pledges',
    },
    permission: 'pledges.write',
    tags,
    templateFile: '办实事项目台账导入模板.xlsx',
    what:
      'a 办实事 projects register: one row per project and milestone, with the days planned and done and the ' +
      'completion (day, money spent, workers reached, what was delivered)',
    result: PledgeImportResult,
    register: pledges.register,
  });
  statisticsRoutes(app, {
    path: '/api/pledges/stats',
    permission: 'pledges.read',
    tags,
    summary: 'Projects of a union subtree over a range of years: promised, completed, spent, reached',
    xlsxSummary: 'The same statistics as .xlsx',
    query: StatsQuery,
    result: StatsSchema,
    stats: (actor, query) => pledges.stats(actor, query),
    xlsx: (actor, query) => pledges.exportStats(actor, query),
  });
  app.get(
    '/api/me/pledges',
    {
      config: { permission: 'self.read' },
      schema: {
        tags,
        summary: "The projects of my union and of the unions above it, these three years (the worker's page)",
        response: { 200: MyPledgesSchema },
      },
    },
    async (req) => pledges.listMine(actorOf(req)),
  );
  app.get(
    '/api/pledges/:id',
    {
      config: { permission: 'pledges.read' },
      schema: {
        tags,
        summary: 'A project, its milestones and its completion evidence',
        params: IdParams,
        response: { 200: PledgeDetailSchema },
      },
    },
    async (req) => pledges.getPledge(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/pledges/:id',
    {
      config: { permission: 'pledges.write', errors: [409] },
      schema: {
        tags,
        summary:
          'Correct a project not yet completed: title, department, description, budget and milestones; each change in its history and the audit log',
        params: IdParams,
        body: EditPledgeBody,
        response: { 200: PledgeSchema },
      },
    },
    async (req) => pledges.editPledge(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/pledges/:id/milestones/:milestoneId/done',
    {
      config: { permission: 'pledges.write', errors: [409] },
      schema: {
        tags,
        summary: 'A milestone reached (the project is under way)',
        params: MilestoneParams,
        body: MilestoneBody,
        response: { 200: PledgeSchema },
      },
    },
    async (req) =>
      pledges.markMilestone(actorOf(req), req.params.id, req.params.milestoneId, req.body.doneOn),
  );
  app.post(
    '/api/pledges/:id/complete',
    {
      config: { permission: 'pledges.write', errors: [409] },
      schema: {
        tags,
        summary: 'Complete a project: money spent, workers reached, what was delivered',
        params: IdParams,
        body: CompleteBody,
        response: { 200: PledgeSchema },
      },
    },
    async (req) => pledges.completePledge(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/pledges/:id/cancel',
    {
      config: { permission: 'pledges.write', errors: [409] },
      schema: {
        tags,
        summary: 'Cancel a promised project (it leaves the promised count)',
        params: IdParams,
        body: CancelBody,
        response: { 200: PledgeSchema },
      },
    },
    async (req) => pledges.cancelPledge(actorOf(req), req.params.id, req.body.reason, req.body.effectiveOn),
  );
  app.post(
    '/api/pledges/:id/evidence',
    {
      config: { permission: 'pledges.write', upload: Obj({ file: FileField }), errors: [409] },
      schema: {
        tags,
        summary: 'Add a completion evidence file (a photo or a PDF; multipart field "file")',
        params: IdParams,
        response: { 200: EvidenceSchema },
      },
    },
    async (req) => pledges.addEvidence(actorOf(req), req.params.id, await readEvidence(req)),
  );
  app.get(
    '/api/pledges/:id/evidence/:evidenceId',
    {
      config: { permission: 'pledges.read' },
      schema: { tags, summary: 'Download a completion evidence file', params: EvidenceParams },
    },
    async (req, reply) => {
      const file = await pledges.getEvidence(actorOf(req), req.params.id, req.params.evidenceId);
      const ascii = file.name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
      return reply
        .headers({
          'content-type': file.mime,
          'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        })
        .send(file.data);
    },
  );
}
