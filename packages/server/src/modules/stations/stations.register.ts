import type { Db } from '../../db/db.ts';
import { createStationEdits } from './stations.register.edits.ts';
import { createStationReads } from './stations.register.reads.ts';
import { registerSteps } from './stations.register.steps.ts';

/**
 * The register of stations (issue 27): a union records its stations with kind, place (GCJ-02), opening hours,
 * services and contact; edits are audited with what changed. A station open on a day counts in
 * `stations.stations` (a state: +1 from its opening day by its union and kind, −1 from the day it closes or
 * changes union or kind).
 */
export function createRegister(db: Db, clock: () => Date) {
  const { inScope } = registerSteps(clock);
  return {
    inScope,
    ...createStationEdits(db, clock),
    ...createStationReads(db, clock),
  };
}
