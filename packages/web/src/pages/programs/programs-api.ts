/**
 * Calls to the programs engine API (programs, applications, ledger, payments, reports, claims) and the
 * shapes they answer with. Kept in one file so the pages share one picture of the API.
 */
import { queryString, requestJson } from '../../api/client.ts';
import type { Answer, Body } from '../../api/types.ts';
import type { AmountRule, Decision, Rule } from './rule-vocabulary.ts';

export type Category = 'subsidy' | 'relief' | 'quota_benefit' | 'flash_claim' | 'insurance';
export const CATEGORIES: Category[] = ['subsidy', 'relief', 'quota_benefit', 'flash_claim', 'insurance'];
export type ProgramStatus = 'draft' | 'published' | 'closed';
export const PROGRAM_STATUSES: ProgramStatus[] = ['draft', 'published', 'closed'];
export type IntakeMode = 'apply' | 'batch' | 'proposal' | 'claim' | 'nomination';
export const INTAKE_MODES: IntakeMode[] = ['apply', 'batch', 'proposal', 'claim', 'nomination'];
export type LimitMode = 'per_person_per_period' | 'per_subject' | 'none';
export const LIMIT_MODES: LimitMode[] = ['per_person_per_period', 'per_subject', 'none'];
export type ApplicationStatus = 'submitted' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
export const APPLICATION_STATUSES: ApplicationStatus[] = [
  'submitted',
  'returned',
  'approved',
  'rejected',
  'withdrawn',
];

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

export interface ApplicationRow {
  id: number;
  programId: number;
  programName?: string;
  personId: number | null;
  personName?: string | null;
  applicantOrgId?: number | null;
  orgId: number;
  orgName?: string;
  status: ApplicationStatus;
  step: number;
  amountFen: number | null;
  intake: string;
  createdAt: string;
  decidedAt?: string | null;
  /** The worker's own list: where the money stands once approved. */
  paymentStatus?: PaymentState | null;
  [extra: string]: unknown;
}

export interface ApplicationEvent {
  id: number;
  action: string;
  step: number | null;
  orgId: number | null;
  orgName: string | null;
  reason: string | null;
  data: unknown;
  /** Who acted, by name, and the union they acted for. */
  actorName: string | null;
  actorOrgName: string | null;
  at: string;
}

export interface ApplicationFile {
  id: number;
  name: string;
  mime: string;
  key?: string | null;
  size?: number;
}

export interface ApplicationDetail extends ApplicationRow {
  decision: Decision | null;
  files: ApplicationFile[];
  events: ApplicationEvent[];
  reviewChain?: number[];
  requiredEvidence?: Evidence[];
  stepLevel?: number | null;
  stepOrgId?: number | null;
  stepOrgName?: string | null;
  personIdMasked?: string | null;
  choiceKey?: string | null;
  program?: Partial<Program>;
  /** Where the money of an approved application stands (null before approval). */
  payment?: ApplicationPayment | null;
}

export type ApplicationPayment = NonNullable<Answer<'/api/applications/{id}'>['payment']>;
export type PaymentState = ApplicationPayment['status'];

/** A reviewer's exemption of one required material (免提交), with the reason. */
export interface Waiver {
  key: string;
  reason: string;
}

export type ReviewAction = 'approve' | 'reject' | 'return';

export interface LedgerEntry {
  id: number;
  kind: 'entitlement' | 'reversal';
  amountFen: number;
  applicationId: number | null;
  programId: number;
  programName?: string;
  personId: number | null;
  personName?: string | null;
  orgId: number | null;
  orgName?: string | null;
  reversesId: number | null;
  reason: string | null;
  createdAt: string;
  reversedById: number | null;
  paymentBatchId: number | null;
  paymentStatus: 'unpaid' | 'in_batch' | 'paid' | 'reversed' | null;
  [extra: string]: unknown;
}

export interface PaymentBatch {
  id: number;
  programId?: number | null;
  programName?: string | null;
  status: string;
  itemCount?: number;
  totalFen?: number;
  createdAt: string;
  paidAt?: string | null;
  [extra: string]: unknown;
}

export interface PaymentBatchDetail extends PaymentBatch {
  items: {
    id?: number;
    ledgerEntryId: number;
    personName?: string | null;
    name?: string | null;
    personIdMasked?: string | null;
    orgName?: string | null;
    amountFen: number;
    [extra: string]: unknown;
  }[];
}

/** The program and union a payment batch is made for. */
export type BatchTarget = Body<'/api/payment-batches/preview'>;
/** What a batch would pay, shown to the clerk before it is created. */
export type BatchPreview = Answer<'/api/payment-batches/preview', 'post'>;

export interface Reconciliation {
  approvedFen: number;
  reversedFen: number;
  paidFen: number;
  unpaidFen: number;
  inBatchFen?: number;
  balanced: boolean;
}

/** The programs report of a union's subtree and period (types generated from the server's OpenAPI). */
export type ProgramsReport = Answer<'/api/reports/programs'>;
export type ReportRow = ProgramsReport['programs'][number];

/** A record the worker may apply with, for programs paid per record, with its own eligibility preview. */
export interface Candidate {
  recordId: number;
  label: string;
  year: number;
  decision: Decision;
  amountFen: number | null;
  applied: boolean;
}

export interface MyProgram {
  id: number;
  name: string;
  applicantType: 'person' | 'union';
  description?: string | null;
  category: Category;
  periodLabel: string;
  ownerOrgName?: string;
  requiredEvidence: Evidence[];
  limitMode: LimitMode;
  subjectKind?: string | null;
  amount?: AmountRule;
  eligibility: Decision;
  candidates: Candidate[];
  myApplications: { id: number; status: ApplicationStatus; subjectRecordId: number | null }[];
  [extra: string]: unknown;
}

export interface MyClaim {
  programId: number;
  name: string;
  description: string | null;
  ownerOrgName: string;
  claimStartsAt: string;
  claimEndsAt: string;
  lottery: boolean;
  stock: number | null;
  left: number | null;
  state: 'upcoming' | 'open' | 'sold_out' | 'ended' | 'drawn';
  myResult: 'granted' | 'entered_lottery' | 'not_drawn' | null;
  applicationId: number | null;
  /** Granted in kind: collected at the pickup point with a pickup code. */
  toCollect: boolean;
}

export interface ClaimAnswer {
  result: ClaimResult;
  left: number | null;
  applicationId: number | null;
  decision: Decision | null;
  message: { zh: string; en: string };
}

export type ClaimResult =
  | 'granted'
  | 'sold_out'
  | 'already_claimed'
  | 'not_eligible'
  | 'not_open'
  | 'entered_lottery';

/** My payments are my ledger entries: entitlements and their reversals, with their payment status. */
export type MyPayment = LedgerEntry;

type Q = Record<string, string | number | boolean | undefined | null>;

/** A list answer may be a page object or a bare array; both become a page. */
function asPage<T>(x: Page<T> | T[]): Page<T> {
  return Array.isArray(x) ? { items: x, total: x.length } : x;
}

export const programsApi = {
  list: async (q: Q) =>
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

export const applicationsApi = {
  list: async (q: Q) =>
    asPage(
      await requestJson<Page<ApplicationRow> | ApplicationRow[]>('GET', `/api/applications${queryString(q)}`),
    ),
  get: (id: number) => requestJson<ApplicationDetail>('GET', `/api/applications/${id}`),
  act: (
    id: number,
    action: ReviewAction,
    body: { reason?: string; choiceKey?: string; waivers?: Waiver[] },
  ) => requestJson<unknown>('POST', `/api/applications/${id}/${action}`, body),
  bulk: (ids: number[], action: ReviewAction, reason?: string, waivers?: Waiver[]) =>
    requestJson<{
      succeeded: number;
      failed: number;
      results: {
        id: number;
        ok: boolean;
        status?: string;
        code?: string;
        message?: { zh: string; en: string };
      }[];
    }>('POST', '/api/applications/bulk', {
      ids,
      action,
      ...(reason ? { reason } : {}),
      ...(waivers?.length ? { waivers } : {}),
    }),
  fileUrl: (id: number, fileId: number) => `/api/applications/${id}/files/${fileId}`,
};

export const ledgerApi = {
  list: async (q: Q) =>
    asPage(await requestJson<Page<LedgerEntry> | LedgerEntry[]>('GET', `/api/ledger${queryString(q)}`)),
  reverse: (entryId: number, reason: string) =>
    requestJson<unknown>('POST', `/api/ledger/${entryId}/reverse`, { reason }),
  batches: async (q: Q) =>
    asPage(
      await requestJson<Page<PaymentBatch> | PaymentBatch[]>('GET', `/api/payment-batches${queryString(q)}`),
    ),
  previewBatch: (body: BatchTarget) =>
    requestJson<BatchPreview>('POST', '/api/payment-batches/preview', body),
  createBatch: (body: Body<'/api/payment-batches'>) =>
    requestJson<PaymentBatch>('POST', '/api/payment-batches', body),
  batch: (id: number) => requestJson<PaymentBatchDetail>('GET', `/api/payment-batches/${id}`),
  exportUrl: (id: number) => `/api/payment-batches/${id}/export.xlsx`,
  markPaid: (id: number, reference?: string) =>
    requestJson<unknown>('POST', `/api/payment-batches/${id}/mark-paid`, reference ? { reference } : {}),
  cancel: (id: number, reason?: string) =>
    requestJson<unknown>('POST', `/api/payment-batches/${id}/cancel`, reason ? { reason } : {}),
};

export const reportsApi = {
  programs: (q: Q) => requestJson<ProgramsReport>('GET', `/api/reports/programs${queryString(q)}`),
  exportUrl: (q: Q) => `/api/reports/programs/export.xlsx${queryString(q)}`,
};

export const meApi = {
  programs: async () => {
    const x = await requestJson<MyProgram[] | { items: MyProgram[] }>('GET', '/api/me/programs');
    return Array.isArray(x) ? x : x.items;
  },
  apply: (form: FormData) => requestJson<ApplicationDetail>('POST', '/api/me/applications', form),
  applications: async () => {
    const x = await requestJson<ApplicationRow[] | { items: ApplicationRow[] }>(
      'GET',
      '/api/me/applications',
    );
    return Array.isArray(x) ? x : x.items;
  },
  application: (id: number) => requestJson<ApplicationDetail>('GET', `/api/me/applications/${id}`),
  fileUrl: (id: number, fileId: number) => `/api/me/applications/${id}/files/${fileId}`,
  withdraw: (id: number) => requestJson<unknown>('POST', `/api/me/applications/${id}/withdraw`, {}),
  resubmit: (id: number, form: FormData) =>
    requestJson<unknown>('POST', `/api/me/applications/${id}/resubmit`, form),
  payments: async () => {
    const x = await requestJson<MyPayment[] | { items: MyPayment[] }>('GET', '/api/me/payments');
    return Array.isArray(x) ? x : x.items;
  },
  claims: async () => {
    const x = await requestJson<MyClaim[] | { items: MyClaim[] }>('GET', '/api/me/claims');
    return Array.isArray(x) ? x : x.items;
  },
  claim: (programId: number) => requestJson<ClaimAnswer>('POST', `/api/claims/${programId}`, {}),
  pickup: (applicationId: number) =>
    requestJson<Answer<'/api/me/claims/pickup/{applicationId}'>>(
      'GET',
      `/api/me/claims/pickup/${applicationId}`,
    ),
};
