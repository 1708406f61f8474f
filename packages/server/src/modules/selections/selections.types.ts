import type { Rule } from '../programs/index.ts';

export interface CategoryInput {
  name: string;
  /** The title the category confers when not the selection's (e.g. 优秀工会干部 beside 最美劳动者). */
  title?: string | null;
  criteria?: string | null;
  places: number;
  /** Nominations each nominating unit may make in the category. */
  quotaPerUnion: number;
  /** Nominations the category takes in all; absent: no limit beyond the units' quotas. */
  nominationCap?: number | null;
}

export interface CriterionInput {
  name: string;
  weight: number;
}

export interface SelectionInput {
  organiserOrgId: number;
  edition: string;
  title: string;
  year: number;
  rule?: Rule | null;
  allowSelf?: boolean;
  nominateFrom: string;
  nominateUntil: string;
  noticeDays: number;
  categories: CategoryInput[];
  criteria: CriterionInput[];
  /** The name of the criterion whose mean score breaks ties (one of `criteria`). */
  tieCriterion?: string | null;
}

export interface AttachmentInput {
  name: string;
  mime: string;
  dataBase64: string;
}

export interface NominationInput {
  categoryId: number;
  personId: number;
  deed: string;
  attachments?: AttachmentInput[];
  /** The day the union made it (China time), default today; a past day needs `history.backdate` (ADR 40). */
  effectiveOn?: string | null;
}

export interface JudgeInput {
  username: string;
  displayName: string;
  password: string;
  /** The judge's own union (conflict of interest); absent for a judge from outside the union tree. */
  orgId?: number | null;
}

export interface ObjectionInput {
  nominationId: number;
  text: string;
  contactName: string;
  contactPhone: string;
}

/**
 * The nominating unit (推荐单位) of a nominee: the organiser's child union whose subtree holds the nominee's
 * union, or the organiser itself for its own members. Its quota is the one a nomination uses.
 */
export function nominatingUnitOf(organiser: { id: number; path: string }, personOrgPath: string): number {
  const below = personOrgPath.slice(organiser.path.length).split('/').filter(Boolean);
  return below.length ? Number(below[0]) : organiser.id;
}

/** The award level of a selection's records, from its organiser's level: city, district, below a district. */
export function awardLevelOf(organiserLevel: number): 'city' | 'district' | 'enterprise' {
  if (organiserLevel <= 1) return 'city';
  if (organiserLevel === 2) return 'district';
  return 'enterprise';
}
