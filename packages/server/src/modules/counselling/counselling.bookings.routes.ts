import { IdParams, Ok } from '../../http/schema.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import { type App, actorOf } from '../../http/types.ts';
import {
  IdResult,
  OrgQuery,
  SlotListSchema,
  SlotsQuery,
  StaffBookBody,
  StaffBookingListSchema,
  StaffCancelBody,
  StatsQuery,
  StatsSchema,
} from './counselling.schemas.ts';
import type { CounsellingService } from './counselling.service.ts';

const tags = ['counselling'];
const read = { permission: 'counselling.read' } as const;
const manage = { permission: 'counselling.manage' } as const;

/** Union staff: open slots, bookings made for members (the hotline), and the statistics. */
export function counsellingBookingRoutes(
  app: App,
  { counselling }: { counselling: CounsellingService },
): void {
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
  statisticsRoutes(app, {
    path: '/api/counselling/stats',
    permission: read.permission,
    tags,
    summary:
      'Sessions, assessments, referrals, counsellors, volunteers and training hours by union and month; cells below 5 shown as "<5"',
    xlsxSummary: 'The counselling statistics as .xlsx (cells below 5 shown as "<5")',
    query: StatsQuery,
    result: StatsSchema,
    stats: (actor, query) => counselling.stats(actor, query),
    xlsx: (actor, query) => counselling.statsXlsx(actor, query),
  });
}
