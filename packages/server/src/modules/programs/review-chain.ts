import type { PeriodUnit } from './programs.types.ts';

/** An org on the way from the applicant's union up to the root. */
export interface ChainOrg {
  id: number;
  level: number;
  path: string;
  name: string;
}

export interface ChainStep {
  /** Index into the program's review_chain. */
  step: number;
  orgId: number;
  level: number;
}

/**
 * The reviewers of one application, in order: for each level of the program's chain, the applicant union's
 * ancestor (or the union itself, for a person's application) at that level, if it has one and it lies in
 * the owner's subtree. Levels the applicant's union does not have are skipped. When no level applies, the
 * owner reviews.
 */
export function reviewSteps(
  chain: number[],
  ancestors: ChainOrg[],
  owner: { id: number; path: string; level: number },
  options: { applicantOrgId: number; applicantIsUnion: boolean },
): ChainStep[] {
  const steps: ChainStep[] = [];
  chain.forEach((level, step) => {
    const org = ancestors.find(
      (a) =>
        a.level === level &&
        a.path.startsWith(owner.path) &&
        !(options.applicantIsUnion && a.id === options.applicantOrgId),
    );
    if (org) steps.push({ step, orgId: org.id, level });
  });
  if (!steps.length) steps.push({ step: chain.length, orgId: owner.id, level: owner.level });
  return steps;
}

/** The step after `current`, or null when `current` is the last (the final approval). */
export function nextStep(steps: ChainStep[], current: number): ChainStep | null {
  return steps.find((s) => s.step > current) ?? null;
}

/**
 * The union that may take a step its own union leaves waiting (代为审核): the union of the application's next
 * step, or the program's owner at the last step (none when the step is the owner's own).
 */
export function unionAbove(
  steps: ChainStep[],
  current: number,
  stepOrgId: number,
  ownerOrgId: number,
): number | null {
  const next = nextStep(steps, current);
  if (next) return next.orgId;
  return stepOrgId === ownerOrgId ? null : ownerOrgId;
}

/** All period keys of a program: its years, or 'whole'. */
export function periodKeys(p: { periodStart: string; periodEnd: string; periodUnit: PeriodUnit }): string[] {
  if (p.periodUnit === 'whole') return ['whole'];
  const keys: string[] = [];
  for (let y = Number(p.periodStart.slice(0, 4)); y <= Number(p.periodEnd.slice(0, 4)); y++) {
    keys.push(String(y));
  }
  return keys;
}

/** The period an application dated `on` counts against, or null when `on` is outside the program period. */
export function periodKeyFor(
  p: { periodStart: string; periodEnd: string; periodUnit: PeriodUnit },
  on: string,
): string | null {
  if (on < p.periodStart || on > p.periodEnd) return null;
  return p.periodUnit === 'whole' ? 'whole' : on.slice(0, 4);
}

/** `day` (today), or the nearest day of the program period when it lies outside ('YYYY-MM-DD' strings). */
export function dayWithinPeriod(p: { periodStart: string; periodEnd: string }, day: string): string {
  if (day < p.periodStart) return p.periodStart;
  if (day > p.periodEnd) return p.periodEnd;
  return day;
}
