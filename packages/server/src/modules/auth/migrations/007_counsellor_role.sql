-- Counsellors (心理咨询师) hold a role of their own at a union: they reach only their own slots, their own bookings
-- and the notes they write, never the union's other data (ADR 54).
alter table role_assignments drop constraint role_assignments_role_check;
alter table role_assignments add constraint role_assignments_role_check
  check (role in ('admin', 'manager', 'staff', 'reviewer', 'worker', 'judge', 'counsellor'));
