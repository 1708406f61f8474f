-- Accounts for every union: a user holds any number of role assignments (user, union, role), e.g. staff at a
-- street union and reviewer at its district. A session acts as one assignment at a time (ADR 0009).
create table role_assignments (
  id bigint generated always as identity primary key,
  user_id bigint not null references users(id) on delete cascade,
  role text not null check (role in ('admin', 'manager', 'staff', 'reviewer', 'worker')),
  org_id bigint references orgs(id),
  created_at timestamptz not null default now(),
  check ((role in ('admin', 'worker')) = (org_id is null))
);
create unique index role_assignments_unique_idx on role_assignments (user_id, role, coalesce(org_id, 0));
create index role_assignments_org_idx on role_assignments (org_id);

insert into role_assignments (user_id, role, org_id)
  select id, role, case when role in ('admin', 'worker') then null else org_id end from users;

alter table users drop column role;
alter table users drop column org_id;
alter table users add column must_change_password boolean not null default false;
alter table users add column password_changed_at timestamptz;
alter table users add column updated_at timestamptz not null default now();

-- The assignment a session acts as; removing the assignment ends the sessions that use it.
delete from sessions;
alter table sessions add column assignment_id bigint not null references role_assignments(id) on delete cascade;
