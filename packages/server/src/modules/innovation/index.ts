import type { Db } from '../../db/db.ts';
import type { App } from '../../http/types.ts';
import { createAllianceService } from './alliance.service.ts';

export { seedProblemsDemo } from './alliance.demo.ts';
export { DEMO_STUDIOS } from './alliance.demo-studios.ts';
export { type StudiosService, seedStudiosDemo } from './studios/index.ts';

import type { IdProtector } from '../people/index.ts';
import { createAttachmentsService } from './achievements/index.ts';
import { createAchievementImport } from './achievements/index.ts';
import { achievementsRoutes } from './achievements/index.ts';
import { createAchievementsService } from './achievements/index.ts';
import { catalogueRoutes } from './achievements/index.ts';
import { createCatalogueService } from './achievements/index.ts';
import { mentoringRoutes } from './mentoring.routes.ts';
import { createMentoringService } from './mentoring.service.ts';
import { createMentoringStatusService } from './mentoring.status.ts';
import { createMatchService } from './problems.match.ts';
import { createPublicProblemsService } from './problems.public.ts';
import { problemsRoutes } from './problems.routes.ts';
import { createProblemsService } from './problems.service.ts';
import { createProblemTeamService } from './problems.team.ts';

/**
 * Innovation (seeds 001, 002): workers' innovation studios, their recognition and re-evaluation, their
 * achievements and the public catalogue, front-line problems and the studio alliance, mentoring.
 */

export type { AttachmentsService } from './achievements/index.ts';
export { seedAchievements } from './achievements/index.ts';
export { ACHIEVEMENT_TYPES, type AchievementType } from './achievements/index.ts';
export type { AchievementsService } from './achievements/index.ts';
export type { CatalogueService } from './achievements/index.ts';
/** Studios as the model workers register links to them and counts those a model worker leads. */
export {
  countStudiosLed,
  findStudiosByIds,
  listStudioChoices,
  type StudioRef,
  studiosLedByPersons,
} from './studios/index.ts';
export const innovationMigrations = new URL('./migrations/', import.meta.url);

/** The innovation module's services. */
import {
  createStudioGrantImport,
  createStudioImport,
  createStudiosService,
  studiosRoutes,
} from './studios/index.ts';
export function createInnovationServices(db: Db, ids: IdProtector, clock: () => Date = () => new Date()) {
  return {
    achievements: createAchievementsService(db, clock),
    achievementsRegister: createAchievementImport(db, ids),
    attachments: createAttachmentsService(db),
    catalogue: createCatalogueService(db, ids),
    publicProblems: createPublicProblemsService(db, ids),
    problems: createProblemsService(db),
    problemTeam: createProblemTeamService(db),
    match: createMatchService(db),
    alliance: createAllianceService(db),
    mentoring: createMentoringService(db),
    mentoringStatus: createMentoringStatusService(db),
    studios: createStudiosService(db, clock),
    studiosRegister: createStudioImport(db, ids),
    studioGrantsRegister: createStudioGrantImport(db),
  };
}

export type InnovationServices = ReturnType<typeof createInnovationServices>;

/** Every route of the innovation module. */
export function innovationRoutes(app: App, s: InnovationServices): void {
  achievementsRoutes(app, {
    achievements: s.achievements,
    attachments: s.attachments,
    register: s.achievementsRegister,
  });
  catalogueRoutes(app, { catalogue: s.catalogue });
  problemsRoutes(app, {
    problems: s.problems,
    team: s.problemTeam,
    match: s.match,
    alliance: s.alliance,
    publicProblems: s.publicProblems,
  });
  mentoringRoutes(app, { mentoring: s.mentoring, status: s.mentoringStatus });
  studiosRoutes(app, {
    studios: s.studios,
    register: s.studiosRegister,
    grantRegister: s.studioGrantsRegister,
  });
}
