import { IdParams, Ok } from '../../../http/schema.ts';
import { type App, actorOf } from '../../../http/types.ts';
import {
  Created,
  DecideBody,
  DecisionBody,
  RecognitionList,
  RecognitionQuery,
  RecognitionSchema,
  ReevaluationBody,
  ReevaluationDetail,
  ReevaluationList,
  RejectBody,
  ReportBody,
  ReportParams,
} from './studios.schemas.ts';
import type { StudiosService } from './studios.use-cases.ts';

const tags = ['innovation'];

/** Recognitions awaiting approval and the re-evaluations of studios with their reports and decisions. */
export function studioRecognitionRoutes(app: App, { studios }: { studios: StudiosService }): void {
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
