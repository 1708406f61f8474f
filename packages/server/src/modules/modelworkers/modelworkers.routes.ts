import { registerImportRoutes } from '../../http/register-routes.ts';
import { IdParams } from '../../http/schema.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import { type App, actorOf } from '../../http/types.ts';
import { xlsxHeaders } from '../../http/upload.ts';
import type { ModelWorkerRegister } from './modelworkers.import.ts';
import {
  AddHonourBody,
  DetailSchema,
  ExportQuery,
  HonourResult,
  IdResult,
  ImportResult,
  ListQuery,
  ListSchema,
  PatchBody,
  RegisterBody,
  StatsQuery,
  StatsSchema,
  StudioChoicesSchema,
  StudioQuery,
  UpdateResult,
} from './modelworkers.schemas.ts';
import type { ModelWorkersService } from './modelworkers.service.ts';

const tags = ['modelworkers'];
const read = { permission: 'modelworkers.read' } as const;
const write = { permission: 'modelworkers.write' } as const;

export function modelWorkersRoutes(
  app: App,
  { modelWorkers, register }: { modelWorkers: ModelWorkersService; register: ModelWorkerRegister },
): void {
  app.get(
    '/api/model-workers',
    {
      config: read,
      schema: {
        tags,
        summary: 'The model workers register of a union subtree (default: mine), highest level first',
        querystring: ListQuery,
        response: { 200: ListSchema },
      },
    },
    async (req) => modelWorkers.list(actorOf(req), req.query),
  );
  app.post(
    '/api/model-workers',
    {
      config: { ...write, errors: [409] },
      schema: {
        tags,
        summary:
          'Register a model worker with their titles; linked to the member with the same ID number, and to the studio they lead',
        body: RegisterBody,
        response: { 200: IdResult },
      },
    },
    async (req) => modelWorkers.register(actorOf(req), req.body),
  );
  registerImportRoutes(app, {
    path: '/api/model-workers/import',
    listed: {
      key: 'model-workers',
      name: { zh: '劳模名册', en: 'Model workers register' },
      module: 'modelworkers',
    },
    permission: 'modelworkers.write',
    tags,
    templateFile: '劳模名册导入模板.xlsx',
    what: 'a model workers register: one row per title, rows of one person (登记编号, ID number, or union and name) forming one model worker',
    result: ImportResult,
    register,
  });
  app.get(
    '/api/model-workers/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary:
          "The register as .xlsx in the import's columns (re-importable); ID numbers masked unless full (people.reveal_id); audited",
        querystring: ExportQuery,
      },
    },
    async (req, reply) => {
      const { file, name } = await register.exportXlsx(actorOf(req), req.query);
      return reply.headers(xlsxHeaders(name)).send(file);
    },
  );
  app.get(
    '/api/model-workers/studios',
    {
      config: read,
      schema: {
        tags,
        summary: 'Active innovation studios of my subtree by name, to link the one a model worker leads',
        querystring: StudioQuery,
        response: { 200: StudioChoicesSchema },
      },
    },
    async (req) => modelWorkers.studioChoices(actorOf(req), req.query.q),
  );
  statisticsRoutes(app, {
    path: '/api/model-workers/stats',
    permission: read.permission,
    tags,
    summary:
      'Model workers by level and by the unions below, titles of the period, studios they lead, visits made to them',
    xlsxSummary: 'The model workers statistics as .xlsx',
    query: StatsQuery,
    result: StatsSchema,
    stats: (actor, query) => modelWorkers.stats(actor, query),
    xlsx: (actor, query) => modelWorkers.exportStats(actor, query),
  });
  app.get(
    '/api/model-workers/:id',
    {
      config: read,
      schema: {
        tags,
        summary:
          'A model worker: titles, studio, and through the member their hardship file, visits and program applications (audited)',
        params: IdParams,
        response: { 200: DetailSchema },
      },
    },
    async (req) => modelWorkers.get(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/model-workers/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Correct contact, health, the studio led and the note (audited with before and after)',
        params: IdParams,
        body: PatchBody,
        response: { 200: UpdateResult },
      },
    },
    async (req) => modelWorkers.update(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/model-workers/:id/honours',
    {
      config: { ...write, errors: [409] },
      schema: {
        tags,
        summary: "Add a title (a selection's final award of the member, or one from outside)",
        params: IdParams,
        body: AddHonourBody,
        response: { 200: HonourResult },
      },
    },
    async (req) => modelWorkers.addHonour(actorOf(req), req.params.id, req.body.honour, req.body.effectiveOn),
  );
}
