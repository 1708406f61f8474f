import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import type { App } from '../../http/types.ts';
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
  const on = routeMould(app, tags);
  on.get('/api/counselling/slots', {
    config: read,
    summary:
      "Open slots members of a union's subtree may be booked into (for the hotline); from a past day, " +
      'to record a session held then',
    querystring: SlotsQuery,
    response: SlotListSchema,
    run: (actor, { query }) => counselling.openSlots(actor, query.orgId, query.from),
  });
  on.get('/api/counselling/bookings', {
    config: read,
    summary:
      "Bookings of members of a union's subtree: when, with whom, how — never the notes (read audited)",
    querystring: OrgQuery,
    response: StaffBookingListSchema,
    run: (actor, { query }) => counselling.listBookings(actor, query.orgId),
  });
  on.post('/api/counselling/bookings', {
    config: { ...manage, errors: [409] },
    summary:
      'Book a session for a member who called the hotline, or record a session held on a past slot on its ' +
      'day (heldOn, needs history.backdate)',
    body: StaffBookBody,
    response: IdResult,
    use: counselling.bookForMember,
  });
  on.post('/api/counselling/bookings/:id/cancel', {
    config: { ...manage, errors: [409] },
    summary:
      "Cancel a member's booking at their request on effectiveOn (default today; not before it was booked); the slot opens again, both sides are told",
    params: IdParams,
    body: StaffCancelBody,
    response: Ok,
    run: (actor, { params, body }) =>
      counselling.cancelByStaff(actor, params.id, body.reason, body.effectiveOn),
  });
  statisticsRoutes(app, {
    path: '/api/counselling/stats',
    permission: read.permission,
    tags,
    summary:
      'Sessions, assessments, referrals, counsellors, volunteers and training hours by union and month; cells below 5 shown as "<5", a cell that would give one away by subtraction as "*"',
    xlsxSummary:
      'The counselling statistics as .xlsx (cells below 5 shown as "<5", a cell that would give one away as "*")',
    query: StatsQuery,
    result: StatsSchema,
    stats: counselling.stats,
    xlsx: counselling.statsXlsx,
  });
}
