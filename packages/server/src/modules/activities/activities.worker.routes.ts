import { IdParams, Ok } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import {
  CheckInResult,
  CodeBody,
  InterestBody,
  InterestResult,
  MineSchema,
  ParticipantsSchema,
  SignupResult,
} from './activities.schemas.ts';
import type { ActivitiesService } from './activities.service.ts';

const tags = ['activities'];
const self = { permission: 'self.apply' } as const;

/** The worker: my activities, signing up and cancelling, who else goes, interest, and checking in. */
export function activitiesWorkerRoutes(app: App, { activities }: { activities: ActivitiesService }): void {
  app.get(
    '/api/me/activities',
    {
      config: self,
      schema: { tags, summary: 'Activities offered to me, with my sign-ups', response: { 200: MineSchema } },
    },
    async (req) => activities.mine(actorOf(req)),
  );
  app.post(
    '/api/me/activities/:id/signup',
    {
      config: { ...self, errors: [409] },
      schema: {
        tags,
        summary: 'Sign up (a place if one is left, else the waiting list)',
        params: IdParams,
        response: { 200: SignupResult },
      },
    },
    async (req) => activities.signUpSelf(actorOf(req), req.params.id),
  );
  app.post(
    '/api/me/activities/:id/cancel',
    {
      config: { ...self, errors: [409] },
      schema: {
        tags,
        summary: 'Cancel my sign-up (the first waiting takes the place)',
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => activities.cancelSelf(actorOf(req), req.params.id),
  );
  app.get(
    '/api/me/activities/:id/participants',
    {
      config: { ...self, errors: [409] },
      schema: {
        tags,
        summary:
          "A 联谊's other participants as a participant sees them: first name and union; a full name only when the interest is mutual",
        params: IdParams,
        response: { 200: ParticipantsSchema },
      },
    },
    async (req) => activities.participants(actorOf(req), req.params.id),
  );
  app.put(
    '/api/me/activities/:id/interest',
    {
      config: { ...self, errors: [409] },
      schema: {
        tags,
        summary: 'Mark (or withdraw) interest in another participant of a 联谊; says whether it is mutual',
        params: IdParams,
        body: InterestBody,
        response: { 200: InterestResult },
      },
    },
    async (req) =>
      activities.setInterest(actorOf(req), req.params.id, req.body.signupId, req.body.interested),
  );
  app.post(
    '/api/me/activities/checkin',
    {
      config: self,
      schema: {
        tags,
        summary: 'Check in with the code shown at the door',
        body: CodeBody,
        response: { 200: CheckInResult },
      },
    },
    async (req) => activities.checkInSelf(actorOf(req), req.body.code),
  );
}
