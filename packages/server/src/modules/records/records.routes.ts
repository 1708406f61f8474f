import { Type } from 'typebox';
import { routeMould, xlsxFile } from '../../http/route-mould.ts';
import { IdParams, SheetUploadForm } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { readUpload } from '../../http/upload.ts';
import { KIND_NAMES } from './records.input.ts';
import {
  CreateRecordBody,
  ImportQuery,
  ImportResultSchema,
  KindQuery,
  RecordListSchema,
  RecordQuerySchema,
  RecordSchema,
} from './records.schemas.ts';
import type { RecordsService } from './records.service.ts';

const tags = ['records'];

export function recordsRoutes(app: App, { records }: { records: RecordsService }): void {
  const on = routeMould(app, tags);
  on.get('/api/records', {
    config: { permission: 'records.read' },
    summary: 'Records (certificates, awards, trainings, patents) of members in my subtree',
    querystring: RecordQuerySchema,
    response: RecordListSchema,
    use: records.listRecords,
  });
  on.post('/api/records', {
    config: { permission: 'records.write' },
    summary: 'Enter a record for a member (a patent: one row per inventor)',
    body: CreateRecordBody,
    response: Type.Object({ items: Type.Array(RecordSchema) }),
    run: async (actor, { body }) => ({ items: await records.createRecord(actor, body) }),
  });
  on.file('/api/records/template.xlsx', {
    config: { permission: 'records.write' },
    summary: 'The import template for one kind of record (.xlsx)',
    querystring: KindQuery,
    run: async (_actor, { query }) =>
      xlsxFile(`${KIND_NAMES[query.kind].zh}导入模板.xlsx`, records.template(query.kind)),
  });
  on.post('/api/records/import', {
    config: { permission: 'records.write', upload: SheetUploadForm },
    summary:
      'Import records of one kind from .xlsx, .xls, .ods or .csv, with row errors: multipart field "file", or JSON { fileName, contentBase64 }',
    querystring: ImportQuery,
    response: ImportResultSchema,
    run: async (actor, { query, req }) => {
      const { file, fileName } = await readUpload(req);
      return records.importRecords(actor, {
        kind: query.kind,
        mode: query.mode ?? 'all',
        file,
        fileName,
      });
    },
  });
  on.get('/api/records/:id', {
    config: { permission: 'records.read' },
    summary: 'One record',
    params: IdParams,
    response: RecordSchema,
    use: records.getRecord,
  });
  on.delete('/api/records/:id', {
    config: { permission: 'records.write' },
    summary:
      'Delete a record entered by mistake (a patent with all its inventors); refused once an application refers to it',
    params: IdParams,
    response: Type.Object({ deleted: Type.Array(Type.Integer()) }),
    use: records.deleteRecord,
  });
  on.get('/api/me/records', {
    config: { permission: 'self.read' },
    summary: 'My own records (workers)',
    response: Type.Object({ items: Type.Array(RecordSchema) }),
    run: async (actor) => ({ items: await records.listMyRecords(actor) }),
  });
}
