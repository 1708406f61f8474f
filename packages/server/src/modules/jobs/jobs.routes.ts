import { Type } from 'typebox';
import { routeMould, xlsxFile } from '../../http/route-mould.ts';
import {
  IdParams,
  IgnoredRowsSchema,
  Nullable,
  SheetFileSchema,
  SheetWarningsSchema,
} from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import type { JobsService } from './jobs.service.ts';

const tags = ['jobs'];

const Count = Type.Optional(Type.Integer());

export const JobSchema = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  status: Type.Union([Type.Literal('running'), Type.Literal('succeeded'), Type.Literal('failed')]),
  phase: Type.String({
    description: 'queued, reading, validating, staging, merging, done; `done` counts rows of this phase',
  }),
  total: Type.Integer(),
  done: Type.Integer(),
  result: Nullable(
    Type.Object({
      imported: Count,
      created: Count,
      updated: Count,
      transferred: Count,
      unchanged: Count,
      rejected: Count,
      errorCount: Count,
      ignored: Count,
      ignoredRows: Type.Optional(IgnoredRowsSchema),
      file: Type.Optional(SheetFileSchema),
      warnings: Type.Optional(SheetWarningsSchema),
      warningCount: Count,
      dryRun: Type.Optional(
        Type.Boolean({ description: 'A check only (预检): the counts say what an import would do' }),
      ),
    }),
  ),
  error: Nullable(
    Type.Object({
      code: Type.String(),
      messageZh: Type.String(),
      messageEn: Type.String(),
      details: Type.Optional(Type.Unknown()),
    }),
  ),
  createdAt: Type.String(),
  finishedAt: Nullable(Type.String()),
});

export function jobsRoutes(app: App, { jobs }: { jobs: JobsService }): void {
  const on = routeMould(app, tags);
  on.get('/api/jobs/:id', {
    config: { permission: 'jobs.read' },
    summary:
      'A background job (import, export) with its progress; only its owner or an administrator sees it',
    params: IdParams,
    response: JobSchema,
    use: jobs.get,
  });
  on.file('/api/jobs/:id/errors.xlsx', {
    config: { permission: 'jobs.read' },
    summary: 'The rows a job refused, as sent, with the reasons in Chinese and English (.xlsx)',
    params: IdParams,
    run: async (actor, { params }) =>
      xlsxFile(`导入错误-${params.id}.xlsx`, await jobs.errorsWorkbook(actor, params.id)),
  });
}
