/**
 * Programs' statistics (ADR 28): the report by program and union with its breakdowns
 * (`GET /api/reports/programs`) and its .xlsx export. It reads programs, applications and the ledger;
 * nothing else in programs depends on it.
 */

export { programYears } from './stats.repository.ts';
export { statsRoutes } from './stats.routes.ts';
export { createProgramReport, type ProgramReportService } from './stats.service.ts';
