import { Type } from 'typebox';
import { registerRouteGroup } from '../../http/register-routes.ts';
import { routeMould } from '../../http/route-mould.ts';
import { FileField, IdParams, Obj, RegisterImportResult } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { photoSent, readPhoto } from '../../http/upload.ts';
import type { CampaignsService } from './campaigns.service.ts';
import { careErrors } from './care.errors.ts';
import type { CareVisitsRegister } from './care.import.ts';
import {
  CampaignDetailSchema,
  CampaignListSchema,
  CampaignQuery,
  CampaignSchema,
  CreateCampaignBody,
  CreateVisitBody,
  EditCampaignBody,
  EditVisitBody,
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
import type { VisitConfirmService } from './visits.confirm.ts';
import type { VisitsService } from './visits.service.ts';

const tags = ['care'];
const read = { permission: 'care.read' } as const;
const write = { permission: 'care.write' } as const;

export interface CareRouteDeps {
  campaigns: CampaignsService;
  visits: VisitsService;
  confirm: VisitConfirmService;
  report: ReportService;
  register: CareVisitsRegister;
}

const VisitsImportResult = Type.Object({
  ...RegisterImportResult.properties,
  people: Type.Integer({ description: 'workers the new visits reached' }),
  grantFen: Type.Integer({ description: 'one-time grants of the new visits, in fen' }),
});

/** Staff routes: campaigns and their stock, visits and their photos, the campaign report. */
export function careRoutes(app: App, { campaigns, visits, confirm, report, register }: CareRouteDeps): void {
  registerRouteGroup(app, {
    tags,
    import: {
      path: '/api/care/visits/import',
      listed: { key: 'care-visits', module: 'care' },
      permission: 'care.write',
      what: 'a register of past care visits (one row per visit: to a worker by ID number, or to a unit)',
      result: VisitsImportResult,
      register,
    },
  });
  const on = routeMould(app, tags);
  on.get('/api/care/campaigns', {
    config: read,
    summary: '送温暖 campaigns of the unions in my subtree',
    querystring: CampaignQuery,
    response: CampaignListSchema,
    use: campaigns.listCampaigns,
  });
  on.post('/api/care/campaigns', {
    config: write,
    summary: 'Create a campaign with its steps, budget and period',
    body: CreateCampaignBody,
    response: CampaignSchema,
    use: campaigns.createCampaign,
  });
  on.get('/api/care/campaigns/:id', {
    config: read,
    summary: 'A campaign, its steps and its goods in stock',
    params: IdParams,
    response: CampaignDetailSchema,
    use: campaigns.getCampaign,
  });
  on.patch('/api/care/campaigns/:id', {
    config: { ...write, errors: [409] },
    summary:
      'Correct a campaign until its last day: title, period (its visits stay inside), budget and note; each change in its history and the audit log',
    params: IdParams,
    body: EditCampaignBody,
    response: CampaignSchema,
    use: campaigns.editCampaign,
  });
  on.post('/api/care/campaigns/:id/stock', {
    config: write,
    summary: 'Receive goods into the campaign’s stock (a retried requestId receives them once)',
    params: IdParams,
    body: ReceiveStockBody,
    response: StockSchema,
    use: campaigns.receiveStock,
  });
  on.get('/api/care/campaigns/:id/report', {
    config: read,
    summary:
      'The campaign report over its period or any days of it: visits, workers reached, units, goods given by item, grants of those visits',
    params: IdParams,
    querystring: ReportQuery,
    response: ReportSchema,
    use: report.getReport,
  });
  on.workbook('/api/care/campaigns/:id/report.xlsx', {
    config: read,
    summary: 'The campaign report as .xlsx',
    params: IdParams,
    querystring: ReportQuery,
    use: report.exportReport,
  });
  on.get('/api/care/visits', {
    config: read,
    summary: 'Visits of the unions in my subtree (of one campaign, of one union)',
    querystring: VisitQuery,
    response: VisitListSchema,
    use: visits.listVisits,
  });
  on.workbook('/api/care/visits.xlsx', {
    config: read,
    summary: 'The visits as listed (of one campaign, of one union), as .xlsx; audited',
    querystring: VisitExportQuery,
    run: (actor, { query }) => visits.exportVisits(actor, query),
  });
  on.post('/api/care/visits', {
    config: { ...write, errors: [409] },
    summary:
      'Log a visit: goods out of the campaign’s stock (refused when short), a one-time grant through the programs ledger',
    body: CreateVisitBody,
    response: VisitSchema,
    use: visits.logVisit,
  });
  on.get('/api/care/visits/:id', {
    config: read,
    summary: 'A visit, its grant (approval and payment) and its photos',
    params: IdParams,
    response: VisitDetailSchema,
    use: visits.getVisit,
  });
  on.patch('/api/care/visits/:id', {
    config: { ...write, errors: [409] },
    summary:
      'Correct a visit brought in from a past ledger: its day, the workers a unit’s visit reached, the visitors, goods, grant paid outside the platform and note; each change in its history and the audit log',
    params: IdParams,
    body: EditVisitBody,
    response: VisitDetailSchema,
    use: visits.editVisit,
  });
  on.post('/api/care/visits/:id/photos', {
    config: { ...write, upload: Obj({ file: FileField }) },
    summary:
      'Upload a photo of the visit, or of the receipt the recipient signed (kind=receipt confirms the visit); multipart field "file"',
    params: IdParams,
    querystring: PhotoQuery,
    response: Obj({ id: IdParams.properties.id }),
    run: async (actor, { params, query, req }) =>
      confirm.addPhoto(actor, params.id, query.kind, await readPhoto(req, careErrors.photo)),
  });
  on.file('/api/care/visits/:id/photos/:photoId', {
    config: read,
    summary: 'Download a photo of the visit',
    params: PhotoParams,
    run: async (actor, { params }) => photoSent(await confirm.getPhoto(actor, params.id, params.photoId)),
  });
}
