import type { AreaUsage } from '../../shared/menu-usage.ts';
import { activitiesUsage } from '../activities/index.ts';
import { agreementsUsage } from '../agreements/index.ts';
import { callsUsage } from '../calls/index.ts';
import { careUsage } from '../care/index.ts';
import { casesUsage } from '../cases/index.ts';
import { congressesUsage } from '../congresses/index.ts';
import { contestsUsage } from '../contests/index.ts';
import { counsellingUsage } from '../counselling/index.ts';
import { donationsUsage } from '../donations/index.ts';
import { electionsUsage } from '../elections/index.ts';
import { hardshipUsage } from '../hardship/index.ts';
import { innovationUsage } from '../innovation/index.ts';
import { insuranceUsage } from '../insurance/index.ts';
import { learningUsage } from '../learning/index.ts';
import { modelworkersUsage } from '../modelworkers/index.ts';
import { pledgesUsage } from '../pledges/index.ts';
import { selectionsUsage } from '../selections/index.ts';
import { stationsUsage } from '../stations/index.ts';
import { wellnessUsage } from '../wellness/index.ts';

/** Every menu area's usage probe; a test fails when an area of MENU_AREAS has none. */
export const AREA_USAGES: readonly AreaUsage[] = [
  electionsUsage,
  hardshipUsage,
  careUsage,
  pledgesUsage,
  donationsUsage,
  insuranceUsage,
  activitiesUsage,
  callsUsage,
  counsellingUsage,
  stationsUsage,
  wellnessUsage,
  modelworkersUsage,
  innovationUsage,
  contestsUsage,
  selectionsUsage,
  learningUsage,
  casesUsage,
  agreementsUsage,
  congressesUsage,
];
