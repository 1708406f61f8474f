/**
 * Applications to programs (ADR 28): intake (a worker, a union for its members, batch sheets, proposals from
 * facts, subject applications for other modules), review along the chain with its explanations and materials,
 * evidence files, and the worker's own view (`/api/me/…`). Uses the module root and the ledger's surface.
 */

export { insertFiles } from './applications.files.repository.ts';
export { applicationsOfPersons, type PersonApplication } from './applications.persons.repository.ts';
export {
  countWaitingReviews,
  summariseReturnedToPerson,
  summariseWaitingReviews,
} from './applications.repository.ts';
export { applicationsRoutes } from './applications.routes.ts';
/** The service's steps that other folders' tests drive directly; the routes take the use cases. */
export { applyAsWorker, getApplicationDetail, resubmitApplication } from './applications.service.ts';
export { type ApplicationUseCases, createApplicationUseCases } from './applications.use-cases.ts';
export { submitApplication } from './intake.ts';
export { meProgramsRoutes } from './me.routes.ts';
export { type FactProposal, type FactProposalsResult, proposeFromFacts } from './proposals.facts.ts';
export { type ProposalsInput, proposeIn, startProposals } from './proposals.job.ts';
export {
  type ReviewAction,
  type ReviewInput,
  reviewApplication,
  reviewBulk,
  reviewOne,
} from './review.service.ts';
export { openSubjectApplication } from './subject-applications.ts';
export {
  findOfferedPresetId,
  listApplicationsAbout,
  listApplicationsAboutAll,
  listSubjectApplications,
  type SubjectApplication,
  type SubjectGrantRow,
  type SubjectPaidRow,
  sumSubjectPayments,
} from './subject-grants.repository.ts';
export {
  findSubjectProgram,
  type GrantTerms,
  recordSubjectGrant,
  type SubjectGrantInput,
  type SubjectProgram,
  subjectGrantProblem,
} from './subject-grants.ts';
