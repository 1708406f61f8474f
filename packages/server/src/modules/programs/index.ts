import type { Db } from '../../db/db.ts';
import type { App } from '../../http/types.ts';
import { defineModule } from '../../module-manifest.ts';
import { applicationsRoutes, countWaitingReviews, meProgramsRoutes } from './applications/index.ts';
import { claimsRoutes, createClaimsService } from './claims/index.ts';
import { ledgerRoutes } from './ledger/index.ts';
import { pastPaymentsRoutes } from './past/index.ts';
import { programAuditWords } from './programs.audit-words.ts';
import { programsRecounter } from './programs.recount.repository.ts';
import { programsRoutes as programAdminRoutes } from './programs.routes.ts';
import type { ProgramsService } from './programs.service.ts';
import { createProgramsService } from './programs.service.ts';
import { programsTodo } from './programs.todo.repository.ts';
import { createProgramReport, programYears, statsRoutes } from './reports/index.ts';
import { RULE_SCHEMAS } from './rules/index.ts';

export {
  applicationsOfPersons,
  countWaitingReviews,
  type FactProposal,
  type FactProposalsResult,
  findOfferedPresetId,
  findSubjectProgram,
  type GrantTerms,
  listApplicationsAbout,
  listApplicationsAboutAll,
  listSubjectApplications,
  openSubjectApplication,
  type PersonApplication,
  proposeFromFacts,
  recordSubjectGrant,
  type SubjectApplication,
  type SubjectGrantInput,
  type SubjectGrantRow,
  type SubjectPaidRow,
  type SubjectProgram,
  subjectGrantProblem,
  sumSubjectPayments,
} from './applications/index.ts';
export {
  type ClaimsService,
  claimsRoutes,
  createClaimsService,
  getMyPickup,
  PICKUPS_CAP,
  pickupsOfPerson,
} from './claims/index.ts';
export { findProgramLedgerTotals, type ProgramLedgerTotals } from './ledger/index.ts';
export { PAST_PAYMENTS_REGISTER } from './past/index.ts';
export { approveAndPayDemo, type DemoDecision, seedPrograms } from './presets/index.ts';
/** Other modules that keep a program of their own in the ledger (wellness's subsidy program) create and publish it here. */
export { createProgram, publishProgram } from './program-admin.service.ts';
export { PROGRAM_ERRORS, type ProgramErrorCode } from './programs.errors.ts';
export { createProgramsService, type ProgramsService } from './programs.service.ts';
export type { ApplicationRow, ProgramRow } from './programs.types.ts';
export { createProgramReport, type ProgramReportService, statsRoutes } from './reports/index.ts';
/** The eligibility rules, for other modules that select people by the same rules (selections, activities). */
export {
  compileRule,
  type Decision,
  evaluateRule,
  loadFacts,
  type Rule,
  type RuleProblem,
  RuleRef,
  validateRule,
} from './rules/index.ts';

import { namedBy, namedByQuery } from '../../shared/record-names.ts';

/** Every route of the programs module: programs, applications and review, ledger and payments, worker pages. */
export function programsRoutes(app: App, deps: { db: Db; programs: ProgramsService }): void {
  // before any route refers to them: the rule and amount schemas are shared ($ref Rule, AmountRule)
  for (const schema of RULE_SCHEMAS) app.addSchema(schema);
  programAdminRoutes(app, deps);
  applicationsRoutes(app, deps);
  ledgerRoutes(app, deps);
  pastPaymentsRoutes(app, { register: deps.programs.pastPayments });
  meProgramsRoutes(app, deps);
}

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'programs',
  auditNames: {
    program: namedBy('programs', 'name'),
    // whose application, masked (冯*), or the union's that applied, and to which program
    application: namedByQuery(
      `select a.id, p.name as person, concat_ws(' · ', u.name, g.name) as name from applications a
         left join persons p on p.id = a.person_id left join orgs u on u.id = a.applicant_org_id and a.person_id is null
         join programs g on g.id = a.program_id where a.id = any($1::bigint[])`,
      { masked: true },
    ),
  },
  todo: programsTodo,
  recounter: programsRecounter,
  countedYears: programYears,
  description:
    'programs and their versions, applications (and payments to people of before the platform brought in from the `past-payments` register as applications approved and paid on their days, `past/`, ADR 74) (evidence one by one or as a .zip of scans matched by ID or certificate number, `applications/evidence-zip.ts` over `shared/zip-files.ts`), review, ledger, payments, quotas and budgets, flash claims, statistics — in folders `rules/` (the two rule evaluators, TypeScript and SQL), `applications/`, `ledger/`, `claims/`, `reports/`, `presets/`, each used only through its `index.ts`, around the program definitions at the root (ADR 28)',
  dependencyNotes: { auth: '`findOrgsWithReviewers`', cases: '`addWorkingDays`' },
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, ids, jobs, clock }) => ({
    programs: createProgramsService(db, ids, jobs, clock),
    /** The programs report (statistics), counted to today at the latest. */
    programReport: createProgramReport(db, clock),
    /** Flash claims, with this process's sold-out flags: one per application. */
    claims: createClaimsService(db, { clock }),
  }),
  wiring: { waitingReviews: countWaitingReviews, programAuditWords },
  routes: (app, s, { db }) => {
    programsRoutes(app, { db, programs: s.programs });
    claimsRoutes(app, { db, claims: s.claims });
    statsRoutes(app, { programs: s.programReport });
  },
  cliRegisters: {
    'past-payments': {
      zh: '以往发放记录',
      doc: "以往发放台账, `/api/programs/past-payments/import`: one payment to a person per row — 身份证号, 姓名, 项目, 实发金额（元）, 批准日期, 发放日期 — recorded as approved and paid on its days with the amount actually paid, outside the program's present period and amounts; ADR 74",
      of: (s) => s.programs.pastPayments,
    },
  },
});
