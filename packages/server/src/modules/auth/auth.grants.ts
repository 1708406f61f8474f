import { isAdminRole } from '../../access/access.ts';
import { ADMIN_ROLES, ROLE_NAMES, type Role } from '../../access/role-list.ts';
import { AppError } from '../../shared/errors.ts';
import type { RoleGrant } from './users.repository.ts';

export const invalidRoles = (en: string, zh: string, details?: Record<string, unknown>) =>
  new AppError('invalid', 'INVALID_ROLES', { zh, en }, details);

/** Roles named inside a sentence: the roles' names (ROLE_NAMES), the English in lower case. */
const inSentence = (roles: readonly Role[]): Record<string, { zh: string; en: string }> =>
  Object.fromEntries(roles.map((r) => [r, { zh: ROLE_NAMES[r].zh, en: ROLE_NAMES[r].en.toLowerCase() }]));
const ADMIN_NAMES = inSentence(ADMIN_ROLES);
const UNIONLESS = inSentence([...ADMIN_ROLES, 'worker', 'judge']);

/**
 * Checks the shape of role grants: the three administrators, worker and judge hold no union, the others exactly
 * one; an account holds at most one of the three administrator roles, and one that holds it holds no other role
 * (三员分立, ADR 78).
 */
export function checkGrants(roles: RoleGrant[]): void {
  if (roles.length === 0) throw invalidRoles('An account needs at least one role', '账号至少需要一个角色');
  for (const [i, g] of roles.entries()) {
    const unionless = isAdminRole(g.role) || g.role === 'worker' || g.role === 'judge';
    if (unionless && g.orgId !== null) {
      throw invalidRoles(
        `Role ${i + 1}: the ${UNIONLESS[g.role].en} role belongs to no union`,
        `第${i + 1}个角色：${UNIONLESS[g.role].zh}角色不属于任何工会`,
        { index: i },
      );
    }
    if (!unionless && g.orgId === null) {
      throw invalidRoles(`Role ${i + 1}: choose the union`, `第${i + 1}个角色：请选择所属工会`, { index: i });
    }
  }
  const admins = [...new Set(roles.filter((g) => isAdminRole(g.role)).map((g) => g.role))];
  if (admins.length > 1) {
    const [a, b] = admins.map((r) => ADMIN_NAMES[r]);
    throw new AppError(
      'invalid',
      'ADMIN_ROLES_SEPARATE',
      {
        zh: `系统、安全、审计管理员须由不同账号担任：${a.zh}与${b.zh}不能是同一账号`,
        en: `The system, security and audit administrators are separate accounts: one account cannot be both ${a.en} and ${b.en}`,
      },
      { roles: admins },
    );
  }
  // the three administrators' accounts are theirs alone: no union role beside (a security administrator who is
  // also a union's staff would read the members' data; an audit administrator would change it), nor a worker's
  const alone = roles.find((g) => isAdminRole(g.role));
  if (alone && roles.length > 1) {
    const name = ADMIN_NAMES[alone.role];
    throw new AppError(
      'invalid',
      'ADMIN_ROLE_ALONE',
      {
        zh: `${name.zh}账号不能同时担任其他角色（三员分立）：工会的工作请用另一个账号`,
        en: `${alone.role === 'audit_admin' ? 'An' : 'A'} ${name.en}'s account holds no other role (separation of duties): use another account for a union's work`,
      },
      { role: alone.role },
    );
  }
  const keys = roles.map((g) => `${g.role}:${g.orgId}`);
  if (new Set(keys).size !== keys.length) {
    throw invalidRoles('The same role at the same union is given twice', '同一工会的同一角色重复');
  }
}

/**
 * Refused: the system administrator naming a security or audit administrator once an account has held the role —
 * after the first run they are set up by the operator on the server's command line, so that the administrator they
 * oversee cannot give the role to an account of their own, nor disable the last one to name another (ADR 148).
 */
export function overseerInOffice(role: string): AppError {
  const name = ADMIN_NAMES[role];
  return new AppError(
    'forbidden',
    'OVERSEER_IN_OFFICE',
    {
      zh: `平台已设立过${name.zh}：此后的${name.zh}由运维人员在服务器上用命令行设立（admin create --role ${role}），系统管理员不能自行设立`,
      en: `The platform has had ${role === 'audit_admin' ? 'an' : 'a'} ${name.en}: later ones are set up by the operator on the server's command line (admin create --role ${role}), not by the system administrator`,
    },
    { role },
  );
}

/**
 * Refused: changing, resetting, disabling or enabling a security or audit administrator's account from the web —
 * the operator does it on the server's command line (ADR 148); its holder changes only their own password.
 */
export function overseerAccount(role: string): AppError {
  const name = ADMIN_NAMES[role];
  return new AppError(
    'forbidden',
    'OVERSEER_ACCOUNT',
    {
      zh: `${name.zh}账号由运维人员在服务器上用命令行管理（admin reset-password / disable / enable），系统管理员不能修改、重置密码或停用`,
      en: `${role === 'audit_admin' ? 'An' : 'A'} ${name.en}'s account is managed by the operator on the server's command line (admin reset-password / disable / enable), not by the system administrator`,
    },
    { role },
  );
}
