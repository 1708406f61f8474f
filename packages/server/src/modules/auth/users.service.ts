import { randomInt } from 'node:crypto';
import {
  type Actor,
  can,
  isAdminRole,
  isOverseer,
  requireAccess,
  requirePermission,
} from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { AppError, notFound, notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { overseerAccount, overseerInOffice } from './auth.grants.ts';
import { deleteUserSessions, findHeldAdministratorRoles } from './auth.repository.ts';
import { checkGrants, insertUser, invalidRoles } from './auth.service.ts';
import { hashPassword } from './password.ts';
import { checkStaffPassword, countCharacterClasses } from './password-policy.ts';
import { findSecuritySettings } from './security.repository.ts';
import {
  deleteAssignments,
  findGrantUnion,
  findUserById,
  insertGrants,
  listUserRoles,
  listUsers,
  type RoleGrant,
  setTemporaryPassword,
  setUserActive,
  type UserRole,
  type UserRow,
  updateUserProfile,
} from './users.repository.ts';

/** What a username and an account's phone look like, for the request schemas and the import alike. */
export const USERNAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.@-]{2,63}$';
export const PHONE_PATTERN = '^1\\d{10}$';

/** Roles an account manager hands out; the worker role comes only from a member's own activation. */
export const GRANTABLE_ROLES = [
  'admin',
  'security_admin',
  'audit_admin',
  'manager',
  'staff',
  'reviewer',
] as const;

export interface UserView extends UserRow {
  roles: Omit<UserRole, 'orgPath'>[];
}

export interface UserListQuery {
  q?: string;
  orgId?: number;
  role?: string;
  status?: 'active' | 'disabled';
  page?: number;
  pageSize?: number;
}

const userNotFound = () => notFound({ zh: '账号', en: 'Account' });

/**
 * A readable temporary password: 12 characters without look-alikes (0/O, 1/l/I), always mixing the alphabet's three
 * classes (lower case, capitals, digits), so it meets the staff rules; about one draw in seven lacks a digit and is
 * drawn again.
 */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  for (;;) {
    let out = '';
    for (let i = 0; i < 12; i++) out += alphabet[randomInt(alphabet.length)];
    if (countCharacterClasses(out) === 3) return out;
  }
}

/**
 * The roles an edit leaves the account: those asked for and the worker role it keeps (a member's own), which counts
 * too: an administrator's account holds no other role.
 */
const rolesAfterEdit = (asked: RoleGrant[], held: UserRole[]): RoleGrant[] => [
  ...asked,
  ...held.filter((r) => r.role === 'worker').map((r) => ({ role: r.role, orgId: r.orgId })),
];

const publicRoles = (roles: UserRole[]) => roles.map(({ orgPath: _p, ...r }) => r);

/**
 * Whether the actor may manage this account: the administrator any, but changes none held by a security or audit
 * administrator (`change`: an edit, a reset, disabling or enabling — ADR 148); a union's manager only accounts
 * whose every union role lies in the manager's subtree and that are no administrator.
 */
function requireManageable(actor: Actor, roles: UserRole[], change: boolean): void {
  requireAccess(actor, 'users.manage');
  const overseer = roles.find((r) => isOverseer(r.role));
  if (can(actor, 'users.manage_all')) {
    if (change && overseer) throw overseerAccount(overseer.role);
    return;
  }
  const staffRoles = roles.filter((r) => r.role !== 'worker');
  if (staffRoles.length === 0) throw notYours();
  for (const r of staffRoles) {
    if (isAdminRole(r.role)) throw notYours();
    requireAccess(actor, 'users.manage', { orgPath: r.orgPath });
  }
}

/** Checks that the actor may grant each role: unions in their subtree; only the administrator grants admin. */
async function checkGrantable(sql: Sql, actor: Actor, roles: RoleGrant[]): Promise<void> {
  for (const [i, g] of roles.entries()) {
    if (!(GRANTABLE_ROLES as readonly string[]).includes(g.role)) {
      throw invalidRoles(
        `Role ${i + 1}: the worker role comes from the member's own activation on the phone`,
        `第${i + 1}个角色：职工角色由会员在手机上自行激活获得`,
        { index: i },
      );
    }
    // only the system administrator grants the administrator roles: a permission of the role, refused as such (403);
    // the security and audit ones only at the first run, while no account has held the role — not even one
    // disabled since, or the one overseen could disable the last and name their own — else on the command line
    // (ADR 148)
    if (isAdminRole(g.role)) requirePermission(actor, 'users.manage_all');
    if (isOverseer(g.role) && (await findHeldAdministratorRoles(sql)).includes(g.role))
      throw overseerInOffice(g.role);
    if (g.orgId === null) continue;
    const union = await findGrantUnion(sql, g.orgId);
    if (!union) {
      throw invalidRoles(`Role ${i + 1}: no such union`, `第${i + 1}个角色：工会不存在`, { index: i });
    }
    requireAccess(actor, 'users.manage', { orgPath: union.path });
    if (union.status !== 'active') {
      throw invalidRoles(`Role ${i + 1}: the union is closed`, `第${i + 1}个角色：该工会已撤销`, {
        index: i,
      });
    }
  }
}

function conflictOnUnique(err: unknown, username: string, phone?: string | null): never {
  const e = err as { code?: string; constraint?: string; message?: string };
  if (e.code === '23505') {
    if (/phone/.test(e.constraint ?? e.message ?? '')) {
      throw new AppError(
        'conflict',
        'PHONE_TAKEN',
        { zh: `手机号${phone}已被其他账号使用`, en: `Phone ${phone} is used by another account` },
        { field: 'phone' },
      );
    }
    throw new AppError(
      'conflict',
      'USERNAME_TAKEN',
      { zh: `用户名“${username}”已被使用`, en: `The username "${username}" is taken` },
      { field: 'username' },
    );
  }
  throw err;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  phone?: string | null;
  roles: RoleGrant[];
  mustChangePassword?: boolean;
}

export interface UpdateUserInput {
  displayName?: string;
  phone?: string | null;
  roles?: RoleGrant[];
}

export function createUsersService(db: Db, onSessionsChanged: () => void) {
  async function getUser(sql: Sql, id: number) {
    const user = await findUserById(sql, id);
    if (!user) throw userNotFound();
    return { ...user, roles: (await listUserRoles(sql, [id])).get(id) ?? [] };
  }

  /**
   * The account, if the actor may manage it (else 404 outside the subtree, like any other object); `change` for a
   * write to it.
   */
  async function getManaged(sql: Sql, actor: Actor, id: number, change = true) {
    const user = await getUser(sql, id);
    try {
      requireManageable(actor, user.roles, change);
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') throw userNotFound();
      throw err;
    }
    return user;
  }

  async function setActive(actor: Actor, id: number, active: boolean): Promise<UserView> {
    if (id === actor.userId && !active) {
      throw new AppError('invalid', 'CANNOT_DISABLE_SELF', {
        zh: '不能停用自己的账号',
        en: 'You cannot disable your own account',
      });
    }
    const user = await db.tx(async (sql) => {
      const before = await getManaged(sql, actor, id);
      await setUserActive(sql, id, active);
      if (!active) await deleteUserSessions(sql, id);
      await recordAudit(sql, actor, {
        action: active ? 'user.enable' : 'user.disable',
        entity: 'user',
        entityId: id,
        before: { isActive: before.isActive },
        after: { isActive: active },
      });
      return getUser(sql, id);
    });
    onSessionsChanged();
    return { ...user, roles: publicRoles(user.roles) };
  }

  /**
   * Creates an account in the caller's transaction (the import creates many in one, its passwords hashed ahead:
   * `passwordHash`, never from a request's body).
   */
  async function createUserIn(
    sql: Sql,
    actor: Actor,
    input: CreateUserInput,
    { passwordHash }: { passwordHash?: string } = {},
  ): Promise<UserView> {
    await checkGrantable(sql, actor, input.roles);
    // a security or audit administrator's first password, typed by the system administrator they oversee, is
    // always changed by its holder at the first sign-in, never kept (ADR 148)
    const mustChangePassword =
      input.roles.some((r) => isOverseer(r.role)) || (input.mustChangePassword ?? true);
    // a staff account's password meets the staff rules, the first one too: it opens the account until it is
    // changed, and the forms say the rules for it
    if (input.roles.some((r) => r.role !== 'worker'))
      checkStaffPassword(input.password, input.username, await findSecuritySettings(sql));
    const id = await insertUser(sql, { ...input, passwordHash, mustChangePassword }).catch((err) =>
      conflictOnUnique(err, input.username, input.phone),
    );
    const created = await getUser(sql, id);
    await recordAudit(sql, actor, {
      action: 'user.create',
      entity: 'user',
      entityId: id,
      orgId: input.roles.find((r) => r.orgId !== null)?.orgId ?? null,
      after: {
        username: created.username,
        displayName: created.displayName,
        roles: publicRoles(created.roles),
      },
    });
    return { ...created, roles: publicRoles(created.roles) };
  }

  return {
    async listUsers(actor: Actor, q: UserListQuery): Promise<{ items: UserView[]; total: number }> {
      requireAccess(actor, 'users.manage');
      // Accounts with a union role in my subtree (the administrator also sees administrators and workers).
      const { items: rows, total } = await listUsers(
        db,
        {
          subtree: can(actor, 'users.manage_all') ? null : actor,
          orgId: q.orgId,
          role: q.role,
          status: q.status,
          text: q.q?.trim() || undefined,
        },
        q.page ?? 1,
        q.pageSize ?? 20,
      );
      const roles = await listUserRoles(
        db,
        rows.map((r) => r.id),
      );
      return {
        items: rows.map((r) => ({ ...r, roles: publicRoles(roles.get(r.id) ?? []) })),
        total,
      };
    },

    async getUser(actor: Actor, id: number): Promise<UserView> {
      const user = await getManaged(db, actor, id, false);
      return { ...user, roles: publicRoles(user.roles) };
    },

    createUserIn,

    async createUser(actor: Actor, input: CreateUserInput): Promise<UserView> {
      return db.tx((sql) => createUserIn(sql, actor, input));
    },

    /** Edits name and phone, and replaces the union roles (a worker role, if any, is kept). */
    async updateUser(actor: Actor, id: number, input: UpdateUserInput): Promise<UserView> {
      const user = await db.tx(async (sql) => {
        const before = await getManaged(sql, actor, id);
        if (input.displayName !== undefined || input.phone !== undefined) {
          await updateUserProfile(
            sql,
            id,
            input.displayName ?? null,
            input.phone ?? null,
            input.phone !== undefined,
          ).catch((err) => conflictOnUnique(err, before.username, input.phone));
        }
        if (input.roles) {
          if (id === actor.userId) {
            throw new AppError('invalid', 'CANNOT_CHANGE_OWN_ROLES', {
              zh: '不能修改自己的角色，请联系上级管理员',
              en: 'You cannot change your own roles; ask an administrator above you',
            });
          }
          checkGrants(rolesAfterEdit(input.roles, before.roles));
          await checkGrantable(sql, actor, input.roles);
          const key = (g: { role: string; orgId: number | null }) => `${g.role}:${g.orgId}`;
          const wanted = new Set(input.roles.map(key));
          const gone = before.roles.filter((r) => r.role !== 'worker' && !wanted.has(key(r)));
          const held = new Set(before.roles.map(key));
          if (gone.length) {
            await deleteAssignments(
              sql,
              gone.map((r) => r.assignmentId),
            );
          }
          await insertGrants(
            sql,
            id,
            input.roles.filter((g) => !held.has(key(g))),
          );
        }
        const after = await getUser(sql, id);
        await recordAudit(sql, actor, {
          action: 'user.update',
          entity: 'user',
          entityId: id,
          before: { displayName: before.displayName, phone: before.phone, roles: publicRoles(before.roles) },
          after: { displayName: after.displayName, phone: after.phone, roles: publicRoles(after.roles) },
        });
        return after;
      });
      onSessionsChanged();
      return { ...user, roles: publicRoles(user.roles) };
    },

    disableUser: (actor: Actor, id: number) => setActive(actor, id, false),
    enableUser: (actor: Actor, id: number) => setActive(actor, id, true),

    /**
     * Sets a new temporary password, shown once to the caller; the user must change it at the next sign-in
     * and their sessions end. The password is in no log and no audit row.
     */
    async resetPassword(actor: Actor, id: number): Promise<{ temporaryPassword: string }> {
      if (id === actor.userId) {
        throw new AppError('invalid', 'CANNOT_RESET_OWN_PASSWORD', {
          zh: '请在“我的账号”中修改自己的密码',
          en: 'Change your own password under My account',
        });
      }
      const password = temporaryPassword();
      const hash = await hashPassword(password);
      await db.tx(async (sql) => {
        await getManaged(sql, actor, id);
        await setTemporaryPassword(sql, id, hash);
        await deleteUserSessions(sql, id);
        await recordAudit(sql, actor, { action: 'user.reset_password', entity: 'user', entityId: id });
      });
      onSessionsChanged();
      return { temporaryPassword: password };
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
