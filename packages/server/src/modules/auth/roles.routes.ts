import { Type } from 'typebox';
import { PERMISSIONS, ROLES } from '../../access/access.ts';
import { routeMould } from '../../http/route-mould.ts';
import { Obj, StrEnum } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import type { RolesService } from './roles.service.ts';

const tags = ['security'];
const PermissionName = StrEnum([...new Set(PERMISSIONS)]);
const RoleName = StrEnum(ROLES);

const RoleView = Obj({
  role: RoleName,
  fixed: Type.Boolean({
    description: 'One of the three administrators (三员分立): nothing of it can be changed',
  }),
  permissions: Type.Array(
    Obj({
      permission: PermissionName,
      nameZh: Type.String(),
      nameEn: Type.String(),
      held: Type.Boolean({ description: 'The role holds it now (false: withdrawn)' }),
      fixed: Type.Boolean({
        description: "It cannot be withdrawn (an administrator's, or one's own account)",
      }),
    }),
    { description: 'What the role is built with, in words; never more' },
  ),
});

/** Roles and permissions (角色与权限, ADR 85): the security administrator's. */
export function rolesRoutes(app: App, { roles }: { roles: RolesService }) {
  const on = routeMould(app, tags);
  on.get('/api/roles', {
    config: { permission: 'roles.manage' },
    summary: 'Every role with the permissions it is built with, each named, and which are withdrawn',
    response: Obj({ items: Type.Array(RoleView) }),
    run: async () => ({ items: await roles.listRoles() }),
  });

  on.put('/api/roles/:role', {
    config: { permission: 'roles.manage' },
    summary: 'Set the permissions withdrawn from a role (the rest of what it is built with is restored)',
    description:
      'Holds at once in every server process: the session is read with its role’s withdrawals on each request ' +
      '(a process that caches sessions for SESSION_CACHE_SECONDS forgets its own at once). A permission the ' +
      'role is not built with is refused (PERMISSION_NOT_IN_ROLE), as is one every account keeps ' +
      '(PERMISSION_FIXED) and any change to the three administrators (ROLE_FIXED). Audited before/after.',
    params: Obj({ role: RoleName }),
    body: Obj({ withdrawn: Type.Array(PermissionName, { maxItems: 200, uniqueItems: true }) }),
    response: RoleView,
    run: (actor, { params, body }) => roles.updateRole(actor, params.role, body.withdrawn),
  });
}
