import type { FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import type { Actor } from '../../access/access.ts';
import { registerRouteGroup } from '../../http/register-routes.ts';
import { type RouteInput, routeMould, type SentFile } from '../../http/route-mould.ts';
import { FileField, IdParams, Obj } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { AppError } from '../../shared/errors.ts';
import {
  ClaimBody,
  ClaimExportQuery,
  ClaimImportResult,
  ClaimListSchema,
  ClaimQuery,
  DecideBody,
  DecideResult,
  FileParams,
  FileQuery,
  IdResult,
  ReviewBody,
  ReviewResult,
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

/** Claims: listed, brought in from a register, filed by staff, their files (staff and worker), reviewed and decided. */
export function insuranceClaimRoutes(app: App, { insurance }: { insurance: InsuranceService }): void {
  const on = routeMould(app, tags);
  /** A claim's documents, added and read alike by the unions of its review chain and by the claimant (`self`). */
  const addFile =
    (self: boolean) =>
    async (actor: Actor, { params, query, req }: RouteInput<typeof IdParams, typeof FileQuery, TSchema>) =>
      insurance.addFile(actor, params.id, { document: query.document, self, file: await readClaimFile(req) });
  const getFile =
    (self: boolean) =>
    async (actor: Actor, { params }: RouteInput<typeof FileParams, TSchema, TSchema>): Promise<SentFile> => {
      const f = await insurance.getFile(actor, params.id, params.fileId, self);
      return { headers: { 'content-type': f.mime, 'cache-control': 'private, no-store' }, data: f.data };
    };
  registerRouteGroup(app, {
    tags,
    list: {
      path: '/api/insurance/claims',
      permission: read.permission,
      summary: "Claims on a subtree's policies or by its members, with days open and overdue flags",
      query: ClaimQuery,
      result: ClaimListSchema,
      run: insurance.listClaims,
      export: {
        summary:
          "The claims list as .xlsx with the list's filters (every claim, payouts in yuan and their 合计, ID numbers masked — full for people.reveal_id when asked, audited as an ID export; the union, view and day on a second sheet); audited",
        query: ClaimExportQuery,
        run: insurance.exportClaims,
      },
    },
    import: {
      path: '/api/insurance/claims/import',
      listed: {
        key: 'insurance-claims',
        module: 'insurance',
      },
      permission: write.permission,
      what: "a register of insurance claims (one row per claim of my subtree's policies, with its accident, filing, decision and payment days and payout)",
      result: ClaimImportResult,
      register: insurance.register,
    },
  });
  on.post('/api/insurance/claims', {
    config: write,
    summary:
      "File a claim for a member of my subtree (covered on the incident day: on the insured list, or for a year kept as totals a member of the policy's subtree that day); `filedOn` the day it was filed (default today, not before the accident; a past day needs history.backdate)",
    body: ClaimBody,
    response: IdResult,
    use: insurance.fileClaim,
  });
  on.post('/api/insurance/claims/:id/files', {
    config: { ...write, ...upload, errors: [409] },
    summary:
      'Upload a file (photo or PDF; photos\' metadata removed) for an item of the claim\'s checklist, by a union of its review chain; multipart field "file"',
    params: IdParams,
    querystring: FileQuery,
    response: IdResult,
    run: addFile(false),
  });
  on.file('/api/insurance/claims/:id/files/:fileId', {
    config: read,
    summary: 'A claim document, for the unions of its review chain (audited)',
    params: FileParams,
    run: getFile(false),
  });
  on.post('/api/me/insurance/claims/:id/files', {
    config: { permission: 'self.apply', ...upload, errors: [409] },
    summary: 'Upload a file (photo or PDF) for an item of my claim\'s checklist; multipart field "file"',
    params: IdParams,
    querystring: FileQuery,
    response: IdResult,
    run: addFile(true),
  });
  on.file('/api/me/insurance/claims/:id/files/:fileId', {
    config: { permission: 'self.apply' },
    summary: 'A document of my claim',
    params: FileParams,
    run: getFile(true),
  });
  on.post('/api/insurance/claims/:id/review', {
    config: { ...write, errors: [409] },
    summary:
      "A step of the claim's chain (the member's union up to the policy's union): forward it up, or to the insurer at the policy's union, or return it with a reason; only the union whose step it is (NOT_YOUR_STEP)",
    params: IdParams,
    body: ReviewBody,
    response: ReviewResult,
    use: insurance.review,
  });
  on.post('/api/insurance/claims/:id/decide', {
    config: { ...write, errors: [409] },
    summary:
      "The policy's union records the insurer's side of a forwarded claim: approve with the payout, reject with the reason, paid",
    params: IdParams,
    body: DecideBody,
    response: DecideResult,
    use: insurance.decide,
  });
}
