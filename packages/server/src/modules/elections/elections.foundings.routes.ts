import { IdParams } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import {
  ApprovalBody,
  CommitteeBody,
  FoundingBody,
  FoundingListSchema,
  FoundingSchema,
  IdResult,
  MeetingBody,
  OrgQuery,
  PreparationBody,
} from './elections.schemas.ts';
import type { ElectionsService } from './elections.service.ts';

const tags = ['elections'];
const read = { permission: 'elections.read' } as const;
const write = { permission: 'elections.write' } as const;
/** A step out of order, or an election not after the sitting committee's. */
const conflict = { ...write, errors: [409] };

/** Foundings (建会): started, prepared, the founding meeting, the committee and the approval. */
export function foundingsRoutes(app: App, { elections }: { elections: ElectionsService }): void {
  // ------------------------------------------------------------------------------------------------- foundings
  app.get(
    '/api/foundings',
    {
      config: read,
      schema: {
        tags,
        summary: "Foundings recorded by the unions of a subtree (default: mine), each with its steps' days",
        querystring: OrgQuery,
        response: { 200: FoundingListSchema },
      },
    },
    async (req) => elections.listFoundings(actorOf(req), req.query.orgId),
  );
  app.post(
    '/api/foundings',
    {
      config: write,
      schema: {
        tags,
        summary: "Record the workers' application to found a union under a union of my subtree",
        body: FoundingBody,
        response: { 200: IdResult },
      },
    },
    async (req) => elections.applyFounding(actorOf(req), req.body),
  );
  app.get(
    '/api/foundings/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A founding and its steps',
        params: IdParams,
        response: { 200: FoundingSchema },
      },
    },
    async (req) => elections.getFounding(actorOf(req), req.params.id),
  );
  app.post(
    '/api/foundings/:id/preparation',
    {
      config: conflict,
      schema: {
        tags,
        summary: 'The preparatory group (筹备组): its leader and members',
        params: IdParams,
        body: PreparationBody,
        response: { 200: IdResult },
      },
    },
    async (req) => elections.prepareFounding(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/foundings/:id/meeting',
    {
      config: conflict,
      schema: {
        tags,
        summary: "The members' meeting: members entitled to attend and present",
        params: IdParams,
        body: MeetingBody,
        response: { 200: IdResult },
      },
    },
    async (req) => elections.meetFounding(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/foundings/:id/committee',
    {
      config: conflict,
      schema: {
        tags,
        summary: 'The first committee elected: 主席, 副主席, 委员, 经审委员, 女职工委员',
        params: IdParams,
        body: CommitteeBody,
        response: { 200: IdResult },
      },
    },
    async (req) => elections.electFoundingCommittee(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/foundings/:id/approval',
    {
      config: conflict,
      schema: {
        tags,
        summary: 'The union above approves: the union is created in the tree with its founding day',
        params: IdParams,
        body: ApprovalBody,
        response: { 200: IdResult },
      },
    },
    async (req) => {
      const { id } = await elections.approveFounding(actorOf(req), req.params.id, req.body);
      return { id };
    },
  );
}
