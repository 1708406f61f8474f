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
import { innovationRecounter } from './innovation.recount.repository.ts';
import { innovationUsage } from './innovation.usage.ts';
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
  type AchievementsService,
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
import { namedBy, namedByQuery } from '../../shared/record-names.ts';
import type { StudiosLedCounter } from './studios/index.ts';

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
    catalogue: createCatalogueService(db, ids, clock),
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

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'innovation',
  auditNames: {
    innovation_recognition: namedByQuery(
      `select r.id, s.name from innovation_recognitions r join innovation_studios s on s.id = r.studio_id
        where r.id = any($1::bigint[])`,
    ),
    // the re-evaluation of a union's studios in a year: the union and the year
    innovation_reevaluation: namedByQuery(
      `select e.id, o.name || ' · ' || e.year as name from innovation_reevaluations e join orgs o on o.id = e.org_id
        where e.id = any($1::bigint[])`,
    ),
    // who asked for an achievement, and which
    lead: namedByQuery(
      `select l.id, l.organisation || ' · ' || a.title as name from innovation_leads l
         join innovation_achievements a on a.id = l.achievement_id where l.id = any($1::bigint[])`,
    ),
    // the master and the apprentice
    mentorship: namedByQuery(
      `select m.id, mp.name || ' — ' || ap.name as name from innovation_mentorships m
         join persons mp on mp.id = m.master_person_id join persons ap on ap.id = m.apprentice_person_id
        where m.id = any($1::bigint[])`,
    ),
    achievement: namedBy('innovation_achievements', 'title'),
    innovation_studio: namedBy('innovation_studios', 'name'),
    studio: namedBy('innovation_studios', 'name'),
    problem: namedBy('innovation_problems', 'title'),
    mentoring_session: namedBy('innovation_mentoring_sessions', 'topic'),
  },
  todo: {
    nothingWaits: 'recognition proposals awaiting a union are its own queue (mine=1), not yet a to-do',
  },
  menuUsage: innovationUsage,
  recounter: innovationRecounter,
  description:
    "studios, their members and level history, recognition up the union chain (opening the studio subsidy through `programs`, once per studio), a studio's projects and grants (项目与资助: paid through the platform as applications about the studio approved on their day, `recordSubjectGrant`; paid outside it as `innovation_studio_grants`, counted as `innovation.outside_grants`; ADR 42), annual re-evaluation, studio statistics (subjects `innovation.studios`, `.promotions`, `.revocations`; ADR 16); achievements (`innovation_achievements` with team, conversions, award links, attached files; a patent goes on each inventor's records with source `innovation`), the public catalogue's Chinese search (ADR 15) and its contact requests (`innovation_leads`); front-line problems (`innovation_problems`, teams, milestones) and the alliance (`innovation_alliance_members`, with the spells of studios that left in `innovation_alliance_spells`), matched to studios by their achievements' text (ADR 21); mentoring pairs, sessions and confirmations (`innovation_mentorships`, `innovation_mentoring_sessions`, `innovation_mentoring_attendance`), whose facts propose the mentoring subsidy through programs. In folders `studios/`, `achievements/` (with the catalogue), `problems/` (with the alliance) and `mentoring/`, each used only through its `index.ts`, around the errors, the migrations and the demo that plays every area at the root. Reporting subjects `innovation.achievements` (flow, dated by publication, dim = type), `innovation.patents` (flow, dated by the grant, dim = patent type), `innovation.conversions` (flow, dated converted_on, fen = contract value), `innovation.problems`, `innovation.mentoring`",
  dependencyNotes: { onboarding: 'its per-address throttle' },
  migrations: new URL('./migrations/', import.meta.url),
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
    achievements: {
      zh: '创新成果台账记录',
      doc: '创新成果台账, `/api/innovation/achievements/import`: rows of one achievement each adding a patent and/or a conversion, the team, the publication day',
      of: (s) => s.innovation.achievementsRegister,
    },
    studios: {
      zh: '创新工作室认定记录',
      doc: '创新工作室台账, `/api/innovation/studios/import`: one row per studio and level reached, with the day and the recognising union; a city-level recognition subsidy marked 平台外已发放 may give 认定助推发放金额 and 认定助推发放日期, recorded as the grants register records one and counted in the year recognised',
      of: (s) => s.innovation.studiosRegister,
    },
    'studio-grants': {
      zh: '工作室项目与资助',
      doc: '创新工作室项目与资助台账, `/api/innovation/studios/grants/import`: a project or grant with its year, amount, day approved and, paid outside the platform, day paid; construction support once per studio, expert fees and mentoring stipends as often as paid, one payment — amount, days and note — once',
      of: (s) => s.innovation.studioGrantsRegister,
    },
  },
});
