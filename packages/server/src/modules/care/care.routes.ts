import type { FastifyRequest } from 'fastify';
import { FileField, IdParams, Obj } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { xlsxHeaders } from '../../http/upload.ts';
import type { CampaignsService } from './campaigns.service.ts';
import { careErrors } from './care.errors.ts';
import {
  CampaignDetailSchema,
  CampaignListSchema,
  CampaignQuery,
  CampaignSchema,
  CreateCampaignBody,
  CreateVisitBody,
  EditCampaignBody,
  PhotoParams,
  PhotoQuery,
  ReceiveStockBody,
  ReportQuery,
  ReportSchema,
  StockSchema,
  VisitDetailSchema,
  VisitExportQuery,
  VisitListSchema,
  VisitQuery,
  VisitSchema,
} from './care.schemas.ts';
import type { ReportService } from './report.service.ts';
import type { PhotoFile, VisitConfirmService } from './visits.confirm.ts';
import type { VisitsService } from './visits.service.ts';

const tags = ['care'];
const PHOTO_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
const read = { permission: 'care.read' } as const;

/** A photo from a multipart form (field `file`): JPEG, PNG or WebP, at most 10 MB. */
async function readPhoto(req: FastifyRequest): Promise<PhotoFile> {
  const part = req.isMultipart() ? await req.file() : undefined;
  if (part?.fieldname !== 'file') throw careErrors.photo('请上传照片', 'Upload a photo');
  const ext = /\.([a-z]+)$/i.exec(part.filename)?.[1]?.toLowerCase() ?? '';
  const mime = PHOTO_TYPES[ext];
  if (!mime)
    throw careErrors.photo(
      `不支持的文件类型：${part.filename}（请上传 JPG、PNG 或 WebP 图片）`,
      `Unsupported file type: ${part.filename} (upload a JPG, PNG or WebP image)`,
    );
  const data = await part.toBuffer();
  if (!data.length || data.length > MAX_PHOTO_BYTES)
    throw careErrors.photo(
      `照片 ${part.filename} 为空或超过10MB`,
      `Photo ${part.filename} is empty or larger than 10 MB`,
    );
  return { name: part.filename.slice(0, 200), mime, data };
}

export interface CareRouteDeps {
  campaigns: CampaignsService;
  visits: VisitsService;
  confirm: VisitConfirmService;
  report: ReportService;
}

/** Staff routes: campaigns and their stock, visits and their photos, the campaign report. */
export function careRoutes(app: App, { campaigns, visits, confirm, report }: CareRouteDeps): void {
  app.get(
    '/api/care/campaigns',
    {
      config: read,
      schema: {
        tags,
        summary: '送温暖 campaigns of the unions in my subtree',
        querystring: CampaignQuery,
        response: { 200: CampaignListSchema },
      },
    },
    async (req) => campaigns.listCampaigns(actorOf(req), req.query),
  );
  app.post(
    '/api/care/campaigns',
    {
      config: { permission: 'care.write' },
      schema: {
        tags,
        summary: 'Create a campaign with its steps, budget and period',
        body: CreateCampaignBody,
        response: { 200: CampaignSchema },
      },
    },
    async (req) => campaigns.createCampaign(actorOf(req), req.body),
  );
  app.get(
    '/api/care/campaigns/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A campaign, its steps and its goods in stock',
        params: IdParams,
        response: { 200: CampaignDetailSchema },
      },
    },
    async (req) => campaigns.getCampaign(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/care/campaigns/:id',
    {
      config: { permission: 'care.write', errors: [409] },
      schema: {
        tags,
        summary:
          'Correct a campaign until its last day: title, period (its visits stay inside), budget and note; each change in its history and the audit log',
        params: IdParams,
        body: EditCampaignBody,
        response: { 200: CampaignSchema },
      },
    },
    async (req) => campaigns.editCampaign(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/care/campaigns/:id/stock',
    {
      config: { permission: 'care.write' },
      schema: {
        tags,
        summary: 'Receive goods into the campaign’s stock (a retried requestId receives them once)',
        params: IdParams,
        body: ReceiveStockBody,
        response: { 200: StockSchema },
      },
    },
    async (req) => campaigns.receiveStock(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/care/campaigns/:id/report',
    {
      config: read,
      schema: {
        tags,
        summary:
          'The campaign report over its period or any days of it: visits, workers reached, units, goods given by item, grants of those visits',
        params: IdParams,
        querystring: ReportQuery,
        response: { 200: ReportSchema },
      },
    },
    async (req) => report.getReport(actorOf(req), req.params.id, req.query),
  );
  app.get(
    '/api/care/campaigns/:id/report.xlsx',
    {
      config: read,
      schema: { tags, summary: 'The campaign report as .xlsx', params: IdParams, querystring: ReportQuery },
    },
    async (req, reply) => {
      const { buffer, fileName } = await report.exportReport(actorOf(req), req.params.id, req.query);
      return reply.headers(xlsxHeaders(fileName)).send(buffer);
    },
  );
  app.get(
    '/api/care/visits',
    {
      config: read,
      schema: {
        tags,
        summary: 'Visits of the unions in my subtree (of one campaign, of one union)',
        querystring: VisitQuery,
        response: { 200: VisitListSchema },
      },
    },
    async (req) => visits.listVisits(actorOf(req), req.query),
  );
  app.get(
    '/api/care/visits.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The visits as listed (of one campaign, of one union), as .xlsx; audited',
        querystring: VisitExportQuery,
      },
    },
    async (req, reply) => {
      const { buffer, fileName } = await visits.exportVisits(actorOf(req), req.query);
      return reply.headers(xlsxHeaders(fileName)).send(buffer);
    },
  );
  app.post(
    '/api/care/visits',
    {
      config: { permission: 'care.write', errors: [409] },
      schema: {
        tags,
        summary:
          'Log a visit: goods out of the campaign’s stock (refused when short), a one-time grant through the programs ledger',
        body: CreateVisitBody,
        response: { 200: VisitSchema },
      },
    },
    async (req) => visits.logVisit(actorOf(req), req.body),
  );
  app.get(
    '/api/care/visits/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A visit, its grant (approval and payment) and its photos',
        params: IdParams,
        response: { 200: VisitDetailSchema },
      },
    },
    async (req) => visits.getVisit(actorOf(req), req.params.id),
  );
  app.post(
    '/api/care/visits/:id/photos',
    {
      config: { permission: 'care.write', upload: Obj({ file: FileField }) },
      schema: {
        tags,
        summary:
          'Upload a photo of the visit, or of the receipt the recipient signed (kind=receipt confirms the visit); multipart field "file"',
        params: IdParams,
        querystring: PhotoQuery,
        response: { 200: Obj({ id: IdParams.properties.id }) },
      },
    },
    async (req) => confirm.addPhoto(actorOf(req), req.params.id, req.query.kind, await readPhoto(req)),
  );
  app.get(
    '/api/care/visits/:id/photos/:photoId',
    { config: read, schema: { tags, summary: 'Download a photo of the visit', params: PhotoParams } },
    async (req, reply) => {
      const photo = await confirm.getPhoto(actorOf(req), req.params.id, req.params.photoId);
      return reply
        .headers({ 'content-type': photo.mime, 'cache-control': 'private, max-age=3600' })
        .send(photo.data);
    },
  );
}
