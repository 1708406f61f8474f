import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import {
  CounsellorBody,
  CounsellorListSchema,
  CounsellorSchema,
  CounsellorsQuery,
  DutyBody,
  IdResult,
  TrainingBody,
} from './counselling.schemas.ts';
import type { CounsellingService } from './counselling.service.ts';

const tags = ['counselling'];
const read = { permission: 'counselling.read' } as const;
const manage = { permission: 'counselling.manage' } as const;

/** Union staff: the counsellors and trained volunteers of a subtree, their trainings and duty. */
export function counsellorsRoutes(app: App, { counselling }: { counselling: CounsellingService }): void {
  const on = routeMould(app, tags);
  on.get('/api/counselling/counsellors', {
    config: read,
    summary: "Counsellors and trained volunteers of a union's subtree, with training hours and certificates",
    querystring: CounsellorsQuery,
    response: CounsellorListSchema,
    use: counselling.listCounsellors,
  });
  on.post('/api/counselling/counsellors', {
    config: { ...manage, errors: [409] },
    summary:
      'Register a counsellor (optionally with a sign-in of the counsellor role) or a trained volunteer',
    body: CounsellorBody,
    response: IdResult,
    use: counselling.addCounsellor,
  });
  on.get('/api/counselling/counsellors/:id', {
    config: read,
    summary: 'A counsellor or volunteer with their training log',
    params: IdParams,
    response: CounsellorSchema,
    use: counselling.getCounsellor,
  });
  on.post('/api/counselling/counsellors/:id/trainings', {
    config: manage,
    summary: 'Log a training: hours and the certificate gained',
    params: IdParams,
    body: TrainingBody,
    response: IdResult,
    use: counselling.addTraining,
  });
  on.post('/api/counselling/counsellors/:id/duty', {
    config: manage,
    summary: 'Put a counsellor on duty (told of crisis flags at once) or off it',
    params: IdParams,
    body: DutyBody,
    response: Ok,
    run: (actor, { params, body }) => counselling.setDuty(actor, params.id, body.onDuty),
  });
}
