/** Calls to the worker's own API (\`/api/me/…\`: programs, applications, payments, claims) and their shapes. */
import { requestJson } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
import type { ApplicationDetail, ApplicationRow, ApplicationStatus } from './applications-api.ts';
import type { LedgerEntry } from './ledger-api.ts';
import type { Category, Evidence, LimitMode } from './programs-api.ts';
import type { AmountRule, Decision } from './rule-vocabulary.ts';

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
