import { IdParams, Ok } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { xlsxHeaders } from '../../http/upload.ts';
import {
  ApprovalBody,
  CommitteeBody,
  CommitteeHistorySchema,
  ElectionBody,
  ElectionDetailSchema,
  ElectionListSchema,
  FoundingBody,
  FoundingListSchema,
  FoundingSchema,
  IdResult,
  MeetingBody,
  OrgQuery,
  PreparationBody,
  SettingBody,
  SettingSchema,
  StatsQuery,
  StatsSchema,
  TermsQuery,
  TermsSchema,
} from './elections.schemas.ts';
import type { ElectionsService } from './elections.service.ts';

const tags = ['elections'];
const read = { permission: 'elections.read' } as const;
const write = { permission: 'elections.write' } as const;
/** A step out of order, or an election not after the sitting committee's. */
const conflict = { ...write, errors: [409] };

export function electionsRoutes(app: App, { elections }: { elections: ElectionsService }): void {
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

  // ------------------------------------------------------------------------------------------------- elections
  app.get(
    '/api/elections/terms',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Committees of my subtree whose term ends within months (default 6) or has ended: elections due and overdue',
        querystring: TermsQuery,
        response: { 200: TermsSchema },
      },
    },
    async (req) => elections.listTerms(actorOf(req), req.query),
  );
  app.get(
    '/api/elections/settings',
    {
      config: read,
      schema: {
        tags,
        summary: "The term and majority rule that apply to a union (its own, or the nearest above's)",
        querystring: OrgQuery,
        response: { 200: SettingSchema },
      },
    },
    async (req) => elections.getSetting(actorOf(req), req.query.orgId),
  );
  app.put(
    '/api/elections/settings',
    {
      config: write,
      schema: {
        tags,
        summary: 'Set the term (3 or 5 years) and the majority rule for a union and the unions below it',
        body: SettingBody,
        response: { 200: Ok },
      },
    },
    async (req) => elections.putSetting(actorOf(req), req.body),
  );
  app.get(
    '/api/elections/committees',
    {
      config: read,
      schema: {
        tags,
        summary: "A union's committees, the sitting one first",
        querystring: OrgQuery,
        response: { 200: CommitteeHistorySchema },
      },
    },
    async (req) => elections.listHistory(actorOf(req), req.query.orgId),
  );
  app.get(
    '/api/elections/stats',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Per year: unions founded and their members, elections held, terms ending, elections overdue',
        querystring: StatsQuery,
        response: { 200: StatsSchema },
      },
    },
    async (req) => elections.stats(actorOf(req), req.query),
  );
  app.get(
    '/api/elections/stats.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The statistics and the terms due or overdue as .xlsx',
        querystring: StatsQuery,
      },
    },
    async (req, reply) => {
      const { file, name } = await elections.statsXlsx(actorOf(req), req.query);
      return reply.headers(xlsxHeaders(name)).send(file);
    },
  );
  app.get(
    '/api/elections',
    {
      config: read,
      schema: {
        tags,
        summary: 'Elections held by the unions of a subtree (default: mine)',
        querystring: OrgQuery,
        response: { 200: ElectionListSchema },
      },
    },
    async (req) => elections.listElections(actorOf(req), req.query.orgId),
  );
  app.post(
    '/api/elections',
    {
      config: conflict,
      schema: {
        tags,
        summary:
          "Record an election: candidates and votes; the committee elected replaces the union's on its day",
        body: ElectionBody,
        response: { 200: IdResult },
      },
    },
    async (req) => elections.recordElection(actorOf(req), req.body),
  );
  app.get(
    '/api/elections/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'An election and its candidates',
        params: IdParams,
        response: { 200: ElectionDetailSchema },
      },
    },
    async (req) => elections.getElection(actorOf(req), req.params.id),
  );
}
