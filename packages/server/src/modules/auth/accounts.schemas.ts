import { Type } from 'typebox';
import { ROLES } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import * as S from '../../http/schema.ts';
import type { Clock } from '../../shared/clock.ts';
import type { Sender } from '../outbox/index.ts';
import type { AuthService } from './auth.service.ts';
import type { UsersService } from './users.service.ts';
import { GRANTABLE_ROLES, PHONE_PATTERN, USERNAME_PATTERN } from './users.service.ts';

/** What the accounts routes are given. */
export interface AccountsDeps {
  db: Db;
  auth: AuthService;
  users: UsersService;
  secureCookies: boolean;
  /** The clock the services read: the day the sheet of new accounts is named by. */
  clock: Clock;
  /** Where first passwords go by SMS: the provider's sender, or null (the sheet of first passwords). */
  passwordSender?: Sender | null;
}

/** The shapes of an account as the accounts routes take and answer them. */
export const USERNAME = S.Str(64, { minLength: 3, pattern: USERNAME_PATTERN });
export const DISPLAY_NAME = S.Name(50);
export const PHONE = S.Nullable(Type.String({ pattern: PHONE_PATTERN }));
export const PASSWORD = S.Str(200, { minLength: 1 });

export const Grant = S.Obj({
  role: S.StrEnum(GRANTABLE_ROLES),
  orgId: S.Nullable(Type.Integer({ minimum: 1 })),
});
export const UserRoleView = S.Obj({
  assignmentId: Type.Integer(),
  role: S.StrEnum(ROLES),
  orgId: S.Nullable(Type.Integer()),
  orgName: S.Nullable(Type.String()),
});
export const UserView = S.Obj({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  phone: S.Nullable(Type.String()),
  isActive: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  createdAt: Type.String(),
  roles: Type.Array(UserRoleView),
});

const SheetRead = {
  ignoredRows: S.IgnoredRowsSchema,
  file: S.SheetFileSchema,
  warnings: S.SheetWarningsSchema,
  warningCount: Type.Integer(),
};
const AccountRow = {
  rowNo: Type.Integer(),
  sheet: Type.Optional(Type.String({ description: "the row's sheet, when several were read" })),
  username: Type.String(),
  displayName: Type.String(),
  union: Type.String(),
  role: Type.String(),
};

/** The answer of an accounts sheet: its check (预检, dryRun) or the accounts it made. */
export const AccountsImportAnswer = Type.Union([
  S.Obj({
    dryRun: Type.Literal(false),
    created: Type.Array(
      S.Obj({
        ...AccountRow,
        id: Type.Integer(),
        temporaryPassword: S.Nullable(Type.String()),
        passwordSent: Type.Boolean({
          description: 'the first password went by SMS to the phone of the row (a provider is configured)',
        }),
      }),
    ),
    ...SheetRead,
    accountsXlsxBase64: Type.String(),
    accountsFileName: Type.String({
      description: 'The name to save the sheet of new accounts under: <union>新账号清单（截至<day>）.xlsx',
    }),
  }),
  S.Obj({
    dryRun: Type.Literal(true),
    total: Type.Integer({ description: 'data rows read' }),
    accounts: Type.Array(
      S.Obj({
        ...AccountRow,
        password: S.StrEnum(['given', 'temporary', 'sms'] as const, {
          description:
            'where the first password comes from: the sheet, a temporary one in the sheet of new accounts, an SMS',
        }),
      }),
      { description: 'the accounts the import would create (none while a row is wrong)' },
    ),
    errors: Type.Array(
      S.Obj({
        rowNo: Type.Integer(),
        sheet: Type.Optional(Type.String()),
        column: Type.String(),
        value: Type.String(),
        code: Type.String(),
        messageZh: Type.String(),
        messageEn: Type.String(),
      }),
      { description: 'every wrong row, as the import refuses the file with them (400 IMPORT_ROWS_INVALID)' },
    ),
    ...SheetRead,
  }),
]);
