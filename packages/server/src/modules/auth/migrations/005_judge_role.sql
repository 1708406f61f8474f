-- Judges of selections (评选评委): accounts of their own, possibly from outside the union tree. A judge's role
-- assignment holds no union; what a judge reaches is the panels they sit on (the selections module).
alter table role_assignments drop constraint role_assignments_role_check;
alter table role_assignments add constraint role_assignments_role_check
  check (role in ('admin', 'manager', 'staff', 'reviewer', 'worker', 'judge'));
alter table role_assignments drop constraint role_assignments_check;
alter table role_assignments add constraint role_assignments_check
  check ((role in ('admin', 'worker', 'judge')) = (org_id is null));
