import { Type } from 'typebox';
import { IdParams, SheetUploadForm } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { readUpload, xlsxHeaders } from '../../http/upload.ts';
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
  app.get(
    '/api/records',
    {
      config: { permission: 'records.read' },
      schema: {
        tags,
        summary: 'Records (certificates, awards, trainings, patents) of members in my subtree',
        querystring: RecordQuerySchema,
        response: { 200: RecordListSchema },
      },
    },
    async (req) => records.listRecords(actorOf(req), req.query),
  );
  app.post(
    '/api/records',
    {
      config: { permission: 'records.write' },
      schema: {
        tags,
        summary: 'Enter a record for a member (a patent: one row per inventor)',
        body: CreateRecordBody,
        response: { 200: Type.Object({ items: Type.Array(RecordSchema) }) },
      },
    },
    async (req) => ({ items: await records.createRecord(actorOf(req), req.body) }),
  );
  app.get(
    '/api/records/template.xlsx',
    {
      config: { permission: 'records.write' },
      schema: { tags, summary: 'The import template for one kind of record (.xlsx)', querystring: KindQuery },
    },
    async (req, reply) => {
      const buffer = records.template(req.query.kind);
      return reply.headers(xlsxHeaders(`${KIND_NAMES[req.query.kind].zh}导入模板.xlsx`)).send(buffer);
    },
  );
  app.post(
    '/api/records/import',
    {
      config: { permission: 'records.write', upload: SheetUploadForm },
      schema: {
        tags,
        summary:
          'Import records of one kind from .xlsx, .xls, .ods or .csv, with row errors: multipart field "file", or JSON { fileName, contentBase64 }',
        querystring: ImportQuery,
        response: { 200: ImportResultSchema },
      },
    },
    async (req) => {
      const { file, fileName } = await readUpload(req);
      return records.importRecords(actorOf(req), {
        kind: req.query.kind,
        mode: req.query.mode ?? 'all',
        file,
        fileName,
      });
    },
  );
  app.get(
    '/api/records/:id',
    {
      config: { permission: 'records.read' },
      schema: { tags, summary: 'One record', params: IdParams, response: { 200: RecordSchema } },
    },
    async (req) => records.getRecord(actorOf(req), req.params.id),
  );
  app.delete(
    '/api/records/:id',
    {
      config: { permission: 'records.write' },
      schema: {
        tags,
        summary:
          'Delete a record entered by mistake (a patent with all its inventors); refused once an application refers to it',
        params: IdParams,
        response: { 200: Type.Object({ deleted: Type.Array(Type.Integer()) }) },
      },
    },
    async (req) => records.deleteRecord(actorOf(req), req.params.id),
  );
  app.get(
    '/api/me/records',
    {
      config: { permission: 'self.read' },
      schema: {
        tags,
        summary: 'My own records (workers)',
        response: { 200: Type.Object({ items: Type.Array(RecordSchema) }) },
      },
    },
    async (req) => ({ items: await records.listMyRecords(actorOf(req)) }),
  );
}
