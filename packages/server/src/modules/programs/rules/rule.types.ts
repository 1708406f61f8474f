/**
 * Eligibility and amount rules are data. This file is the contract between the rule evaluators
 * (TypeScript for one application, SQL over sets for proposals and simulation) and the programs
 * service, the builder UI and the presets. Keep it free of I/O.
 */
import type { PersonAttributes } from '../../people/index.ts';
import type { RecordFactRow } from '../../records/index.ts';

/** The records module's vocabulary, which the rules speak too. */
export {
  AWARD_LEVELS,
  type AwardLevel,
  PATENT_TYPES,
  type PatentType,
  RESULT_TEXT,
  TRAINING_RESULTS,
  type TrainingResult,
} from '../../records/index.ts';
export type { RecordKind } from '../../records/records.vocabulary.ts';

import type { RecordKind } from '../../records/records.vocabulary.ts';

/** A text in both languages. */
export interface Text {
  zh: string;
  en: string;
}

/** A resolved window: inclusive 'YYYY-MM-DD' bounds and its name ("2020年度" / "the 2020 period"). */
export interface WindowRange {
  from: string;
  to: string;
  text: Text;
}

/** The membership an evaluation looks at: the person's active one, or else their latest ended one. */
export interface MembershipFact {
  joinedOn: string;
  leftOn: string | null;
  active: boolean;
}

/** Ordinal scales, lowest first. A comparison such as `gte 'city'` uses the index in these lists. */

/** 职业资格等级: 5 = 五级/初级工 … 1 = 一级/高级技师. "三级及以上" is `grade lte 3`. */
export type CertificateGrade = 1 | 2 | 3 | 4 | 5;

export const MODEL_WORKER_LEVELS = ['district', 'city', 'national'] as const;

export type Cmp = 'eq' | 'neq' | 'gte' | 'lte' | 'gt' | 'lt' | 'in';
export type Scalar = string | number | boolean;

/** Facts about the applicant (a person). `hardshipActive` is true when a hardship level is set and current. */
export type PersonField =
  | 'isFrontLine'
  | 'isOutdoor'
  | 'isNewEmployment'
  | 'isFemale'
  | 'hardshipActive'
  | 'hardshipLevel'
  | 'modelWorkerLevel'
  | 'age';

/** Fields each record kind offers to conditions. `year` is the year of the record's date. */
export const RECORD_FIELDS = {
  certificate: ['grade', 'occupation', 'year'],
  award: ['level', 'rank', 'competition', 'year'],
  training: ['course', 'organiser', 'result', 'year', 'feeFen'],
  patent: ['type', 'inventorOrder', 'year'],
} as const satisfies Record<RecordKind, readonly string[]>;

export interface Condition {
  field: string;
  cmp: Cmp;
  value: Scalar | Scalar[];
}

export type Rule =
  | { op: 'all'; rules: Rule[] }
  | { op: 'any'; rules: Rule[] }
  | { op: 'not'; rule: Rule }
  /** A fact about the applicant person. */
  | { op: 'person'; field: PersonField; cmp: Cmp; value: Scalar | Scalar[] }
  /** The applicant's union lies in the program owner's subtree. */
  | { op: 'member_of_owner_subtree' }
  /**
   * The applicant holds at least one record of `kind` meeting every condition. For a program limited
   * per subject, the application's subject record is the one tested.
   */
  | { op: 'has_record'; kind: RecordKind; where: Condition[] }
  /** For union applicants (e.g. a secondary union hosting a competition): the applicant union's level. */
  | { op: 'union_level'; cmp: Cmp; value: number };

/** One line of an explanation: which rule, what value was seen, whether it held. */
export interface RuleOutcome {
  path: string;
  held: boolean;
  seen: Scalar | Scalar[] | null;
  text: { zh: string; en: string };
}

export interface Decision {
  eligible: boolean;
  outcomes: RuleOutcome[];
}

export type AmountRule =
  | { kind: 'fixed'; fen: number }
  /** A table keyed by a record field (award level, certificate grade, rank) or by the reviewer's choice. */
  | {
      kind: 'tier';
      by: 'award.level' | 'award.rank' | 'certificate.grade' | 'choice';
      tiers: { key: string; fen: number; label?: string }[];
    }
  /** A share of a fee (training fee), in percent, with an optional cap. 100 = fully covered. */
  | { kind: 'fee_share'; percent: number; capFen?: number }
  /** So much per unit (per patent). */
  | { kind: 'per_unit'; unitFen: number }
  /** In kind: a place, a ticket, a check-up. */
  | { kind: 'none' };

/** Hardship levels, lowest first (相对困难 < 一般困难 < 深度困难); `gte 'general'` uses this order. */
export const HARDSHIP_LEVELS = ['relative', 'general', 'deep'] as const;

/** A record as the evaluators see it (the `records` table row, camel-cased). */
export type RecordFact = RecordFactRow;

/** Raw attributes of the applicant person; derived facts (age, hardshipActive) are computed at `asOf`. */
export interface PersonFact extends PersonAttributes {
  id: number;
  name: string;
  birthDate: string;
  gender: 'male' | 'female';
}

/** Everything one evaluation looks at. `org` is the applicant's union (a person's active membership). */
export interface Facts {
  asOf: string;
  ownerPath: string;
  ownerName?: string | null;
  person: PersonFact | null;
  org: { id: number; name: string; path: string; level: number } | null;
  records: RecordFact[];
  /** The record the application is about (per-subject programs); has_record of its kind tests only it. */
  subjectRecordId?: number | null;
  /** The evidence window: records dated outside it do not count (absent or null: every record counts). */
  window?: WindowRange | null;
  /**
   * The person's membership with its dates (the active one, else the latest ended one); absent for a
   * union applicant. member_of_owner_subtree holds only when it holds on `asOf`.
   */
  membership?: MembershipFact | null;
}
