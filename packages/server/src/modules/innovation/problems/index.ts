/**
 * Front-line problems and the studio alliance (ADR 21): problems posted, checked and published, claimed by
 * alliance studios alone or jointly, their milestones and the achievement a closed one becomes; the alliance;
 * matching problems to studios by their achievements' text; the public board. Uses the module root only;
 * mentoring reads a studio in scope through this surface.
 */
export {
  type AllianceService,
  createAllianceService,
  getStudioInScope,
  type StudioBrief,
} from './alliance.service.ts';
export { insertProblemAchievement } from './problems.achievement.repository.ts';
export { createMatchService } from './problems.match.ts';
export { createPublicProblemsService } from './problems.public.ts';
export { problemsRoutes } from './problems.routes.ts';
export { createProblemsService } from './problems.service.ts';
export { createProblemTeamService } from './problems.team.ts';
/** Test data for the tests of other folders (mentoring). */
export { insertStudio } from './problems.test-kit.ts';
