import { type Actor, isOverseer } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { deleteUserSessions } from './auth.repository.ts';
import { insertUser } from './auth.service.ts';
import { hashPassword } from './password.ts';
import { checkPasswordPolicy, checkStaffPassword } from './password-policy.ts';
import { findSecuritySettings } from './security.repository.ts';
import { findUserIdByName, listUserRoles, setTemporaryPassword, setUserActive } from './users.repository.ts';

/**
 * What the operator does to the administrators' accounts on the server's command line (ADR 148): the security and
 * audit administrators, after the first run, are set up, reset, disabled and enabled here and not by the system
 * administrator they oversee. Each act is an audit row by the command line.
 */

/** The command line acting as the platform itself (no account of its own): audited with the address `cli`. */
export const OPERATOR: Actor = {
  userId: 0,
  username: 'cli',
  displayName: '命令行 / command line',
  role: 'admin',
  orgId: null,
  scopePath: '/',
  personId: null,
  ip: 'cli',
};

export type AdministratorRole = 'admin' | 'security_admin' | 'audit_admin';

/**
 * Creates an administrator: the system administrator's password is final (held to the staff rules), the security
 * and audit administrators' a first one their holder changes at sign-in.
 */
export async function operatorCreatesAdministrator(
  db: Db,
  input: { username: string; displayName: string; password: string; role: AdministratorRole },
): Promise<number> {
  return db.tx(async (sql) => {
    const id = await insertUser(sql, {
      username: input.username,
      displayName: input.displayName,
      password: input.password,
      roles: [{ role: input.role, orgId: null }],
      mustChangePassword: isOverseer(input.role),
    });
    await recordAudit(sql, OPERATOR, {
      action: 'user.create',
      entity: 'user',
      entityId: id,
      after: { username: input.username, displayName: input.displayName, roles: [{ role: input.role }] },
    });
    return id;
  });
}

/**
 * Resets an account's password to one the operator gives (its holder changes it at the next sign-in; sessions
 * end), or disables or enables the account.
 */
export async function operatorChangesAccount(
  db: Db,
  username: string,
  change: { password: string } | { active: boolean },
): Promise<void> {
  await db.tx(async (sql) => {
    const id = await findUserIdByName(sql, username);
    if (id === undefined) {
      throw new AppError('not_found', 'NOT_FOUND', {
        zh: `找不到用户“${username}”`,
        en: `No user "${username}"`,
      });
    }
    if ('password' in change) {
      const roles = (await listUserRoles(sql, [id])).get(id) ?? [];
      const staff = roles.some((r) => r.role !== 'worker');
      if (staff) checkStaffPassword(change.password, username, await findSecuritySettings(sql));
      else checkPasswordPolicy(change.password, username);
      await setTemporaryPassword(sql, id, await hashPassword(change.password));
      await deleteUserSessions(sql, id);
      await recordAudit(sql, OPERATOR, { action: 'user.reset_password', entity: 'user', entityId: id });
      return;
    }
    await setUserActive(sql, id, change.active);
    if (!change.active) await deleteUserSessions(sql, id);
    await recordAudit(sql, OPERATOR, {
      action: change.active ? 'user.enable' : 'user.disable',
      entity: 'user',
      entityId: id,
      after: { isActive: change.active },
    });
  });
}
