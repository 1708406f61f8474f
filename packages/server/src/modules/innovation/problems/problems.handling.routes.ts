import { IdParams } from '../../../http/schema.ts';
import { type App, actorOf, noBodyIsEmpty } from '../../../http/types.ts';
import type { MatchService } from './problems.match.ts';
import {
  ClaimBody,
  ClaimResult,
  CloseBody,
  CloseResult,
  MatchList,
  MilestoneBody,
  MilestoneSchema,
  ProblemBody,
  ProblemDetail,
  ProblemList,
  ProblemQuery,
  ProblemSchema,
  PublishBody,
  RejectBody,
  StudioFeed,
} from './problems.schemas.ts';
import type { ProblemsService } from './problems.service.ts';
import type { ProblemTeamService } from './problems.team.ts';

const tags = ['innovation'];

/** The problems list: raised, published or refused, matched to studios, claimed, worked through its milestones and closed. */
export function problemHandlingRoutes(
  app: App,
  { problems, team, match }: { problems: ProblemsService; team: ProblemTeamService; match: MatchService },
): void {
  app.post(
    '/api/innovation/problems',
    {
      config: { permission: 'innovation.write' },
      schema: {
        tags,
        summary:
          'Post a front-line problem for a union of my subtree (waits for the check before publishing)',
        body: ProblemBody,
        response: { 200: ProblemSchema },
      },
    },
    async (req) => problems.createProblem(actorOf(req), req.body),
  );
  app.get(
    '/api/innovation/problems',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary: 'Problems posted in my subtree, newest first',
        querystring: ProblemQuery,
        response: { 200: ProblemList },
      },
    },
    async (req) => problems.listProblems(actorOf(req), req.query),
  );
  app.get(
    '/api/innovation/problems/:id',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary: 'One problem with its team and milestones',
        description: 'A problem of my subtree in any state; a problem of another union once it is published.',
        params: IdParams,
        response: { 200: ProblemDetail },
      },
    },
    async (req) => problems.getProblemDetail(actorOf(req), req.params.id),
  );
  app.post(
    '/api/innovation/problems/:id/publish',
    {
      preValidation: noBodyIsEmpty,
      config: { permission: 'innovation.write' },
      schema: {
        tags,
        summary:
          'Publish a checked problem on the board, on effectiveOn (default today; not before it was posted)',
        params: IdParams,
        body: PublishBody,
        response: { 200: ProblemSchema },
      },
    },
    async (req) => problems.publishProblem(actorOf(req), req.params.id, req.body.effectiveOn),
  );
  app.post(
    '/api/innovation/problems/:id/reject',
    {
      config: { permission: 'innovation.write' },
      schema: {
        tags,
        summary: 'Send a problem back with the reason instead of publishing it',
        params: IdParams,
        body: RejectBody,
        response: { 200: ProblemSchema },
      },
    },
    async (req) => problems.rejectProblem(actorOf(req), req.params.id, req.body.reason, req.body.effectiveOn),
  );
  app.get(
    '/api/innovation/problems/:id/matches',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary:
          'The 5 alliance studios whose achievements best match the problem, with the words that matched',
        params: IdParams,
        response: { 200: MatchList },
      },
    },
    async (req) => match.matchStudios(actorOf(req), req.params.id),
  );
  app.post(
    '/api/innovation/problems/:id/claim',
    {
      config: { permission: 'innovation.write' },
      schema: {
        tags,
        summary: 'Claim (揭榜) a published problem for a studio of my subtree, alone or leading a joint team',
        description: 'Every studio of the team must be an active member of the alliance.',
        params: IdParams,
        body: ClaimBody,
        response: { 200: ClaimResult },
      },
    },
    async (req) => team.claimProblem(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/innovation/problems/:id/milestones',
    {
      config: { permission: 'innovation.write' },
      schema: {
        tags,
        summary: "Record a milestone of a claimed problem (the lead studio's or the problem's union)",
        params: IdParams,
        body: MilestoneBody,
        response: { 200: MilestoneSchema },
      },
    },
    async (req) => team.addMilestone(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/innovation/problems/:id/close',
    {
      config: { permission: 'innovation.write' },
      schema: {
        tags,
        summary: 'Close a claimed problem with its outcome, which becomes an achievement of the lead studio',
        params: IdParams,
        body: CloseBody,
        response: { 200: CloseResult },
      },
    },
    async (req) => team.closeProblem(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/innovation/studios/:id/problem-feed',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary:
          "Open problems that match the studio's achievements, best first, with the words that matched",
        params: IdParams,
        response: { 200: StudioFeed },
      },
    },
    async (req) => match.studioFeed(actorOf(req), req.params.id),
  );
}
