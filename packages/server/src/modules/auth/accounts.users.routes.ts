import { Type } from 'typebox';
import { ROLES } from '../../access/access.ts';
import { routeMould, xlsxFile } from '../../http/route-mould.ts';
import { DryRunQuery, IdParams, Obj, Page, SheetUploadForm, Str, StrEnum } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { readUpload } from '../../http/upload.ts';
import { todayInChina } from '../../shared/dates.ts';
import { registerTemplate } from '../../shared/register-sheet.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { AccountsDeps } from './accounts.schemas.ts';
import {
  AccountsImportAnswer,
  DISPLAY_NAME,
  Grant,
  PASSWORD,
  PHONE,
  USERNAME,
  UserView,
} from './accounts.schemas.ts';
import { ACCOUNTS_SHEET, importUsers } from './users.import.ts';
import { ACCOUNTS_TEMPLATE } from './users.template.ts';

const tags = ['accounts'];

/** Accounts of the staff: listed, created, brought in by sheet, edited, locked or unlocked, their passwords reset. */
export function userAccountRoutes(app: App, deps: AccountsDeps): void {
  const on = routeMould(app, tags);
  const { db, users } = deps;
  on.get('/api/users', {
    config: { permission: 'users.manage' },
    summary: 'Accounts with roles in my subtree (filter by union, role, status, or name/username/phone)',
    querystring: Obj({
      q: Type.Optional(Str(64)),
      orgId: Type.Optional(Type.Integer({ minimum: 1 })),
      role: Type.Optional(StrEnum(ROLES)),
      status: Type.Optional(StrEnum(['active', 'disabled'] as const)),
      ...Page,
    }),
    response: Obj({ items: Type.Array(UserView), total: Type.Integer() }),
    use: users.listUsers,
  });
  on.post('/api/users', {
    config: { permission: 'users.manage' },
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
    response: UserView,
    use: users.createUser,
  });
  on.file('/api/users/import/template.xlsx', {
    config: { permission: 'users.manage' },
    summary: 'The accounts template (.xlsx, with a 填写说明 sheet)',
    run: async (_actor) => xlsxFile('账号导入模板.xlsx', registerTemplate(ACCOUNTS_TEMPLATE)),
  });
  on.post('/api/users/import', {
    config: { permission: 'users.manage', upload: SheetUploadForm },
    summary:
      'Create accounts from .xlsx, .xls, .ods or .csv (用户名, 姓名, 手机号, 所在工会, 角色, 初始密码); all or nothing',
    description:
      'dryRun=true checks the sheet (预检): every account is made and checked in a transaction rolled back, nothing is ' +
      'sent, and the answer lists the accounts the import would create or every wrong row.',
    querystring: DryRunQuery,
    response: AccountsImportAnswer,
    run: async (actor, { query, req }) => {
      const { file, fileName } = await readUpload(req);
      return importUsers(db, users, actor, await readSheet(file, fileName, ACCOUNTS_SHEET), {
        passwords: deps.passwordSender ?? null,
        today: todayInChina(deps.clock()),
        dryRun: query.dryRun === true,
      });
    },
  });
  on.get('/api/users/:id', {
    config: { permission: 'users.manage' },
    summary: 'One account I manage',
    params: IdParams,
    response: UserView,
    use: users.getUser,
  });
  on.patch('/api/users/:id', {
    config: { permission: 'users.manage' },
    summary: 'Edit an account: name, phone, and its union roles (replaced as a whole)',
    params: IdParams,
    body: Obj({
      displayName: Type.Optional(DISPLAY_NAME),
      phone: Type.Optional(PHONE),
      roles: Type.Optional(Type.Array(Grant, { minItems: 1, maxItems: 20 })),
    }),
    response: UserView,
    use: users.updateUser,
  });
  const user = on.record('/api/users/:id', { config: { permission: 'users.manage' }, response: UserView });
  user.post('/disable', {
    summary: 'Disable an account; its sessions end at once',
    use: users.disableUser,
  });
  user.post('/enable', {
    summary: 'Enable a disabled account again',
    use: users.enableUser,
  });
  user.post('/reset-password', {
    summary: 'Set a new temporary password, shown once; the user must change it at the next sign-in',
    response: Obj({ temporaryPassword: Type.String() }),
    use: users.resetPassword,
  });
}
