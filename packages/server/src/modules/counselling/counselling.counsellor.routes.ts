import { IdParams, Ok } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import {
  CancelBody,
  CounsellorBookingSchema,
  CounsellorHomeSchema,
  NoteBody,
  SlotsBody,
  SlotsResult,
} from './counselling.schemas.ts';
import type { CounsellingService } from './counselling.service.ts';

const tags = ['counselling'];
/** The counsellor's own routes: no other role holds this permission, the administrator included (ADR 54). */
const counsel = { permission: 'counselling.counsel' } as const;

/** The counsellor: their slots, bookings, notes and the crisis flags they follow up (ADR 54). */
export function counsellorOwnRoutes(app: App, { counselling }: { counselling: CounsellingService }): void {
  // ---------------------------------------------------------------- the counsellor
  app.get(
    '/api/counselling/mine',
    {
      config: counsel,
      schema: {
        tags,
        summary: 'My slots, my bookings and the crisis flags of my union’s workers (the counsellor)',
        response: { 200: CounsellorHomeSchema },
      },
    },
    async (req) => counselling.counsellorHome(actorOf(req)),
  );
  app.post(
    '/api/counselling/mine/slots',
    {
      config: counsel,
      schema: {
        tags,
        summary: 'Offer slots: dated ones, or a weekly pattern between two days',
        body: SlotsBody,
        response: { 200: SlotsResult },
      },
    },
    async (req) => counselling.addSlots(actorOf(req), req.body),
  );
  app.post(
    '/api/counselling/mine/slots/:id/withdraw',
    {
      config: { ...counsel, errors: [409] },
      schema: { tags, summary: 'Withdraw an open slot of mine', params: IdParams, response: { 200: Ok } },
    },
    async (req) => counselling.withdrawSlot(actorOf(req), req.params.id),
  );
  app.get(
    '/api/counselling/mine/bookings/:id',
    {
      config: counsel,
      schema: {
        tags,
        summary:
          "A booking of mine with its note and the worker's assessments (read audited, never the text)",
        params: IdParams,
        response: { 200: CounsellorBookingSchema },
      },
    },
    async (req) => counselling.counsellorBooking(actorOf(req), req.params.id),
  );
  app.put(
    '/api/counselling/mine/bookings/:id/note',
    {
      config: { ...counsel, errors: [409] },
      schema: {
        tags,
        summary: 'Write the session note (only the worker and I read it); optionally mark the session held',
        params: IdParams,
        body: NoteBody,
        response: { 200: Ok },
      },
    },
    async (req) => counselling.writeNote(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/counselling/mine/bookings/:id/cancel',
    {
      config: { ...counsel, errors: [409] },
      schema: {
        tags,
        summary: 'Cancel a booking of mine (the worker is told)',
        params: IdParams,
        body: CancelBody,
        response: { 200: Ok },
      },
    },
    async (req) => counselling.cancelByCounsellor(actorOf(req), req.params.id, req.body.reason),
  );
  app.post(
    '/api/counselling/mine/flags/:id/follow-up',
    {
      config: { ...counsel, errors: [409] },
      schema: { tags, summary: 'Mark a crisis flag as followed up', params: IdParams, response: { 200: Ok } },
    },
    async (req) => counselling.assessments.followUp(actorOf(req), req.params.id),
  );
}
