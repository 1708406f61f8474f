import { contestsRecounter } from '../contests/index.ts';
import { donationsRecounter } from '../donations/index.ts';
import { innovationRecounter } from '../innovation/index.ts';
import { learningRecounter } from '../learning/index.ts';
import type { Recounter } from '../reporting/index.ts';

/** Every module's recount of the counts it keeps (ADR 73). A module that keeps counts adds its recounter here. */
export const RECOUNTERS: readonly Recounter[] = [
  contestsRecounter,
  donationsRecounter,
  innovationRecounter,
  learningRecounter,
];

/** A figure's name in Chinese and English (its subject when no recounter names it). */
export function figureName(subject: string): { zh: string; en: string } {
  for (const r of RECOUNTERS) {
    const name = r.subjects[subject];
    if (name) return name;
  }
  return { zh: subject, en: subject };
}
