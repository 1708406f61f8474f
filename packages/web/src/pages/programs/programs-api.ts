/**
 * Calls to the programs API (programs, their versions and simulation, proposals, reconciliation, the programs
 * report) and the shapes they answer with, generated from the server's OpenAPI document. The other areas'
 * API files: applications-api.ts, ledger-api.ts and me-api.ts (the worker's own view).
 */
import { api, pickedDay, queryString, unwrap } from '../../api/client.ts';
import { listCall } from '../../api/recordCalls.ts';
import type { Answer, Body, Query } from '../../api/types.ts';

export {
  CATEGORIES,
  INTAKE_MODES,
  LIMIT_MODES,
  PROGRAM_STATUSES,
} from '../../../../server/src/modules/programs/programs.vocabulary.ts';

/** A program with its current rule and amount, usage, counts and reviewers (GET /api/programs/{id}). */
export type Program = Answer<'/api/programs/{id}'>;
/** A program as the list shows it: without its rule and amount. */
export type ProgramSummary = Answer<'/api/programs'>['items'][number];
export type Category = ProgramSummary['category'];
export type ProgramStatus = ProgramSummary['status'];
export type IntakeMode = ProgramSummary['intakeModes'][number];
export type LimitMode = ProgramSummary['limitMode'];
/** A required material: its key and its name in both languages. */
export type Evidence = ProgramSummary['requiredEvidence'][number];

type CreateProgram = Body<'/api/programs'>;
/** A program as the editor holds it: what creating one takes, with the fields the editor always fills. */
export type ProgramInput = CreateProgram &
  Required<
    Pick<
      CreateProgram,
      | 'ownerOrgId'
      | 'periodLabel'
      | 'applicantType'
      | 'subjectKind'
      | 'quota'
      | 'budgetFen'
      | 'requiredEvidence'
    >
  >;
export type ProgramPatch = Body<'/api/programs/{id}', 'patch'>;
export type ProgramQuery = Query<'/api/programs'>;

/** How many would qualify, what it costs, the evidence window in words, the evidence it leaves out, and
 * warnings about rule values no record has. */
export type Simulation = Answer<'/api/programs/{id}/simulate', 'post'>;
export type SimulateBody = Body<'/api/programs/{id}/simulate'>;
/** Which records count for an application, by their date (the program's evidence window). */
export type EvidenceWindow = Simulation['evidenceWindow'];
export type ProgramVersion = Answer<'/api/programs/{id}/versions'>[number];
/** A background job (the proposals run), polled until it ends. */
export type Job = Answer<'/api/jobs/{id}'>;
export type Reconciliation = Answer<'/api/programs/{id}/reconciliation'>;

/** The review queue narrowed to one program's applications at every step, not only those waiting for me. */
export const applicationsOf = (programId: number) => `/applications?programId=${programId}&mine=0`;

/** The statistics dashboard narrowed to a program's category and period, with the program's row open. */
export const statisticsOf = (p: Pick<ProgramSummary, 'id' | 'category' | 'periodStart' | 'periodEnd'>) =>
  `/dashboard?category=${p.category}&from=${p.periodStart}&to=${p.periodEnd}&programId=${p.id}`;

/** The programs report of a union's subtree and period. */
export type ProgramsReport = Answer<'/api/reports/programs'>;
export type ReportRow = ProgramsReport['programs'][number];
export type ReportQuery = Query<'/api/reports/programs'>;

const byId = (id: number) => ({ params: { path: { id } } });

export const programsApi = {
  list: listCall('/api/programs'),
  get: (id: number) => unwrap(api.GET('/api/programs/{id}', byId(id))),
  create: (body: ProgramInput) => unwrap(api.POST('/api/programs', { body })),
  update: (id: number, body: ProgramPatch) => unwrap(api.PATCH('/api/programs/{id}', { ...byId(id), body })),
  /** Publishes a draft; `effectiveOn` a past day it happened (补录), else today. */
  publish: (id: number, effectiveOn?: string | null) =>
    unwrap(api.POST('/api/programs/{id}/publish', { ...byId(id), body: pickedDay(effectiveOn) })),
  close: (id: number, effectiveOn?: string | null) =>
    unwrap(api.POST('/api/programs/{id}/close', { ...byId(id), body: pickedDay(effectiveOn) })),
  simulate: (id: number, body: SimulateBody) =>
    unwrap(api.POST('/api/programs/{id}/simulate', { ...byId(id), body })),
  versions: (id: number) => unwrap(api.GET('/api/programs/{id}/versions', byId(id))),
  proposals: (id: number) => unwrap(api.POST('/api/programs/{id}/proposals', { ...byId(id), body: {} })),
  job: (id: number) => unwrap(api.GET('/api/jobs/{id}', byId(id))),
  reconciliation: (id: number) => unwrap(api.GET('/api/programs/{id}/reconciliation', byId(id))),
};

export const reportsApi = {
  programs: (query: ReportQuery) => unwrap(api.GET('/api/reports/programs', { params: { query } })),
  exportUrl: (query: ReportQuery) => `/api/reports/programs/export.xlsx${queryString(query)}`,
};
