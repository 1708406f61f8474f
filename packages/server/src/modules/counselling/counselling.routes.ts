import { IdParams, Ok } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { xlsxHeaders } from '../../http/upload.ts';
import {
  AssessmentBody,
  AssessmentResult,
  AssessmentWithAnswers,
  BookBody,
  CancelBody,
  CounsellorBody,
  CounsellorBookingSchema,
  CounsellorHomeSchema,
  CounsellorListSchema,
  CounsellorSchema,
  CounsellorsQuery,
  DutyBody,
  IdResult,
  MineSchema,
  MyBookingSchema,
  NoteBody,
  OrgQuery,
  ScalesSchema,
  SlotListSchema,
  SlotsBody,
  SlotsQuery,
  SlotsResult,
  StaffBookBody,
  StaffBookingListSchema,
  StaffCancelBody,
  StatsQuery,
  StatsSchema,
  TrainingBody,
} from './counselling.schemas.ts';
import type { CounsellingService } from './counselling.service.ts';
import { counsellingSessionsRoutes } from './counselling.sessions.routes.ts';

const tags = ['counselling'];
const read = { permission: 'counselling.read' } as const;
const manage = { permission: 'counselling.manage' } as const;
/** The counsellor's own routes: no other role holds this permission, the administrator included (ADR 54). */
const counsel = { permission: 'counselling.counsel' } as const;
const selfRead = { permission: 'self.read' } as const;
const selfApply = { permission: 'self.apply' } as const;

export function counsellingRoutes(app: App, { counselling }: { counselling: CounsellingService }): void {
  counsellingSessionsRoutes(app, counselling.sessionsRegister);
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
  app.get(
    '/api/counselling/slots',
    {
      config: read,
      schema: {
        tags,
        summary:
          "Open slots members of a union's subtree may be booked into (for the hotline); from a past day, " +
          'to record a session held then',
        querystring: SlotsQuery,
        response: { 200: SlotListSchema },
      },
    },
    async (req) => counselling.openSlots(actorOf(req), req.query.orgId, req.query.from),
  );
  app.get(
    '/api/counselling/bookings',
    {
      config: read,
      schema: {
        tags,
        summary:
          "Bookings of members of a union's subtree: when, with whom, how — never the notes (read audited)",
        querystring: OrgQuery,
        response: { 200: StaffBookingListSchema },
      },
    },
    async (req) => counselling.listBookings(actorOf(req), req.query.orgId),
  );
  app.post(
    '/api/counselling/bookings',
    {
      config: { ...manage, errors: [409] },
      schema: {
        tags,
        summary:
          'Book a session for a member who called the hotline, or record a session held on a past slot on its ' +
          'day (heldOn, needs history.backdate)',
        body: StaffBookBody,
        response: { 200: IdResult },
      },
    },
    async (req) => counselling.bookForMember(actorOf(req), req.body),
  );
  app.post(
    '/api/counselling/bookings/:id/cancel',
    {
      config: { ...manage, errors: [409] },
      schema: {
        tags,
        summary:
          "Cancel a member's booking at their request on effectiveOn (default today; not before it was booked); the slot opens again, both sides are told",
        params: IdParams,
        body: StaffCancelBody,
        response: { 200: Ok },
      },
    },
    async (req) =>
      counselling.cancelByStaff(actorOf(req), req.params.id, req.body.reason, req.body.effectiveOn),
  );
  app.get(
    '/api/counselling/stats',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Sessions, assessments, referrals, counsellors, volunteers and training hours by union and month; cells below 5 shown as "<5"',
        querystring: StatsQuery,
        response: { 200: StatsSchema },
      },
    },
    async (req) => counselling.stats(actorOf(req), req.query),
  );
  app.get(
    '/api/counselling/stats.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The counselling statistics as .xlsx (cells below 5 shown as "<5")',
        querystring: StatsQuery,
      },
    },
    async (req, reply) => {
      const { file, name } = await counselling.statsXlsx(actorOf(req), req.query);
      return reply.headers(xlsxHeaders(name)).send(file);
    },
  );

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
