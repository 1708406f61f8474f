import { IdParams, Ok } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
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
  // ---------------------------------------------------------------- union staff
  app.get(
    '/api/counselling/counsellors',
    {
      config: read,
      schema: {
        tags,
        summary:
          "Counsellors and trained volunteers of a union's subtree, with training hours and certificates",
        querystring: CounsellorsQuery,
        response: { 200: CounsellorListSchema },
      },
    },
    async (req) => counselling.listCounsellors(actorOf(req), req.query),
  );
  app.post(
    '/api/counselling/counsellors',
    {
      config: { ...manage, errors: [409] },
      schema: {
        tags,
        summary:
          'Register a counsellor (optionally with a sign-in of the counsellor role) or a trained volunteer',
        body: CounsellorBody,
        response: { 200: IdResult },
      },
    },
    async (req) => counselling.addCounsellor(actorOf(req), req.body),
  );
  app.get(
    '/api/counselling/counsellors/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A counsellor or volunteer with their training log',
        params: IdParams,
        response: { 200: CounsellorSchema },
      },
    },
    async (req) => counselling.getCounsellor(actorOf(req), req.params.id),
  );
  app.post(
    '/api/counselling/counsellors/:id/trainings',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Log a training: hours and the certificate gained',
        params: IdParams,
        body: TrainingBody,
        response: { 200: IdResult },
      },
    },
    async (req) => counselling.addTraining(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/counselling/counsellors/:id/duty',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Put a counsellor on duty (told of crisis flags at once) or off it',
        params: IdParams,
        body: DutyBody,
        response: { 200: Ok },
      },
    },
    async (req) => counselling.setDuty(actorOf(req), req.params.id, req.body.onDuty),
  );
}
