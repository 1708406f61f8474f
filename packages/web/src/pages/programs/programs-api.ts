/**
 * Calls to the programs API (programs, their versions and simulation, proposals, reconciliation, the programs
 * report) and the shapes they answer with, with the list helpers the other areas' API files share:
 * applications-api.ts, ledger-api.ts and me-api.ts (the worker's own view).
 */
import { queryString, requestJson } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
import type { AmountRule, Rule } from './rule-vocabulary.ts';

export type Category = 'subsidy' | 'relief' | 'quota_benefit' | 'flash_claim' | 'insurance';
export const CATEGORIES: Category[] = ['subsidy', 'relief', 'quota_benefit', 'flash_claim', 'insurance'];
export type ProgramStatus = 'draft' | 'published' | 'closed';
export const PROGRAM_STATUSES: ProgramStatus[] = ['draft', 'published', 'closed'];
export type IntakeMode = 'apply' | 'batch' | 'proposal' | 'claim' | 'nomination';
export const INTAKE_MODES: IntakeMode[] = ['apply', 'batch', 'proposal', 'claim', 'nomination'];
export type LimitMode = 'per_person_per_period' | 'per_subject' | 'none';
export const LIMIT_MODES: LimitMode[] = ['per_person_per_period', 'per_subject', 'none'];

export interface Evidence {
  key: string;
  zh: string;
  en: string;
}

export interface ProgramInput {
  ownerOrgId: number;
  name: string;
  description?: string | null;
  category: Category;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  periodUnit: 'year' | 'whole';
  evidenceWindow?: EvidenceWindow;
  applicantType: 'person' | 'union';
  intakeModes: IntakeMode[];
  limitMode: LimitMode;
  subjectKind: string | null;
  quota: number | null;
  budgetFen: number | null;
  reviewChain: number[];
  /** Working days after which the union above may take a step left waiting (代为审核). */
  standInDays?: number;
  requiredEvidence: Evidence[];
  rule: Rule;
  amount: AmountRule;
  claimStartsAt?: string | null;
  claimEndsAt?: string | null;
  lottery?: boolean;
  pickupPlace?: string | null;
  pickupTime?: string | null;
}

export interface Program extends ProgramInput {
  id: number;
  presetKey: string | null;
  status: ProgramStatus;
  currentVersion: number;
  ownerOrgName?: string;
  /** Unions of the review chain with no account that can review (the union above takes their step at once). */
  chainWithoutReviewers?: { count: number; unions: { orgId: number; name: string }[] };
  [extra: string]: unknown;
}

export interface Page<T> {
  items: T[];
  total: number;
  page?: number;
  pageSize?: number;
}

/** How many would qualify, what it costs, the evidence window in words, the evidence it leaves out, and
 * warnings about rule values no record has. */
export type Simulation = Answer<'/api/programs/{id}/simulate', 'post'>;
/** Which records count for an application, by their date (the program's evidence window). */
export type EvidenceWindow = Simulation['evidenceWindow'];

export interface ProgramVersion {
  version: number;
  rule: Rule;
  amount: AmountRule;
  createdBy?: number | string | null;
  createdAt: string;
}

export interface Job {
  id: number | string;
  status: string;
  progress?: number;
  total?: number | null;
  done?: number | null;
  result?: unknown;
  error?: unknown;
  [extra: string]: unknown;
}

export interface Reconciliation {
  approvedFen: number;
  reversedFen: number;
  paidFen: number;
  unpaidFen: number;
  inBatchFen?: number;
  balanced: boolean;
}

/** The review queue narrowed to one program's applications at every step, not only those waiting for me. */
export const applicationsOf = (programId: number) => `/applications?programId=${programId}&mine=0`;

/** The statistics dashboard narrowed to a program's category and period, with the program's row open. */
export const statisticsOf = (p: Pick<Program, 'id' | 'category' | 'periodStart' | 'periodEnd'>) =>
  `/dashboard?category=${p.category}&from=${p.periodStart}&to=${p.periodEnd}&programId=${p.id}`;

/** The programs report of a union's subtree and period (types generated from the server's OpenAPI). */
export type ProgramsReport = Answer<'/api/reports/programs'>;
export type ReportRow = ProgramsReport['programs'][number];

/** The query of a list call: its filters and page, written into the URL. */
export type ListQuery = Record<string, string | number | boolean | undefined | null>;

/** A list answer may be a page object or a bare array; both become a page. */
export function asPage<T>(x: Page<T> | T[]): Page<T> {
  return Array.isArray(x) ? { items: x, total: x.length } : x;
}

export const programsApi = {
  list: async (q: ListQuery) =>
    asPage(await requestJson<Page<Program> | Program[]>('GET', `/api/programs${queryString(q)}`)),
  get: (id: number) => requestJson<Program>('GET', `/api/programs/${id}`),
  create: (body: ProgramInput) => requestJson<Program>('POST', '/api/programs', body),
  update: (id: number, body: Partial<ProgramInput>) =>
    requestJson<Program>('PATCH', `/api/programs/${id}`, body),
  publish: (id: number) => requestJson<Program>('POST', `/api/programs/${id}/publish`, {}),
  close: (id: number) => requestJson<Program>('POST', `/api/programs/${id}/close`, {}),
  simulate: (
    id: number,
    body: { rule?: Rule; amount?: AmountRule; evidenceWindow?: EvidenceWindow; asOf?: string },
  ) => requestJson<Simulation>('POST', `/api/programs/${id}/simulate`, body),
  versions: async (id: number) => {
    const x = await requestJson<ProgramVersion[] | { items: ProgramVersion[] }>(
      'GET',
      `/api/programs/${id}/versions`,
    );
    return Array.isArray(x) ? x : x.items;
  },
  proposals: (id: number) =>
    requestJson<{ jobId: number | string }>('POST', `/api/programs/${id}/proposals`, {}),
  job: (id: number | string) => requestJson<Job>('GET', `/api/jobs/${id}`),
  reconciliation: (id: number) => requestJson<Reconciliation>('GET', `/api/programs/${id}/reconciliation`),
};

export const reportsApi = {
  programs: (q: ListQuery) => requestJson<ProgramsReport>('GET', `/api/reports/programs${queryString(q)}`),
  exportUrl: (q: ListQuery) => `/api/reports/programs/export.xlsx${queryString(q)}`,
};
