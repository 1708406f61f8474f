import type { FastifyContextConfig } from 'fastify';
import { registerRouteGroup } from '../../http/register-routes.ts';
import { attachmentFile, routeMould } from '../../http/route-mould.ts';
import { FileField, IdParams, Obj } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
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
const read = { permission: 'pledges.read' } as const;
const decide: FastifyContextConfig = { permission: 'pledges.write', errors: [409] };

export function pledgesRoutes(app: App, { pledges }: { pledges: PledgesService }): void {
  const on = routeMould(app, tags);
  registerRouteGroup(app, {
    tags,
    list: {
      path: '/api/pledges',
      permission: read.permission,
      summary: '办实事 projects of the unions in my subtree, over a range of years',
      query: PledgeQuery,
      result: PledgeListSchema,
      run: pledges.listPledges,
    },
    import: {
      path: '/api/pledges/import',
      listed: {
        key: 'pledges',
        module: 'pledges',
      },
      permission: 'pledges.write',
      what:
        'a 办实事 projects register: one row per project and milestone, with the days planned and done and the ' +
        'completion (day, money spent, workers reached, what was delivered)',
      result: PledgeImportResult,
      register: pledges.register,
    },
    stats: {
      path: '/api/pledges/stats',
      permission: 'pledges.read',
      summary: 'Projects of a union subtree over a range of years: promised, completed, spent, reached',
      query: StatsQuery,
      result: StatsSchema,
      stats: pledges.stats,
      xlsx: pledges.exportStats,
    },
  });
  on.post('/api/pledges', {
    config: { permission: 'pledges.write' },
    summary: 'Promise a project for a year, with its milestones',
    body: CreatePledgeBody,
    response: PledgeSchema,
    use: pledges.createPledge,
  });
  on.get('/api/me/pledges', {
    config: { permission: 'self.read' },
    summary: "The projects of my union and of the unions above it, these three years (the worker's page)",
    response: MyPledgesSchema,
    use: pledges.listMine,
  });
  on.get('/api/pledges/:id', {
    config: read,
    summary: 'A project, its milestones and its completion evidence',
    params: IdParams,
    response: PledgeDetailSchema,
    use: pledges.getPledge,
  });
  on.patch('/api/pledges/:id', {
    config: decide,
    summary:
      'Correct a project not yet completed: title, department, description, budget and milestones; each change in its history and the audit log',
    params: IdParams,
    body: EditPledgeBody,
    response: PledgeSchema,
    use: pledges.editPledge,
  });
  on.post('/api/pledges/:id/milestones/:milestoneId/done', {
    config: decide,
    summary: 'A milestone reached (the project is under way)',
    params: MilestoneParams,
    body: MilestoneBody,
    response: PledgeSchema,
    run: (actor, { params, body }) =>
      pledges.markMilestone(actor, params.id, params.milestoneId, body.doneOn),
  });
  const pledge = on.record('/api/pledges/:id', { config: decide, response: PledgeSchema });
  pledge.post('/complete', {
    summary: 'Complete a project: money spent, workers reached, what was delivered',
    body: CompleteBody,
    use: pledges.completePledge,
  });
  pledge.post('/cancel', {
    summary: 'Cancel a promised project (it leaves the promised count)',
    body: CancelBody,
    run: (actor, { params, body }) => pledges.cancelPledge(actor, params.id, body.reason, body.effectiveOn),
  });
  on.post('/api/pledges/:id/evidence', {
    config: { ...decide, upload: Obj({ file: FileField }) },
    summary: 'Add a completion evidence file (a photo or a PDF; multipart field "file")',
    params: IdParams,
    response: EvidenceSchema,
    run: async (actor, { params, req }) => pledges.addEvidence(actor, params.id, await readEvidence(req)),
  });
  on.file('/api/pledges/:id/evidence/:evidenceId', {
    config: read,
    summary: 'Download a completion evidence file',
    params: EvidenceParams,
    run: async (actor, { params }) =>
      attachmentFile(await pledges.getEvidence(actor, params.id, params.evidenceId)),
  });
}
