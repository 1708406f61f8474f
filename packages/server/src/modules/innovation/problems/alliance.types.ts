/** A studio as the alliance reads it: shared by the alliance's use cases and its repository. */
import type { StudioLevel } from '../innovation.vocabulary.ts';

/** What this part of the module reads of a studio. */
export interface StudioBrief {
  id: number;
  name: string;
  orgId: number;
  orgPath: string;
  orgName: string;
  level: StudioLevel;
  status: string;
  field: string | null;
  industry: string | null;
  leaderPersonId: number | null;
  leaderName: string | null;
  inAlliance: boolean;
}
