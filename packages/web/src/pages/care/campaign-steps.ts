import type { StepKind } from './care-api.ts';

/** A step of a new campaign as its form holds it: the kind chosen and the words typed beside it. */
export interface StepDraft {
  kind: StepKind;
  title: string;
}

/**
 * The steps a new campaign is created with, in the form's order: a step whose words were left empty is kept under
 * its kind's name (走访慰问), as the form showed it, rather than dropped; the steps cannot be added once the campaign
 * is created.
 */
export function stepsToSave(steps: StepDraft[], kindName: (kind: StepKind) => string): StepDraft[] {
  return steps.map((s) => ({ kind: s.kind, title: s.title.trim() || kindName(s.kind) }));
}
