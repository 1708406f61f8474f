import type { Db } from '../../db/db.ts';
import type { App } from '../../http/types.ts';
import { defineModule } from '../../module-manifest.ts';
import type { IdProtector } from '../people/index.ts';
import {
  achievementsRoutes,
  catalogueRoutes,
  createAchievementImport,
  createAchievementsService,
  createAttachmentsService,
  createCatalogueService,
  reindexUnionAchievements,
} from './achievements/index.ts';
import { createMentoringService, createMentoringStatusService, mentoringRoutes } from './mentoring/index.ts';
import {
  createAllianceService,
  createMatchService,
  createProblemsService,
  createProblemTeamService,
  createPublicProblemsService,
  problemsRoutes,
} from './problems/index.ts';
import {
  createStudioGrantImport,
  createStudioImport,
  createStudiosService,
  studiosRoutes,
} from './studios/index.ts';

/**
 * Innovation (seeds 001, 002): workers' innovation studios, their recognition and re-evaluation, their
 * achievements and the public catalogue, front-line problems and the studio alliance, mentoring. One folder per
 * area, each used only through its index.ts (`studios/`, `achievements/`, `problems/`, `mentoring/`); at the root
 * the errors, the migrations and the demo that plays every area.
 */

export {
  ACHIEVEMENT_TYPES,
  type AchievementsService,
  type AchievementType,
  type AttachmentsService,
  type CatalogueService,
  /** The org module's `unionRenamed` hook: a renamed union's achievements are found by its new name. */
  reindexUnionAchievements,
  seedAchievements,
} from './achievements/index.ts';
export { seedProblemsDemo } from './alliance.demo.ts';
/**
 * Studios as the model workers register links to them, and as they stood on a day (level and leader) for the
 * register's one count of studios led by model workers, which the studio statistics are handed (issue 41).
 */
export {
  DEMO_STUDIOS,
  findStudiosByIds,
  listStudioChoices,
  listStudiosOnDay,
  type StudioOnDay,
  type StudioRef,
  type StudiosLedCount,
  type StudiosLedCounter,
  type StudiosService,
  seedStudiosDemo,
  studiosLedByPersons,
} from './studios/index.ts';

import type { Clock } from '../../shared/clock.ts';
import type { StudiosLedCounter } from './studios/index.ts';
export const innovationMigrations = new URL('./migrations/', import.meta.url);

/** The innovation module's services. */
export function createInnovationServices(
  db: Db,
  ids: IdProtector,
  clock: Clock,
  hooks: { studiosLed: StudiosLedCounter },
) {
  return {
    achievements: createAchievementsService(db, clock),
    achievementsRegister: createAchievementImport(db, ids, clock),
    attachments: createAttachmentsService(db),
    catalogue: createCatalogueService(db, ids),
    publicProblems: createPublicProblemsService(db, ids, clock),
    problems: createProblemsService(db, clock),
    problemTeam: createProblemTeamService(db, clock),
    match: createMatchService(db, clock),
    alliance: createAllianceService(db, clock),
    mentoring: createMentoringService(db, clock),
    mentoringStatus: createMentoringStatusService(db, clock),
    studios: createStudiosService(db, clock, hooks.studiosLed),
    studiosRegister: createStudioImport(db, ids, clock),
    studioGrantsRegister: createStudioGrantImport(db, clock),
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
export { innovationRecounter } from './innovation.recount.repository.ts';
export { innovationUsage } from './innovation.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'innovation',
  migrations: innovationMigrations,
  // the studio statistics count studios led by model workers with the register's one function (issue 41)
  services: ({ db, ids, clock, wiring }) => ({
    innovation: createInnovationServices(db, ids, clock, { studiosLed: wiring.studiosLed }),
  }),
  wiring: {
    unionRenamed: async (sql, orgId) => {
      await reindexUnionAchievements(sql, orgId);
    },
  },
  routes: (app, s) => innovationRoutes(app, s.innovation),
  cliRegisters: {
    achievements: { zh: '创新成果台账记录', of: (s) => s.innovation.achievementsRegister },
    studios: { zh: '创新工作室认定记录', of: (s) => s.innovation.studiosRegister },
    'studio-grants': { zh: '工作室项目与资助', of: (s) => s.innovation.studioGrantsRegister },
  },
});
