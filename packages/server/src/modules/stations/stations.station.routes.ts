import { routeMould } from '../../http/route-mould.ts';
import { FileField, IdParams, Obj, Ok } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { photoSent, readPhoto } from '../../http/upload.ts';
import { stationErrors } from './stations.errors.ts';
import {
  IdResult,
  InspectionBody,
  PhotoParams,
  PhotoQuery,
  ServiceBody,
  StationDetailSchema,
  StationPatch,
  StockBody,
} from './stations.schemas.ts';
import type { StationsService } from './stations.service.ts';

const tags = ['stations'];
const read = { permission: 'stations.read' } as const;
const write = { permission: 'stations.write' } as const;

/** One station: read and edited, its QR token, stock, services, inspections and photos. */
export function stationRoutes(app: App, { stations }: { stations: StationsService }): void {
  const on = routeMould(app, tags);
  on.get('/api/stations/:id', {
    config: read,
    summary: 'A station with its QR token, stock, newest visits and inspections',
    params: IdParams,
    response: StationDetailSchema,
    use: stations.get,
  });
  on.patch('/api/stations/:id', {
    config: write,
    summary: 'Edit a station (what changed goes into the audit log); closing it takes it off the public page',
    params: IdParams,
    body: StationPatch,
    response: Ok,
    use: stations.update,
  });
  const station = on.record('/api/stations/:id', { config: write, response: IdResult });
  station.post('/token', {
    summary: 'Issue a new QR code; the old check-in address stops working',
    response: Ok,
    use: stations.renewToken,
  });
  station.post('/stock', {
    summary: "Goods received into the station's stock",
    body: StockBody,
    use: stations.receive,
  });
  on.post('/api/stations/:id/services', {
    config: { ...write, errors: [409] },
    summary:
      'Record a service given at the station, with goods handed out of its stock (never below zero: 409 when short)',
    params: IdParams,
    body: ServiceBody,
    response: IdResult,
    use: stations.recordService,
  });
  station.post('/inspections', {
    summary: 'Record an inspection (年检/星级评定): the checklist, 1–5 stars or 不合格',
    body: InspectionBody,
    use: stations.inspect,
  });
  on.post('/api/stations/:id/photos', {
    config: { ...write, upload: Obj({ file: FileField }) },
    summary:
      'Upload a photo of the station, or of one of its inspections (inspectionId); multipart field "file"',
    params: IdParams,
    querystring: PhotoQuery,
    response: IdResult,
    run: async (actor, { params, query, req }) =>
      stations.addPhoto(actor, params.id, query.inspectionId, await readPhoto(req, stationErrors.photo)),
  });
  on.file('/api/stations/:id/photos/:photoId', {
    config: read,
    summary: 'A photo of the station',
    params: PhotoParams,
    run: async (actor, { params }) => photoSent(await stations.getPhoto(actor, params.id, params.photoId)),
  });
}
