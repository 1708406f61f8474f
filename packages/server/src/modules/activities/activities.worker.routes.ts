import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
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
  const on = routeMould(app, tags);
  on.get('/api/me/activities', {
    config: self,
    summary: 'Activities offered to me, with my sign-ups',
    response: MineSchema,
    use: activities.mine,
  });
  on.post('/api/me/activities/:id/signup', {
    config: { ...self, errors: [409] },
    summary: 'Sign up (a place if one is left, else the waiting list)',
    params: IdParams,
    response: SignupResult,
    use: activities.signUpSelf,
  });
  on.post('/api/me/activities/:id/cancel', {
    config: { ...self, errors: [409] },
    summary: 'Cancel my sign-up (the first waiting takes the place)',
    params: IdParams,
    response: Ok,
    use: activities.cancelSelf,
  });
  on.get('/api/me/activities/:id/participants', {
    config: { ...self, errors: [409] },
    summary:
      "A 联谊's other participants as a participant sees them: first name and union; a full name only when the interest is mutual",
    params: IdParams,
    response: ParticipantsSchema,
    use: activities.participants,
  });
  on.put('/api/me/activities/:id/interest', {
    config: { ...self, errors: [409] },
    summary: 'Mark (or withdraw) interest in another participant of a 联谊; says whether it is mutual',
    params: IdParams,
    body: InterestBody,
    response: InterestResult,
    run: (actor, { params, body }) =>
      activities.setInterest(actor, params.id, body.signupId, body.interested),
  });
  on.post('/api/me/activities/checkin', {
    config: self,
    summary: 'Check in with the code shown at the door',
    body: CodeBody,
    response: CheckInResult,
    run: (actor, { body }) => activities.checkInSelf(actor, body.code),
  });
}
