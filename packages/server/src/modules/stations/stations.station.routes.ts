import type { FastifyRequest } from 'fastify';
import { FileField, IdParams, Obj, Ok } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { stationErrors } from './stations.errors.ts';
import type { PhotoFile } from './stations.inspections.ts';
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
const PHOTO_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** A photo from a multipart form (field `file`): JPEG, PNG or WebP, at most 10 MB. */
async function readPhoto(req: FastifyRequest): Promise<PhotoFile> {
  const part = req.isMultipart() ? await req.file() : undefined;
  if (part?.fieldname !== 'file') throw stationErrors.photo('请上传照片', 'Upload a photo');
  const ext = /\.([a-z]+)$/i.exec(part.filename)?.[1]?.toLowerCase() ?? '';
  const mime = PHOTO_TYPES[ext];
  if (!mime)
    throw stationErrors.photo(
      `不支持的文件类型：${part.filename}（请上传 JPG、PNG 或 WebP 图片）`,
      `Unsupported file type: ${part.filename} (upload a JPG, PNG or WebP image)`,
    );
  const data = await part.toBuffer();
  if (!data.length || data.length > MAX_PHOTO_BYTES)
    throw stationErrors.photo(
      `照片 ${part.filename} 为空或超过10MB`,
      `Photo ${part.filename} is empty or larger than 10 MB`,
    );
  return { name: part.filename.slice(0, 200), mime, data };
}

/** One station: read and edited, its QR token, stock, services, inspections and photos. */
export function stationRoutes(app: App, { stations }: { stations: StationsService }): void {
  app.get(
    '/api/stations/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A station with its QR token, stock, newest visits and inspections',
        params: IdParams,
        response: { 200: StationDetailSchema },
      },
    },
    async (req) => stations.get(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/stations/:id',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Edit a station (what changed goes into the audit log); closing it takes it off the public page',
        params: IdParams,
        body: StationPatch,
        response: { 200: Ok },
      },
    },
    async (req) => stations.update(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/stations/:id/token',
    {
      config: write,
      schema: {
        tags,
        summary: 'Issue a new QR code; the old check-in address stops working',
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => stations.renewToken(actorOf(req), req.params.id),
  );
  app.post(
    '/api/stations/:id/stock',
    {
      config: write,
      schema: {
        tags,
        summary: "Goods received into the station's stock",
        params: IdParams,
        body: StockBody,
        response: { 200: IdResult },
      },
    },
    async (req) => stations.receive(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/stations/:id/services',
    {
      config: { ...write, errors: [409] },
      schema: {
        tags,
        summary:
          'Record a service given at the station, with goods handed out of its stock (never below zero: 409 when short)',
        params: IdParams,
        body: ServiceBody,
        response: { 200: IdResult },
      },
    },
    async (req) => stations.recordService(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/stations/:id/inspections',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record an inspection (年检/星级评定): the checklist, 1–5 stars or 不合格',
        params: IdParams,
        body: InspectionBody,
        response: { 200: IdResult },
      },
    },
    async (req) => stations.inspect(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/stations/:id/photos',
    {
      config: { ...write, upload: Obj({ file: FileField }) },
      schema: {
        tags,
        summary:
          'Upload a photo of the station, or of one of its inspections (inspectionId); multipart field "file"',
        params: IdParams,
        querystring: PhotoQuery,
        response: { 200: IdResult },
      },
    },
    async (req) =>
      stations.addPhoto(actorOf(req), req.params.id, req.query.inspectionId, await readPhoto(req)),
  );
  app.get(
    '/api/stations/:id/photos/:photoId',
    { config: read, schema: { tags, summary: 'A photo of the station', params: PhotoParams } },
    async (req, reply) => {
      const photo = await stations.getPhoto(actorOf(req), req.params.id, req.params.photoId);
      return reply
        .headers({ 'content-type': photo.mime, 'cache-control': 'private, max-age=3600' })
        .send(photo.data);
    },
  );
}
