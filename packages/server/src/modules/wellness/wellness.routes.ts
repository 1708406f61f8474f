import { registerImportRoutes } from '../../http/register-routes.ts';
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
  InstitutionBody,
  InstitutionListSchema,
  MineSchema,
  NominationBody,
  OrgQuery,
  ProgramBody,
  ProgramDetailSchema,
  ProgramListSchema,
  SettleBody,
  SettleResult,
  StatsQuery,
  StatsSchema,
  WellnessRegisterResult,
} from './wellness.schemas.ts';
import type { WellnessService } from './wellness.service.ts';

const tags = ['wellness'];
const read = { permission: 'wellness.read' } as const;
const manage = { permission: 'wellness.manage' } as const;
const nominate = { permission: 'wellness.nominate' } as const;

export function wellnessRoutes(app: App, { wellness }: { wellness: WellnessService }): void {
  registerImportRoutes(app, {
    path: '/api/wellness/import',
    listed: {
      key: 'wellness',
      name: { zh: '疗休养体检推荐记录', en: 'Sanatorium stays and check-ups' },
      module: 'wellness',
    },
    permission: 'wellness.manage',
    tags,
    templateFile: '疗休养体检台账导入模板.xlsx',
    what: 'a 疗休养/体检 register (one row per nominee of a batch: the batch, the nominating union, the day nominated, a substitution or withdrawal and its day, attendance)',
    result: WellnessRegisterResult,
    register: wellness.register,
  });
  app.get(
    '/api/wellness/programs',
    {
      config: read,
      schema: {
        tags,
        summary: "疗休养 and 体检 programs of a union's subtree, or with places given to it (default: mine)",
        querystring: OrgQuery,
        response: { 200: ProgramListSchema },
      },
    },
    async (req) => wellness.listPrograms(actorOf(req), req.query.orgId),
  );
  app.post(
    '/api/wellness/programs',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'A program of places over years: kind, places a year, cost per person and its shares, who may go',
        body: ProgramBody,
        response: { 200: IdResult },
      },
    },
    async (req) => wellness.createProgram(actorOf(req), req.body),
  );
  app.get(
    '/api/wellness/programs/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A program with its batches',
        params: IdParams,
        response: { 200: ProgramDetailSchema },
      },
    },
    async (req) => wellness.getProgram(actorOf(req), req.params.id),
  );
  app.get(
    '/api/wellness/institutions',
    {
      config: read,
      schema: {
        tags,
        summary: 'Sanatoriums and check-up centres registered by the subtree or the unions above it',
        querystring: OrgQuery,
        response: { 200: InstitutionListSchema },
      },
    },
    async (req) => wellness.listInstitutions(actorOf(req), req.query.orgId),
  );
  app.post(
    '/api/wellness/institutions',
    {
      config: { ...manage, errors: [409] },
      schema: {
        tags,
        summary: 'Register an institution with the number it takes per batch',
        body: InstitutionBody,
        response: { 200: IdResult },
      },
    },
    async (req) => wellness.createInstitution(actorOf(req), req.body),
  );
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
  app.get(
    '/api/wellness/stats',
    {
      config: read,
      schema: {
        tags,
        summary: 'Places offered, allocated and used by year, union and group; distinct workers served',
        querystring: StatsQuery,
        response: { 200: StatsSchema },
      },
    },
    async (req) => wellness.stats(actorOf(req), req.query),
  );
  app.get(
    '/api/wellness/stats.xlsx',
    { config: read, schema: { tags, summary: 'The statistics as .xlsx', querystring: StatsQuery } },
    async (req, reply) => {
      const { file, name } = await wellness.statsXlsx(actorOf(req), req.query);
      return reply.headers(xlsxHeaders(name)).send(file);
    },
  );
  app.get(
    '/api/wellness/me',
    {
      config: { permission: 'self.read' },
      schema: {
        tags,
        summary: 'My batches: when, where, where to meet and what to bring',
        response: { 200: MineSchema },
      },
    },
    async (req) => wellness.mine(actorOf(req)),
  );
  app.post(
    '/api/wellness/me/:id/checkin',
    {
      config: { permission: 'self.apply', errors: [409] },
      schema: {
        tags,
        summary: 'Sign in at the institution on the batch’s days',
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => wellness.checkInSelf(actorOf(req), req.params.id),
  );
}
