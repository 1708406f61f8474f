import { listRoutes } from '../../http/list-routes.ts';
import { registerImportRoutes } from '../../http/register-routes.ts';
import { IdParams } from '../../http/schema.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import { type App, actorOf } from '../../http/types.ts';
import {
  CloseBody,
  CreateFileBody,
  EditFileBody,
  FileDetailSchema,
  FileExportQuery,
  FileListSchema,
  FileQuery,
  FileSchema,
  HardshipImportResult,
  MemberParams,
  RevealSchema,
  ReviewBody,
  StatsQuery,
  StatsSchema,
  VerifyBody,
} from './hardship.schemas.ts';
import type { HardshipService } from './hardship.service.ts';

const tags = ['hardship'];

export function hardshipRoutes(app: App, { hardship }: { hardship: HardshipService }): void {
  listRoutes(app, {
    path: '/api/hardship/files',
    exportPath: '/api/hardship/files.xlsx',
    permission: 'hardship.read',
    tags,
    summary: 'Hardship files (困难职工档案) of the unions in my subtree',
    exportSummary: 'The hardship files as listed, as .xlsx (audited)',
    query: FileQuery,
    exportQuery: FileExportQuery,
    result: FileListSchema,
    list: (actor, query) => hardship.listFiles(actor, query),
    export: (actor, query) => hardship.exportFiles(actor, query),
  });
  app.post(
    '/api/hardship/files',
    {
      config: { permission: 'hardship.write', errors: [409] },
      schema: {
        tags,
        summary: 'Open a hardship file (a draft) for a member and their household',
        body: CreateFileBody,
        response: { 200: FileSchema },
      },
    },
    async (req) => hardship.createFile(actorOf(req), req.body),
  );
  registerImportRoutes(app, {
    path: '/api/hardship/import',
    listed: {
      key: 'hardship',
      name: { zh: '困难职工档案', en: 'Households in hardship' },
      module: 'hardship',
    },
    permission: 'hardship.write',
    tags,
    templateFile: '困难职工档案台账导入模板.xlsx',
    what:
      'a hardship files register: a file per household, one row per household member, with the days it was ' +
      'established, verified, reviewed and closed',
    result: HardshipImportResult,
    register: hardship.register,
  });
  statisticsRoutes(app, {
    path: '/api/hardship/stats',
    permission: 'hardship.read',
    tags,
    summary:
      'Hardship files of a union subtree: in force, expired and verified in a year, by level and cause',
    xlsxSummary: 'The same statistics as .xlsx',
    query: StatsQuery,
    result: StatsSchema,
    stats: (actor, query) => hardship.stats(actor, query),
    xlsx: (actor, query) => hardship.exportStats(actor, query),
  });
  app.get(
    '/api/hardship/files/:id',
    {
      config: { permission: 'hardship.read' },
      schema: {
        tags,
        summary: "A file, its household (ID numbers masked), its verifications and the household's history",
        params: IdParams,
        response: { 200: FileDetailSchema },
      },
    },
    async (req) => hardship.getFile(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/hardship/files/:id',
    {
      config: { permission: 'hardship.write', errors: [409] },
      schema: {
        tags,
        summary:
          'Correct an open file: address, causes, note, household and income; each change in its history and the audit log',
        params: IdParams,
        body: EditFileBody,
        response: { 200: FileSchema },
      },
    },
    async (req) => hardship.editFile(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/hardship/files/:id/verify',
    {
      config: { permission: 'hardship.write', errors: [409] },
      schema: {
        tags,
        summary: "Verify a draft file: the worker's hardship level for rules comes from it until the expiry",
        params: IdParams,
        body: VerifyBody,
        response: { 200: FileSchema },
      },
    },
    async (req) => hardship.verifyFile(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/hardship/files/:id/review',
    {
      config: { permission: 'hardship.write', errors: [409] },
      schema: {
        tags,
        summary: 'The yearly review: level, causes and household as found, and a new expiry',
        params: IdParams,
        body: ReviewBody,
        response: { 200: FileSchema },
      },
    },
    async (req) => hardship.reviewFile(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/hardship/files/:id/close',
    {
      config: { permission: 'hardship.write', errors: [409] },
      schema: {
        tags,
        summary: "Close a file (销档): the worker's hardship status ends the day before",
        params: IdParams,
        body: CloseBody,
        response: { 200: FileSchema },
      },
    },
    async (req) => hardship.closeFile(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/hardship/files/:id/members/:memberId/id-number',
    {
      config: { permission: 'people.reveal_id' },
      schema: {
        tags,
        summary: "A household member's full ID number (audited)",
        params: MemberParams,
        response: { 200: RevealSchema },
      },
    },
    async (req) => hardship.revealMemberId(actorOf(req), req.params.id, req.params.memberId),
  );
}
