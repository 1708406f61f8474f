import { routeMould } from '../../../http/route-mould.ts';
import { IdParams } from '../../../http/schema.ts';
import type { App } from '../../../http/types.ts';
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
  const on = routeMould(app, tags);
  on.post('/api/innovation/problems', {
    config: { permission: 'innovation.write' },
    summary: 'Post a front-line problem for a union of my subtree (waits for the check before publishing)',
    body: ProblemBody,
    response: ProblemSchema,
    use: problems.createProblem,
  });
  on.get('/api/innovation/problems', {
    config: { permission: 'innovation.read' },
    summary: 'Problems posted in my subtree, newest first',
    querystring: ProblemQuery,
    response: ProblemList,
    use: problems.listProblems,
  });
  on.get('/api/innovation/problems/:id', {
    config: { permission: 'innovation.read' },
    summary: 'One problem with its team and milestones',
    description: 'A problem of my subtree in any state; a problem of another union once it is published.',
    params: IdParams,
    response: ProblemDetail,
    use: problems.getProblemDetail,
  });
  const problem = on.record('/api/innovation/problems/:id', {
    config: { permission: 'innovation.write' },
    response: ProblemSchema,
  });
  problem.post('/publish', {
    summary:
      'Publish a checked problem on the board, on effectiveOn (default today; not before it was posted)',
    body: PublishBody,
    dated: true,
    run: (actor, { params, body }) => problems.publishProblem(actor, params.id, body.effectiveOn),
  });
  problem.post('/reject', {
    summary: 'Send a problem back with the reason instead of publishing it',
    body: RejectBody,
    run: (actor, { params, body }) => problems.rejectProblem(actor, params.id, body.reason, body.effectiveOn),
  });
  on.get('/api/innovation/problems/:id/matches', {
    config: { permission: 'innovation.read' },
    summary: 'The 5 alliance studios whose achievements best match the problem, with the words that matched',
    params: IdParams,
    response: MatchList,
    use: match.matchStudios,
  });
  problem.post('/claim', {
    summary: 'Claim (揭榜) a published problem for a studio of my subtree, alone or leading a joint team',
    description: 'Every studio of the team must be an active member of the alliance.',
    body: ClaimBody,
    response: ClaimResult,
    use: team.claimProblem,
  });
  problem.post('/milestones', {
    summary: "Record a milestone of a claimed problem (the lead studio's or the problem's union)",
    body: MilestoneBody,
    response: MilestoneSchema,
    use: team.addMilestone,
  });
  problem.post('/close', {
    summary: 'Close a claimed problem with its outcome, which becomes an achievement of the lead studio',
    body: CloseBody,
    response: CloseResult,
    use: team.closeProblem,
  });
  on.get('/api/innovation/studios/:id/problem-feed', {
    config: { permission: 'innovation.read' },
    summary: "Open problems that match the studio's achievements, best first, with the words that matched",
    params: IdParams,
    response: StudioFeed,
    use: match.studioFeed,
  });
}
