import { routeMould } from '../../../http/route-mould.ts';
import { IdParams, Ok } from '../../../http/schema.ts';
import type { App } from '../../../http/types.ts';
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
  const on = routeMould(app, tags);
  on.get('/api/innovation/recognitions', {
    config: { permission: 'innovation.read' },
    summary: 'Recognition proposals for studios of my subtree; `mine` lists those awaiting my union',
    querystring: RecognitionQuery,
    response: RecognitionList,
    use: studios.recognitions,
  });
  const recognition = on.record('/api/innovation/recognitions/:id', {
    config: { permission: 'innovation.review', errors: [409] },
    response: RecognitionSchema,
  });
  recognition.post('/approve', {
    summary:
      'Approve at my step: forwards to the next union, or (last step) recognises the studio from `decidedOn` and, at city level or above, opens its subsidy application once',
    body: DecideBody,
    run: (actor, { params, body }) => studios.review(actor, params.id, 'approve', body),
  });
  recognition.post('/reject', {
    summary: 'Reject at my step, with a reason',
    body: RejectBody,
    run: (actor, { params, body }) => studios.review(actor, params.id, 'reject', body),
  });
  on.get('/api/innovation/reevaluations', {
    config: { permission: 'innovation.read' },
    summary: 'Annual re-evaluations organised in my subtree or above it',
    response: ReevaluationList,
    use: studios.reevaluations,
  });
  on.post('/api/innovation/reevaluations', {
    config: { permission: 'innovation.review', errors: [409] },
    summary: 'Open the re-evaluation of a year and level for a union of my subtree',
    body: ReevaluationBody,
    response: Created,
    use: studios.createReevaluation,
  });
  on.get('/api/innovation/reevaluations/:id', {
    config: { permission: 'innovation.read' },
    summary:
      'A re-evaluation: the studios it covers in my subtree, their reports, decisions, and which are overdue',
    params: IdParams,
    response: ReevaluationDetail,
    use: studios.reevaluation,
  });
  on.put('/api/innovation/reevaluations/:id/studios/:studioId/report', {
    config: { permission: 'innovation.write', errors: [409] },
    summary:
      "File (or correct, until decided) a studio's yearly report: activities, people trained, achievements",
    params: ReportParams,
    body: ReportBody,
    response: Ok,
    run: (actor, { params, body }) => studios.fileReport(actor, params.id, params.studioId, body),
  });
  on.post('/api/innovation/reevaluations/:id/studios/:studioId/decision', {
    config: { permission: 'innovation.review', errors: [409] },
    summary:
      'Decide a yearly report: pass, rectify or revoke (a reason for the last two); revoking ends the level',
    params: ReportParams,
    body: DecisionBody,
    response: Ok,
    run: (actor, { params, body }) => studios.decide(actor, params.id, params.studioId, body),
  });
}
