import { routeMould } from '../../http/route-mould.ts';
import type { App } from '../../http/types.ts';
import {
  CheckInResult,
  PublicListSchema,
  PublicQuery,
  PublicStationSchema,
  TokenParams,
} from './stations.schemas.ts';
import type { StationsService } from './stations.service.ts';

const tags = ['stations'];

/** The public pages: the stations map and the QR check-in. */
export function publicStationRoutes(app: App, { stations }: { stations: StationsService }): void {
  const on = routeMould(app, tags);
  on.open.get('/api/public/stations', {
    config: { public: true },
    summary: 'Open stations (no sign-in, nothing personal), nearest first from a point (GCJ-02) when given',
    querystring: PublicQuery,
    response: PublicListSchema,
    run: ({ query }) => stations.publicList(query),
  });
  on.open.get('/api/public/stations/checkin/:token', {
    config: { public: true, errors: [404] },
    summary: 'The station a QR code names, for its check-in page',
    params: TokenParams,
    response: PublicStationSchema,
    run: ({ params }) => stations.publicStation(params.token),
  });
  on.open.post('/api/public/stations/checkin/:token', {
    config: { public: true, errors: [404, 409] },
    summary:
      "Check in at a station by its QR code: anonymous, or the worker's own when signed in; one count per address and station in 30 minutes",
    params: TokenParams,
    response: CheckInResult,
    run: ({ params, req }) => stations.checkIn(params.token, req.actor, req.ip),
  });
}
