import type { Static, TSchema } from 'typebox';
import type { Permission } from '../access/access.ts';
import { xlsxHeaders } from '../modules/jobs/index.ts';
import type { RegisterImporter } from '../shared/register-define.ts';
import type { RegisterDeclaration } from './register-catalog.ts';
import { DryRunQuery, SheetUploadForm } from './schema.ts';
import { type App, actorOf } from './types.ts';
import { readUpload } from './upload.ts';

export type { RegisterImporter } from '../shared/register-define.ts';

/**
 * The two routes of a register's import: `GET <path>/template.xlsx` (the template with its 填写说明 sheet) and
 * `POST <path>` (the file; `dryRun=true` checks and counts only, otherwise all rows or none, 400
 * IMPORT_ROWS_INVALID with every row error). Both need `permission`; the scope is the caller's subtree. The
 * register is listed on 导入历史台账 (`listed`, see register-catalog.ts).
 */
export function registerImportRoutes<T extends TSchema>(
  app: App,
  o: {
    path: string;
    permission: Permission;
    tags: string[];
    /** The template's file name (Chinese, what the clerk's browser saves). */
    templateFile: string;
    /** What the register holds, for the API document ("a studios register with its level history"). */
    what: string;
    result: T;
    register: RegisterImporter<Static<T>>;
    /** Its line on 导入历史台账 and its name for `npm run cli -- import <key>`. */
    listed: RegisterDeclaration;
  },
): void {
  app.get(
    `${o.path}/template.xlsx`,
    {
      config: { permission: o.permission },
      schema: { tags: o.tags, summary: `The template for ${o.what} (.xlsx, with a 填写说明 sheet)` },
    },
    async (req, reply) =>
      reply.headers(xlsxHeaders(o.templateFile)).send(await o.register.template(actorOf(req))),
  );
  app.post(
    o.path,
    {
      config: { permission: o.permission, upload: SheetUploadForm, register: o.listed },
      schema: {
        tags: o.tags,
        summary:
          `Bring ${o.what} in (.xlsx/.xls/.ods/.csv): dryRun=true checks and counts only (预检); otherwise ` +
          'all rows or none (400 IMPORT_ROWS_INVALID with every row error)',
        querystring: DryRunQuery,
        // Static<T> is checked at the call site (register); Fastify's reply type cannot follow a generic schema.
        response: { 200: o.result as TSchema },
      },
    },
    async (req) => {
      const { file, fileName } = await readUpload(req);
      return o.register.importFile(actorOf(req), { file, fileName, dryRun: req.query.dryRun === true });
    },
  );
}
