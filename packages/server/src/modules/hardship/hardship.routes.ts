import type { FastifyContextConfig } from 'fastify';
import { registerRouteGroup } from '../../http/register-routes.ts';
import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
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
const write: FastifyContextConfig = { permission: 'hardship.write', errors: [409] };

export function hardshipRoutes(app: App, { hardship }: { hardship: HardshipService }): void {
  const on = routeMould(app, tags);
  registerRouteGroup(app, {
    tags,
    list: {
      path: '/api/hardship/files',
      permission: 'hardship.read',
      summary: 'Hardship files (困难职工档案) of the unions in my subtree',
      query: FileQuery,
      result: FileListSchema,
      run: hardship.listFiles,
      export: {
        summary: 'The hardship files as listed, as .xlsx (audited)',
        query: FileExportQuery,
        run: (actor, query) => hardship.exportFiles(actor, query),
      },
    },
    import: {
      path: '/api/hardship/import',
      listed: {
        key: 'hardship',
        module: 'hardship',
      },
      permission: 'hardship.write',
      what:
        'a hardship files register: a file per household, one row per household member, with the days it was ' +
        'established, verified, reviewed and closed',
      result: HardshipImportResult,
      register: hardship.register,
    },
    stats: {
      path: '/api/hardship/stats',
      permission: 'hardship.read',
      summary:
        'Hardship files of a union subtree: in force, expired and verified in a year, by level and cause',
      query: StatsQuery,
      result: StatsSchema,
      stats: hardship.stats,
      xlsx: hardship.exportStats,
    },
  });
  on.post('/api/hardship/files', {
    config: write,
    summary: 'Open a hardship file (a draft) for a member and their household',
    body: CreateFileBody,
    response: FileSchema,
    use: hardship.createFile,
  });
  on.get('/api/hardship/files/:id', {
    config: { permission: 'hardship.read' },
    summary: "A file, its household (ID numbers masked), its verifications and the household's history",
    params: IdParams,
    response: FileDetailSchema,
    use: hardship.getFile,
  });
  on.patch('/api/hardship/files/:id', {
    config: write,
    summary:
      'Correct an open file: address, causes, note, household and income; each change in its history and the audit log',
    params: IdParams,
    body: EditFileBody,
    response: FileSchema,
    use: hardship.editFile,
  });
  const file = on.record('/api/hardship/files/:id', { config: write, response: FileSchema });
  file.post('/verify', {
    summary: "Verify a draft file: the worker's hardship level for rules comes from it until the expiry",
    body: VerifyBody,
    use: hardship.verifyFile,
  });
  file.post('/review', {
    summary: 'The yearly review: level, causes and household as found, and a new expiry',
    body: ReviewBody,
    use: hardship.reviewFile,
  });
  file.post('/close', {
    summary: "Close a file (销档): the worker's hardship status ends the day before",
    body: CloseBody,
    use: hardship.closeFile,
  });
  on.get('/api/hardship/files/:id/members/:memberId/id-number', {
    config: { permission: 'people.reveal_id' },
    summary: "A household member's full ID number (audited)",
    params: MemberParams,
    response: RevealSchema,
    run: (actor, { params }) => hardship.revealMemberId(actor, params.id, params.memberId),
  });
}
