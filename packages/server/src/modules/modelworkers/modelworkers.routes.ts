import { registerRouteGroup } from '../../http/register-routes.ts';
import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
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
  UnlistedQuery,
  UnlistedSchema,
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
  const on = routeMould(app, tags);
  registerRouteGroup(app, {
    tags,
    list: {
      path: '/api/model-workers',
      permission: read.permission,
      summary: 'The model workers register of a union subtree (default: mine), highest level first',
      query: ListQuery,
      result: ListSchema,
      run: modelWorkers.list,
      export: {
        path: '/api/model-workers/export.xlsx',
        summary:
          "The register as .xlsx in the import's columns (re-importable); ID numbers masked unless full (people.reveal_id); audited",
        query: ExportQuery,
        run: register.exportXlsx,
      },
    },
    import: {
      path: '/api/model-workers/import',
      listed: {
        key: 'model-workers',
        module: 'modelworkers',
      },
      permission: write.permission,
      what: 'a model workers register: one row per title, rows of one person (登记编号, ID number, or union and name) forming one model worker',
      result: ImportResult,
      register,
    },
    stats: {
      path: '/api/model-workers/stats',
      permission: read.permission,
      summary:
        'Model workers by level and by the unions below, titles of the period, studios they lead, visits made to them',
      xlsxSummary: 'The model workers statistics as .xlsx',
      query: StatsQuery,
      result: StatsSchema,
      stats: modelWorkers.stats,
      xlsx: modelWorkers.exportStats,
    },
  });
  on.post('/api/model-workers', {
    config: { ...write, errors: [409] },
    summary:
      'Register a model worker with their titles; linked to the member with the same ID number, and to the studio they lead',
    body: RegisterBody,
    response: IdResult,
    use: modelWorkers.register,
  });
  on.get('/api/model-workers/studios', {
    config: read,
    summary: 'Active innovation studios of my subtree by name, to link the one a model worker leads',
    querystring: StudioQuery,
    response: StudioChoicesSchema,
    run: (actor, { query }) => modelWorkers.studioChoices(actor, query.q),
  });
  on.get('/api/model-workers/unlisted-members', {
    config: read,
    summary:
      "Members of a union's subtree whose record gives a model-worker level but who are not on the register (the two registers' difference)",
    querystring: UnlistedQuery,
    response: UnlistedSchema,
    run: (actor, { query }) => modelWorkers.unlistedMembers(actor, query),
  });
  on.get('/api/model-workers/:id', {
    config: read,
    summary:
      'A model worker: titles, studio, and through the member their hardship file, visits and program applications (audited)',
    params: IdParams,
    response: DetailSchema,
    use: modelWorkers.get,
  });
  on.patch('/api/model-workers/:id', {
    config: write,
    summary: 'Correct contact, health, the studio led and the note (audited with before and after)',
    params: IdParams,
    body: PatchBody,
    response: UpdateResult,
    use: modelWorkers.update,
  });
  on.post('/api/model-workers/:id/honours', {
    config: { ...write, errors: [409] },
    summary: "Add a title (a selection's final award of the member, or one from outside)",
    params: IdParams,
    body: AddHonourBody,
    response: HonourResult,
    run: (actor, { params, body }) => modelWorkers.addHonour(actor, params.id, body.honour, body.effectiveOn),
  });
}
