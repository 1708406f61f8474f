import type { FastifyRequest } from 'fastify';
import { registerRouteGroup } from '../../http/register-routes.ts';
import { attachmentFile, routeMould, xlsxFile } from '../../http/route-mould.ts';
import { FileField, IdParams, Obj, Ok, SheetUploadForm } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { readUpload } from '../../http/upload.ts';
import { agreementErrors } from './agreements.errors.ts';
import {
  AgreementDetailSchema,
  AgreementExportQuery,
  AgreementImportResult,
  AgreementListSchema,
  AgreementQuery,
  AgreementSchema,
  CoverageImportResult,
  CreateAgreementBody,
  EditAgreementBody,
  EndAgreementBody,
  StatsQuery,
  StatsSchema,
} from './agreements.schemas.ts';
import type { AgreementsService } from './agreements.service.ts';
import { coverageTemplate } from './coverage.import.ts';

const tags = ['agreements'];
const TEXT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};
const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/** The agreement's text from a multipart form (field `file`): PDF, Word or a scan, at most 20 MB. */
async function readText(req: FastifyRequest) {
  const part = req.isMultipart() ? await req.file() : undefined;
  if (part?.fieldname !== 'file') {
    throw agreementErrors.textFile({ zh: '请上传合同文本文件', en: 'Upload the text of the agreement' });
  }
  const ext = /\.([a-z]+)$/i.exec(part.filename)?.[1]?.toLowerCase() ?? '';
  const mime = TEXT_TYPES[ext];
  if (!mime) {
    throw agreementErrors.textFile({
      zh: `不支持的文件类型：${part.filename}（请上传 PDF、Word 或图片）`,
      en: `Unsupported file type: ${part.filename} (upload PDF, Word or an image)`,
    });
  }
  const data = await part.toBuffer();
  if (!data.length || data.length > MAX_TEXT_BYTES) {
    throw agreementErrors.textFile({
      zh: `文件 ${part.filename} 为空或超过20MB`,
      en: `File ${part.filename} is empty or larger than 20 MB`,
    });
  }
  return { name: part.filename.slice(0, 200), mime, data };
}

export function agreementsRoutes(app: App, { agreements }: { agreements: AgreementsService }): void {
  const on = routeMould(app, tags);
  registerRouteGroup(app, {
    tags,
    list: {
      path: '/api/agreements',
      permission: 'agreements.read',
      summary:
        'Collective agreements of the unions in my subtree (status expiring: the renewal list, 90 days)',
      query: AgreementQuery,
      result: AgreementListSchema,
      run: agreements.listAgreements,
      export: {
        summary: 'The agreements as listed, as .xlsx (audited)',
        query: AgreementExportQuery,
        run: (actor, query) => agreements.exportAgreements(actor, query),
      },
    },
    import: {
      path: '/api/agreements/import',
      listed: {
        key: 'agreements',
        module: 'agreements',
      },
      permission: 'agreements.write',
      what: 'a collective agreements register (one row per agreement and covered enterprise, with its signing, start and end days)',
      result: AgreementImportResult,
      register: agreements.register,
    },
    stats: {
      path: '/api/agreements/stats',
      permission: 'agreements.read',
      summary: 'Agreements signed in a year and the coverage (enterprises, workers, rate) of a union subtree',
      query: StatsQuery,
      result: StatsSchema,
      stats: agreements.stats,
      xlsx: agreements.exportStats,
    },
  });
  on.post('/api/agreements', {
    config: { permission: 'agreements.write' },
    summary: 'Enter a signed agreement and the enterprises it covers',
    body: CreateAgreementBody,
    response: AgreementSchema,
    use: agreements.createAgreement,
  });
  on.post('/api/agreements/:id/end', {
    config: { permission: 'agreements.write', errors: [404, 409] },
    summary:
      'End an agreement before its expiry (终止) on a day, its last day in force; coverage and statistics end with it',
    params: IdParams,
    body: EndAgreementBody,
    response: AgreementSchema,
    use: agreements.endAgreement,
  });
  on.file('/api/agreements/coverage-template.xlsx', {
    config: { permission: 'agreements.write' },
    summary: 'The template for importing covered enterprises (.xlsx)',
    run: async (_actor) => xlsxFile('覆盖企业导入模板.xlsx', coverageTemplate()),
  });
  on.get('/api/agreements/:id', {
    config: { permission: 'agreements.read' },
    summary: 'One agreement and the enterprises it covers',
    params: IdParams,
    response: AgreementDetailSchema,
    use: agreements.getAgreement,
  });
  on.patch('/api/agreements/:id', {
    config: { permission: 'agreements.write', errors: [409] },
    summary:
      'Correct an agreement: terms, dates and, before it is in force, the enterprises it covers; each change in its history and the audit log',
    params: IdParams,
    body: EditAgreementBody,
    response: AgreementSchema,
    use: agreements.editAgreement,
  });
  on.post('/api/agreements/:id/coverage/import', {
    config: { permission: 'agreements.write', upload: SheetUploadForm },
    summary:
      'Import covered enterprises from .xlsx, .xls, .ods or .csv (multipart field "file", or JSON { fileName, contentBase64 }); nothing is imported unless every row is valid',
    params: IdParams,
    response: CoverageImportResult,
    run: async (actor, { params, req }) => {
      const { file, fileName } = await readUpload(req);
      return agreements.importCoverage(actor, params.id, file, fileName);
    },
  });
  on.put('/api/agreements/:id/text', {
    config: { permission: 'agreements.write', upload: Obj({ file: FileField }) },
    summary:
      'Upload the text of the agreement (PDF, Word or a scan; multipart field "file"), replacing any earlier one',
    params: IdParams,
    response: Ok,
    run: async (actor, { params, req }) => {
      await agreements.uploadText(actor, params.id, await readText(req));
      return { ok: true as const };
    },
  });
  on.file('/api/agreements/:id/text', {
    config: { permission: 'agreements.read' },
    summary: 'Download the text of the agreement',
    params: IdParams,
    run: async (actor, { params }) => attachmentFile(await agreements.getText(actor, params.id)),
  });
}
