import type { Sql } from '../../db/db.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import type { RecipientKind } from './care.vocabulary.ts';

/**
 * The care statistics kept in the reporting layer, all counted on the day of the visit for the visiting union,
 * with dim the campaign id ('' for a visit outside a campaign):
 * - care.visits — visits, dim2 the recipient kind (person, enterprise, building, community, village);
 * - care.people — workers reached by them, dim2 the recipient kind;
 * - care.goods — goods handed out, dim2 '<unit>|<item>', n the quantity.
 * Grants are read from the programs ledger (applications about 'visit:<id>'), not counted here.
 */
export const CARE_SUBJECTS = {
  visits: 'care.visits',
  people: 'care.people',
  goods: 'care.goods',
} as const;

export const goodsDim = (item: string, unit: string) => `${unit}|${item}`;
export function parseGoodsDim(dim2: string): { item: string; unit: string } {
  const at = dim2.indexOf('|');
  return { unit: dim2.slice(0, at), item: dim2.slice(at + 1) };
}

export interface VisitFact {
  orgId: number;
  campaignId: number | null;
  visitedOn: string;
  recipientKind: RecipientKind;
  people: number;
  goods: Array<{ item: string; unit: string; quantity: number }>;
}

/** What a visit adds to the counts (`sign` 1), or takes off them (-1: a visit corrected, counted again as it is now). */
export function visitDeltas(v: VisitFact, sign: 1 | -1 = 1): CountDelta[] {
  const at = { orgId: v.orgId, on: v.visitedOn, dim: v.campaignId === null ? '' : String(v.campaignId) };
  return [
    { subject: CARE_SUBJECTS.visits, ...at, dim2: v.recipientKind, n: sign },
    { subject: CARE_SUBJECTS.people, ...at, dim2: v.recipientKind, n: sign * v.people },
    ...v.goods.map((g) => ({
      subject: CARE_SUBJECTS.goods,
      ...at,
      dim2: goodsDim(g.item, g.unit),
      n: sign * g.quantity,
    })),
  ];
}

/** Counts a logged visit, in its transaction. */
export const countVisit = (sql: Sql, v: VisitFact): Promise<void> => addCounts(sql, visitDeltas(v));
