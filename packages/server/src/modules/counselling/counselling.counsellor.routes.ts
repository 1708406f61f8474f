import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
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
  const on = routeMould(app, tags);
  // ---------------------------------------------------------------- the counsellor
  on.get('/api/counselling/mine', {
    config: counsel,
    summary: 'My slots, my bookings and the crisis flags of my union’s workers (the counsellor)',
    response: CounsellorHomeSchema,
    use: counselling.counsellorHome,
  });
  on.post('/api/counselling/mine/slots', {
    config: counsel,
    summary: 'Offer slots: dated ones, or a weekly pattern between two days',
    body: SlotsBody,
    response: SlotsResult,
    use: counselling.addSlots,
  });
  on.post('/api/counselling/mine/slots/:id/withdraw', {
    config: { ...counsel, errors: [409] },
    summary: 'Withdraw an open slot of mine',
    params: IdParams,
    response: Ok,
    use: counselling.withdrawSlot,
  });
  on.get('/api/counselling/mine/bookings/:id', {
    config: counsel,
    summary: "A booking of mine with its note and the worker's assessments (read audited, never the text)",
    params: IdParams,
    response: CounsellorBookingSchema,
    use: counselling.counsellorBooking,
  });
  const booking = on.record('/api/counselling/mine/bookings/:id', {
    config: { ...counsel, errors: [409] },
    response: Ok,
  });
  booking.put('/note', {
    summary: 'Write the session note (only the worker and I read it); optionally mark the session held',
    body: NoteBody,
    use: counselling.writeNote,
  });
  booking.post('/cancel', {
    summary: 'Cancel a booking of mine (the worker is told)',
    body: CancelBody,
    run: (actor, { params, body }) => counselling.cancelByCounsellor(actor, params.id, body.reason),
  });
  on.post('/api/counselling/mine/flags/:id/follow-up', {
    config: { ...counsel, errors: [409] },
    summary: 'Mark a crisis flag as followed up',
    params: IdParams,
    response: Ok,
    run: (actor, { params }) => counselling.assessments.followUp(actor, params.id),
  });
}
