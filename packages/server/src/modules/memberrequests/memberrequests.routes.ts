import { IdParams } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { xlsxHeaders } from '../../http/upload.ts';
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
  app.get(
    '/api/me/member-requests',
    {
      config: self,
      schema: {
        tags,
        summary:
          'My own requests (corrections and transfers), newest first, with my current details and union',
        response: { 200: MyRequests },
      },
    },
    async (req) => memberRequests.listMine(actorOf(req)),
  );
  app.post(
    '/api/me/member-requests',
    {
      config: { ...self, errors: [409] },
      schema: {
        tags,
        summary:
          'Ask to correct my name, phone or employer, or to move my membership to another grassroots union (转会)',
        description: 'One open request per kind at a time (409); not a member (409).',
        body: FileBody,
        response: { 200: MyRequest },
      },
    },
    async (req) => memberRequests.fileRequest(actorOf(req), req.body),
  );
  app.get(
    '/api/member-requests',
    {
      config: review,
      schema: {
        tags,
        summary: "Members' requests of my subtree: corrections, transfers out of and into its unions",
        querystring: ListQuery,
        response: { 200: StaffRequestList },
      },
    },
    async (req) => memberRequests.listRequests(actorOf(req), req.query),
  );
  app.get(
    '/api/member-requests.xlsx',
    {
      config: review,
      schema: { tags, summary: 'The requests as filtered, as .xlsx (audited)', querystring: ExportQuery },
    },
    async (req, reply) => {
      const { buffer, fileName } = await memberRequests.exportRequests(actorOf(req), req.query);
      return reply.headers(xlsxHeaders(fileName)).send(buffer);
    },
  );
  app.get(
    '/api/member-requests/:id',
    {
      config: review,
      schema: {
        tags,
        summary: 'One request with its values from → to (the read is audited)',
        params: IdParams,
        response: { 200: StaffRequest },
      },
    },
    async (req) => memberRequests.getRequest(actorOf(req), req.params.id),
  );
  app.post(
    '/api/member-requests/:id/accept',
    {
      config: { ...review, errors: [409] },
      schema: {
        tags,
        summary:
          'Agree: a correction is applied; a transfer is released (同意转出) or admitted (同意转入), and moves when both agreed',
        params: IdParams,
        body: AcceptBody,
        response: { 200: StaffRequest },
      },
    },
    async (req) => memberRequests.acceptRequest(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/member-requests/:id/decline',
    {
      config: { ...review, errors: [409] },
      schema: {
        tags,
        summary:
          'Decline with a reason (either union of a transfer may); the request ends and the worker is told',
        params: IdParams,
        body: DeclineBody,
        response: { 200: StaffRequest },
      },
    },
    async (req) => memberRequests.declineRequest(actorOf(req), req.params.id, req.body),
  );
}
