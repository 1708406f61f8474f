-- 三员分立 (ADR 77): the system administrator (admin), the security administrator and the audit administrator are
-- three accounts. The two new roles hold no union; an account holds at most one of the three.
alter table role_assignments drop constraint role_assignments_role_check;
alter table role_assignments add constraint role_assignments_role_check
  check (role in ('admin', 'manager', 'staff', 'reviewer', 'worker', 'judge', 'counsellor', 'security_admin', 'audit_admin'));
alter table role_assignments drop constraint role_assignments_check;
alter table role_assignments add constraint role_assignments_check
  check ((role in ('admin', 'security_admin', 'audit_admin', 'worker', 'judge')) = (org_id is null));
create unique index role_assignments_one_administrator_idx on role_assignments (user_id)
  where role in ('admin', 'security_admin', 'audit_admin');
