import {
  type ApplicationStatus,
  type Category,
  INTAKE_MODES,
  type IntakeMode,
  type LimitMode,
  type ProgramStatus,
} from './programs.vocabulary.ts';
import type { AmountRule, Decision, EvidenceWindow, RecordKind, Rule } from './rules/index.ts';

export type { EvidenceWindow } from './rules/index.ts';

/** How an application came in: a program's intake modes, or recorded from a register of past payments (ADR 74). */
export const APPLICATION_INTAKES = [...INTAKE_MODES, 'register'] as const;
export type ApplicationIntake = (typeof APPLICATION_INTAKES)[number];
export const PERIOD_UNITS = ['year', 'whole'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
export const APPLICANT_TYPES = ['person', 'union'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/** An attachment an application must carry, e.g. { key: 'certificate_scan', zh: '证书扫描件', en: 'certificate scan' }. */
export interface EvidenceSpec {
  key: string;
  zh: string;
  en: string;
}

export interface ProgramRow {
  id: number;
  ownerOrgId: number;
  ownerOrgName: string;
  ownerOrgPath: string;
  ownerOrgLevel: number;
  presetKey: string | null;
  name: string;
  description: string | null;
  category: Category;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  periodUnit: PeriodUnit;
  /** Which records count, by their date (rules/window.ts). */
  evidenceWindow: EvidenceWindow;
  applicantType: ApplicantType;
  intakeModes: IntakeMode[];
  limitMode: LimitMode;
  subjectKind: RecordKind | null;
  quota: number | null;
  budgetFen: number | null;
  /** Working days after which the union above may take a step its union's reviewers leave waiting. */
  standInDays: number;
  reviewChain: number[];
  requiredEvidence: EvidenceSpec[];
  prerequisiteProgramId: number | null;
  status: ProgramStatus;
  currentVersion: number;
  claimStartsAt: Date | null;
  claimEndsAt: Date | null;
  lottery: boolean;
  /** Where and when winners of an in-kind flash claim collect (free text), null if not stated. */
  pickupPlace: string | null;
  pickupTime: string | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  closedAt: Date | null;
}

export interface ProgramVersion {
  programId: number;
  version: number;
  rule: Rule;
  amount: AmountRule;
  createdBy: number | null;
  createdAt: Date;
}

export interface ApplicationRow {
  id: number;
  programId: number;
  programName: string;
  version: number;
  personId: number | null;
  personName: string | null;
  personIdMasked: string | null;
  applicantOrgId: number | null;
  orgId: number;
  orgName: string;
  orgPath: string;
  subjectRecordId: number | null;
  subjectKey: string | null;
  periodKey: string;
  appliedOn: string;
  dedupeKey: string;
  status: ApplicationStatus;
  step: number;
  stepOrgId: number | null;
  stepOrgName: string | null;
  stepLevel: number | null;
  amountFen: number | null;
  feeFen: number | null;
  choiceKey: string | null;
  decision: Decision;
  intake: ApplicationIntake;
  note: string | null;
  submittedBy: number | null;
  createdAt: Date;
  updatedAt: Date;
  decidedAt: Date | null;
}

/** Program fields a staff member sets; rule and amount go to a new version. */
export interface ProgramInput {
  ownerOrgId?: number;
  presetKey?: string | null;
  name: string;
  description?: string | null;
  category: Category;
  periodLabel?: string;
  periodStart: string;
  periodEnd: string;
  periodUnit: PeriodUnit;
  /** Which records count, by their date; default the application's period. */
  evidenceWindow?: EvidenceWindow;
  applicantType?: ApplicantType;
  intakeModes: IntakeMode[];
  limitMode: LimitMode;
  subjectKind?: RecordKind | null;
  quota?: number | null;
  budgetFen?: number | null;
  /** Working days after which the union above may take a waiting step (default 5). */
  standInDays?: number;
  reviewChain: number[];
  requiredEvidence?: EvidenceSpec[];
  prerequisiteProgramId?: number | null;
  claimStartsAt?: string | null;
  claimEndsAt?: string | null;
  lottery?: boolean;
  pickupPlace?: string | null;
  pickupTime?: string | null;
  rule: Rule;
  amount: AmountRule;
}

export type ProgramPatch = Partial<Omit<ProgramInput, 'ownerOrgId'>>;
