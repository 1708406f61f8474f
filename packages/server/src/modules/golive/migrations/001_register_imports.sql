-- The registers of the past a union brought in (issue 45): one line per import that wrote, whichever road it took
-- (a page, the command line). The go-live checklist counts a register's step from these lines (ADR 77).
create table register_imports (
  id bigserial primary key,
  register_key text not null,
  org_id bigint not null references orgs (id),
  effective_on date not null,
  rows_total integer not null,
  rows_created integer not null,
  user_id bigint
);

create index register_imports_org on register_imports (org_id, register_key);
