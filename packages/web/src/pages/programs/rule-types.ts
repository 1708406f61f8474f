/**
 * The eligibility and amount rule shapes, as the API carries them (see the server's
 * modules/programs/rules/rule.types.ts, the contract these mirror).
 */
export const AWARD_LEVELS = ['enterprise', 'district', 'city', 'national', 'international'] as const;
export const PATENT_TYPES = ['invention', 'utility_model', 'design'] as const;
export const MODEL_WORKER_LEVELS = ['district', 'city', 'national'] as const;
export const HARDSHIP_LEVELS = ['relative', 'general', 'deep'] as const;
export const CERT_GRADES = [1, 2, 3, 4, 5] as const;

export type Cmp = 'eq' | 'neq' | 'gte' | 'lte' | 'gt' | 'lt' | 'in';
export const CMPS: Cmp[] = ['eq', 'neq', 'gte', 'lte', 'gt', 'lt', 'in'];
export type Scalar = string | number | boolean;

export const PERSON_FIELDS = [
  'isFrontLine',
  'isOutdoor',
  'isNewEmployment',
  'isFemale',
  'hardshipActive',
  'hardshipLevel',
  'modelWorkerLevel',
  'age',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export const RECORD_KINDS = ['certificate', 'award', 'training', 'patent'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_FIELDS = {
  certificate: ['grade', 'occupation', 'year'],
  award: ['level', 'rank', 'competition', 'year'],
  training: ['course', 'organiser', 'year', 'feeFen'],
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
  | { op: 'person'; field: PersonField; cmp: Cmp; value: Scalar | Scalar[] }
  | { op: 'member_of_owner_subtree' }
  | { op: 'has_record'; kind: RecordKind; where: Condition[] }
  | { op: 'union_level'; cmp: Cmp; value: number };

export type RuleOp = Rule['op'];

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

export type TierBy = 'award.level' | 'award.rank' | 'certificate.grade' | 'choice';
export const TIER_BYS: TierBy[] = ['award.level', 'award.rank', 'certificate.grade', 'choice'];

export type AmountRule =
  | { kind: 'fixed'; fen: number }
  | { kind: 'tier'; by: TierBy; tiers: { key: string; fen: number; label?: string }[] }
  | { kind: 'fee_share'; percent: number; capFen?: number }
  | { kind: 'per_unit'; unitFen: number }
  | { kind: 'none' };
export type AmountKind = AmountRule['kind'];
export const AMOUNT_KINDS: AmountKind[] = ['fixed', 'tier', 'fee_share', 'per_unit', 'none'];

/** How a value is entered for a field: yes/no, a pick from a list, a number, or free text. */
export type ValueKind =
  | { type: 'bool' }
  /** `inverted`: a lower number is a higher rank (certificate grade 1 is above 5), so ≤ reads "at or above". */
  | { type: 'enum'; options: readonly (string | number)[]; i18nPrefix: string; inverted?: boolean }
  | { type: 'number'; fen?: boolean }
  | { type: 'text' };

export function personValueKind(field: PersonField): ValueKind {
  switch (field) {
    case 'hardshipLevel':
      return { type: 'enum', options: HARDSHIP_LEVELS, i18nPrefix: 'prog.hardshipLevel' };
    case 'modelWorkerLevel':
      return { type: 'enum', options: MODEL_WORKER_LEVELS, i18nPrefix: 'prog.modelWorkerLevel' };
    case 'age':
      return { type: 'number' };
    default:
      return { type: 'bool' };
  }
}

export function recordValueKind(kind: RecordKind, field: string): ValueKind {
  if (kind === 'certificate' && field === 'grade') {
    return { type: 'enum', options: CERT_GRADES, i18nPrefix: 'prog.grade', inverted: true };
  }
  if (kind === 'award' && field === 'level')
    return { type: 'enum', options: AWARD_LEVELS, i18nPrefix: 'prog.awardLevel' };
  if (kind === 'patent' && field === 'type')
    return { type: 'enum', options: PATENT_TYPES, i18nPrefix: 'prog.patentType' };
  if (field === 'year' || field === 'inventorOrder') return { type: 'number' };
  if (field === 'feeFen') return { type: 'number', fen: true };
  return { type: 'text' };
}

/** The comparisons that make sense for a value kind. */
export function cmpsFor(kind: ValueKind): Cmp[] {
  if (kind.type === 'bool') return ['eq'];
  if (kind.type === 'text') return ['eq', 'neq', 'in'];
  return CMPS;
}

export function defaultValue(kind: ValueKind): Scalar {
  if (kind.type === 'bool') return true;
  if (kind.type === 'enum') return kind.options[0];
  if (kind.type === 'number') return 0;
  return '';
}

export function newLeaf(op: RuleOp): Rule {
  switch (op) {
    case 'all':
    case 'any':
      return { op, rules: [] };
    case 'not':
      return { op: 'not', rule: { op: 'all', rules: [] } };
    case 'person':
      return { op: 'person', field: 'isFrontLine', cmp: 'eq', value: true };
    case 'member_of_owner_subtree':
      return { op: 'member_of_owner_subtree' };
    case 'has_record':
      return { op: 'has_record', kind: 'certificate', where: [] };
    case 'union_level':
      return { op: 'union_level', cmp: 'eq', value: 3 };
  }
}

/** The i18n key naming a comparison for a value kind ("≤" for numbers, "at or above" for ranks). */
export function cmpKey(kind: ValueKind, cmp: Cmp): string {
  return kind.type === 'enum' && kind.inverted ? `prog.cmpRank.${cmp}` : `prog.cmp.${cmp}`;
}
