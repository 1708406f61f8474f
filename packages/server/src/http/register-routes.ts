import type { Static, TSchema } from 'typebox';
import type { Permission } from '../access/access.ts';
import type { RegisterImporter } from '../shared/register-define.ts';
import { type ListDeclaration, listRoutes } from './list-routes.ts';
import type { RegisterDeclaration } from './register-catalog.ts';
import { DryRunQuery, SheetUploadForm } from './schema.ts';
import { type StatisticsDeclaration, statisticsRoutes } from './stats-routes.ts';
import { type App, actorOf } from './types.ts';
import { readSheetImport, xlsxHeaders } from './upload.ts';

export type { RegisterImporter } from '../shared/register-define.ts';

/** A register's import as its group declares it: the template and the upload, behind `permission`. */
export interface RegisterImportDeclaration<T extends TSchema> {
  path: string;
  permission: Permission;
  /** What the register holds, for the API document ("a studios register with its level history"). */
  what: string;
  result: T;
  /** Its title names it everywhere: the template `<title>导入模板.xlsx`, its line on 导入历史台账, its refusals. */
  register: RegisterImporter<Static<T>>;
  /** Its key for `npm run cli -- import <key>` and the module that keeps it. */
  listed: Omit<RegisterDeclaration, 'name'>;
}

/** A register's line on 导入历史台账: its title, the English begun with a capital. */
const listedName = ({ zh, en }: { zh: string; en: string }) => ({
  zh,
  en: en.charAt(0).toUpperCase() + en.slice(1),
});

/**
 * A register's routes in one declaration (issue 46): its list and the list's .xlsx export where it has them
 * (`list`, list-routes.ts), its template and import with the dry run (`import`), and its statistics and their
 * .xlsx (`stats`, stats-routes.ts), in that order, all under `tags`. The paths, permissions and summaries are the
 * module's; the routes and the API document are those each part would declare alone.
 */
export function registerRouteGroup<
  T extends TSchema,
  Q extends TSchema,
  R extends TSchema,
  X extends TSchema,
  SQ extends TSchema,
  SR extends TSchema,
>(
  app: App,
  o: {
    tags: string[];
    list?: ListDeclaration<Q, R, X>;
    import: RegisterImportDeclaration<T>;
    stats?: StatisticsDeclaration<SQ, SR>;
  },
): void {
  if (o.list) listRoutes(app, o.tags, o.list);
  registerImportRoutes(app, o.tags, o.import);
  if (o.stats) statisticsRoutes(app, { ...o.stats, tags: o.tags });
}

/**
 * The two routes of a register's import: `GET <path>/template.xlsx` (the template with its 填写说明 sheet) and
 * `POST <path>` (the file; `dryRun=true` checks and counts only, otherwise all rows or none, 400
 * IMPORT_ROWS_INVALID with every row error). Both need `permission`; the scope is the caller's subtree. The
 * register is listed on 导入历史台账 (`listed`, see register-catalog.ts).
 */
function registerImportRoutes<T extends TSchema>(
  app: App,
  tags: string[],
  o: RegisterImportDeclaration<T>,
): void {
  app.get(
    `${o.path}/template.xlsx`,
    {
      config: { permission: o.permission },
      schema: { tags, summary: `The template for ${o.what} (.xlsx, with a 填写说明 sheet)` },
    },
    async (req, reply) =>
      reply
        .headers(xlsxHeaders(`${o.register.title.zh}导入模板.xlsx`))
        .send(await o.register.template(actorOf(req))),
  );
  app.post(
    o.path,
    {
      config: {
        permission: o.permission,
        upload: SheetUploadForm,
        register: { ...o.listed, name: listedName(o.register.title) },
      },
      schema: {
        tags,
        summary:
          `Bring ${o.what} in (.xlsx/.xls/.ods/.csv): dryRun=true checks and counts only (预检); otherwise ` +
          'all rows or none (400 IMPORT_ROWS_INVALID with every row error); a file this register took already is ' +
          'refused, dry run or not (409 IMPORT_FILE_REPEATED)',
        querystring: DryRunQuery,
        // Static<T> is checked at the call site (register); Fastify's reply type cannot follow a generic schema.
        response: { 200: o.result as TSchema },
      },
    },
    async (req) =>
      o.register.importFile(actorOf(req), {
        ...(await readSheetImport(req, req.query)),
        register: o.listed.key,
      }),
  );
}
