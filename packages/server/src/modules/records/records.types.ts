/** The records module's own vocabulary (the programs rules speak the same codes). */
import type { RecordKind } from './records.vocabulary.ts';
export const AWARD_LEVELS = ['enterprise', 'district', 'city', 'national', 'international'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];
export const PATENT_TYPES = ['invention', 'utility_model', 'design'] as const;
export type PatentType = (typeof PATENT_TYPES)[number];
/** Whether a trainee passed the course's assessment: 合格, 不合格, 缺考. Null: not stated. */
export const TRAINING_RESULTS = ['passed', 'failed', 'absent'] as const;
export type TrainingResult = (typeof TRAINING_RESULTS)[number];
export const RESULT_TEXT: Record<TrainingResult, { zh: string; en: string }> = {
  passed: { zh: '合格', en: 'passed' },
  failed: { zh: '不合格', en: 'failed' },
  absent: { zh: '缺考', en: 'absent' },
};
export const RECORD_SOURCES = [
  'staff',
  'import',
  'event',
  'contest',
  'selection',
  'learning',
  'innovation',
] as const;
/** Who wrote a record: staff by hand, an import, an event, or another module from its own decision. */
export type RecordSource = (typeof RECORD_SOURCES)[number];

/** A record's details, each filled by the kinds that have it (a certificate's grade, a patent's number). */
export interface RecordDetails {
  grade: number | null;
  occupation: string | null;
  number: string | null;
  level: AwardLevel | null;
  rank: string | null;
  competition: string | null;
  course: string | null;
  organiser: string | null;
  feeFen: number | null;
  result: TrainingResult | null;
  patentType: PatentType | null;
  patentNo: string | null;
  title: string | null;
}

/** No detail given. */
export const NO_RECORD_DETAILS: RecordDetails = {
  grade: null,
  occupation: null,
  number: null,
  level: null,
  rank: null,
  competition: null,
  course: null,
  organiser: null,
  feeFen: null,
  result: null,
  patentType: null,
  patentNo: null,
  title: null,
};

/** A record as rules see it. */
export interface RecordFactRow extends RecordDetails {
  id: number;
  kind: RecordKind;
  occurredOn: string;
  year: number;
  subjectKey: string;
  inventorOrder: number | null;
}

/** A record as screens show it. */
export interface RecordRow extends RecordFactRow {
  personId: number;
  personName: string;
  idMasked: string;
  issuer: string | null;
  source: RecordSource;
  orgId: number | null;
  orgName: string | null;
  createdAt: string;
}
