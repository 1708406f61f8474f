/**
 * Service stations (服务站点/驿站: 职工之家, 户外劳动者驿站, 母婴室, 投递员之家; issue 27, ADR 53): the register with
 * services, stock (guarded, the station's own), QR check-ins and services given, inspections with a star level, a
 * public page of open stations near a place, points for the map providers, statistics through reporting.
 */
import { defineModule } from '../../module-manifest.ts';
import { stationsRoutes } from './stations.routes.ts';
import { createStationsService } from './stations.service.ts';

export { seedStations } from './stations.demo.ts';
export { stationsRoutes } from './stations.routes.ts';
export { createStationsService, type StationsService } from './stations.service.ts';
export const stationsMigrations = new URL('./migrations/', import.meta.url);
export { stationsRecounter } from './stations.recount.repository.ts';
export { stationsUsage } from './stations.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'stations',
  migrations: stationsMigrations,
  services: ({ db, ids, clock }) => ({ stations: createStationsService(db, ids, clock) }),
  routes: (app, s) => stationsRoutes(app, s),
  cliRegisters: {
    'station-services': { zh: '站点服务记录', of: (s) => s.stations.servicesRegister },
  },
});
