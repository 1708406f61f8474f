import { IdParams, Ok } from '../../http/schema.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import { type App, actorOf } from '../../http/types.ts';
import { CosignResult, FileBody, MineSchema, RateBody, VoteBody } from './congresses.me.schemas.ts';
import {
  AnswerBody,
  AssignBody,
  AssignResult,
  AttendanceBody,
  AttendanceResult,
  CloseBody,
  CloseResult,
  CongressBody,
  CongressDetailSchema,
  CongressListSchema,
  CongressQuery,
  DelegationBody,
  DisclosureBody,
  DisclosureListSchema,
  DisclosureReadSchema,
  ElectBody,
  ElectResult,
  ExamineBody,
  IdResult,
  MaybeIdResult,
  MotionBody,
  OrgQuery,
  PledgeBody,
  PledgeLinkSchema,
  PledgeParams,
  PledgeResult,
  ProposalDetailSchema,
  ProposalListSchema,
  ProposalQuery,
  ReplaceBody,
  SessionBody,
  SessionDetailSchema,
  SettingsBody,
  StatusResult,
  TermBody,
} from './congresses.schemas.ts';
import type { CongressesService } from './congresses.service.ts';
import { StatsQuery, StatsSchema } from './congresses.stats.schemas.ts';

const tags = ['congresses'];
const read = { permission: 'congresses.read' } as const;
const manage = { permission: 'congresses.manage' } as const;
const self = { permission: 'self.apply' } as const;

export function congressesRoutes(app: App, { congresses }: { congresses: CongressesService }): void {
  app.get(
    '/api/congresses',
    {
      config: read,
      schema: {
        tags,
        summary: "Congresses of a union's subtree (default: mine)",
        querystring: OrgQuery,
        response: { 200: CongressListSchema },
      },
    },
    async (req) => congresses.listCongresses(actorOf(req), req.query.orgId),
  );
  app.post(
    '/api/congresses',
    {
      config: manage,
      schema: {
        tags,
        summary: "Set up an enterprise union's congress (职代会, or 职工大会) with its settings",
        body: CongressBody,
        response: { 200: IdResult },
      },
    },
    async (req) => congresses.createCongress(actorOf(req), req.body),
  );
  statisticsRoutes(app, {
    path: '/api/congresses/stats',
    permission: read.permission,
    tags,
    summary:
      'Congresses held on time, proposals filed, accepted, answered in time and rated, by year and union',
    xlsxSummary: 'The statistics as .xlsx (by year, by union)',
    query: StatsQuery,
    result: StatsSchema,
    stats: (actor, query) => congresses.congressStats(actor, query),
    xlsx: (actor, query) => congresses.congressStatsXlsx(actor, query),
  });
  app.get(
    '/api/congresses/proposals',
    {
      config: read,
      schema: {
        tags,
        summary: 'Proposals of the subtree',
        querystring: ProposalQuery,
        response: { 200: ProposalListSchema },
      },
    },
    async (req) => congresses.listProposals(actorOf(req), req.query),
  );
  app.get(
    '/api/congresses/proposals/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A proposal with its co-signers (audited)',
        params: IdParams,
        response: { 200: ProposalDetailSchema },
      },
    },
    async (req) => congresses.getProposal(actorOf(req), req.params.id),
  );
  app.post(
    '/api/congresses/proposals/:id/examine',
    {
      config: manage,
      schema: {
        tags,
        summary:
          "The proposal committee's decision: accept (立案), decline with a reason, or merge into another",
        params: IdParams,
        body: ExamineBody,
        response: { 200: StatusResult },
      },
    },
    async (req) => congresses.examine(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/congresses/proposals/:id/assign',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Assign an accepted proposal to a department; due in the working days of the congress',
        params: IdParams,
        body: AssignBody,
        response: { 200: AssignResult },
      },
    },
    async (req) => congresses.assign(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/congresses/proposals/:id/answer',
    {
      config: manage,
      schema: {
        tags,
        summary: "Record the department's answer",
        params: IdParams,
        body: AnswerBody,
        response: { 200: Ok },
      },
    },
    async (req) => congresses.answer(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/congresses/proposals/:id/pledge',
    {
      config: manage,
      schema: {
        tags,
        summary: "Make an accepted proposal a 办实事 project of the congress's union, linked both ways",
        params: IdParams,
        body: PledgeBody,
        response: { 200: PledgeResult },
      },
    },
    async (req) => congresses.makePledge(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/congresses/pledge-links/:pledgeId',
    {
      config: read,
      schema: {
        tags,
        summary: 'The proposal a 办实事 project came from (404: none)',
        params: PledgeParams,
        response: { 200: PledgeLinkSchema },
      },
    },
    async (req) => congresses.proposalOfPledge(actorOf(req), req.params.pledgeId),
  );
  app.get(
    '/api/congresses/disclosures',
    {
      config: read,
      schema: {
        tags,
        summary: '厂务公开 of the subtree, with read counts',
        querystring: OrgQuery,
        response: { 200: DisclosureListSchema },
      },
    },
    async (req) => congresses.listDisclosures(actorOf(req), req.query.orgId),
  );
  app.post(
    '/api/congresses/disclosures',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Publish a 厂务公开 item to the members of a union',
        body: DisclosureBody,
        response: { 200: IdResult },
      },
    },
    async (req) => congresses.publishDisclosure(actorOf(req), req.body),
  );
  app.get(
    '/api/congresses/sessions/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A session with attendance, proposals and votes',
        params: IdParams,
        response: { 200: SessionDetailSchema },
      },
    },
    async (req) => congresses.getSession(actorOf(req), req.params.id),
  );
  app.put(
    '/api/congresses/sessions/:id/attendance',
    {
      config: manage,
      schema: {
        tags,
        summary: 'The delegates present at the session (the whole list)',
        params: IdParams,
        body: AttendanceBody,
        response: { 200: AttendanceResult },
      },
    },
    async (req) => congresses.setAttendance(actorOf(req), req.params.id, req.body.delegateIds),
  );
  app.post(
    '/api/congresses/sessions/:id/motions',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Put a matter to the vote of the session',
        params: IdParams,
        body: MotionBody,
        response: { 200: IdResult },
      },
    },
    async (req) => congresses.addMotion(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/congresses/motions/:id/close',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Close the vote: quorum (2/3 present) and majority (over 1/2 of all delegates)',
        params: IdParams,
        body: CloseBody,
        response: { 200: CloseResult },
      },
    },
    async (req) => congresses.closeMotion(actorOf(req), req.params.id, req.body.effectiveOn),
  );
  app.post(
    '/api/congresses/terms/:id/delegations',
    {
      config: manage,
      schema: {
        tags,
        summary: 'A delegation (代表团/组) of a term',
        params: IdParams,
        body: DelegationBody,
        response: { 200: IdResult },
      },
    },
    async (req) => congresses.addDelegation(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/congresses/terms/:id/sessions',
    {
      config: manage,
      schema: {
        tags,
        summary: 'A session (次) of a term with its proposal window',
        params: IdParams,
        body: SessionBody,
        response: { 200: IdResult },
      },
    },
    async (req) => congresses.addSession(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/congresses/delegations/:id/delegates',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record delegates elected by a delegation (members of its union), on the election day',
        params: IdParams,
        body: ElectBody,
        response: { 200: ElectResult },
      },
    },
    async (req) => congresses.electDelegates(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/congresses/delegates/:id/replace',
    {
      config: manage,
      schema: {
        tags,
        summary: 'A delegate leaves the seat (when, why), with a successor when named',
        params: IdParams,
        body: ReplaceBody,
        response: { 200: MaybeIdResult },
      },
    },
    async (req) => congresses.replaceDelegate(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/congresses/:id',
    {
      config: read,
      schema: {
        tags,
        summary:
          'A congress: terms, delegations, the roster (audited) with the proportions checked, sessions',
        params: IdParams,
        querystring: CongressQuery,
        response: { 200: CongressDetailSchema },
      },
    },
    async (req) => congresses.getCongress(actorOf(req), req.params.id, req.query.termId),
  );
  app.put(
    '/api/congresses/:id/settings',
    {
      config: manage,
      schema: {
        tags,
        summary: 'The proportions checked, the co-signatures needed and the days to answer',
        params: IdParams,
        body: SettingsBody,
        response: { 200: Ok },
      },
    },
    async (req) => congresses.updateSettings(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/congresses/:id/terms',
    {
      config: manage,
      schema: {
        tags,
        summary: 'A term (届) of the congress',
        params: IdParams,
        body: TermBody,
        response: { 200: IdResult },
      },
    },
    async (req) => congresses.addTerm(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/me/congresses',
    {
      config: self,
      schema: {
        tags,
        summary: "My enterprise's congress: my duties as a delegate, vote results, 厂务公开",
        response: { 200: MineSchema },
      },
    },
    async (req) => congresses.mine(actorOf(req)),
  );
  app.post(
    '/api/me/congresses/proposals',
    {
      config: self,
      schema: {
        tags,
        summary: 'File a proposal (a delegate, within the window)',
        body: FileBody,
        response: { 200: IdResult },
      },
    },
    async (req) => congresses.fileProposal(actorOf(req), req.body),
  );
  app.post(
    '/api/me/congresses/proposals/:id/cosign',
    {
      config: self,
      schema: {
        tags,
        summary: "Co-sign another delegate's proposal (附议), once",
        params: IdParams,
        response: { 200: CosignResult },
      },
    },
    async (req) => congresses.cosign(actorOf(req), req.params.id),
  );
  app.post(
    '/api/me/congresses/proposals/:id/rate',
    {
      config: self,
      schema: {
        tags,
        summary: 'Rate the answer to my proposal; 不满意 once asks for a second answer',
        params: IdParams,
        body: RateBody,
        response: { 200: StatusResult },
      },
    },
    async (req) => congresses.rate(actorOf(req), req.params.id, req.body.rating),
  );
  app.post(
    '/api/me/congresses/motions/:id/vote',
    {
      config: self,
      schema: {
        tags,
        summary: 'Vote (a delegate present at the session), once',
        params: IdParams,
        body: VoteBody,
        response: { 200: Ok },
      },
    },
    async (req) => congresses.vote(actorOf(req), req.params.id, req.body.choice),
  );
  app.post(
    '/api/me/congresses/disclosures/:id/read',
    {
      config: self,
      schema: {
        tags,
        summary: 'Read a 厂务公开 item (counted once per member)',
        params: IdParams,
        response: { 200: DisclosureReadSchema },
      },
    },
    async (req) => congresses.readDisclosure(actorOf(req), req.params.id),
  );
}
