import type { AchievementPlan } from './achievements.import.plan.ts';

/** What an achievements register brings in, counted from its plans (achievements.import.ts). */
export interface AchievementImportCounts {
  /** Rows that bring something in. */
  created: number;
  /** New achievements, and achievements on record the register adds to. */
  achievements: number;
  existing: number;
  patents: number;
  patentsExisting: number;
  conversions: number;
  conversionsExisting: number;
  conversionFen: number;
  published: number;
  /** Patent records written onto the inventors' records. */
  inventorRecords: number;
}

export function countAchievementPlans(plans: AchievementPlan[]): AchievementImportCounts {
  const sum = (f: (p: AchievementPlan) => number) => plans.reduce((n, p) => n + f(p), 0);
  return {
    created: sum((p) => p.addingRows),
    achievements: sum((p) => (p.existing ? 0 : 1)),
    existing: sum((p) => (p.existing ? 1 : 0)),
    patents: sum((p) => (p.addPatent ? 1 : 0)),
    patentsExisting: sum((p) => (p.patentKnown ? 1 : 0)),
    conversions: sum((p) => p.newConversions.length),
    conversionsExisting: sum((p) => p.knownConversions),
    conversionFen: sum((p) => p.newConversions.reduce((n, c) => n + c.valueFen, 0)),
    published: sum((p) => (p.publishOn ? 1 : 0)),
    inventorRecords: sum((p) => inventorsWritten(p).length),
  };
}

/** The members a patent is written for: the whole team for a patent gained, the added members for one on record. */
export const inventorsWritten = (p: AchievementPlan): { personId: number; order: number }[] => {
  if (!p.patent) return [];
  const team = [...p.teamBefore, ...p.newMembers];
  const from = p.addPatent ? 0 : p.teamBefore.length;
  return team.slice(from).map((personId, i) => ({ personId, order: from + i + 1 }));
};

export const noCounts = (): AchievementImportCounts => ({
  created: 0,
  achievements: 0,
  existing: 0,
  patents: 0,
  patentsExisting: 0,
  conversions: 0,
  conversionsExisting: 0,
  conversionFen: 0,
  published: 0,
  inventorRecords: 0,
});

/** Adds a chunk of plans' counts to `counts`. */
export function addCountsOf(counts: AchievementImportCounts, plans: AchievementPlan[]) {
  const c = countAchievementPlans(plans);
  for (const k of Object.keys(counts) as (keyof AchievementImportCounts)[]) counts[k] += c[k];
}
