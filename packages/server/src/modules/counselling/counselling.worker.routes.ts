import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { MAX_BOOKINGS_TO_COME } from './counselling.errors.ts';
import {
  AssessmentBody,
  AssessmentResult,
  AssessmentWithAnswers,
  BookBody,
  CancelBody,
  IdResult,
  MineSchema,
  MyBookingSchema,
  ScalesSchema,
} from './counselling.schemas.ts';
import type { CounsellingService } from './counselling.service.ts';

const tags = ['counselling'];
const selfRead = { permission: 'self.read' } as const;
const selfApply = { permission: 'self.apply' } as const;

/** The worker: offered slots, self-assessments and their own bookings. */
export function counsellingWorkerRoutes(
  app: App,
  { counselling }: { counselling: CounsellingService },
): void {
  const on = routeMould(app, tags);
  on.get('/api/me/counselling', {
    config: selfRead,
    summary: 'Slots offered to me, my bookings and my assessments',
    response: MineSchema,
    run: async (actor) => {
      const slots = await counselling.offeredSlots(actor);
      const bookings = await counselling.myBookings(actor);
      const assessments = await counselling.assessments.mine(actor);
      return {
        slots: slots.items,
        slotsTotal: slots.total,
        bookings: bookings.items,
        bookingsTotal: bookings.total,
        maxBookingsToCome: MAX_BOOKINGS_TO_COME,
        assessments: assessments.items,
        assessmentsTotal: assessments.total,
      };
    },
  });
  on.get('/api/me/counselling/scales', {
    config: selfRead,
    summary: 'The self-assessment scales (PHQ-9, GAD-7): items, answers, bands, when a session is offered',
    response: ScalesSchema,
    run: async () => counselling.assessments.scales(),
  });
  on.post('/api/me/counselling/assessments', {
    config: selfApply,
    summary: 'Take a self-assessment; the server scores it and flags a crisis to the counsellors on duty',
    body: AssessmentBody,
    response: AssessmentResult,
    run: (actor, { body }) => counselling.assessments.take(actor, body),
  });
  on.get('/api/me/counselling/assessments/:id', {
    config: selfApply,
    summary: 'One of my assessments with my answers',
    params: IdParams,
    response: AssessmentWithAnswers,
    run: (actor, { params }) => counselling.assessments.myAssessment(actor, params.id),
  });
  on.post('/api/me/counselling/bookings', {
    config: { ...selfApply, errors: [409] },
    summary:
      'Book an open slot (online or in person); 409 COUNSELLING_TOO_MANY_BOOKINGS once I hold maxBookingsToCome sessions to come',
    body: BookBody,
    response: IdResult,
    use: counselling.bookSelf,
  });
  on.get('/api/me/counselling/bookings/:id', {
    config: selfApply,
    summary: "One of my bookings with the counsellor's note",
    params: IdParams,
    response: MyBookingSchema,
    use: counselling.myBooking,
  });
  on.post('/api/me/counselling/bookings/:id/cancel', {
    config: { ...selfApply, errors: [409] },
    summary: 'Cancel my booking (the counsellor is told)',
    params: IdParams,
    body: CancelBody,
    response: Ok,
    run: (actor, { params, body }) => counselling.cancelSelf(actor, params.id, body.reason),
  });
}
