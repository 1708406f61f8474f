/**
 * Judging arithmetic, pure: a judge's weighted total, a nomination's aggregate over its judges, and the
 * ranking of a category. Scores are whole points 0–100 per criterion; totals and aggregates are kept in
 * hundredths of a point (integers), so nothing is rounded twice.
 */

export interface Criterion {
  id: number;
  weight: number;
}

/** The weighted total of one judge's scores, in hundredths: sum(score × weight) / sum(weights). */
export function weightedTotal(criteria: Criterion[], scores: Map<number, number>): number {
  const weights = criteria.reduce((s, c) => s + c.weight, 0);
  const sum = criteria.reduce((s, c) => s + (scores.get(c.id) ?? 0) * c.weight, 0);
  return Math.round((sum * 100) / weights);
}

/** Judges from which on the highest and the lowest total are dropped. */
export const DROP_FROM_JUDGES = 5;

/**
 * The aggregate of the judges' totals (hundredths): their mean, after dropping one highest and one lowest
 * total when there are five judges or more. Null when no judge has scored.
 */
export function aggregate(totals: number[]): number | null {
  if (totals.length === 0) return null;
  const sorted = [...totals].sort((a, b) => a - b);
  const kept = sorted.length >= DROP_FROM_JUDGES ? sorted.slice(1, -1) : sorted;
  return Math.round(kept.reduce((s, x) => s + x, 0) / kept.length);
}

export interface Ranked {
  id: number;
  /** The aggregate (hundredths), null when unscored. */
  score: number | null;
  /** The mean score on the selection's tie-break criterion (hundredths), null when none is stated. */
  tie: number | null;
  rank: number;
  selected: boolean;
}

/**
 * Ranks a category's nominations: by aggregate, then by the tie-break criterion, then the earlier
 * nomination. The first `places` scored nominations are selected; an unscored one is never selected.
 */
export function rankCategory(
  rows: { id: number; score: number | null; tie: number | null }[],
  places: number,
): Ranked[] {
  const sorted = [...rows].sort(
    (a, b) => (b.score ?? -1) - (a.score ?? -1) || (b.tie ?? -1) - (a.tie ?? -1) || a.id - b.id,
  );
  return sorted.map((r, i) => ({ ...r, rank: i + 1, selected: r.score !== null && i < places }));
}
