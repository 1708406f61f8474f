import type { FastifyRequest } from 'fastify';
import { registerImportRoutes } from '../../http/register-routes.ts';
import { FileField, IdParams, Obj } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { xlsxHeaders } from '../../http/upload.ts';
import { AppError } from '../../shared/errors.ts';
import { notesSheet } from '../../shared/figure-notes.ts';
import { periodText } from '../../shared/period.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import {
  ChangesJsonQuery,
  ChangesQuery,
  ChangesSchema,
  ClaimBody,
  ClaimImportResult,
  ClaimListSchema,
  ClaimQuery,
  DecideBody,
  DecideResult,
  FileParams,
  FileQuery,
  IdResult,
  ListQuery,
  MineSchema,
  MyClaimBody,
  PolicyBody,
  PolicyDetailSchema,
  PolicyListQuery,
  PolicyListSchema,
  ReviewBody,
  ReviewResult,
  StatsQuery,
  StatsSchema,
  SyncBody,
  SyncResult,
} from './insurance.schemas.ts';
import type { InsuranceService } from './insurance.service.ts';

const tags = ['insurance'];

/** A claim document from a multipart form (field `file`), at most 10 MB; its kind is checked by the service. */
async function readClaimFile(req: FastifyRequest) {
  const part = req.isMultipart() ? await req.file() : undefined;
  if (part?.fieldname !== 'file')
    throw new AppError(
      'invalid',
      'INSURANCE_FILE_INVALID',
      { zh: '请上传文件', en: 'Upload a file' },
      { field: 'file' },
    );
  const data = await part.toBuffer();
  if (!data.length || data.length > 10 * 1024 * 1024)
    throw new AppError(
      'invalid',
      'INSURANCE_FILE_INVALID',
      { zh: `文件 ${part.filename} 为空或超过10MB`, en: `${part.filename} is empty or larger than 10 MB` },
      { field: 'file' },
    );
  return { name: part.filename, data };
}
const upload = { upload: Obj({ file: FileField }) };
const read = { permission: 'insurance.read' } as const;
const write = { permission: 'insurance.write' } as const;

export function insuranceRoutes(app: App, { insurance }: { insurance: InsuranceService }): void {
  registerImportRoutes(app, {
    path: '/api/insurance/claims/import',
    listed: {
      key: 'insurance-claims',
      name: { zh: '保险理赔记录', en: 'Insurance policies and claims' },
      module: 'insurance',
    },
    permission: 'insurance.write',
    tags,
    templateFile: '保险理赔台账导入模板.xlsx',
    what: "a register of insurance claims (one row per claim of my subtree's policies, with its accident, filing, decision and payment days and payout)",
    result: ClaimImportResult,
    register: insurance.register,
  });
  app.get(
    '/api/insurance/policies',
    {
      config: read,
      schema: {
        tags,
        summary: "A page of the group insurance policies of a union's subtree (default: mine)",
        querystring: PolicyListQuery,
        response: { 200: PolicyListSchema },
      },
    },
    async (req) => insurance.listPolicies(actorOf(req), req.query),
  );
  app.post(
    '/api/insurance/policies',
    {
      config: { ...write, errors: [409] },
      schema: {
        tags,
        summary:
          "Record a union's policy for a year: insurer, number, period, premium per person, cover, who is insured (a rule); a year before the platform with its insured and premium as recorded",
        body: PolicyBody,
        response: { 200: IdResult },
      },
    },
    async (req) => insurance.createPolicy(actorOf(req), req.body),
  );
  app.get(
    '/api/insurance/policies/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A policy with the premium due by the days each insured person was covered',
        params: IdParams,
        response: { 200: PolicyDetailSchema },
      },
    },
    async (req) => insurance.getPolicy(actorOf(req), req.params.id),
  );
  app.post(
    '/api/insurance/policies/:id/sync',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Bring the insured in step with the member register as it stood on a day (additions and removals, dated)',
        params: IdParams,
        body: SyncBody,
        response: { 200: SyncResult },
      },
    },
    async (req) => insurance.sync(actorOf(req), req.params.id, req.body.on),
  );
  app.get(
    '/api/insurance/policies/:id/insured.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary:
          "The insurer's list of the insured, with their days (the register's changes taken in first; full ID numbers for people.reveal_id when asked, audited)",
        params: IdParams,
        querystring: ListQuery,
      },
    },
    async (req, reply) => {
      const { file, name } = await insurance.insuredXlsx(
        actorOf(req),
        req.params.id,
        req.query.full === true,
      );
      return reply.headers(xlsxHeaders(name)).send(file);
    },
  );
  app.get(
    '/api/insurance/policies/:id/changes',
    {
      config: read,
      schema: {
        tags,
        summary:
          "A month's additions and removals (dated) with the premium adjustment by days of cover (the register's changes taken in first)",
        params: IdParams,
        querystring: ChangesJsonQuery,
        response: { 200: ChangesSchema },
      },
    },
    async (req) => {
      const c = await insurance.changes(actorOf(req), req.params.id, req.query.month);
      return { ...c, rows: c.rows.map(({ idCipher: _, ...r }) => r) };
    },
  );
  app.get(
    '/api/insurance/policies/:id/changes.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary:
          "The month's change list for the insurer as .xlsx (ID numbers masked, full for people.reveal_id when asked, audited)",
        params: IdParams,
        querystring: ChangesQuery,
      },
    },
    async (req, reply) => {
      const { file, name } = await insurance.changesXlsx(
        actorOf(req),
        req.params.id,
        req.query.month,
        req.query.full === true,
      );
      return reply.headers(xlsxHeaders(name)).send(file);
    },
  );
  app.get(
    '/api/insurance/claims',
    {
      config: read,
      schema: {
        tags,
        summary: "Claims on a subtree's policies or by its members, with days open and overdue flags",
        querystring: ClaimQuery,
        response: { 200: ClaimListSchema },
      },
    },
    async (req) => insurance.listClaims(actorOf(req), req.query),
  );
  app.post(
    '/api/insurance/claims',
    {
      config: write,
      schema: {
        tags,
        summary:
          "File a claim for a member of my subtree (covered on the incident day: on the insured list, or for a year kept as totals a member of the policy's subtree that day); `filedOn` the day it was filed (default today, not before the accident; a past day needs history.backdate)",
        body: ClaimBody,
        response: { 200: IdResult },
      },
    },
    async (req) => insurance.fileClaim(actorOf(req), req.body),
  );
  app.post(
    '/api/insurance/claims/:id/files',
    {
      config: { ...write, ...upload, errors: [409] },
      schema: {
        tags,
        summary:
          'Upload a file (photo or PDF; photos\' metadata removed) for an item of the claim\'s checklist, by a union of its review chain; multipart field "file"',
        params: IdParams,
        querystring: FileQuery,
        response: { 200: IdResult },
      },
    },
    async (req) =>
      insurance.addFile(actorOf(req), req.params.id, {
        document: req.query.document,
        self: false,
        file: await readClaimFile(req),
      }),
  );
  app.get(
    '/api/insurance/claims/:id/files/:fileId',
    {
      config: read,
      schema: {
        tags,
        summary: 'A claim document, for the unions of its review chain (audited)',
        params: FileParams,
      },
    },
    async (req, reply) => {
      const f = await insurance.getFile(actorOf(req), req.params.id, req.params.fileId, false);
      return reply.headers({ 'content-type': f.mime, 'cache-control': 'private, no-store' }).send(f.data);
    },
  );
  app.post(
    '/api/me/insurance/claims/:id/files',
    {
      config: { permission: 'self.apply', ...upload, errors: [409] },
      schema: {
        tags,
        summary: 'Upload a file (photo or PDF) for an item of my claim\'s checklist; multipart field "file"',
        params: IdParams,
        querystring: FileQuery,
        response: { 200: IdResult },
      },
    },
    async (req) =>
      insurance.addFile(actorOf(req), req.params.id, {
        document: req.query.document,
        self: true,
        file: await readClaimFile(req),
      }),
  );
  app.get(
    '/api/me/insurance/claims/:id/files/:fileId',
    {
      config: { permission: 'self.apply' },
      schema: { tags, summary: 'A document of my claim', params: FileParams },
    },
    async (req, reply) => {
      const f = await insurance.getFile(actorOf(req), req.params.id, req.params.fileId, true);
      return reply.headers({ 'content-type': f.mime, 'cache-control': 'private, no-store' }).send(f.data);
    },
  );
  app.post(
    '/api/insurance/claims/:id/review',
    {
      config: { ...write, errors: [409] },
      schema: {
        tags,
        summary:
          "A step of the claim's chain (the member's union up to the policy's union): forward it up, or to the insurer at the policy's union, or return it with a reason; only the union whose step it is (NOT_YOUR_STEP)",
        params: IdParams,
        body: ReviewBody,
        response: { 200: ReviewResult },
      },
    },
    async (req) => insurance.review(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/insurance/claims/:id/decide',
    {
      config: { ...write, errors: [409] },
      schema: {
        tags,
        summary:
          "The policy's union records the insurer's side of a forwarded claim: approve with the payout, reject with the reason, paid",
        params: IdParams,
        body: DecideBody,
        response: { 200: DecideResult },
      },
    },
    async (req) => insurance.decide(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/insurance/stats',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Per year over years or any days: policies, insured, premium, claims filed and paid, payouts; states (in force, covered, open claims) on the last day',
        querystring: StatsQuery,
        response: { 200: StatsSchema },
      },
    },
    async (req) => insurance.stats(actorOf(req), req.query),
  );
  app.get(
    '/api/insurance/stats.xlsx',
    {
      config: read,
      schema: { tags, summary: 'The insurance statistics as .xlsx', querystring: StatsQuery },
    },
    async (req, reply) => {
      const s = await insurance.stats(actorOf(req), req.query);
      const yuan = (fen: number) => fen / 100;
      const rows = [...s.years, { year: '合计', ...s.total }].map((r) => [
        r.year,
        r.policies,
        r.insured,
        yuan(r.premiumFen),
        r.claimsFiled,
        r.claimsPaid,
        yuan(r.paidFen),
      ]);
      const file = writeWorkbook([
        {
          name: '团体意外险统计',
          headers: ['年度', '保单数', '参保人数', '保费（元）', '报案件数', '赔付件数', '赔付金额（元）'],
          rows,
          moneyColumns: [3, 6],
        },
        {
          name: '统计期间与状态',
          headers: ['项目', '数值'],
          rows: [
            ['统计期间', `${s.from} 至 ${s.to}`],
            ['状态截至', s.asOf],
            ['在保保单数', s.states.inForce],
            ['在保人数', s.states.insured],
            ['未决报案件数', s.states.openClaims],
          ],
        },
        notesSheet(s.notes),
      ]);
      return reply.headers(xlsxHeaders(`团体意外险统计-${periodText(s)}.xlsx`)).send(file);
    },
  );
  app.get(
    '/api/me/insurance',
    {
      config: { permission: 'self.read' },
      schema: { tags, summary: 'My cover and my claims', response: { 200: MineSchema } },
    },
    async (req) => insurance.myInsurance(actorOf(req)),
  );
  app.post(
    '/api/me/insurance/claims',
    {
      config: { permission: 'self.apply' },
      schema: {
        tags,
        summary: 'File a claim for myself (covered on the incident day)',
        body: MyClaimBody,
        response: { 200: IdResult },
      },
    },
    async (req) => insurance.fileClaim(actorOf(req), req.body),
  );
}
