import { routeMould } from '../../http/route-mould.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import type { App } from '../../http/types.ts';
import { xlsxHeaders } from '../../http/upload.ts';
import { publicStationRoutes } from './stations.public.routes.ts';
import {
  ExportQuery,
  IdResult,
  StationBody,
  StationListQuery,
  StationListSchema,
  StatsQuery,
  StatsSchema,
} from './stations.schemas.ts';
import type { StationsService } from './stations.service.ts';
import { stationServicesRoutes } from './stations.services.routes.ts';
import { stationRoutes } from './stations.station.routes.ts';

const tags = ['stations'];
const read = { permission: 'stations.read' } as const;
const write = { permission: 'stations.write' } as const;

export function stationsRoutes(app: App, { stations }: { stations: StationsService }): void {
  const on = routeMould(app, tags);
  stationServicesRoutes(app, stations.servicesRegister);
  on.get('/api/stations', {
    config: read,
    summary:
      "Stations of a union's subtree (default: mine), by kind, service, status, district, words, uninspected",
    querystring: StationListQuery,
    response: StationListSchema,
    use: stations.list,
  });
  on.post('/api/stations', {
    config: write,
    summary:
      'Register a station: kind, district, address, GCJ-02 coordinates, opening hours, services, contact',
    body: StationBody,
    response: IdResult,
    use: stations.create,
  });
  on.file('/api/stations/export', {
    config: read,
    summary:
      "The open stations of a subtree as points for the map providers' import: .xlsx/CSV in GCJ-02, GeoJSON in WGS-84",
    querystring: ExportQuery,
    run: async (actor, { query }) => {
      const { body, type, name } = await stations.exportPoints(actor, query);
      return { headers: { ...xlsxHeaders(name), 'content-type': type }, data: body };
    },
  });
  statisticsRoutes(app, {
    path: '/api/stations/stats',
    permission: read.permission,
    tags,
    summary:
      'Stations by kind and union (as of the last day), visits per station and month, goods handed out and inspections over a period',
    xlsxSummary: 'The statistics as .xlsx',
    query: StatsQuery,
    result: StatsSchema,
    stats: stations.stats,
    xlsx: stations.statsXlsx,
  });
  stationRoutes(app, { stations });
  publicStationRoutes(app, { stations });
}
