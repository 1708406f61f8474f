import { IdParams, Ok, SheetUploadForm } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { readUpload, xlsxHeaders } from '../../http/upload.ts';
import {
  AllocationBody,
  AttendanceBody,
  AttendanceImportQuery,
  AttendanceImportResult,
  AttendanceResult,
  BatchBody,
  BatchDetailSchema,
  EndNominationBody,
  EndNominationResult,
  IdResult,
  NominationBody,
  SettleBody,
  SettleResult,
} from './wellness.schemas.ts';
import type { WellnessService } from './wellness.service.ts';

const tags = ['wellness'];
const read = { permission: 'wellness.read' } as const;
const manage = { permission: 'wellness.manage' } as const;
const nominate = { permission: 'wellness.nominate' } as const;

/** Batches: allocations, nominations, attendance (by hand and by sheet) and settling. */
export function wellnessBatchRoutes(app: App, { wellness }: { wellness: WellnessService }): void {
  app.post(
    '/api/wellness/batches',
    {
      config: { ...manage, errors: [409] },
      schema: {
        tags,
        summary: "A batch of a program: institution, days, places (within the institution's and the year's)",
        body: BatchBody,
        response: { 200: IdResult },
      },
    },
    async (req) => wellness.createBatch(actorOf(req), req.body),
  );
  app.get(
    '/api/wellness/batches/:id',
    {
      config: read,
      schema: {
        tags,
        summary: "A batch with its quotas and nominations (a lower union's own; the list read is audited)",
        params: IdParams,
        response: { 200: BatchDetailSchema },
      },
    },
    async (req) => wellness.getBatch(actorOf(req), req.params.id),
  );
  app.post(
    '/api/wellness/batches/:id/allocations',
    {
      config: { ...manage, errors: [409] },
      schema: {
        tags,
        summary: "Give a lower union a quota of the batch's places (or change it)",
        params: IdParams,
        body: AllocationBody,
        response: { 200: Ok },
      },
    },
    async (req) => wellness.allocate(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/wellness/batches/:id/nominations',
    {
      config: { ...nominate, errors: [409] },
      schema: {
        tags,
        summary: "Nominate a member on the union's quota (eligible, not served lately, never past the quota)",
        params: IdParams,
        body: NominationBody,
        response: { 200: IdResult },
      },
    },
    async (req) => wellness.nominate(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/wellness/nominations/:id/end',
    {
      config: { ...nominate, errors: [409] },
      schema: {
        tags,
        summary: 'Before the batch closes: substitute another member, or give the place back',
        params: IdParams,
        body: EndNominationBody,
        response: { 200: EndNominationResult },
      },
    },
    async (req) => wellness.endNomination(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/wellness/batches/:id/attendance',
    {
      config: { ...manage, errors: [409] },
      schema: {
        tags,
        summary: 'Record who went and who did not',
        params: IdParams,
        body: AttendanceBody,
        response: { 200: AttendanceResult },
      },
    },
    async (req) => wellness.markAttendance(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/wellness/batches/:id/attendance/template.xlsx',
    {
      config: manage,
      schema: {
        tags,
        summary: "The institution's attendance list template (with 填写说明)",
        params: IdParams,
      },
    },
    async (req, reply) =>
      reply
        .headers(xlsxHeaders('到场名单模板.xlsx'))
        .send(await wellness.attendanceTemplate(actorOf(req), req.params.id)),
  );
  app.post(
    '/api/wellness/batches/:id/attendance/import',
    {
      config: { ...manage, upload: SheetUploadForm, errors: [409] },
      schema: {
        tags,
        summary:
          "The institution's attendance list (.xlsx/.xls/.ods/.csv): dryRun=true checks only (预检); otherwise all " +
          'rows or none (400 IMPORT_ROWS_INVALID with every row error)',
        params: IdParams,
        querystring: AttendanceImportQuery,
        response: { 200: AttendanceImportResult },
      },
    },
    async (req) => {
      const { file, fileName } = await readUpload(req);
      return wellness.importAttendance(actorOf(req), req.params.id, {
        file,
        fileName,
        dryRun: req.query.dryRun === true,
        effectiveOn: req.query.effectiveOn,
      });
    },
  );
  app.post(
    '/api/wellness/batches/:id/settle',
    {
      config: { ...manage, errors: [409] },
      schema: {
        tags,
        summary:
          "Settle the batch: the union's share for those who went, granted through the programs ledger",
        params: IdParams,
        body: SettleBody,
        response: { 200: SettleResult },
      },
    },
    async (req) => wellness.settle(actorOf(req), req.params.id, req.body),
  );
}
