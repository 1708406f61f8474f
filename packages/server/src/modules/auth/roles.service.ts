import type { Actor, Permission, Role } from '../../access/access.ts';
import { isAdminRole, PERMISSIONS, ROLE_PERMISSIONS, ROLES } from '../../access/access.ts';
import { PERMISSION_NAMES } from '../../access/permission-names.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { listWithdrawals, lockWithdrawalsOf, replaceWithdrawalsOf } from './roles.repository.ts';

/** A permission no role loses: one's own account (a new password, signing out) stays open to everyone. */
const ALWAYS_HELD: readonly Permission[] = ['account.self'];

/**
 * Whether the security administrator may withdraw `permission` from `role`: a permission the role is built with,
 * not one every account keeps, and never one of the three administrators' (三员分立: their duties cannot move).
 */
export function isWithdrawable(role: Role, permission: Permission): boolean {
  return !isAdminRole(role) && ROLE_PERMISSIONS[role].has(permission) && !ALWAYS_HELD.includes(permission);
}

export interface RolePermission {
  permission: Permission;
  nameZh: string;
  nameEn: string;
  /** The role holds it now (false: withdrawn). */
  held: boolean;
  /** It cannot be withdrawn (an administrator's, or one's own account). */
  fixed: boolean;
}

export interface RoleView {
  role: Role;
  /** One of the three administrators (三员分立): nothing of it can be changed. */
  fixed: boolean;
  permissions: RolePermission[];
}

function viewOf(role: Role, withdrawn: ReadonlySet<string>): RoleView {
  // in the order access.ts declares them (areas together), each once
  const built = [...new Set(PERMISSIONS)].filter((p) => ROLE_PERMISSIONS[role].has(p));
  return {
    role,
    fixed: isAdminRole(role),
    permissions: built.map((p) => ({
      permission: p,
      nameZh: PERMISSION_NAMES[p].zh,
      nameEn: PERMISSION_NAMES[p].en,
      held: !withdrawn.has(p),
      fixed: !isWithdrawable(role, p),
    })),
  };
}

/**
 * Roles and permissions (角色与权限, ADR 85): the security administrator withdraws a permission from a role and
 * restores it, within what the role is built with. The session lookup reads the withdrawals with each request, so a
 * change holds at once; `forgetSessions` drops this process's cached sessions, which carry the old set.
 */
export function createRolesService(db: Db, clock: Clock, forgetSessions: () => void) {
  return {
    async listRoles(): Promise<RoleView[]> {
      const rows = await listWithdrawals(db);
      return ROLES.map((role) =>
        viewOf(role, new Set(rows.filter((r) => r.role === role).map((r) => r.permission))),
      );
    },

    /** Makes `withdrawn` the role's withdrawn permissions (the rest of what it is built with restored); audited. */
    async updateRole(actor: Actor, role: Role, withdrawn: Permission[]): Promise<RoleView> {
      if (isAdminRole(role)) {
        throw new AppError('invalid', 'ROLE_FIXED', {
          zh: '三员（系统管理员、安全管理员、审计管理员）的权限不能调整',
          en: "The three administrators' permissions cannot be changed",
        });
      }
      for (const p of withdrawn) {
        if (!ROLE_PERMISSIONS[role].has(p)) {
          throw new AppError(
            'invalid',
            'PERMISSION_NOT_IN_ROLE',
            {
              zh: `该角色本无“${PERMISSION_NAMES[p].zh}”权限，不能授予角色以外的权限`,
              en: `The role is not built with “${PERMISSION_NAMES[p].en}”; no role is granted more than it is built with`,
            },
            { permission: p },
          );
        }
        if (!isWithdrawable(role, p)) {
          throw new AppError(
            'invalid',
            'PERMISSION_FIXED',
            {
              zh: `“${PERMISSION_NAMES[p].zh}”是每个账号都保留的权限，不能收回`,
              en: `“${PERMISSION_NAMES[p].en}” is kept by every account and cannot be withdrawn`,
            },
            { permission: p },
          );
        }
      }
      const next = [...new Set(withdrawn)].sort();
      const view = await db.tx(async (sql) => {
        const before = await lockWithdrawalsOf(sql, role);
        await replaceWithdrawalsOf(sql, role, next, clock());
        if (before.join() !== next.join()) {
          await recordAudit(sql, actor, {
            action: 'role.update',
            entity: 'role',
            entityId: role,
            before: { withdrawn: before },
            after: { withdrawn: next },
          });
        }
        return viewOf(role, new Set(next));
      });
      forgetSessions();
      return view;
    },
  };
}

export type RolesService = ReturnType<typeof createRolesService>;
