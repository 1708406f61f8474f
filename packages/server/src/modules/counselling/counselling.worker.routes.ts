import { IdParams, Ok } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
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
  // ---------------------------------------------------------------- the worker
  app.get(
    '/api/me/counselling',
    {
      config: selfRead,
      schema: {
        tags,
        summary: 'Slots offered to me, my bookings and my assessments',
        response: { 200: MineSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const slots = await counselling.offeredSlots(actor);
      const bookings = await counselling.myBookings(actor);
      const assessments = await counselling.assessments.mine(actor);
      return {
        slots: slots.items,
        slotsTotal: slots.total,
        bookings: bookings.items,
        bookingsTotal: bookings.total,
        assessments: assessments.items,
        assessmentsTotal: assessments.total,
      };
    },
  );
  app.get(
    '/api/me/counselling/scales',
    {
      config: selfRead,
      schema: {
        tags,
        summary:
          'The self-assessment scales (PHQ-9, GAD-7): items, answers, bands, when a session is offered',
        response: { 200: ScalesSchema },
      },
    },
    async () => counselling.assessments.scales(),
  );
  app.post(
    '/api/me/counselling/assessments',
    {
      config: selfApply,
      schema: {
        tags,
        summary: 'Take a self-assessment; the server scores it and flags a crisis to the counsellors on duty',
        body: AssessmentBody,
        response: { 200: AssessmentResult },
      },
    },
    async (req) => counselling.assessments.take(actorOf(req), req.body),
  );
  app.get(
    '/api/me/counselling/assessments/:id',
    {
      config: selfApply,
      schema: {
        tags,
        summary: 'One of my assessments with my answers',
        params: IdParams,
        response: { 200: AssessmentWithAnswers },
      },
    },
    async (req) => counselling.assessments.myAssessment(actorOf(req), req.params.id),
  );
  app.post(
    '/api/me/counselling/bookings',
    {
      config: { ...selfApply, errors: [409] },
      schema: {
        tags,
        summary: 'Book an open slot (online or in person)',
        body: BookBody,
        response: { 200: IdResult },
      },
    },
    async (req) => counselling.bookSelf(actorOf(req), req.body),
  );
  app.get(
    '/api/me/counselling/bookings/:id',
    {
      config: selfApply,
      schema: {
        tags,
        summary: "One of my bookings with the counsellor's note",
        params: IdParams,
        response: { 200: MyBookingSchema },
      },
    },
    async (req) => counselling.myBooking(actorOf(req), req.params.id),
  );
  app.post(
    '/api/me/counselling/bookings/:id/cancel',
    {
      config: { ...selfApply, errors: [409] },
      schema: {
        tags,
        summary: 'Cancel my booking (the counsellor is told)',
        params: IdParams,
        body: CancelBody,
        response: { 200: Ok },
      },
    },
    async (req) => counselling.cancelSelf(actorOf(req), req.params.id, req.body.reason),
  );
}
