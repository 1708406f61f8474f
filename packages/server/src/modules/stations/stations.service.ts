import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import type { IdProtector } from '../people/index.ts';
import { createInspections } from './stations.inspections.ts';
import { createRegister } from './stations.register.ts';
import { createStationServicesRegister } from './stations.services.import.ts';
import { createStats } from './stations.stats.ts';
import { createVisits } from './stations.visits.ts';

/**
 * Service stations (服务站点/驿站, issue 27; ADR 53): the register (`stations.register.ts`), visits, stock and the
 * public page (`stations.visits.ts`), inspections and photos (`stations.inspections.ts`), statistics
 * (`stations.stats.ts`). The clock is the one the tests set.
 */
export function createStationsService(db: Db, ids: IdProtector, clock: Clock) {
  const register = createRegister(db, clock);
  const { inScope: _i, ...registerUseCases } = register;
  return {
    ...registerUseCases,
    ...createVisits(db, ids, clock, register),
    ...createInspections(db, clock, register),
    ...createStats(db, clock),
    servicesRegister: createStationServicesRegister(db, clock),
  };
}

export type StationsService = ReturnType<typeof createStationsService>;
