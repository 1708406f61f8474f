import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import {
  AcceptBody,
  DeclineBody,
  ExportQuery,
  FileBody,
  ListQuery,
  MyRequest,
  MyRequests,
  StaffRequest,
  StaffRequestList,
} from './memberrequests.schemas.ts';
import type { MemberRequestsService } from './memberrequests.service.ts';

const tags = ['memberrequests'];
const self = { permission: 'self.apply' } as const;
const review = { permission: 'members.requests.review' } as const;

export function memberRequestsRoutes(
  app: App,
  { memberRequests }: { memberRequests: MemberRequestsService },
): void {
  const on = routeMould(app, tags);
  on.get('/api/me/member-requests', {
    config: self,
    summary: 'My own requests (corrections and transfers), newest first, with my current details and union',
    response: MyRequests,
    use: memberRequests.listMine,
  });
  on.post('/api/me/member-requests', {
    config: { ...self, errors: [409] },
    summary:
      'Ask to correct my name, phone or employer, or to move my membership to another grassroots union (转会)',
    description: 'One open request per kind at a time (409); not a member (409).',
    body: FileBody,
    response: MyRequest,
    use: memberRequests.fileRequest,
  });
  on.get('/api/member-requests', {
    config: review,
    summary: "Members' requests of my subtree: corrections, transfers out of and into its unions",
    querystring: ListQuery,
    response: StaffRequestList,
    use: memberRequests.listRequests,
  });
  on.workbook('/api/member-requests.xlsx', {
    config: review,
    summary: 'The requests as filtered, as .xlsx (audited)',
    querystring: ExportQuery,
    run: (actor, { query }) => memberRequests.exportRequests(actor, query),
  });
  on.get('/api/member-requests/:id', {
    config: review,
    summary: 'One request with its values from → to (the read is audited)',
    params: IdParams,
    response: StaffRequest,
    use: memberRequests.getRequest,
  });
  const memberRequest = on.record('/api/member-requests/:id', {
    config: { ...review, errors: [409] },
    response: StaffRequest,
  });
  memberRequest.post('/accept', {
    summary:
      'Agree: a correction is applied; a transfer is released (同意转出) or admitted (同意转入), and moves when both agreed',
    body: AcceptBody,
    use: memberRequests.acceptRequest,
  });
  memberRequest.post('/decline', {
    summary:
      'Decline with a reason (either union of a transfer may); the request ends and the worker is told',
    body: DeclineBody,
    use: memberRequests.declineRequest,
  });
}
