/**
 * Service stations (服务站点/驿站: 职工之家, 户外劳动者驿站, 母婴室, 投递员之家; issue 27, ADR 53): the register with
 * services, stock (guarded, the station's own), QR check-ins and services given, inspections with a star level, a
 * public page of open stations near a place, points for the map providers, statistics through reporting.
 */

import { defineModule } from '../../module-manifest.ts';
import { namedBy } from '../../shared/record-names.ts';
import { seedStations } from './stations.demo.ts';
import { stationsRecounter } from './stations.recount.repository.ts';
import { stationsRoutes } from './stations.routes.ts';
import { createStationsService } from './stations.service.ts';
import { stationsUsage } from './stations.usage.ts';

export { seedStations } from './stations.demo.ts';
export { stationsRoutes } from './stations.routes.ts';
export { createStationsService, type StationsService } from './stations.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'stations',
  auditNames: { station: namedBy('stations', 'name') },
  todo: { nothingWaits: 'stock has no restocking threshold to fall below; nothing waits' },
  demo: async ({ db, ids, today }) => seedStations(db, ids, today),
  menuUsage: stationsUsage,
  recounter: stationsRecounter,
  description:
    "`stations`, `station_photos`, `station_stock`, `station_stock_moves`, `station_visits`, `station_inspections`, `station_service_counts` — service stations (服务站点/驿站: 职工之家, 户外劳动者驿站, 母婴室, 投递员之家, ADR 53; past services brought in as people served per station, day and service — register `station-services`, ADR 41): the register per union (kind, district, GCJ-02 point, hours, services, contact, photos; edits audited with before and after), a guarded stock of the station's own, QR check-ins by a per-station secret (anonymous unless signed in, one per address in 30 minutes) and services recorded with goods handed out (never below zero), inspections (年检/星级评定) setting the star level, the 12-month flag; the public page (`/api/public/stations`, nothing personal) nearest first from a point; points for the map providers (.xlsx/CSV in GCJ-02, GeoJSON in WGS-84); statistics from `stations.stations` (a state by kind), `.visits` (dim the station), `.goods`, `.inspections`, with .xlsx",
  dependencyNotes: { people: '`findPersonById`', onboarding: '`withinLimit`' },
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, ids, clock }) => ({ stations: createStationsService(db, ids, clock) }),
  routes: (app, s) => stationsRoutes(app, s),
  cliRegisters: {
    'station-services': {
      zh: '站点服务记录',
      doc: '站点服务台账, `/api/stations/services/import`: per station, day and kind of service, 服务人数',
      of: (s) => s.stations.servicesRegister,
    },
  },
});
