import { routeMould } from '../../../http/route-mould.ts';
import type { App } from '../../../http/types.ts';
import type { AllianceService } from './alliance.service.ts';
import { allianceRoutes } from './problems.alliance.routes.ts';
import { problemHandlingRoutes } from './problems.handling.routes.ts';
import type { MatchService } from './problems.match.ts';
import type { PublicProblemsService } from './problems.public.ts';
import { PublicProblemBody, PublicProblemCreated, ReceivingUnions } from './problems.schemas.ts';
import type { ProblemsService } from './problems.service.ts';
import type { ProblemTeamService } from './problems.team.ts';

export interface ProblemsDeps {
  problems: ProblemsService;
  team: ProblemTeamService;
  match: MatchService;
  alliance: AllianceService;
  publicProblems: PublicProblemsService;
}

const tags = ['innovation'];

/** Front-line problems (一线难题), claiming and closing, matching, and the studio alliance. */
export function problemsRoutes(
  app: App,
  { problems, team, match, alliance, publicProblems }: ProblemsDeps,
): void {
  const on = routeMould(app, tags);
  on.open.get('/api/public/problem-unions', {
    config: { public: true },
    summary: 'The unions that receive front-line problems (the federation, district and industry unions)',
    response: ReceivingUnions,
    run: () => publicProblems.listReceivingUnions(),
  });

  on.open.post('/api/public/problems', {
    config: { public: true, errors: [429] },
    summary: 'An enterprise posts a front-line problem without signing in; the union checks it first',
    description:
      'Links and web or mail addresses are refused (400). At most 10 problems an hour per address (429). ' +
      'The answer names the receiving union only.',
    body: PublicProblemBody,
    response: PublicProblemCreated,
    run: ({ body, req }) => publicProblems.submitProblem(body, req.ip),
  });
  problemHandlingRoutes(app, { problems, team, match });
  allianceRoutes(app, { alliance });
}
