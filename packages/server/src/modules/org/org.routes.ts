import { Type } from 'typebox';
import type { Db } from '../../db/db.ts';
import { routeMould, xlsxFile } from '../../http/route-mould.ts';
import {
  DateStr,
  DryRunQuery,
  EffectiveOn,
  IdParams,
  Obj,
  RegisterImportResult,
  SheetUploadForm,
  Str,
} from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { readSheetImport } from '../../http/upload.ts';
import type { Clock } from '../../shared/clock.ts';
import { type RegisterSpec, registerTemplate } from '../../shared/register-sheet.ts';
import { importOrgsFile } from './org.import.ts';
import { ORG_KIND_ZH, ORG_KINDS } from './org.levels.ts';
import { moveOrg } from './org.move.ts';
import {
  CreateOrgBody,
  CreateTopOrgBody,
  OrgDetailSchema,
  OrgSchema,
  OrgSearchHitSchema,
  OrgSummarySchema,
  UpdateOrgBody,
} from './org.schemas.ts';
import {
  closeOrg,
  createOrg,
  createOrgUnder,
  getOrgDetail,
  listChildOrgs,
  listRootOrgs,
  type OrgHooks,
  searchOrgs,
  updateOrg,
} from './org.service.ts';

const tags = ['org'];

const OrgImportResult = Type.Object({
  ...RegisterImportResult.properties,
  unions: Type.Array(Type.Object({ name: Type.String(), kind: Type.String(), level: Type.Integer() }), {
    description: 'the unions created (or, on a dry run, that would be), in order',
  }),
});

/** The union tree's template: the columns importOrgs reads, with a 填写说明 sheet. */
const ORG_TEMPLATE: RegisterSpec = {
  title: { zh: '工会组织', en: 'union tree' },
  notes: [
    '每行一个工会，自上而下：下面的行可以把上面新建的工会作为上级工会。',
    '下级工会的层级须低于上级工会（市总工会 > 区总工会、产业工会 > 街道、乡镇总工会、集团工会 > 基层工会 > 分会）。',
  ],
  notesEn: [
    'One union per row, from the top down: a row may name a union created on a row above as its parent.',
    'A union is at a lower level than its parent (city > district or industry > street or township or group > grassroots > branch).',
  ],
  columns: [
    {
      key: 'parent',
      header: '上级工会',
      en: 'parent',
      kind: 'text',
      note: '上级工会的全称或ID；可为本表上面的行',
      noteEn: 'The parent union: its full name or ID; it may be a union on a row above',
      example: '顺义区总工会',
    },
    {
      key: 'name',
      header: '工会名称',
      en: 'name',
      required: true,
      kind: 'text',
      note: '工会全称，如实填写（括号、空格照原样）',
      noteEn: "The union's full name, as written (brackets and spaces as they are)",
      example: '北京某某有限公司工会',
    },
    {
      key: 'kind',
      header: '类型/层级',
      en: 'kind',
      required: true,
      kind: 'choice',
      choices: ORG_KINDS.map((k) => ({ value: k, zh: ORG_KIND_ZH[k], en: k })),
      note: '工会类型',
      noteEn: "The union's kind",
      example: '基层工会',
    },
    {
      key: 'uscc',
      header: '统一社会信用代码',
      en: 'credit code',
      kind: 'text',
      shape: 'code',
      note: '18位，基层工会填所在单位的代码',
      noteEn: "18 characters; a grassroots union gives its employer's code",
      example: '',
    },
    {
      key: 'foundedOn',
      header: '成立日期',
      en: 'founded on',
      kind: 'date',
      note: '可不填',
      noteEn: 'May be left empty',
      example: '2018-03-01',
    },
    {
      key: 'shortName',
      header: '简称',
      en: 'short name',
      kind: 'text',
      note: '可不填',
      noteEn: 'May be left empty',
      example: '',
    },
    {
      key: 'employerName',
      header: '单位名称',
      en: 'employer',
      kind: 'text',
      note: '基层工会所在单位',
      noteEn: "The grassroots union's employer",
      example: '北京某某有限公司',
    },
    {
      key: 'workers',
      header: '职工人数',
      en: 'workers',
      kind: 'int',
      note: '基层工会所在单位的职工人数',
      noteEn: "The number of workers at the grassroots union's employer",
      example: '120',
    },
    {
      key: 'womenWorkers',
      header: '女职工人数',
      en: 'women workers',
      kind: 'int',
      note: '不多于职工人数',
      noteEn: 'No more than the workers',
      example: '45',
    },
  ],
};

export function orgRoutes(
  app: App,
  { db, clock, hooks = {} }: { db: Db; clock: Clock; hooks?: OrgHooks },
): void {
  const on = routeMould(app, tags);
  on.file('/api/orgs/import/template.xlsx', {
    config: { permission: 'org.write' },
    summary: 'The union tree template (.xlsx, with a 填写说明 sheet)',
    run: async (_actor) => xlsxFile('工会组织导入模板.xlsx', registerTemplate(ORG_TEMPLATE)),
  });
  on.post('/api/orgs/import', {
    config: {
      permission: 'org.write',
      upload: SheetUploadForm,
      register: { key: 'unions', name: { zh: '工会组织', en: 'The union tree' }, module: 'org' },
    },
    summary:
      'Create unions from a sheet (.xlsx, .xls, .ods or .csv: parent, name, kind, credit code, founding date, workers, women workers), top to ' +
      'bottom, on the running server: dryRun=true checks and lists what would be created (预检, with every row ' +
      'error, nothing written); otherwise all rows or none (400 IMPORT_ROWS_INVALID)',
    querystring: DryRunQuery,
    response: OrgImportResult,
    run: async (actor, { query, req }) => importOrgsFile(db, actor, await readSheetImport(req, query), hooks),
  });
  on.get('/api/orgs/roots', {
    config: { permission: 'org.read' },
    summary: 'The unions at the top of my subtree',
    response: Type.Array(OrgSummarySchema),
    run: (actor) => listRootOrgs(db, actor),
  });
  on.get('/api/orgs/search', {
    config: { permission: 'org.read' },
    summary: 'Search unions by name in my subtree',
    querystring: Obj({ q: Str(50, { minLength: 1 }) }),
    response: Type.Array(OrgSearchHitSchema),
    run: (actor, { query }) => searchOrgs(db, actor, query.q),
  });
  on.get('/api/orgs/:id', {
    config: { permission: 'org.read' },
    summary: 'A union with counts and founding',
    params: IdParams,
    response: OrgDetailSchema,
    run: (actor, { params }) => getOrgDetail(db, actor, params.id),
  });
  on.get('/api/orgs/:id/children', {
    config: { permission: 'org.read' },
    summary: 'The unions directly below one',
    params: IdParams,
    response: Type.Array(OrgSummarySchema),
    run: (actor, { params }) => listChildOrgs(db, actor, params.id),
  });
  on.post('/api/orgs', {
    config: { permission: 'org.write' },
    summary: 'Create a union below parentId, or a top union (kind federation, no parent; administrator only)',
    body: CreateTopOrgBody,
    response: OrgSchema,
    run: (actor, { body }) => createOrgUnder(db, actor, body, hooks),
  });
  const org = on.record('/api/orgs/:id', { config: { permission: 'org.write' }, response: OrgSchema });
  org.post('/children', {
    summary: 'Create a union below one',
    body: CreateOrgBody,
    run: (actor, { params, body }) => createOrg(db, actor, params.id, body),
  });
  on.patch('/api/orgs/:id', {
    config: { permission: 'org.write' },
    summary: 'Rename a union or record its founding, committee and credit code',
    params: IdParams,
    body: UpdateOrgBody,
    response: OrgSchema,
    run: (actor, { params, body }) => updateOrg(db, actor, params.id, body, hooks),
  });
  org.post('/move', {
    summary: 'Move a union and its subtree under another parent',
    description:
      'On effectiveOn (default today); a past day needs history.backdate and may not precede either union’s founding nor the previous move.',
    body: Obj({ parentId: IdParams.properties.id, effectiveOn: EffectiveOn }),
    run: (actor, { params, body }) =>
      moveOrg(db, actor, params.id, body.parentId, {
        effectiveOn: body.effectiveOn,
        now: clock(),
      }),
  });
  org.post('/close', {
    summary: 'Close (撤销) an empty union',
    body: Obj({ closedOn: DateStr }),
    run: (actor, { params, body }) => closeOrg(db, actor, params.id, body.closedOn),
  });
}
