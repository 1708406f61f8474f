import { Type } from 'typebox';
import { registerRouteGroup } from '../../http/register-routes.ts';
import { RegisterImportResult } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import type { createStationServicesRegister } from './stations.services.import.ts';

const ServicesImportResult = Type.Object({
  ...RegisterImportResult.properties,
  stations: Type.Integer({ description: 'stations the lines name' }),
  people: Type.Integer({ description: 'people served, every line' }),
});

/** The station services register (counts, issue 42): its template and import. */
export function stationServicesRoutes(
  app: App,
  register: ReturnType<typeof createStationServicesRegister>,
): void {
  registerRouteGroup(app, {
    tags: ['stations'],
    import: {
      path: '/api/stations/services/import',
      listed: {
        key: 'station-services',
        module: 'stations',
      },
      permission: 'stations.write',
      what: 'a register of services given at stations (one row per station, day and kind of service: the people served)',
      result: ServicesImportResult,
      register,
    },
  });
}
