import { activitiesRecounter } from '../activities/index.ts';
import { agreementsRecounter } from '../agreements/index.ts';
import { callsRecounter } from '../calls/index.ts';
import { careRecounter } from '../care/index.ts';
import { casesRecounter } from '../cases/index.ts';
import { congressesRecounter } from '../congresses/index.ts';
import { contestsRecounter } from '../contests/index.ts';
import { counsellingRecounter } from '../counselling/index.ts';
import { donationsRecounter } from '../donations/index.ts';
import { electionsRecounter } from '../elections/index.ts';
import { hardshipRecounter } from '../hardship/index.ts';
import { innovationRecounter } from '../innovation/index.ts';
import { insuranceRecounter } from '../insurance/index.ts';
import { learningRecounter } from '../learning/index.ts';
import { modelworkersRecounter } from '../modelworkers/index.ts';
import { pledgesRecounter } from '../pledges/index.ts';
import { programsRecounter } from '../programs/index.ts';
import type { Recounter } from '../reporting/index.ts';
import { selectionsRecounter } from '../selections/index.ts';
import { stationsRecounter } from '../stations/index.ts';
import { wellnessRecounter } from '../wellness/index.ts';

/** Every module's recount of the counts it keeps (ADR 73). A module that keeps counts adds its recounter here. */
export const RECOUNTERS: readonly Recounter[] = [
  activitiesRecounter,
  agreementsRecounter,
  callsRecounter,
  careRecounter,
  casesRecounter,
  congressesRecounter,
  contestsRecounter,
  counsellingRecounter,
  donationsRecounter,
  electionsRecounter,
  hardshipRecounter,
  innovationRecounter,
  insuranceRecounter,
  learningRecounter,
  modelworkersRecounter,
  pledgesRecounter,
  programsRecounter,
  selectionsRecounter,
  stationsRecounter,
  wellnessRecounter,
];

/** A figure's name in Chinese and English (its subject when no recounter names it). */
export function figureName(subject: string): { zh: string; en: string } {
  for (const r of RECOUNTERS) {
    const name = r.subjects[subject];
    if (name) return name;
  }
  return { zh: subject, en: subject };
}
