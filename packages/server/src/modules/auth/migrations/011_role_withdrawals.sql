-- Roles and permissions (角色与权限, ADR 85): the permissions the security administrator has withdrawn from a role.
-- A role holds what it is built with (access.ts) less its rows here; the session lookup reads them on each request,
-- so a withdrawal or restoration holds at once. Who changed what is in the audit log ('role.update').
create table role_withdrawals (
  role text not null,
  permission text not null,
  withdrawn_at timestamptz not null,
  primary key (role, permission)
);
