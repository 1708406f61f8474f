import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
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

/** The module's tags and route permissions; its other routes (elections.routes.ts) take the same. */
export const tags = ['elections'];
export const read = { permission: 'elections.read' } as const;
export const write = { permission: 'elections.write' } as const;
/** A step out of order, or an election not after the sitting committee's. */
export const conflict = { ...write, errors: [409] };

/** Foundings (建会): started, prepared, the founding meeting, the committee and the approval. */
export function foundingsRoutes(app: App, { elections }: { elections: ElectionsService }): void {
  const on = routeMould(app, tags);
  // ------------------------------------------------------------------------------------------------- foundings
  on.get('/api/foundings', {
    config: read,
    summary: "Foundings recorded by the unions of a subtree (default: mine), each with its steps' days",
    querystring: OrgQuery,
    response: FoundingListSchema,
    run: (actor, { query }) => elections.listFoundings(actor, query.orgId),
  });
  on.post('/api/foundings', {
    config: write,
    summary: "Record the workers' application to found a union under a union of my subtree",
    body: FoundingBody,
    response: IdResult,
    use: elections.applyFounding,
  });
  on.get('/api/foundings/:id', {
    config: read,
    summary: 'A founding and its steps',
    params: IdParams,
    response: FoundingSchema,
    use: elections.getFounding,
  });
  const founding = on.record('/api/foundings/:id', { config: conflict, response: IdResult });
  founding.post('/preparation', {
    summary: 'The preparatory group (筹备组): its leader and members',
    body: PreparationBody,
    use: elections.prepareFounding,
  });
  founding.post('/meeting', {
    summary: "The members' meeting: members entitled to attend and present",
    body: MeetingBody,
    use: elections.meetFounding,
  });
  founding.post('/committee', {
    summary: 'The first committee elected: 主席, 副主席, 委员, 经审委员, 女职工委员',
    body: CommitteeBody,
    use: elections.electFoundingCommittee,
  });
  founding.post('/approval', {
    summary: 'The union above approves: the union is created in the tree with its founding day',
    body: ApprovalBody,
    run: async (actor, { params, body }) => {
      const { id } = await elections.approveFounding(actor, params.id, body);
      return { id };
    },
  });
}
