import { routeMould, xlsxFile } from '../../http/route-mould.ts';
import { DatedImportQuery, IdParams, Ok, SheetUploadForm } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { readSheetImport } from '../../http/upload.ts';
import {
  AllocationBody,
  AttendanceBody,
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
  const on = routeMould(app, tags);
  on.post('/api/wellness/batches', {
    config: { ...manage, errors: [409] },
    summary: "A batch of a program: institution, days, places (within the institution's and the year's)",
    body: BatchBody,
    response: IdResult,
    use: wellness.createBatch,
  });
  on.get('/api/wellness/batches/:id', {
    config: read,
    summary: "A batch with its quotas and nominations (a lower union's own; the list read is audited)",
    params: IdParams,
    response: BatchDetailSchema,
    use: wellness.getBatch,
  });
  on.post('/api/wellness/batches/:id/allocations', {
    config: { ...manage, errors: [409] },
    summary: "Give a lower union a quota of the batch's places (or change it)",
    params: IdParams,
    body: AllocationBody,
    response: Ok,
    use: wellness.allocate,
  });
  on.post('/api/wellness/batches/:id/nominations', {
    config: { ...nominate, errors: [409] },
    summary: "Nominate a member on the union's quota (eligible, not served lately, never past the quota)",
    params: IdParams,
    body: NominationBody,
    response: IdResult,
    use: wellness.nominate,
  });
  on.post('/api/wellness/nominations/:id/end', {
    config: { ...nominate, errors: [409] },
    summary: 'Before the batch closes: substitute another member, or give the place back',
    params: IdParams,
    body: EndNominationBody,
    response: EndNominationResult,
    use: wellness.endNomination,
  });
  on.post('/api/wellness/batches/:id/attendance', {
    config: { ...manage, errors: [409] },
    summary: 'Record who went and who did not',
    params: IdParams,
    body: AttendanceBody,
    response: AttendanceResult,
    use: wellness.markAttendance,
  });
  on.file('/api/wellness/batches/:id/attendance/template.xlsx', {
    config: manage,
    summary: "The institution's attendance list template (with 填写说明)",
    params: IdParams,
    run: async (actor, { params }) =>
      xlsxFile('到场名单模板.xlsx', await wellness.attendanceTemplate(actor, params.id)),
  });
  on.post('/api/wellness/batches/:id/attendance/import', {
    config: { ...manage, upload: SheetUploadForm, errors: [409] },
    summary:
      "The institution's attendance list (.xlsx/.xls/.ods/.csv): dryRun=true checks only (预检); otherwise all " +
      'rows or none (400 IMPORT_ROWS_INVALID with every row error)',
    params: IdParams,
    querystring: DatedImportQuery,
    response: AttendanceImportResult,
    run: async (actor, { params, query, req }) =>
      wellness.importAttendance(actor, params.id, await readSheetImport(req, query)),
  });
  on.post('/api/wellness/batches/:id/settle', {
    config: { ...manage, errors: [409] },
    summary: "Settle the batch: the union's share for those who went, granted through the programs ledger",
    params: IdParams,
    body: SettleBody,
    response: SettleResult,
    use: wellness.settle,
  });
}
