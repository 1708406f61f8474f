-- What happened to an application, in order, and the evidence it carries.
create table application_events (
  id bigint generated always as identity primary key,
  application_id bigint not null references applications(id),
  action text not null,
  step integer,
  org_id bigint references orgs(id),
  reason text,
  data jsonb,
  user_id bigint,
  username text,
  at timestamptz not null default now()
);
create index application_events_app_idx on application_events (application_id, id);

create table application_files (
  id bigint generated always as identity primary key,
  application_id bigint not null references applications(id),
  evidence_key text not null,
  name text not null,
  mime text not null,
  size integer not null,
  data bytea not null,
  uploaded_by bigint,
  created_at timestamptz not null default now()
);
create index application_files_app_idx on application_files (application_id);
