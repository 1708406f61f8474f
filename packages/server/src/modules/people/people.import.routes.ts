import { Type } from 'typebox';
import { routeMould, xlsxFile } from '../../http/route-mould.ts';
import { DateStr, Id, Obj, SheetUploadForm, StrEnum } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { invalid } from '../../shared/errors.ts';
import type { MemberExportService } from './people.export.ts';
import { IMPORT_MODES, type MemberImportService } from './people.import.service.ts';
import { MemberQuerySchema } from './people.schemas.ts';

const tags = ['people'];

const ImportQuery = Obj({
  mode: Type.Optional(
    StrEnum(IMPORT_MODES, {
      description: 'all_or_nothing (default): nothing unless every row is valid; valid_only: the valid rows',
    }),
  ),
  orgId: Type.Optional({ ...Id, description: 'The union for rows whose 所在工会 is blank' }),
  defaultJoinedOn: Type.Optional({
    ...DateStr,
    description: 'The join date of new members whose 入会日期 is blank; without it such rows are refused',
  }),
  dryRun: Type.Optional(
    Type.Boolean({
      description:
        'Check only (预检): every row validated and what it would change listed (GET …/changes), nothing written',
    }),
  ),
});

const { page: _page, pageSize: _pageSize, ...memberFilters } = MemberQuerySchema.properties;
const ExportQuery = Obj({
  ...memberFilters,
  unmasked: Type.Optional(
    StrEnum(['1', '0', 'true', 'false'], { description: 'Full ID numbers (people.reveal_id; audited)' }),
  ),
});

/** A row's sheet, when the file was read from several (ADR 152). */
const RowSheet = Type.Optional(Type.String({ description: "the row's sheet, when several were read" }));

const RowErrorSchema = Type.Object({
  rowNo: Type.Integer(),
  sheet: RowSheet,
  column: Type.String(),
  value: Type.String(),
  code: Type.String(),
  messageZh: Type.String(),
  messageEn: Type.String(),
});

const ChangedValue = Type.Union([Type.String(), Type.Boolean(), Type.Null()], {
  description:
    'Text or a day as stored, yes/no, a level code (national, city …), a union by its name; null: none',
});

const ChangesSchema = Type.Object({
  total: Type.Integer({ description: 'Rows that change a member already registered' }),
  items: Type.Array(
    Type.Object({
      rowNo: Type.Integer(),
      sheet: RowSheet,
      personId: Type.Integer(),
      name: Type.String({ description: 'The member’s name as the file gives it' }),
      changes: Type.Array(
        Type.Object({
          field: Type.String({
            description:
              'name, phone, employerName, isFrontLine, isOutdoor, isNewEmployment, modelWorkerLevel, hardshipLevel, hardshipFrom, hardshipUntil, orgId (the union), joinedOn',
          }),
          before: ChangedValue,
          after: ChangedValue,
        }),
      ),
    }),
  ),
});

const noFile = () =>
  invalid(
    'FILE_MISSING',
    { zh: '请选择要导入的文件', en: 'Choose a file to import (form field "file")' },
    { field: 'file' },
  );

export function memberImportRoutes(
  app: App,
  { memberImport, memberExport }: { memberImport: MemberImportService; memberExport: MemberExportService },
): void {
  const on = routeMould(app, tags);
  on.file('/api/imports/members/template', {
    config: { permission: 'people.import' },
    summary: 'The member import template (.xlsx) with an example row and notes',
    run: async (_actor) => xlsxFile('会员导入模板.xlsx', memberImport.template()),
  });

  on.post('/api/imports/members', {
    config: {
      permission: 'people.import',
      upload: SheetUploadForm,
      // a job to poll, on the import page's own panel; `import-members` on the command line
      register: {
        key: 'members',
        name: { zh: '会员名册', en: 'Members' },
        module: 'people',
        templateUrl: '/api/imports/members/template',
      },
    },
    summary:
      'Import members from .xlsx, .xls, .ods or .csv (multipart field "file"), or only check it (dryRun); returns the job to poll',
    querystring: ImportQuery,
    response: Obj({ jobId: Type.Integer() }),
    run: async (actor, { query, req }) => {
      if (!req.isMultipart()) throw noFile();
      const file = await req.file();
      if (file?.fieldname !== 'file') throw noFile();
      const buffer = await file.toBuffer();
      const { jobId, done } = await memberImport.start(actor, {
        fileName: file.filename,
        buffer,
        mode: query.mode ?? 'all_or_nothing',
        defaultOrgId: query.orgId ?? null,
        defaultJoinedOn: query.defaultJoinedOn ?? null,
        dryRun: query.dryRun === true,
      });
      done.catch((err) => req.log.error({ err }, 'member import failed'));
      return { jobId };
    },
  });

  on.get('/api/imports/members/:jobId/errors', {
    config: { permission: 'people.import' },
    summary: 'The first 200 row errors of an import, for the page to show',
    params: Obj({ jobId: Id }),
    response: Type.Array(RowErrorSchema),
    run: (actor, { params }) => memberImport.listErrors(actor, params.jobId, 200),
  });

  on.get('/api/imports/members/:jobId/changes', {
    config: { permission: 'people.import' },
    summary:
      'What an import or its dry run changes in members already registered: the first 200 rows, field by field',
    params: Obj({ jobId: Id }),
    response: ChangesSchema,
    run: (actor, { params }) => memberImport.listChanges(actor, params.jobId, 200),
  });

  on.file('/api/members/export.xlsx', {
    config: { permission: 'people.export' },
    summary: 'Members of my subtree (or of one union) as .xlsx; ID numbers masked unless unmasked=1',
    querystring: ExportQuery,
    run: async (actor, { query }) => {
      const { unmasked, ...filters } = query;
      const { buffer, fileName } = await memberExport.exportMembers(actor, {
        ...filters,
        unmasked: unmasked === '1' || unmasked === 'true',
      });
      return xlsxFile(fileName, buffer);
    },
  });
}
