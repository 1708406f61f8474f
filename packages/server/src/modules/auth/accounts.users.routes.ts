import { Type } from 'typebox';
import { ROLES } from '../../access/access.ts';
import {
  IdParams,
  Nullable,
  Obj,
  Page,
  SheetFileSchema,
  SheetUploadForm,
  SheetWarningsSchema,
  Str,
  StrEnum,
} from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { readUpload, xlsxHeaders } from '../../http/upload.ts';
import { registerTemplate } from '../../shared/register-sheet.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { AccountsDeps } from './accounts.schemas.ts';
import { DISPLAY_NAME, Grant, PASSWORD, PHONE, USERNAME, UserView } from './accounts.schemas.ts';
import { ACCOUNTS_SHEET, importUsers } from './users.import.ts';
import { ACCOUNTS_TEMPLATE } from './users.template.ts';

const tags = ['accounts'];

/** Accounts of the staff: listed, created, brought in by sheet, edited, locked or unlocked, their passwords reset. */
export function userAccountRoutes(app: App, deps: AccountsDeps): void {
  const { db, users } = deps;
  app.get(
    '/api/users',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags,
        summary: 'Accounts with roles in my subtree (filter by union, role, status, or name/username/phone)',
        querystring: Obj({
          q: Type.Optional(Str(64)),
          orgId: Type.Optional(Type.Integer({ minimum: 1 })),
          role: Type.Optional(StrEnum(ROLES)),
          status: Type.Optional(StrEnum(['active', 'disabled'] as const)),
          ...Page,
        }),
        response: { 200: Obj({ items: Type.Array(UserView), total: Type.Integer() }) },
      },
    },
    async (req) => users.listUsers(actorOf(req), req.query),
  );
  app.post(
    '/api/users',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags,
        summary: 'Create an account with roles at unions of my subtree',
        description:
          'mustChangePassword (default true) makes the user replace the password at the first sign-in; false makes it final at once, for scripted provisioning.',
        body: Obj({
          username: USERNAME,
          displayName: DISPLAY_NAME,
          password: PASSWORD,
          phone: Type.Optional(PHONE),
          roles: Type.Array(Grant, { minItems: 1, maxItems: 20 }),
          mustChangePassword: Type.Optional(Type.Boolean()),
        }),
        response: { 200: UserView },
      },
    },
    async (req) => users.createUser(actorOf(req), req.body),
  );
  app.get(
    '/api/users/import/template.xlsx',
    {
      config: { permission: 'users.manage' },
      schema: { tags, summary: 'The accounts template (.xlsx, with a 填写说明 sheet)' },
    },
    async (_req, reply) =>
      reply.headers(xlsxHeaders('账号导入模板.xlsx')).send(registerTemplate(ACCOUNTS_TEMPLATE)),
  );
  app.post(
    '/api/users/import',
    {
      config: { permission: 'users.manage', upload: SheetUploadForm },
      schema: {
        tags,
        summary:
          'Create accounts from .xlsx, .xls, .ods or .csv (用户名, 姓名, 手机号, 所在工会, 角色, 初始密码); all or nothing',
        response: {
          200: Obj({
            created: Type.Array(
              Obj({
                rowNo: Type.Integer(),
                id: Type.Integer(),
                username: Type.String(),
                displayName: Type.String(),
                union: Type.String(),
                role: Type.String(),
                temporaryPassword: Nullable(Type.String()),
                passwordSent: Type.Boolean({
                  description:
                    'the first password went by SMS to the phone of the row (a provider is configured)',
                }),
              }),
            ),
            ignoredRows: Type.Array(Type.Integer(), {
              description: 'Rows read as no data (a 合计 row, a 填表说明 block), left out without an error',
            }),
            file: SheetFileSchema,
            warnings: SheetWarningsSchema,
            warningCount: Type.Integer(),
            accountsXlsxBase64: Type.String(),
          }),
        },
      },
    },
    async (req) => {
      const { file, fileName } = await readUpload(req);
      return importUsers(db, users, actorOf(req), await readSheet(file, fileName, ACCOUNTS_SHEET), {
        passwords: deps.passwordSender ?? null,
      });
    },
  );
  app.get(
    '/api/users/:id',
    {
      config: { permission: 'users.manage' },
      schema: { tags, summary: 'One account I manage', params: IdParams, response: { 200: UserView } },
    },
    async (req) => users.getUser(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/users/:id',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags,
        summary: 'Edit an account: name, phone, and its union roles (replaced as a whole)',
        params: IdParams,
        body: Obj({
          displayName: Type.Optional(DISPLAY_NAME),
          phone: Type.Optional(PHONE),
          roles: Type.Optional(Type.Array(Grant, { minItems: 1, maxItems: 20 })),
        }),
        response: { 200: UserView },
      },
    },
    async (req) => users.updateUser(actorOf(req), req.params.id, req.body),
  );
  for (const [verb, summary] of [
    ['disable', 'Disable an account; its sessions end at once'],
    ['enable', 'Enable a disabled account again'],
  ] as const) {
    app.post(
      `/api/users/:id/${verb}`,
      {
        config: { permission: 'users.manage' },
        schema: { tags, summary, params: IdParams, response: { 200: UserView } },
      },
      async (req) =>
        verb === 'disable'
          ? users.disableUser(actorOf(req), req.params.id)
          : users.enableUser(actorOf(req), req.params.id),
    );
  }
  app.post(
    '/api/users/:id/reset-password',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags,
        summary: 'Set a new temporary password, shown once; the user must change it at the next sign-in',
        params: IdParams,
        response: { 200: Obj({ temporaryPassword: Type.String() }) },
      },
    },
    async (req) => users.resetPassword(actorOf(req), req.params.id),
  );
}
